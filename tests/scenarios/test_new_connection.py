"""A new residential connection from the application to the first bill, told as the people do
it, through the API:

a walk-in customer asks the counter clerk for a new low-voltage residential supply; the clerk
registers the application and scans the ID card and the property certificate; the service
engineer surveys the site (transformer area), replies the supply plan (tariff, metering) and
checks the completed work; the metering technician installs the meter and energises it; the
clerk archives the file — and the customer, service point, metering point and meter are in the
customer file, in the reading book of their transformer area, with the initial reading. In
December the reading supervisor plans and imports the book's readings, the new meter among
them, and runs the billing on the lease holder: the first bill is 150 kWh at the first annual
tier of JX-RES-ANNUAL (0.60 yuan/kWh) = 90.00 yuan, released and posted to the ledger.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract import api as contract
from appserver.core import jobs
from appserver.core.clock import FixedClock
from appserver.service.applications_demo import tiny_pdf, tiny_png
from appserver.service.workflow_store import install_shipped_workflows
from dbschema.models import (
    BookPoint,
    LedgerEntry,
    MeteringPoint,
    ReadingBook,
    ServicePoint,
)
from tests.helpers.api import ApiClient, Clients, office_id

pytestmark = pytest.mark.pg

READ_DAY = datetime(2026, 12, 10, 2, 0, tzinfo=UTC)  # 10:00 in the office
HEADER = ("meter_serial,read_date,total,peak,flat,valley,critical_peak,deep_valley,reactive,"
          "max_demand")
SERIAL = "DDZY2026112801"
APPLICANT = {"applicant_name": "周新户", "id_doc_type": "id_card",
             "id_doc_no": "360102199205061238", "phone_mobile": "13970001234",
             "address": "南昌市东湖区新装路 8 号 2 栋 301 室", "customer_class": "residential",
             "voltage_level": "220V", "capacity_kva": "8"}
# what each stage's person enters (the workflow definition names the fields per stage)
STAGE_INPUT = {
    "supply_plan": {"tariff_code": "JX-RES-ANNUAL", "metering_mode": "lv_lv"},
    "meter_install": {"meter_serial": SERIAL, "meter_type": "单相智能电能表",
                      "meter_digits": "6", "meter_registers": "total",
                      "initial_reading": "0"},
}
PEOPLE = {"counter_clerk": "dh.clerk1", "service_engineer": "dh.engineer",
          "metering_technician": "dh.metertech"}


def _service(c: ApiClient, method: str, *args: Any, write: bool = False) -> Any:
    return c.call(contract.OBJECT_SERVICE, method, *args, write=write)


def _metering(c: ApiClient, method: str, *args: Any, write: bool = False) -> Any:
    return c.call(contract.OBJECT_METERING, method, *args, write=write)


def _billing(c: ApiClient, method: str, *args: Any, write: bool = False) -> Any:
    return c.call(contract.OBJECT_BILLING, method, *args, write=write)


def _run_bills(c: ApiClient, run_id: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    while True:
        page = _billing(c, "run_bills", run_id, {"offset": len(rows), "limit": 200})
        rows += page["rows"]
        if not page["has_more"]:
            return rows


def _neighbours_area(db: Session) -> tuple[str, int]:
    """A transformer area of office DH and the reading book that reads most of it (the site
    survey finds the new house on that transformer)."""
    row = db.execute(
        select(ServicePoint.transformer_area, BookPoint.book_id)
        .join(MeteringPoint, MeteringPoint.service_point_id == ServicePoint.id)
        .join(BookPoint, BookPoint.metering_point_id == MeteringPoint.id)
        .join(ReadingBook, ReadingBook.id == BookPoint.book_id)
        .where(ReadingBook.office_id == office_id(db, "DH"), ServicePoint.transformer_area != "")
        .group_by(ServicePoint.transformer_area, BookPoint.book_id)
        .order_by(func.count().desc(), ServicePoint.transformer_area).limit(1)).one()
    return str(row[0]), int(row[1])


def _reading_line(point: dict[str, Any]) -> str:
    """This month's read of a book point: last + its usual consumption, TOU registers
    moved in proportion so that they keep summing to the total."""
    last = {k: Decimal(v) for k, v in point["last"]["registers"].items() if v is not None}
    if point["serial"] == SERIAL:
        move = Decimal(150)  # the new customer's first month
    else:
        move = (Decimal(point["typical_kwh"] or "120") / Decimal(point["multiplier"])).quantize(
            Decimal("0.01"))
    values: dict[str, Decimal | None] = dict.fromkeys(HEADER.split(",")[2:])
    values["total"] = last["total"] + move
    if "peak" in last:
        peak = valley = (move * Decimal("0.3")).quantize(Decimal("0.01"))
        values["peak"], values["valley"] = last["peak"] + peak, last["valley"] + valley
        if "flat" in last:
            values["flat"] = last["flat"] + (move - peak - valley)
    if "reactive" in last:
        values["reactive"] = last["reactive"] + (move * Decimal("0.4")).quantize(
            Decimal("0.01"))
    if "max_demand" in last:
        values["max_demand"] = last["max_demand"]
    cells = ["" if v is None else str(v) for v in values.values()]
    return ",".join([point["serial"], READ_DAY.date().isoformat(), *cells])


def test_a_new_residential_connection_from_application_to_first_bill(
        api: Clients, db: Session, clock: FixedClock) -> None:
    install_shipped_workflows(db, clock.now())
    db.flush()
    area, book_id = _neighbours_area(db)
    clerk = api.as_user("dh.clerk1")

    # 1. The clerk registers the application and scans the documents.
    app = _service(clerk, "register_application", "new_lv_residential", None, APPLICANT,
                   "walk-in customer", write=True)
    assert app["stage"] == "acceptance" and app["customer_id"] is None
    scans = {"id_card": ("id_card.png", tiny_png()), "property_cert": ("deed.pdf", tiny_pdf())}
    for code in app["missing"]["documents"]:
        name, content = scans[code]
        _service(clerk, "add_attachment", app["id"], code, name,
                 base64.b64encode(content).decode("ascii"), write=True)

    # 2. Every stage done by its own person, with what it asks for.
    stage_input = {**STAGE_INPUT, "site_survey": {"transformer_area": area}}
    seen = []
    app = _service(clerk, "get_application", app["id"])
    while app["status"] == "active":
        seen.append((app["stage"], app["stage_role"]))
        person = api.as_user(PEOPLE[app["stage_role"]])
        app = _service(person, "advance_application", app["id"], app["version"], None,
                       stage_input.get(app["stage"], {}), "", write=True)
    assert seen == [("acceptance", "counter_clerk"), ("site_survey", "service_engineer"),
                    ("supply_plan", "service_engineer"),
                    ("completion_check", "service_engineer"),
                    ("meter_install", "metering_technician"), ("archive", "counter_clerk")]
    app = _service(clerk, "get_application", app["id"])
    assert app["status"] == "completed" and app["effective_on"] == "2026-11-28"
    result = app["result"]
    assert result["book_id"] == book_id and result["meter_serial"] == SERIAL

    # 3. The customer file has the new customer, supplied and metered from today.
    found = api.as_user("dh.clerk1").customers("get_file", app["customer_id"])
    assert found["customer"]["name"] == "周新户"
    assert found["customer"]["account_no"] == result["account_no"] == app["account_no"]
    assert found["customer"]["status"] == "active"
    assert [sp["id"] for sp in found["service_points"]] == [result["service_point_id"]]
    assert Decimal(found["service_points"][0]["capacity_kva"]) == Decimal(8)

    # 4. December: the supervisor plans the month and imports the handheld file.
    clock.advance(READ_DAY - clock.now())
    reader = api.as_user("dh.reader")
    assert _metering(reader, "create_plans", "2026-12", write=True)["created"] > 0
    sheet = _metering(reader, "book_points", book_id, "2026-12")
    points = [p for p in sheet["points"] if p["active"] and p["last"] is not None]
    ours = [p for p in points if p["serial"] == SERIAL]
    assert len(ours) == 1 and Decimal(ours[0]["last"]["registers"]["total"]) == 0
    report = _metering(reader, "import_readings", "2026-12",
                       "\n".join([HEADER, *map(_reading_line, points)]) + "\n", 1, write=True)
    assert report["rejected_count"] == 0
    for item in _metering(reader, "exception_queue", "2026-12", 500)["items"]:
        if item["book_code"] == sheet["book"]["code"] and item["reading_id"]:
            _metering(reader, "decide", {"reading_id": item["reading_id"]}, "approve", {},
                      "checked", write=True)
    book = next(b for b in _metering(reader, "list_books", "2026-12")["books"]
                if b["id"] == book_id)
    assert book["plan_status"] == "validated"

    # 5. The billing run on the lease holder; held bills looked at and released.
    started = _billing(reader, "start_run", book_id, "2026-12", write=True)
    jobs.run_due(api.runtime, "test1")
    run = _billing(reader, "get_run", started["run_id"])
    assert run["status"] == "done" and run["errors"] == []
    held = [r["id"] for r in _billing(reader, "review_queue", {"limit": 200})["rows"]
            if r["run_id"] == run["id"]]
    if held:
        _billing(reader, "release_bills", held, write=True)

    # 6. The first bill: 150 kWh × 0.60 (tier 1 of the annual scheme) = 90.00, released and
    # owed in the ledger.
    bills = _run_bills(reader, run["id"])
    assert len(bills) == run["bills"] == len(points)
    first = [b for b in bills if b["customer_id"] == app["customer_id"]]
    assert len(first) == 1
    bill = first[0]
    assert (Decimal(bill["energy_kwh"]), Decimal(bill["amount"]), bill["status"]) == (
        Decimal(150), Decimal("90.00"), "released")
    db.expire_all()
    owed = db.scalar(select(func.sum(LedgerEntry.amount))
                     .where(LedgerEntry.customer_id == app["customer_id"]))
    assert owed == Decimal("90.00")
