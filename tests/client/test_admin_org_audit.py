"""Offices and Audit log pages against the real admin API on seeded SQLite (in process)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from appserver.contract.api import OBJECT_ADMIN, OBJECT_CUSTOMERS
from appserver.contract.errors import PermissionDenied
from client.admin import presenter as presenter_module
from client.admin.audit_view import AuditView
from client.admin.models import DETAILS_PREVIEW, AuditTableModel
from client.admin.org_view import OfficesView
from client.admin.pages import audit_page, offices_page
from client.admin.table_base import WARNING_COLOR
from client.admin.timezone import local_today
from client.core.context import AppContext
from client.core.tasks import TaskRunner
from tests.helpers.inprocess import InProcessGateway

# The offscreen platform plugin warns whenever a window's size constraints change (dialogs
# with layouts do); that says nothing about our code, every other warning still fails.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def gateway() -> InProcessGateway:
    gw = InProcessGateway()
    gw.login("admin", "demo1234")
    return gw


@pytest.fixture
def ctx(qtbot: Any, gateway: InProcessGateway, tmp_path: Path) -> Iterator[AppContext]:
    settings = QSettings(str(tmp_path / "client.ini"), QSettings.Format.IniFormat)
    context = AppContext(gateway, TaskRunner(), settings,
                         gateway.call(OBJECT_ADMIN, "whoami"))
    yield context
    context.runner.wait_idle(5000)
    context.runner.shutdown()


def settle(ctx: AppContext) -> None:
    assert ctx.runner.wait_idle(10_000), "server calls did not finish"


@pytest.fixture
def offices(qtbot: Any, ctx: AppContext) -> OfficesView:
    view = offices_page(ctx)
    qtbot.addWidget(view)
    settle(ctx)
    return view


@pytest.fixture
def audit(qtbot: Any, ctx: AppContext) -> AuditView:
    view = audit_page(ctx)
    qtbot.addWidget(view)
    settle(ctx)
    return view


def children(view: OfficesView, parent: QModelIndex) -> list[str]:
    model = view.model
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


ACTION, OUTCOME, RECORD, DETAILS = (AuditTableModel.COLUMNS.index(key) for key in
                                    ("action", "outcome", "record", "details"))


# -- offices ------------------------------------------------------------------------------

def test_office_tree_passes_the_model_tester(qtmodeltester: Any, offices: OfficesView) -> None:
    qtmodeltester.check(offices.model)


def test_office_tree_shows_the_organisation(offices: OfficesView) -> None:
    model = offices.model
    assert children(offices, QModelIndex()) == ["赣电供电公司"]
    company = model.index(0, 0)
    assert children(offices, company) == ["城区供电局", "新建县供电公司"]
    bureau = model.index(0, 0, company)
    assert children(offices, bureau) == ["东湖营业所", "西湖营业所", "青山湖营业所"]
    office = model.index(0, 0, bureau)
    assert children(offices, office) == ["东湖八一大道营业厅"]
    assert model.index(0, 1, office).data() == "DH1"
    assert model.index(0, 2, office).data() == "Service hall"
    assert model.index(0, 2, bureau).data() == "Business office"
    assert offices.tree.isExpanded(bureau)


def test_create_a_hall_under_an_office(offices: OfficesView, ctx: AppContext,
                                       gateway: InProcessGateway) -> None:
    offices.select_office(4)  # 东湖营业所
    assert offices.add_button.isEnabled()
    dialog = offices.open_create_dialog()
    assert dialog is not None and dialog.kind == "hall"
    dialog.code.setText("dh2")
    dialog.code.textEdited.emit("dh2")
    assert dialog.code.text() == "DH2"
    assert not dialog.ok_button.isEnabled()  # no name yet
    dialog.name.setText("东湖民德路营业厅")
    dialog.ok_button.click()
    settle(ctx)
    office = offices.model.index_of(4)
    assert children(offices, office) == ["东湖八一大道营业厅", "东湖民德路营业厅"]
    created = offices.selected_office()
    assert created is not None and created["code"] == "DH2" and created["parent_id"] == 4
    assert "DH2" in offices.status.text()
    stored = {o["code"]: o for o in gateway.call(OBJECT_ADMIN, "list_offices")}
    assert stored["DH2"]["kind"] == "hall"
    # A hall is a leaf: nothing can be added under it.
    assert not offices.add_button.isEnabled() and offices.open_create_dialog() is None


def test_the_new_units_kind_follows_its_parent(offices: OfficesView) -> None:
    offices.select_office(1)
    dialog = offices.open_create_dialog()
    assert dialog is not None and dialog.kind == "bureau"
    dialog.reject()
    offices.select_office(3)
    dialog = offices.open_create_dialog()
    assert dialog is not None and dialog.kind == "office"
    dialog.reject()


def test_duplicate_code_shows_the_servers_message(offices: OfficesView,
                                                  ctx: AppContext) -> None:
    offices.select_office(5)
    dialog = offices.open_create_dialog()
    assert dialog is not None
    dialog.code.setText("DH1")
    dialog.name.setText("重复")
    dialog.ok_button.click()
    settle(ctx)
    boxes = [b for b in offices.findChildren(QMessageBox) if b.objectName() == "errorBox"]
    assert len(boxes) == 1 and "DH1" in boxes[0].text()


# -- audit log ----------------------------------------------------------------------------

def test_audit_model_passes_the_model_tester(qtmodeltester: Any, audit: AuditView) -> None:
    qtmodeltester.check(audit.model)


def test_audit_shows_the_actions_just_done_and_filters_by_user(
        audit: AuditView, ctx: AppContext, gateway: InProcessGateway) -> None:
    clerk = gateway.call(OBJECT_ADMIN, "list_users", {"text": "dh.clerk2"})["rows"][0]
    gateway.call(OBJECT_ADMIN, "set_user_locked", clerk["id"], True, "audit test",
                 write=True)
    other = InProcessGateway(gateway.runtime.config.database_url)
    other.login("dh.clerk1", "demo1234")
    with pytest.raises(PermissionDenied):
        other.call(OBJECT_ADMIN, "list_users")
    audit.search_requested.emit()
    settle(ctx)
    methods = [r["method"] for r in audit.model.rows()]
    assert methods[:3] == ["admin.list_users", "admin.login", "admin.set_user_locked"]
    lock_row = audit.model.rows()[2]
    assert lock_row["username"] == "admin" and lock_row["entity_id"] == clerk["id"]

    audit.user_filter.setText("dh.clerk1")
    audit.user_filter.returnPressed.emit()
    settle(ctx)
    rows = audit.model.rows()
    assert [r["method"] for r in rows] == ["admin.list_users", "admin.login"]
    assert {r["username"] for r in rows} == {"dh.clerk1"}
    assert audit.model.index(0, OUTCOME).data() == "Denied"
    assert audit.model.index(0, OUTCOME).data(Qt.ItemDataRole.ForegroundRole) == WARNING_COLOR
    assert audit.model.index(1, OUTCOME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert audit.model.index(0, ACTION).data() == "List users"
    assert audit.model.index(1, ACTION).data() == "Sign in"

    audit.user_filter.clear()
    audit.outcome_filter.setCurrentIndex(audit.outcome_filter.findData("denied"))
    audit.search_button.click()
    settle(ctx)
    assert [r["method"] for r in audit.model.rows()] == ["admin.list_users"]


def test_audit_filters_by_action_and_record(audit: AuditView, ctx: AppContext,
                                            gateway: InProcessGateway) -> None:
    hits = gateway.call(OBJECT_CUSTOMERS, "search", "东湖", {"limit": 1})
    assert hits  # some read traffic that must not show up below
    user_id = gateway.call(OBJECT_ADMIN, "list_users", {"text": "wt.clerk1"})["rows"][0]["id"]
    gateway.call(OBJECT_ADMIN, "reset_password", user_id, "another123", write=True)
    audit.method_filter.setText("admin.reset")
    audit.entity_filter.setCurrentIndex(audit.entity_filter.findData("user"))
    audit.entity_id_filter.setText(str(user_id))
    assert audit.filters() == {"method": "admin.reset", "entity_type": "user",
                               "entity_id": user_id}
    audit.search_requested.emit()
    settle(ctx)
    assert [r["method"] for r in audit.model.rows()] == ["admin.reset_password"]
    assert audit.model.index(0, RECORD).data() == "User wt.clerk1 高敏"  # named, not numbered
    assert audit.model.index(0, ACTION).data() == "Reset password"
    audit.clear_button.click()
    settle(ctx)
    assert audit.filters() == {} and audit.model.rowCount() > 1


def test_audit_details_compact_with_full_text(audit: AuditView, ctx: AppContext,
                                              gateway: InProcessGateway) -> None:
    gateway.call(OBJECT_ADMIN, "set_user_locked", 9, True, "long reason " * 12, write=True)
    audit.search_requested.emit()
    settle(ctx)
    assert audit.model.index(0, ACTION).data() == "Lock user"
    cell = audit.model.index(0, DETAILS)
    assert cell.data().startswith('{"action":"locked","reason":"long reason')
    assert cell.data().endswith("…") and len(cell.data()) == DETAILS_PREVIEW
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert '"action": "locked"' in tooltip and tooltip.count("long reason") == 12
    audit.table.selectRow(0)
    assert audit.details.toPlainText().count("long reason") == 12
    assert audit.model.rows()[0]["request_id"] in audit.details.toPlainText()


def test_audit_date_range_is_sent_as_utc_days(audit: AuditView, ctx: AppContext) -> None:
    audit.date_filter.setChecked(True)
    audit.date_from.setDate(QDate(2026, 11, 1))
    audit.date_to.setDate(QDate(2026, 11, 2))
    filters = audit.filters()
    # Local days in Asia/Shanghai (UTC+8) start at 16:00 UTC the day before.
    assert filters == {"date_from": "2026-10-31T16:00:00+00:00",
                       "date_to": "2026-11-02T16:00:00+00:00"}
    audit.search_requested.emit()
    settle(ctx)
    assert audit.model.rowCount() == 0 and audit.pager.label.text() == "No records match."
    today = local_today()
    audit.date_from.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    audit.date_to.setDate(QDate(today.year, today.month, today.day).addDays(1))
    audit.search_requested.emit()
    settle(ctx)
    assert "admin.login" in [r["method"] for r in audit.model.rows()]


def test_audit_pages_forward_and_back(audit: AuditView, ctx: AppContext,
                                      gateway: InProcessGateway,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    for reason in ("one", "two", "three", "four"):
        gateway.call(OBJECT_ADMIN, "set_user_locked", 9, True, reason, write=True)
    monkeypatch.setattr(presenter_module, "AUDIT_PAGE", 2)
    audit.search_requested.emit()
    settle(ctx)
    first = [r["seq"] for r in audit.model.rows()]
    assert len(first) == 2 and audit.pager.label.text() == "Page 1, 2 records"
    assert audit.pager.next_button.isEnabled() and not audit.pager.previous_button.isEnabled()
    audit.pager.next_button.click()
    settle(ctx)
    second = [r["seq"] for r in audit.model.rows()]
    assert second == [first[1] - 1, first[1] - 2]
    assert audit.pager.previous_button.isEnabled()
    audit.pager.previous_button.click()
    settle(ctx)
    assert [r["seq"] for r in audit.model.rows()] == first


def test_a_bureau_head_sees_their_bureau_as_the_root(qtbot: Any, qtmodeltester: Any,
                                                      gateway: InProcessGateway,
                                                      tmp_path: Path) -> None:
    gateway.login("cq.head", "demo1234")
    settings = QSettings(str(tmp_path / "head.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(gateway, TaskRunner(), settings, gateway.call(OBJECT_ADMIN, "whoami"))
    view = offices_page(ctx)
    qtbot.addWidget(view)
    settle(ctx)
    assert children(view, QModelIndex()) == ["城区供电局"]
    assert children(view, view.model.index(0, 0)) == ["东湖营业所", "西湖营业所", "青山湖营业所"]
    assert not view.add_button.isVisibleTo(view)  # office heads read the tree only
    qtmodeltester.check(view.model)
    ctx.runner.shutdown()
