"""Search as you type, keyboard navigation and the customer file, on the real API in process."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from client.core.context import AppContext
from client.core.widgets.keys import type_text
from client.customers.page import CustomersPage
from client.customers.presenter import PAGE_SIZE, FilePresenter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: Any, clerk_ctx: AppContext) -> CustomersPage:
    widget = CustomersPage(clerk_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.show_search()
    return widget


def searches(ctx: AppContext) -> int:
    return sum(1 for call in ctx.gateway.calls if call == ("pmis.customers", "search"))


def test_typing_is_debounced_into_one_search(qtbot: Any, page: CustomersPage,
                                             clerk_ctx: AppContext) -> None:
    with qtbot.waitSignal(page.search.loaded, timeout=15000):
        type_text(page.search_view.box, "王雨")
        assert searches(clerk_ctx) == 0  # nothing before the typing settles
    assert searches(clerk_ctx) == 1
    assert page.search_view.model.rowCount() >= 1
    assert all("王雨" in row["name"] for row in page.search_view.model.rows)
    assert "found" in page.search_view.state.text()


def test_keyboard_only_search_and_open(qtbot: Any, page: CustomersPage) -> None:
    view = page.search_view
    type_text(view.box, "王")
    with qtbot.waitSignal(page.search.loaded, timeout=15000):
        qtbot.keyClick(view.box, Qt.Key.Key_Return)  # Enter searches at once
    assert view.model.rowCount() >= 2
    qtbot.keyClick(view.box, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() == 1
    wanted = view.model.row_at(1)
    with qtbot.waitSignal(page.file_opened, timeout=15000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    presenter: FilePresenter = opened.args[0]
    qtbot.waitUntil(lambda: presenter.view.customer.get("id") == wanted["id"], timeout=15000)
    assert page.tabs.currentWidget() is presenter.view
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert view.box.hasFocus()


def test_more_loads_the_next_page(qtbot: Any, page: CustomersPage) -> None:
    view = page.search_view
    type_text(view.box, "1000")  # an account prefix shared by many customers
    qtbot.waitUntil(lambda: view.model.rowCount() == PAGE_SIZE, timeout=15000)
    assert view.more.isVisibleTo(view)
    first_ids = [row["id"] for row in view.model.rows]
    with qtbot.waitSignal(page.search.loaded, timeout=15000):
        qtbot.mouseClick(view.more, Qt.MouseButton.LeftButton)
    ids = [row["id"] for row in view.model.rows]
    assert len(ids) > PAGE_SIZE and ids[:PAGE_SIZE] == first_ids
    assert len(set(ids)) == len(ids)


def test_a_newer_search_makes_the_older_stale(qtbot: Any, page: CustomersPage) -> None:
    presenter = page.search
    presenter.search("王")
    presenter.search("刘")
    assert page.ctx.runner.wait_idle(15000)
    assert page.search_view.model.rowCount() > 0
    assert all("刘" in row["name"] for row in page.search_view.model.rows)


def test_no_result_and_cleared_states(qtbot: Any, page: CustomersPage) -> None:
    with qtbot.waitSignal(page.search.loaded, timeout=15000):
        page.search.search("不存在的客户名")
    assert page.search_view.model.rowCount() == 0
    assert page.search_view.state.text() == "No customer found."
    with qtbot.waitSignal(page.search.loaded, timeout=15000):
        page.search.search("")
    assert page.search_view.state.text() == "Type at least one character to search."


def test_the_customer_file_shows_every_section(qtbot: Any, page: CustomersPage,
                                               clerk_ctx: AppContext) -> None:
    found = clerk_ctx.gateway.call("pmis.customers", "search", "王", {"offset": 0, "limit": 5})
    row = found["rows"][0]
    file = clerk_ctx.gateway.call("pmis.customers", "get_file", row["id"])
    presenter = page.open_customer(row)
    with qtbot.waitSignal(presenter.loaded, timeout=15000):
        pass
    view = presenter.view
    c = file["customer"]

    def value(key: str) -> str:
        label = view.findChild(QLabel, f"value_{key}")
        assert label is not None
        return label.text()

    assert value("name") == c["name"] and value("account_no") == c["account_no"]
    assert value("voltage_level") == c["voltage_level"]
    assert value("customer_class") == "Residential"
    assert value("id_doc").startswith("Resident ID card") and c["id_doc_no"] in value("id_doc")
    assert value("phone_mobile") == c["phone_mobile"]
    assert value("mail_address") == c["mail_address"]
    assert view.service_points.rowCount() == len(file["service_points"]) >= 1
    assert view.metering_points.rowCount() == len(file["metering_points"]) >= 1
    assert view.meters.rowCount() == len(file["meters"]) >= 1
    assert view.meters.data(view.meters.index(0, 0)) == file["meters"][0]["serial"]
    assert view.metering_points.data(view.metering_points.index(0, 4)) == \
        file["metering_points"][0]["multiplier"]
    tab_titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tab_titles == ["Service points (1)", "Metering points (1)", "Meters on site (1)",
                          "Change history (0)"]
    assert view.edit.isVisible() and view.edit.isEnabled()
    assert page.open_customer(row) is presenter  # a second open re-uses the tab
    page.close_tab(page.tabs.indexOf(view))
    assert row["id"] not in page.files


def test_a_reader_cannot_edit_contacts(qtbot: Any, tmp_path: Any) -> None:
    from PySide6.QtCore import QSettings

    from client.core.tasks import TaskRunner
    from tests.helpers.inprocess import InProcessGateway

    gateway = InProcessGateway()
    user = gateway.login("dh.reader", "demo1234")["user"]
    ctx = AppContext(gateway, TaskRunner(), QSettings(str(tmp_path / "c.ini"),
                                                      QSettings.Format.IniFormat), user)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    row = gateway.call("pmis.customers", "search", "王", {"offset": 0, "limit": 1})["rows"][0]
    presenter = page.open_customer(row)
    qtbot.waitUntil(lambda: bool(presenter.view.customer), timeout=15_000)
    assert not presenter.view.edit.isVisibleTo(page)
    assert ctx.runner.wait_idle(15_000)


def test_a_file_that_cannot_be_loaded_says_so(qtbot: Any, page: CustomersPage) -> None:
    from PySide6.QtWidgets import QMessageBox

    presenter = page.open_customer({"id": 2_000_000_000, "name": "?", "account_no": "?"})
    qtbot.waitUntil(lambda: bool(presenter.view.findChildren(QMessageBox)), timeout=15_000)
    box = presenter.view.findChildren(QMessageBox)[0]
    assert box.windowTitle() == "Not found"
    assert presenter.view.title.text() == "The customer file could not be loaded."
    assert not presenter.view.edit.isEnabled()
