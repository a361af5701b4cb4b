"""The monthly report page against the real API objects in process (SQLite demo + the
revenue fixture): pickers, figures in the tables, models that pass qtmodeltester, the PDF."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import QSettings
from sqlalchemy.orm import Session

from appserver.core.clock import FixedClock
from appserver.core.db import make_engine
from client.core.context import AppContext
from client.core.tasks import TaskRunner
from client.reports import pages as report_pages
from client.reports.monthly_view import MonthlyReportView, last_month, recent_periods
from client.reports.presenter import MonthlyReportPresenter
from tests.helpers.inprocess import InProcessGateway, seeded_sqlite
from tests.helpers.revenue_fixture import RevenueFixture, build_revenue_fixture

TODAY = date(2026, 11, 28)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def fixture_db() -> tuple[str, RevenueFixture]:
    url = seeded_sqlite()
    engine = make_engine(url)
    with Session(engine) as db, db.begin():
        fx = build_revenue_fixture(db)
    engine.dispose()
    return url, fx


@pytest.fixture
def manager_ctx(qtbot: Any, fixture_db: tuple[str, RevenueFixture],
                tmp_path: Path) -> Iterator[AppContext]:
    gateway = InProcessGateway(fixture_db[0], locale="en",
                               clock=FixedClock(datetime(2026, 11, 28, 9, tzinfo=UTC)))
    gateway.login("manager", "demo1234")
    settings = QSettings(str(tmp_path / "client.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    yield AppContext(gateway, runner, settings, gateway.call("pmis.admin", "whoami"))
    runner.wait_idle(5000)
    runner.shutdown()


def _page(qtbot: Any, ctx: AppContext) -> tuple[MonthlyReportView, MonthlyReportPresenter]:
    view = MonthlyReportView(TODAY)
    qtbot.addWidget(view)
    presenter = MonthlyReportPresenter(ctx, view)
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        presenter.start()
    return view, presenter


def test_period_choices_default_to_last_month() -> None:
    assert last_month(TODAY) == "2026-10" and last_month(date(2027, 1, 5)) == "2026-12"
    periods = recent_periods(TODAY, 14)
    assert periods[0] == "2026-11" and periods[-1] == "2025-10" and len(periods) == 14


def test_figures_of_the_chosen_unit(qtbot: Any, qtmodeltester: Any, manager_ctx: AppContext,
                                    fixture_db: tuple[str, RevenueFixture]) -> None:
    view, presenter = _page(qtbot, manager_ctx)
    assert view.period.currentText() == "2026-10"
    assert view.unit.itemText(0) == "赣电供电公司"  # the company first, then its tree
    fx = fixture_db[1]
    view.unit.setCurrentIndex(view.unit.findData(fx.bureau_id))
    with qtbot.waitSignal(presenter.loaded, timeout=20000):
        view.show_button.click()
    figures = {key: value.text() for key, (_name, value) in view.summary_labels.items()}
    assert figures["amount"] == "41,220.00" and figures["cash"] == "26,018.00"
    assert figures["collection_rate"] == "35.90 %" and figures["overdue"] == "46,465.50"
    assert figures["as_of"] == "2026-10-31"
    by_class = view.models["by_class"]
    assert by_class.rowCount() == 5 and by_class.row_at(4)["name"] == "Total"
    assert by_class.data(by_class.index(4, 3)) == "41,220.00"
    top = view.models["top"]
    assert top.data(top.index(0, 4)) == "45,000.00" and top.rowCount() == 6
    for model in view.models.values():
        qtmodeltester.check(model)
    (series,) = view.chart.series()
    assert isinstance(series, QBarSeries) and series.count() == 4  # a bar set per class


def test_print_opens_the_pdf(qtbot: Any, manager_ctx: AppContext,
                             fixture_db: tuple[str, RevenueFixture]) -> None:
    view, presenter = _page(qtbot, manager_ctx)
    view.unit.setCurrentIndex(view.unit.findData(fixture_db[1].office["RB1"]))
    with qtbot.waitSignal(presenter.pdf_opened, timeout=20000) as opened:
        view.print_button.click()
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    assert dialog.page_count >= 6 and dialog.filename == "revenue-2026-10-RB1.pdf"
    dialog.close()


def test_language_switch_redraws_the_figures(qtbot: Any, manager_ctx: AppContext) -> None:
    view, _presenter = _page(qtbot, manager_ctx)
    view.retranslate()
    assert view.models["by_class"].row_at(0)["name"] == "Residential"
    assert view.tabs.tabText(2) == "Arrears ageing"


def test_users_without_the_report_right_get_no_page(clerk_ctx: AppContext) -> None:
    assert report_pages.pages(clerk_ctx) == []


def test_the_page_is_offered_to_managers(qtbot: Any, manager_ctx: AppContext) -> None:
    found = report_pages.pages(manager_ctx)
    assert [(title, context) for title, context, _w in found] == \
        [("Monthly report", "ReportsPages")]
    qtbot.addWidget(found[0][2])
    manager_ctx.runner.wait_idle(20000)
