"""Intents of the monthly report page -> task runner -> view; the PDF in the viewer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from appserver.contract import api as contract
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.pdf_view import show_pdf
from client.reports.monthly_view import MonthlyReportView

UNITS_KEY, FIGURES_KEY, PDF_KEY = "reports.units", "reports.figures", "reports.pdf"


class MonthlyReportPresenter(QObject):
    """Loads the user's org units, then the figures of the chosen month and unit.

    Signals:
        loaded(): figures are shown.
        pdf_opened(QDialog): the PDF preview opened (for the tour and tests).
    """

    loaded = Signal()
    pdf_opened = Signal(object)

    def __init__(self, ctx: AppContext, view: MonthlyReportView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        view.load_requested.connect(self.load)
        view.print_requested.connect(self.print_pdf)

    def start(self) -> None:
        gateway = self.ctx.gateway
        self.view.set_busy(True, self.tr("Loading…"))
        self.ctx.runner.submit(UNITS_KEY,
                               lambda: gateway.call(contract.OBJECT_REPORTS, "report_units"),
                               self._units, self._failed)

    def _units(self, units: list[dict[str, Any]]) -> None:
        self.view.set_units(units)
        chosen = self.view.selection()
        if chosen is not None:
            self.load(*chosen)

    def load(self, period: str, unit_id: int) -> None:
        gateway = self.ctx.gateway
        self.view.set_busy(True, self.tr("Computing the figures…"))
        self.ctx.runner.submit(
            FIGURES_KEY,
            lambda: gateway.call(contract.OBJECT_REPORTS, "monthly_revenue_figures", period,
                                 unit_id),
            self._show, self._failed)

    def _show(self, figures: dict[str, Any]) -> None:
        self.view.show_figures(figures)
        self.view.set_busy(False)
        self.loaded.emit()

    def print_pdf(self, period: str, unit_id: int) -> None:
        gateway = self.ctx.gateway
        self.view.set_busy(True, self.tr("Printing the report…"))
        self.ctx.runner.submit(
            PDF_KEY,
            lambda: gateway.call(contract.OBJECT_REPORTS, "monthly_revenue_pdf", period,
                                 unit_id),
            self._open_pdf, self._failed)

    def _open_pdf(self, result: dict[str, Any]) -> None:
        self.view.set_busy(False)
        dialog = show_pdf(self.view, self.tr("Monthly revenue and collection report"), result)
        self.pdf_opened.emit(dialog)

    def _failed(self, exc: Exception) -> None:
        self.view.set_busy(False)
        show_error(self.view, exc)
