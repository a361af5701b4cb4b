"""The meter-reading screens against the real API on a seeded SQLite file, as dh.reader:
books and points, keyboard entry (Enter moves down, out-of-range highlighted, verdicts),
an import with its report, the exception queue with a decision, the meter change dialog."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from client.core.context import AppContext
from client.core.tasks import TaskRunner
from client.metering.books_page import BooksPage
from client.metering.entry_page import EntryPage
from client.metering.exceptions_page import ExceptionsPage
from client.metering.import_page import ImportPage, chunks
from client.metering.pages import pages
from tests.helpers.inprocess import InProcessGateway

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
HEADER = ("meter_serial,read_date,total,peak,flat,valley,critical_peak,deep_valley,reactive,"
          "max_demand\n")


@pytest.fixture
def reader_ctx(qtbot: Any, tmp_path: Path) -> Iterator[AppContext]:
    gateway = InProcessGateway(locale="en")
    gateway.login("dh.reader", "demo1234")
    runner = TaskRunner()
    ctx = AppContext(gateway, runner, QSettings(str(tmp_path / "c.ini"),
                                                QSettings.Format.IniFormat),
                     gateway.call("pmis.admin", "whoami"))
    yield ctx
    runner.wait_idle(5000)
    runner.shutdown()


def test_the_reader_sees_four_pages(reader_ctx: AppContext, qtbot: Any) -> None:
    found = pages(reader_ctx)
    assert [title for title, _c, _w in found] == ["Reading books", "Reading entry", "Import",
                                                  "Exceptions"]
    for _t, _c, widget in found:
        qtbot.addWidget(widget)


def test_books_and_points(reader_ctx: AppContext, qtbot: Any, qtmodeltester: Any) -> None:
    page = BooksPage(reader_ctx)
    qtbot.addWidget(page)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.books.rowCount() > 0, timeout=10000)
    qtmodeltester.check(view.books)
    assert all(r["code"].startswith("DH") for r in view.books.rows)
    view.books_table.setCurrentIndex(view.books.index(0, 0))
    qtbot.waitUntil(lambda: view.points.rowCount() > 0, timeout=10000)
    qtmodeltester.check(view.points)
    assert view.points.rows[0]["sequence"] <= view.points.rows[-1]["sequence"]


def _sheet_page(ctx: AppContext, qtbot: Any) -> EntryPage:
    page = EntryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.view.model.rowCount() > 0, timeout=10000)
    return page


def test_entry_keyboard_range_and_save(reader_ctx: AppContext, qtbot: Any,
                                       qtmodeltester: Any) -> None:
    page = _sheet_page(reader_ctx, qtbot)
    model, table = page.view.model, page.view.table
    qtmodeltester.check(model)
    rows = [i for i, r in enumerate(model.rows) if r["expected_low"] and r["active"]]
    first, second = rows[0], rows[1]
    total_col = 6
    table.setCurrentIndex(model.index(first, total_col))
    far = str(Decimal(model.rows[first]["expected_high"]) + Decimal(100000))
    table.setFocus()
    qtbot.keyClick(table, far[0])  # typing opens the editor with the first character
    editor = table.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, far[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits and moves down
    assert table.currentIndex().row() == first + 1
    assert model.typed[first]["total"] == far
    assert model.data(model.index(first, total_col), Qt.ItemDataRole.BackgroundRole) is not None
    inside = model.rows[second]["expected_low"]
    model.setData(model.index(second, total_col), inside)
    assert model.data(model.index(second, total_col), Qt.ItemDataRole.BackgroundRole) is None
    with qtbot.waitSignal(model.dataChanged, timeout=10000):
        page.view.save.click()
    qtbot.waitUntil(lambda: len(model.verdicts) == 2, timeout=10000)
    verdicts = {v["metering_point_id"]: v for v in model.verdicts.values()}
    assert verdicts[model.rows[first]["metering_point_id"]]["status"] == "flagged"
    assert "Saved" in page.view.state.text()


def test_import_report_has_three_groups(reader_ctx: AppContext, qtbot: Any,
                                        tmp_path: Path, qtmodeltester: Any) -> None:
    gateway = reader_ctx.gateway
    books = gateway.call("pmis.metering", "list_books", "2026-11")["books"]
    open_plan = next(b for b in books if b["plan_status"] == "open")
    sheet = gateway.call("pmis.metering", "entry_sheet", open_plan["plan_id"])
    lines = []
    for row in sheet["rows"][:5]:
        last = Decimal(row["last"]["registers"]["total"])
        lines.append(f"{row['serial']},2026-11-27,{last + Decimal(3)},,,,,,,")
    lines += ["NOSUCHMETER1,2026-11-27,1.00,,,,,,,", "broken line"]
    path = tmp_path / "reads.csv"
    path.write_text(HEADER + "\n".join(lines) + "\n", "utf-8")
    page = ImportPage(reader_ctx)
    qtbot.addWidget(page)
    page.view.period.setCurrentText("2026-11")
    page.import_file("2026-11", str(path))
    qtbot.waitUntil(lambda: page.view.choose.isEnabled(), timeout=15000)
    assert page.report.lines == 7 and page.report.accepted + sum(
        page.report.flagged.values()) == 5
    assert [r["line"] for r in page.report.rejected] == [7, 8]
    qtmodeltester.check(page.view.rejected)
    qtmodeltester.check(page.view.flagged)
    assert page.view.progress.value() == 1


def test_import_chunks_keep_line_numbers() -> None:
    text = HEADER + "".join(f"ZJ{n:010d},2026-11-20,{n}.00,,,,,,,\n" for n in range(300))
    pieces = chunks(text, 1000)
    assert len(pieces) > 3 and "".join(p for _n, p in pieces) == text
    assert pieces[1][0] == 1 + pieces[0][1].count("\n")


def test_exception_queue_approve_and_meter_change_dialog(reader_ctx: AppContext, qtbot: Any,
                                                         qtmodeltester: Any) -> None:
    page = ExceptionsPage(reader_ctx)
    qtbot.addWidget(page)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    qtmodeltester.check(view.model)
    money = [Decimal(r["money_at_risk"]) for r in view.model.rows]
    assert money == sorted(money, reverse=True)
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert view.change.isEnabled()
    view.change.click()
    change = page.dialog
    assert change is not None and change.objectName() == "meterChangeDialog"
    change.serial.setText("ZJTEST000001")  # type: ignore[attr-defined]
    shape = change.change()  # type: ignore[attr-defined]
    assert shape["new_serial"] == "ZJTEST000001" and "total" in shape["new_registers"]
    change.done(QDialog.DialogCode.Rejected)
    approvable = next(i for i, r in enumerate(view.model.rows) if r["kind"] == "reading"
                      and not {"backwards", "no_previous"} & set(r["reasons"]))
    view.table.setCurrentIndex(view.model.index(approvable, 0))
    item = view.current()
    assert item is not None and view.buttons["approve"].isEnabled()
    before = view.model.rowCount()
    view.buttons["approve"].click()
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "Approve the reading"
    dialog.note.setText("confirmed with the customer")  # type: ignore[attr-defined]
    dialog.accept()
    qtbot.waitUntil(lambda: view.model.rowCount() == before - 1, timeout=10000)
