"""The "Billing runs" page against the real API on the seeded SQLite: the books of the
reader's office, a run started with confirmation and watched to its end (a job runner thread
stands in for the lease holder), the result with the points not billed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from client.billing.run_pages import RunsPage, pages
from client.core.context import AppContext
from client.core.tasks import TaskRunner
from client.core.widgets.rows_model import ROW_ROLE
from tests.helpers.inprocess import InProcessGateway

TODAY = date(2026, 11, 28)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def reader_gateway() -> Iterator[InProcessGateway]:
    from appserver.core import jobs

    gw = InProcessGateway(locale="en")
    gw.login("dh.reader", "demo1234")
    runner = jobs.JobRunner(gw.runtime, lambda: True, interval_s=0.2)
    runner.start()
    yield gw
    runner.stop_event.set()
    runner.join(10)


@pytest.fixture
def reader_ctx(qtbot: Any, reader_gateway: InProcessGateway,
               tmp_path: Path) -> Iterator[AppContext]:
    settings = QSettings(str(tmp_path / "client.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    yield AppContext(reader_gateway, runner, settings,
                     reader_gateway.call("pmis.admin", "whoami"))
    runner.wait_idle(5000)
    runner.shutdown()


def _validate_one_book(gw: InProcessGateway) -> str:
    """The meter-reading module's validation, as its supervisor would finish it."""
    with gw.runtime.db.engine.begin() as conn:
        code = conn.execute(text(
            "SELECT b.code FROM reading_book b JOIN reading_plan p ON p.book_id = b.id "
            "JOIN org_unit o ON o.id = b.office_id WHERE o.code = 'DH' AND p.period = 202611 "
            "AND p.status = 'imported' ORDER BY b.code LIMIT 1")).scalar_one()
        conn.execute(text("UPDATE reading_plan SET status = 'validated' WHERE period = 202611 "
                          "AND book_id = (SELECT id FROM reading_book WHERE code = :c)"),
                     {"c": code})
    return str(code)


def _select(page: RunsPage, code: str) -> dict[str, Any]:
    model = page.books
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ROW_ROLE)["book_code"] == code:
            page.view.table.selectRow(row)
            return dict(model.index(row, 0).data(ROW_ROLE))
    raise AssertionError(f"book {code} not listed")


def _confirm(qtbot: Any) -> None:
    def box_open() -> None:
        assert any(isinstance(w, QMessageBox) and w.isVisible()
                   for w in QApplication.topLevelWidgets())

    qtbot.waitUntil(box_open)
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.objectName() == "confirmStartRun")
    box.button(QMessageBox.StandardButton.Yes).click()


def test_a_run_is_started_watched_and_its_result_shown(qtbot: Any, qtmodeltester: Any,
                                                       reader_ctx: AppContext) -> None:
    code = _validate_one_book(reader_ctx.gateway)
    page = RunsPage(reader_ctx, TODAY)
    qtbot.addWidget(page)
    qtbot.waitSignal(page.presenter.loaded, timeout=10_000).wait()
    if page.books.rowCount() == 0:
        qtbot.waitSignal(page.presenter.loaded, timeout=10_000).wait()
    qtmodeltester.check(page.books)
    assert page.view.period.currentText() == "2026-11"
    book = _select(page, code)
    assert book["plan_status"] == "validated" and book["run"] is None
    assert page.view.start.isEnabled() and not page.view.restart.isEnabled()
    with qtbot.waitSignal(page.presenter.finished, timeout=60_000) as done:
        page.view.start.click()
        _confirm(qtbot)
    run = done.args[0]
    assert run["status"] == "done" and run["bills"] > 0
    assert run["bills"] + len(run["errors"]) == book["points"]
    qtmodeltester.check(page.errors)
    assert page.errors.rowCount() == len(run["errors"])
    assert f"Bills: {run['bills']}" in page.view.summary.text()
    assert page.view.bar.value() == page.view.bar.maximum()
    qtbot.waitUntil(lambda: ((page.view.book or {}).get("run") or {}).get("status") == "done",
                    timeout=10_000)
    assert not page.view.restart.isEnabled()
    assert reader_ctx.runner.wait_idle(10_000)


def test_history_and_unvalidated_books(qtbot: Any, reader_ctx: AppContext) -> None:
    page = RunsPage(reader_ctx, TODAY)
    qtbot.addWidget(page)
    qtbot.waitSignal(page.presenter.loaded, timeout=10_000).wait()
    imported = next(page.books.index(r, 0).data(ROW_ROLE) for r in range(page.books.rowCount())
                    if page.books.index(r, 0).data(ROW_ROLE)["plan_status"] != "validated")
    _select(page, imported["book_code"])
    assert not page.view.start.isEnabled()
    with qtbot.waitSignal(page.presenter.loaded, timeout=10_000):
        page.view.period.setCurrentText("2026-10")
    first = page.books.index(0, 0).data(ROW_ROLE)
    assert first["run"]["status"] == "done" and first["plan_status"] == "billed"
    _select(page, first["book_code"])
    qtbot.waitUntil(lambda: "Bills:" in page.view.summary.text(), timeout=10_000)
    assert str(first["run"]["bills"]) in page.view.summary.text()
    assert reader_ctx.runner.wait_idle(10_000)


def test_the_page_is_offered_to_those_who_may_see_runs(reader_ctx: AppContext,
                                                       qtbot: Any) -> None:
    (title, context, widget), = pages(reader_ctx)
    qtbot.addWidget(widget)
    assert title == "Billing runs" and context == "BillingPages"
    clerk = AppContext(reader_ctx.gateway, reader_ctx.runner, reader_ctx.settings,
                       {"permissions": ["bill.read"]})
    assert pages(clerk) == []
    assert isinstance(widget, RunsPage)
    assert reader_ctx.runner.wait_idle(5000)
