"""The customer picker of the service forms, on the real search in process."""

from __future__ import annotations

from typing import Any

import pytest

from client.core.context import AppContext
from client.core.widgets.customer_picker import CustomerPicker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def picker(qtbot: Any, clerk_ctx: AppContext) -> CustomerPicker:
    widget = CustomerPicker(clerk_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_one_match_is_picked_at_once(qtbot: Any, picker: CustomerPicker,
                                     clerk_ctx: AppContext) -> None:
    account = clerk_ctx.gateway.call("pmis.customers", "search", "王",
                                      {"offset": 0, "limit": 1})["rows"][0]["account_no"]
    picker.query.setText(account)
    with qtbot.waitSignal(picker.picked, timeout=15000) as got:
        picker.search()
    assert got.args[0]["account_no"] == account
    assert account in picker.chosen.text()
    assert picker.clear_button.isEnabled()
    with qtbot.waitSignal(picker.cleared):
        picker.clear_button.click()
    assert picker.customer() is None


def test_several_matches_are_offered_in_a_list(qtbot: Any, qtmodeltester: Any,
                                               picker: CustomerPicker) -> None:
    picker.query.setText("王")
    picker.search()
    qtbot.waitUntil(lambda: picker.choice is not None and picker.choice.isVisible(),
                    timeout=15000)
    assert picker.choice is not None
    dialog = picker.choice
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() > 1
    second = dialog.model.row_at(1)
    dialog.table.selectRow(1)
    with qtbot.waitSignal(picker.picked) as got:
        dialog.accept()
    assert got.args[0]["id"] == second["id"]


def test_no_match_says_so_and_picks_nothing(qtbot: Any, picker: CustomerPicker) -> None:
    picker.query.setText("不存在的客户名字")
    picker.search()
    qtbot.waitUntil(lambda: picker.find_button.isEnabled(), timeout=15000)
    assert "不存在的客户名字" in picker.chosen.text()
    assert picker.customer() is None
