"""The office dashboard against the real pmis.work in process (seeded SQLite with the fault
and application demo history, fixed clock): figures in tiles, tables and charts, the
drill-down that opens records, and the export written as CSV and XLSX."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from client.core.context import AppContext
from client.work.dashboard_presenter import DashboardPresenter
from client.work.dashboard_view import DashboardView, month_start
from tests.client import work_fixture
from tests.client.work_fixture import PREFIX, WorkFixture

work_db, head_ctx = work_fixture.work_db, work_fixture.head_ctx
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TODAY = date(2026, 11, 27)


def _page(qtbot: Any, ctx: AppContext) -> tuple[DashboardView, DashboardPresenter]:
    view = DashboardView(TODAY)
    qtbot.addWidget(view)
    presenter = DashboardPresenter(ctx, view)
    with qtbot.waitSignals([presenter.loaded, presenter.items_loaded], timeout=20000):
        presenter.start()
    return view, presenter


def test_default_range_is_this_month() -> None:
    assert month_start(TODAY) == date(2026, 11, 1)


def test_figures_tables_and_charts(qtbot: Any, qtmodeltester: Any, head_ctx: AppContext,
                                   work_db: tuple[str, WorkFixture]) -> None:
    view, _presenter = _page(qtbot, head_ctx)
    assert view.office.currentData() == work_db[1].office_id  # the head's one office
    assert view.selection()[1:] == ("2026-11-01", "2026-11-27")
    figures = view.figures
    assert figures is not None
    opened = figures["open"]
    assert opened["total"] >= 7 and opened["escalated"] >= 1 and opened["paused"] >= 1
    assert view.tiles["total"].text() == f"{opened['total']:,}\nOpen"
    assert view.tiles["breached"].text().startswith(f"{opened['breached']}\n")
    for model in (view.stage_model, view.achievement_model, view.throughput_model,
                  view.daily_model, view.drill_model):
        qtmodeltester.check(model)
    assert view.stage_model.rowCount() == len(figures["by_stage"]) > 0
    assert view.achievement_model.rowCount() == len(figures["achievement"]) > 0
    assert view.throughput_model.rowCount() == len(figures["throughput"])
    assert view.daily_model.rowCount() == len(figures["daily"]) == 27
    # the chart shows the lowest on-time rates, the exact figures are in the table
    series = view.achievement_chart.series()
    assert series is not None and series.count() == 1
    bars = series.barSets()[0]
    rated = [r for r in figures["achievement"] if r["rate"] is not None]
    assert 0 < bars.count() == min(8, len(rated))
    lowest = min(float(r["rate"]) for r in rated)
    assert min(bars.at(i) for i in range(bars.count())) == pytest.approx(lowest)
    daily = view.daily_chart.series()
    assert daily is not None and [s.label() for s in daily.barSets()] == ["Opened", "Finished"]
    assert daily.barSets()[1].sum() == sum(r["closed"] for r in figures["daily"])
    # at first the list below holds the office's open work
    assert view.drill_model.rowCount() == min(opened["total"], 200)
    assert view.export_button.isEnabled()


def test_drill_down_by_stage_type_tile_and_open(qtbot: Any, head_ctx: AppContext) -> None:
    opened: list[int] = []
    head_ctx.openers["application"] = opened.append
    view, presenter = _page(qtbot, head_ctx)
    stages = view.stage_model
    row = next(r for r in range(stages.rowCount())
               if stages.row_at(r)["sla_type"] == "new_lv_residential"
               and stages.row_at(r)["step"] == "supply_plan")
    stage = stages.row_at(row)
    with qtbot.waitSignal(presenter.items_loaded, timeout=20000):
        view.tables["stage"].clicked.emit(stages.index(row, 0))
    items = [view.drill_model.row_at(r) for r in range(view.drill_model.rowCount())]
    assert len(items) == stage["open"] + stage["paused"] or len(items) == stage["open"]
    assert all(i["sla_type"] == "new_lv_residential" and i["step"] == "supply_plan"
               for i in items)
    assert stage["step_name"] in view.drill_title.text()
    near = next(r for r in range(len(items)) if items[r]["reference"] == f"{PREFIX}near")
    view.drill_table.doubleClicked.emit(view.drill_model.index(near, 0))
    assert opened == [items[near]["source_id"]]
    with qtbot.waitSignal(presenter.items_loaded, timeout=20000):
        view.tiles["near"].click()
    assert view.drill_model.rowCount() >= 1
    assert all(view.drill_model.row_at(r)["risk"] == "near"
               for r in range(view.drill_model.rowCount()))
    achievement = view.achievement_model
    with qtbot.waitSignal(presenter.items_loaded, timeout=20000):
        view.tables["achievement"].clicked.emit(achievement.index(0, 0))
    kind = achievement.row_at(0)
    finished = [view.drill_model.row_at(r) for r in range(view.drill_model.rowCount())]
    assert len(finished) == min(kind["closed"], 200)
    assert all(r["status"] == "done" and r["sla_type"] == kind["sla_type"] for r in finished)


def test_export_writes_csv_and_xlsx(qtbot: Any, head_ctx: AppContext, tmp_path: Path) -> None:
    view, presenter = _page(qtbot, head_ctx)
    with qtbot.waitSignal(presenter.items_loaded, timeout=20000):
        view.tiles["breached"].click()
    shown = view.drill_model.rowCount()
    assert shown >= 2
    csv_path = tmp_path / "overdue"
    with qtbot.waitSignal(presenter.exported, timeout=20000) as done:
        view._export_to(str(csv_path) + ".csv")
    path, rows = done.args
    assert path.endswith("overdue.csv") and rows == shown
    text = Path(path).read_text(encoding="utf-8-sig")
    lines = list(csv.reader(text.splitlines()))
    assert len(lines) == shown + 1  # a header and one line per item
    references = {view.drill_model.row_at(r)["reference"] for r in range(shown)}
    assert references <= {cell for line in lines[1:] for cell in line}
    with qtbot.waitSignal(presenter.exported, timeout=20000) as done:
        view._export_to(str(tmp_path / "overdue"))  # no extension: a workbook
    path, rows = done.args
    assert path.endswith("overdue.xlsx") and rows == shown
    sheet = load_workbook(path).active
    assert sheet is not None and sheet.max_row == shown + 1
    cells = {str(c.value) for row in sheet.iter_rows() for c in row}
    assert references <= cells
    assert f"{rows:,}" in view.state.text()


def test_export_dialog_offers_both_formats(qtbot: Any, head_ctx: AppContext) -> None:
    view, _presenter = _page(qtbot, head_ctx)
    dialog = view.ask_export_file()
    assert dialog.nameFilters() == ["Excel workbook (*.xlsx)", "CSV file (*.csv)"]
    assert dialog.defaultSuffix() == "xlsx"
    dialog.reject()


def test_manager_chooses_among_offices(qtbot: Any, work_db: tuple[str, WorkFixture],
                                       tmp_path: Path) -> None:
    ctx = work_fixture.work_ctx(work_db[0], "manager", tmp_path)
    try:
        view, presenter = _page(qtbot, ctx)
        offices = [view.office.itemData(i) for i in range(view.office.count())]
        assert offices[0] is None and len(offices) > 2  # "All my offices", then each
        assert view.office.itemText(0) == "All my offices"
        everything = view.figures["open"]["total"]  # type: ignore[index]
        view.office.setCurrentIndex(offices.index(work_db[1].office_id))
        with qtbot.waitSignal(presenter.loaded, timeout=20000):
            view.office.activated.emit(view.office.currentIndex())
        assert 0 < view.figures["open"]["total"] < everything  # type: ignore[index]
        with qtbot.waitActive(view):  # shortcuts work in the active window
            view.show()
            view.activateWindow()
        with qtbot.waitSignal(presenter.loaded, timeout=20000):
            QTest.keyClick(view, Qt.Key.Key_F5)
    finally:
        ctx.runner.wait_idle(5000)
        ctx.runner.shutdown()
