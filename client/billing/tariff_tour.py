"""Demo tour steps: the tariff list, a version with its summary and TOML, the TOML editor of a
next version, and the calculator answering 350 kWh on JX-RES-ANNUAL (screenshots in both
languages).

The manager runs it: an office head (dh.head) may only read tariffs and would see neither
the editor nor the approval buttons.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget

from client.billing.tariff_editor import TomlEditorDialog
from client.billing.tariff_pages import CalculatorPage, TariffsPage

USER = ("manager", "demo1234")
TOUR_TARIFF = "JX-RES-ANNUAL"


def _page(window: Any, kind: type) -> Any:
    tabs: QTabWidget = window.tabbed["billing"][0]
    for index in range(tabs.count()):
        if isinstance(tabs.widget(index), kind):
            tabs.setCurrentIndex(index)
            return tabs.widget(index)
    raise RuntimeError(f"no {kind.__name__} in the billing module")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    from client.tour import wait_for

    window.show_module("billing")
    tariffs: TariffsPage = _page(window, TariffsPage)
    tour.idle(app, "tariff list")
    tour.shot("tariffs_list", window)
    row = next(r for r in tariffs.view.model.rows if r["code"] == TOUR_TARIFF)
    wait_for(tariffs.presenter.shown, lambda: tariffs.view.select_id(row["id"]),
             "tariff version")
    tariffs.view.detail.setCurrentIndex(0)
    tour.shot("tariff_version_summary", window)
    tariffs.view.detail.setCurrentIndex(1)
    tour.shot("tariff_version_toml", window)
    tariffs.view.detail.setCurrentIndex(0)
    two_part = next(r for r in tariffs.view.model.rows if r["code"] == "LI-DEMAND")
    wait_for(tariffs.presenter.shown, lambda: tariffs.view.select_id(two_part["id"]),
             "two-part tariff version")
    tour.shot("tariff_version_two_part", window)
    wait_for(tariffs.presenter.shown, lambda: tariffs.view.select_id(row["id"]),
             "back to the residential tariff")
    (editor,) = wait_for(tariffs.presenter.dialog_opened, tariffs.view.buttons["new"].click,
                         "new draft")
    assert isinstance(editor, TomlEditorDialog)
    tour.shot("tariff_editor", editor)
    editor.reject()
    calculator: CalculatorPage = _page(window, CalculatorPage)
    tour.idle(app, "calculator")
    view = calculator.view
    view.choose(TOUR_TARIFF)
    view.period.setText("2026-11")
    view.edits["ytd"].setText("2000")
    view.edits["total"].setText("350")
    wait_for(calculator.presenter.calculated,
             lambda: QTest.keyClick(view.edits["total"], Qt.Key.Key_Return),
             "calculate 350 kWh")
    view.table.selectRow(1)
    tour.shot("tariff_calculator_350kwh", window)
