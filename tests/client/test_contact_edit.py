"""Contact correction: success, the server's validation message, and the conflict dialog."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from client.core.context import AppContext
from client.customers.contact_dialog import ConflictDialog, ContactDialog
from client.customers.page import CustomersPage
from client.customers.presenter import FilePresenter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 15_000


@pytest.fixture
def opened(qtbot: Any, clerk_ctx: AppContext) -> FilePresenter:
    page = CustomersPage(clerk_ctx)
    qtbot.addWidget(page)
    page.show()
    row = clerk_ctx.gateway.call("pmis.customers", "search", "王",
                                 {"offset": 0, "limit": 1})["rows"][0]
    presenter = page.open_customer(row)
    qtbot.waitUntil(lambda: bool(presenter.view.customer), timeout=WAIT)
    return presenter


def open_dialog(qtbot: Any, presenter: FilePresenter) -> ContactDialog:
    with qtbot.waitSignal(presenter.dialog_opened, timeout=WAIT) as opened:
        qtbot.mouseClick(presenter.view.edit, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    return dialog


def closed(dialog: ContactDialog) -> bool:
    """Closed dialogs delete themselves (WA_DeleteOnClose)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def set_field(dialog: ContactDialog, key: str, text: str) -> None:
    dialog.edits[key].setText(text)


def test_a_corrected_mobile_is_saved_and_shown(qtbot: Any, opened: FilePresenter) -> None:
    dialog = open_dialog(qtbot, opened)
    set_field(dialog, "phone_mobile", "13912345678")
    with qtbot.waitSignal(opened.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0]["phone_mobile"] == "13912345678"
    qtbot.waitUntil(lambda: opened.view.history.rowCount() == 1, timeout=WAIT)
    label = opened.view.findChild(QLabel, "value_phone_mobile")
    assert label is not None and label.text() == "13912345678"
    assert "13912345678" in opened.view.history.data(opened.view.history.index(0, 3))
    assert closed(dialog) and opened.dialog is None


def test_the_servers_validation_message_is_shown_in_the_dialog(
        qtbot: Any, opened: FilePresenter, clerk_ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, opened)
    set_field(dialog, "phone_mobile", "12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=WAIT)
    assert "a mobile number has 11 digits" in dialog.problem.text()
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert "b00020" in dialog.edits["phone_mobile"].styleSheet()
    current = clerk_ctx.gateway.call("pmis.customers", "get_file", opened.customer_id)
    assert current["customer"]["version"] == opened.view.customer["version"]  # unchanged


def test_nothing_changed_is_said_without_a_server_call(qtbot: Any, opened: FilePresenter,
                                                       clerk_ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, opened)
    before = len(clerk_ctx.gateway.calls)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Nothing was changed."
    assert len(clerk_ctx.gateway.calls) == before


def _someone_else_changes_the_landline(ctx: AppContext, presenter: FilePresenter) -> None:
    c = presenter.view.customer
    ctx.gateway.call("pmis.customers", "update_contact", c["id"], c["version"],
                     {"phone_landline": "0791-88886666"}, write=True)


def _save_into_conflict(qtbot: Any, presenter: FilePresenter,
                        dialog: ContactDialog) -> ConflictDialog:
    with qtbot.waitSignal(presenter.dialog_opened, timeout=WAIT) as opened:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    conflict = opened.args[0]
    assert isinstance(conflict, ConflictDialog) and conflict.isVisible()
    return conflict


def test_conflict_shows_theirs_and_mine_and_reapplies(qtbot: Any, opened: FilePresenter,
                                                      clerk_ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, opened)
    _someone_else_changes_the_landline(clerk_ctx, opened)
    set_field(dialog, "phone_mobile", "13800001111")
    conflict = _save_into_conflict(qtbot, opened, dialog)
    table = conflict.table

    def cell(row: int, column: int) -> str:
        item = table.item(row, column)
        assert item is not None
        return item.text()

    rows = {cell(r, 0): [cell(r, c) for c in (1, 2, 3)] for r in range(table.rowCount())}
    assert rows["Landline"][1] == "0791-88886666"  # theirs, saved meanwhile
    assert rows["Mobile"][2] == "13800001111"  # yours
    qtbot.mouseClick(conflict.reapply, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.edits["phone_landline"].text() == "0791-88886666"
    assert dialog.edits["phone_mobile"].text() == "13800001111"
    with qtbot.waitSignal(opened.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0]["phone_mobile"] == "13800001111"
    assert saved.args[0]["phone_landline"] == "0791-88886666"


def test_conflict_cancel_keeps_their_record(qtbot: Any, opened: FilePresenter,
                                            clerk_ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, opened)
    _someone_else_changes_the_landline(clerk_ctx, opened)
    set_field(dialog, "phone_mobile", "13800002222")
    conflict = _save_into_conflict(qtbot, opened, dialog)
    with qtbot.waitSignal(opened.loaded, timeout=WAIT):
        qtbot.mouseClick(conflict.cancel, Qt.MouseButton.LeftButton)
    assert closed(dialog) and opened.dialog is None
    assert opened.view.customer["phone_landline"] == "0791-88886666"
    assert opened.view.customer["phone_mobile"] != "13800002222"
