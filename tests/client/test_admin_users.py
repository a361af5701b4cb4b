"""Users and Roles pages against the real admin API on seeded SQLite (in process)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from appserver.contract.api import OBJECT_ADMIN
from client.admin import presenter as presenter_module
from client.admin.dialogs import UserDialog
from client.admin.pages import admin_pages, roles_page, users_page
from client.admin.roles_view import RolesView
from client.admin.table_base import WARNING_COLOR
from client.admin.views import UsersView
from client.core.context import AppContext
from client.core.tasks import TaskRunner
from tests.helpers.inprocess import InProcessGateway

# The offscreen platform plugin warns whenever a window's size constraints change (dialogs
# with layouts do); that says nothing about our code, every other warning still fails.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def make_ctx(gateway: InProcessGateway, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "client.ini"), QSettings.Format.IniFormat)
    return AppContext(gateway, TaskRunner(), settings, gateway.call(OBJECT_ADMIN, "whoami"))


@pytest.fixture
def gateway() -> InProcessGateway:
    gw = InProcessGateway()
    gw.login("admin", "demo1234")
    return gw


@pytest.fixture
def ctx(qtbot: Any, gateway: InProcessGateway, tmp_path: Path) -> Iterator[AppContext]:
    context = make_ctx(gateway, tmp_path)
    yield context
    context.runner.wait_idle(5000)
    context.runner.shutdown()


def settle(ctx: AppContext) -> None:
    assert ctx.runner.wait_idle(10_000), "server calls did not finish"


@pytest.fixture
def users(qtbot: Any, ctx: AppContext) -> UsersView:
    view = users_page(ctx)
    qtbot.addWidget(view)
    settle(ctx)
    return view


def row_of(view: UsersView, username: str) -> dict[str, Any]:
    matches = [r for r in view.model.rows() if r["username"] == username]
    assert matches, f"{username} not listed"
    return matches[0]


def select(view: UsersView, username: str) -> dict[str, Any]:
    view.select_user(row_of(view, username)["id"])
    selected = view.selected_user()
    assert selected is not None and selected["username"] == username
    return selected


def message_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


# -- pages by permission ------------------------------------------------------------------

def test_admin_gets_every_page(qtbot: Any, ctx: AppContext) -> None:
    pages = admin_pages(ctx)
    for _title, widget in pages:
        qtbot.addWidget(widget)
    settle(ctx)
    assert [title for title, _w in pages] == ["Users", "Roles", "Offices", "Audit log"]


def test_clerk_gets_no_admin_pages(qtbot: Any, gateway: InProcessGateway,
                                   tmp_path: Path) -> None:
    gateway.login("dh.clerk1", "demo1234")
    ctx = make_ctx(gateway, tmp_path)
    assert admin_pages(ctx) == []
    assert gateway.calls[-1] == (OBJECT_ADMIN, "whoami")  # no admin call was even tried


def test_office_head_reads_but_cannot_change_users(qtbot: Any, gateway: InProcessGateway,
                                                   tmp_path: Path) -> None:
    gateway.login("dh.head", "demo1234")
    ctx = make_ctx(gateway, tmp_path)
    pages = admin_pages(ctx)
    for _title, widget in pages:
        qtbot.addWidget(widget)
    settle(ctx)
    assert [title for title, _w in pages] == ["Users", "Roles", "Offices", "Audit log"]
    view = pages[0][1]
    assert isinstance(view, UsersView)
    assert not view.new_button.isVisibleTo(view) and not view.lock_button.isVisibleTo(view)
    # Office scope is the server's: the head of 东湖 sees only 东湖 staff.
    assert {r["username"] for r in view.model.rows()} == {
        "dh.head", "dh.clerk1", "dh.clerk2", "dh.reader", "dh.engineer", "dh.metertech"}
    select(view, "dh.clerk1")
    assert view.open_edit_dialog() is None


# -- models -------------------------------------------------------------------------------

def test_models_pass_the_model_tester(qtmodeltester: Any, users: UsersView, qtbot: Any,
                                      ctx: AppContext) -> None:
    qtmodeltester.check(users.model)
    roles = roles_page(ctx)
    qtbot.addWidget(roles)
    settle(ctx)
    qtmodeltester.check(roles.roles_table.model())
    qtmodeltester.check(roles.permissions_table.model())
    assert users.model.rowCount() == 16


def test_user_table_shows_translated_roles_and_status(users: UsersView) -> None:
    model = users.model
    row = [r["username"] for r in model.rows()].index("dh.reader")
    assert model.index(row, 3).data() == "Meter reading supervisor"
    assert model.index(row, 4).data() == "Active"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Username"


def test_roles_page_lists_roles_with_described_permissions(qtbot: Any,
                                                          ctx: AppContext) -> None:
    view = roles_page(ctx)
    qtbot.addWidget(view)
    settle(ctx)
    roles = view.roles_table.model()
    names = [roles.index(r, 0).data() for r in range(roles.rowCount())]
    assert "Counter clerk" in names and "Administrator" in names
    view.roles_table.selectRow(names.index("Counter clerk"))
    perms = view.permissions_table.model()
    shown = {perms.index(r, 0).data(): perms.index(r, 1).data() for r in range(perms.rowCount())}
    assert shown == {"customer.edit_contact": "Edit customer contact details",
                     "customer.read": "View customer files",
                     "system.ping": "Sign in and use the client",
                     "tariff.read": "View tariffs and use the calculator",
                     "bill.read": "View bills",
                     "payment.read": "View accounts and payments",
                     "payment.post": "Take payments at the counter",
                     "payment.reverse": "Request payment reversals",
                     "cash.close": "Close one's own till",
                     "arrears.read": "View arrears",
                     "application.read": "View business applications",
                     "application.handle": "Register and work business applications",
                     "complaint.read": "View complaints",
                     "complaint.handle": "Record and handle complaints",
                     "consultation.log": "Log consultations and print statements",
                     "fault.read": "View fault reports",
                     "fault.handle": "Record fault reports",
                     "work.todo": "Use one's to-do list"}
    assert isinstance(view, RolesView) and "Counter clerk" in view.caption.text()


# -- create, edit, lock, password ---------------------------------------------------------

def test_create_user_and_see_it_listed(users: UsersView, ctx: AppContext,
                                       gateway: InProcessGateway) -> None:
    dialog = users.open_create_dialog()
    assert not dialog.ok_button.isEnabled()
    dialog.username.setText("dh.clerk9")
    dialog.full_name.setText("钱小九")
    dialog.office.setCurrentIndex(dialog.office.findData(9))  # 东湖八一大道营业厅
    dialog.role_boxes["counter_clerk"].setChecked(True)
    dialog.password.setText("start1234")
    dialog.repeat.setText("start1234")
    assert dialog.ok_button.isEnabled(), dialog.problem_label.text()
    dialog.ok_button.click()
    settle(ctx)
    row = row_of(users, "dh.clerk9")
    assert row["office_name"] == "东湖八一大道营业厅" and row["roles"] == ["counter_clerk"]
    assert users.selected_user() == row
    assert "dh.clerk9" in users.status.text()
    users.text_filter.setText("clerk9")
    users.search_requested.emit()
    settle(ctx)
    assert [r["username"] for r in users.model.rows()] == ["dh.clerk9"]
    assert users.pager.label.text() == "Users 1-1 of 1"


def test_create_dialog_checks_input_before_sending(users: UsersView) -> None:
    dialog = users.open_create_dialog()
    dialog.username.setText("newbie")
    dialog.full_name.setText("New Bie")
    dialog.role_boxes["auditor"].setChecked(True)
    dialog.password.setText("short1")
    dialog.repeat.setText("short1")
    assert not dialog.ok_button.isEnabled()
    assert "8 characters" in dialog.problem_label.text()
    dialog.password.setText("longenough1")
    assert "differ" in dialog.problem_label.text()
    dialog.repeat.setText("longenough1")
    assert dialog.ok_button.isEnabled()
    dialog.role_boxes["auditor"].setChecked(False)
    assert "role" in dialog.problem_label.text()


def test_taken_username_shows_the_servers_message(users: UsersView, ctx: AppContext) -> None:
    dialog = users.open_create_dialog()
    dialog.username.setText("dh.clerk1")
    dialog.full_name.setText("Someone")
    dialog.role_boxes["counter_clerk"].setChecked(True)
    dialog.password.setText("start1234")
    dialog.repeat.setText("start1234")
    dialog.ok_button.click()
    settle(ctx)
    boxes = [b for b in message_boxes(users) if b.objectName() == "errorBox"]
    assert len(boxes) == 1 and "dh.clerk1" in boxes[0].text()


def test_edit_roles(users: UsersView, ctx: AppContext, gateway: InProcessGateway) -> None:
    before = select(users, "dh.clerk2")
    dialog = users.open_edit_dialog()
    assert dialog is not None and dialog.username.isReadOnly()
    dialog.role_boxes["reading_supervisor"].setChecked(True)
    assert dialog.changes() == {"roles": ["counter_clerk", "reading_supervisor"]}
    dialog.ok_button.click()
    settle(ctx)
    after = row_of(users, "dh.clerk2")
    assert after["roles"] == ["counter_clerk", "reading_supervisor"]
    assert after["version"] == before["version"] + 1
    stored = gateway.call(OBJECT_ADMIN, "get_user", before["id"])
    assert stored["roles"] == ["counter_clerk", "reading_supervisor"]


def test_stale_version_shows_a_conflict_message(users: UsersView, ctx: AppContext,
                                                gateway: InProcessGateway) -> None:
    user = select(users, "xh.clerk1")
    dialog = users.open_edit_dialog()
    assert dialog is not None
    # Someone else saves first.
    gateway.call(OBJECT_ADMIN, "update_user", user["id"], user["version"],
                 {"full_name": "郑丽华"}, write=True)
    dialog.full_name.setText("郑莉")
    dialog.ok_button.click()
    settle(ctx)
    boxes = message_boxes(users)
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "Someone else changed this user" in text and "郑丽华" in text
    assert "not saved" in text
    assert row_of(users, "xh.clerk1")["full_name"] == "郑丽华"  # the table shows the truth
    assert gateway.call(OBJECT_ADMIN, "get_user", user["id"])["full_name"] == "郑丽华"


def test_lock_with_reason_then_unlock(users: UsersView, ctx: AppContext,
                                      gateway: InProcessGateway) -> None:
    select(users, "wt.clerk1")
    assert users.lock_button.isEnabled() and not users.unlock_button.isEnabled()
    dialog = users.open_lock_dialog()
    assert dialog is not None and not dialog.ok_button.isEnabled()
    dialog.reason.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setText("left the company")
    dialog.ok_button.click()
    settle(ctx)
    row = row_of(users, "wt.clerk1")
    assert row["locked"] and row["locked_reason"] == "left the company"
    index = users.model.rows().index(row)
    assert users.model.index(index, 4).data() == "Locked"
    assert users.model.index(index, 4).data(Qt.ItemDataRole.ForegroundRole) == WARNING_COLOR
    assert users.unlock_button.isEnabled() and not users.lock_button.isEnabled()

    box = users.confirm_unlock()
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(ctx)
    assert row_of(users, "wt.clerk1")["locked"]  # cancelled: nothing sent

    box = users.confirm_unlock()
    assert box is not None
    [unlock] = [b for b in box.buttons() if b.text() == "Unlock"]
    unlock.click()
    settle(ctx)
    assert not row_of(users, "wt.clerk1")["locked"]
    assert not gateway.call(OBJECT_ADMIN, "get_user", row["id"])["locked"]


def test_locked_users_can_be_hidden(users: UsersView, ctx: AppContext,
                                    gateway: InProcessGateway) -> None:
    gateway.call(OBJECT_ADMIN, "set_user_locked", row_of(users, "qs.clerk1")["id"], True,
                 "on leave", write=True)
    users.include_locked.setChecked(False)
    settle(ctx)
    assert "qs.clerk1" not in {r["username"] for r in users.model.rows()}
    users.include_locked.setChecked(True)
    settle(ctx)
    assert row_of(users, "qs.clerk1")["locked_reason"] == "on leave"


def test_reset_password(users: UsersView, ctx: AppContext, gateway: InProcessGateway) -> None:
    select(users, "xc.clerk1")
    dialog = users.open_password_dialog()
    assert dialog is not None
    dialog.password.setText("fresh2026")
    dialog.repeat.setText("fresh2026")
    dialog.ok_button.click()
    settle(ctx)
    assert "xc.clerk1" in users.status.text()
    other = InProcessGateway(gateway.runtime.config.database_url)
    assert other.login("xc.clerk1", "fresh2026")["user"]["must_change_password"] is True


def test_office_filter_and_paging(users: UsersView, ctx: AppContext,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    users.office_filter.setCurrentIndex(users.office_filter.findData(4))  # 东湖营业所
    users.search_requested.emit()
    settle(ctx)
    assert {r["office_name"] for r in users.model.rows()} == {"东湖营业所"}
    monkeypatch.setattr(presenter_module, "USERS_PAGE", 5)
    users.office_filter.setCurrentIndex(0)
    users.search_requested.emit()
    settle(ctx)
    assert users.model.rowCount() == 5 and users.pager.label.text() == "Users 1-5 of 16"
    assert users.pager.next_button.isEnabled() and not users.pager.previous_button.isEnabled()
    first_page = [r["username"] for r in users.model.rows()]
    users.pager.next_button.click()
    settle(ctx)
    assert users.pager.label.text() == "Users 6-10 of 16"
    assert not set(first_page) & {r["username"] for r in users.model.rows()}
    users.pager.next_button.click()
    settle(ctx)
    assert users.pager.label.text() == "Users 11-15 of 16"
    users.pager.next_button.click()
    settle(ctx)
    assert users.pager.label.text() == "Users 16-16 of 16"
    assert not users.pager.next_button.isEnabled()


# -- keyboard -----------------------------------------------------------------------------

def tab_chain(view: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from the view's first field."""
    start = view.focusProxy()
    assert start is not None
    chain: list[QWidget] = []
    widget = start
    while True:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(view):
            chain.append(widget)
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
        if widget is start or len(chain) > 100:
            return chain


def test_tab_goes_from_filters_to_table_to_actions(users: UsersView) -> None:
    chain = tab_chain(users)
    assert chain[0] is users.text_filter
    order = [chain.index(w) for w in (users.text_filter, users.office_filter,
                                      users.search_button, users.table, users.new_button,
                                      users.password_button)]
    assert order == sorted(order)


def test_enter_searches_and_opens_the_user(users: UsersView, ctx: AppContext,
                                           qtbot: Any) -> None:
    users.text_filter.setText("reader")
    qtbot.keyClick(users.text_filter, Qt.Key.Key_Return)
    settle(ctx)
    assert [r["username"] for r in users.model.rows()] == ["dh.reader", "xh.reader"]
    users.table.setCurrentIndex(users.model.index(1, 0))
    qtbot.keyClick(users.table, Qt.Key.Key_Return)
    [dialog] = [d for d in users.findChildren(UserDialog) if d.isVisible()]
    assert dialog.username.text() == "xh.reader"
    dialog.reject()


def test_typing_searches_once_the_typing_pauses(users: UsersView, ctx: AppContext,
                                                 qtbot: Any) -> None:
    with qtbot.waitSignal(users.search_requested, timeout=2000):
        qtbot.keyClicks(users.text_filter, "clerk")
    settle(ctx)
    assert {r["username"] for r in users.model.rows()} == {
        "dh.clerk1", "dh.clerk2", "qs.clerk1", "wt.clerk1", "xc.clerk1", "xh.clerk1"}


def test_saving_without_changes_sends_nothing(users: UsersView, ctx: AppContext,
                                              gateway: InProcessGateway) -> None:
    select(users, "manager")
    dialog = users.open_edit_dialog()
    assert dialog is not None
    calls = len(gateway.calls)
    dialog.ok_button.click()
    settle(ctx)
    assert gateway.calls[calls:] == []
    assert users.status.text() == "Nothing was changed."
