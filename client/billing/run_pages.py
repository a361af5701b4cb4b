"""The "Billing runs" page of the billing module: (title source, translation context, widget)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QVBoxLayout, QWidget

from appserver.contract import permissions as P
from client.billing.run_models import books_model, errors_model
from client.billing.run_presenter import RunsPresenter
from client.billing.run_view import RunsView, recent_periods
from client.core.context import AppContext

CONTEXT = "BillingPages"
RUNS = str(QT_TRANSLATE_NOOP("BillingPages", "Billing runs"))


class RunsPage(QWidget):
    def __init__(self, ctx: AppContext, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        day = today or date.today()
        self.books, self.errors = books_model(self), errors_model(self)
        self.view = RunsView(self.books, self.errors, recent_periods(day.year, day.month),
                             ctx.can(P.BILLING_RUN), self)
        self.presenter = RunsPresenter(ctx, self.view, self.books, self.errors)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.presenter.load()


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    if not ctx.can(P.BILL_READ) or not ctx.can(P.JOB_READ):
        return []
    return [(RUNS, CONTEXT, RunsPage(ctx))]
