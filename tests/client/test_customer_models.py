"""Every customer model passes the Qt model tester and shows translated, formatted values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from client.core.widgets.rows_model import ROW_ROLE
from client.customers import models
from tests.helpers.inprocess import InProcessGateway


def _file(gateway: InProcessGateway) -> tuple[dict[str, Any], dict[str, Any]]:
    found = gateway.call("pmis.customers", "search", "王", {"offset": 0, "limit": 50})
    assert found["rows"]
    return found, gateway.call("pmis.customers", "get_file", found["rows"][0]["id"])


def test_every_model_passes_the_model_tester(qtmodeltester: Any,
                                             clerk_gateway: InProcessGateway) -> None:
    found, file = _file(clerk_gateway)
    pairs = [(models.search_model(), found["rows"]),
             (models.service_points_model(), file["service_points"]),
             (models.metering_points_model(), file["metering_points"]),
             (models.meters_model(), file["meters"]),
             (models.history_model(), [{"seq": 1, "at": "2026-11-28T01:02:03+00:00",
                                        "username": "dh.clerk1",
                                        "method": "customers.update_contact",
                                        "details": '{"before": {"phone_mobile": "1"},'
                                                   ' "after": {"phone_mobile": "2"}}'}])]
    for model, rows in pairs:
        model.set_rows(rows)
        qtmodeltester.check(model, force_py=True)
        model.append_rows(rows)
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == 2 * len(rows)


def test_search_rows_show_translated_codes(clerk_gateway: InProcessGateway) -> None:
    found, _unused = _file(clerk_gateway)
    model = models.search_model()
    model.set_rows(found["rows"])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["Account no.", "Name", "Class", "Mobile", "Address", "Office", "Status",
                       "Matched by"]
    row = [model.data(model.index(0, c)) for c in range(8)]
    assert row[2] in ("Residential", "Commercial", "Large industry", "Agriculture")
    assert row[6] in ("Active", "Suspended", "Closed")
    assert row[7] == "Name"
    assert model.data(model.index(0, 0), ROW_ROLE) == found["rows"][0]


def test_metering_point_shows_ratios_and_multiplier() -> None:
    model = models.metering_points_model()
    model.set_rows([{"code": "MP1", "metering_mode": "hv_lv", "ct_ratio": "200/5",
                     "pt_ratio": "10000/100", "multiplier": "4000", "purpose": "billing"}])
    shown = [model.data(model.index(0, c)) for c in range(6)]
    assert shown == ["MP1", "HV supply, LV metering", "200/5", "10000/100", "4000", "Billing"]


def test_history_shows_the_change_in_office_time() -> None:
    model = models.history_model()
    model.set_rows([{"at": "2026-11-28T01:02:03+00:00", "username": "dh.clerk1",
                     "method": "customers.update_contact",
                     "details": '{"before": {"phone_mobile": "13700000000"}, '
                                '"after": {"phone_mobile": "13900000000"}}'}])
    shown = [model.data(model.index(0, c)) for c in range(4)]
    assert shown == ["2026-11-28 09:02", "dh.clerk1", "Contact changed",
                     "Mobile: 13700000000 → 13900000000"]


def test_an_empty_before_value_is_named() -> None:
    row = {"details": '{"before": {"phone_landline": ""}, "after": {"phone_landline": "1"}}'}
    assert models.history_changes(row) == "Landline: (empty) → 1"


def test_meter_registers_are_translated() -> None:
    model = models.meters_model()
    model.set_rows([{"serial": "ZJ1", "meter_type": "x", "registers": ["total", "peak"],
                     "digits": 6, "installed_on": "2020-01-01", "removed_on": None}])
    assert model.data(model.index(0, 2)) == "Total, Peak"
    assert model.data(model.index(0, 5)) == ""
