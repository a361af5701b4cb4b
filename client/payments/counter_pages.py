"""Pages of the counter: the counter itself, reversal approvals, cash close — each shown only
to those whose rights allow it, as (title source, translation context, widget)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from appserver.contract import permissions as P
from client.core.context import AppContext
from client.customers.models import search_model
from client.customers.search_view import SearchView
from client.payments import counter_models as models
from client.payments.counter_approvals import ApprovalsPresenter, ApprovalsView
from client.payments.counter_close import ClosePresenter, CloseView
from client.payments.counter_presenter import CounterPresenter
from client.payments.counter_view import CounterView

CONTEXT = "PaymentsPages"
translate = QCoreApplication.translate


def _titles() -> None:
    """The page titles, spelt out for lupdate (the main window translates them)."""
    translate("PaymentsPages", "Counter")
    translate("PaymentsPages", "Reversal approvals")
    translate("PaymentsPages", "Cash close")


def counter_page(ctx: AppContext) -> CounterView:
    search = SearchView(search_model())
    view = CounterView(search, models.debts_model(), models.payments_model(),
                       ctx.can(P.PAYMENT_POST), ctx.can(P.PAYMENT_REVERSE))
    CounterPresenter(ctx, view)
    return view


def approvals_page(ctx: AppContext) -> ApprovalsView:
    view = ApprovalsView(models.reversals_model())
    ApprovalsPresenter(ctx, view).load("pending")
    return view


def close_page(ctx: AppContext) -> CloseView:
    view = CloseView(models.tenders_model(), models.till_payments_model(),
                     models.closes_model(), ctx.can(P.CASH_CLOSE), ctx.can(P.CASH_CLOSE_REVIEW))
    ClosePresenter(ctx, view)
    view.request_day()
    return view


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    result: list[tuple[str, str, QWidget]] = []
    if ctx.can(P.PAYMENT_READ) and ctx.can(P.CUSTOMER_READ):
        result.append(("Counter", CONTEXT, counter_page(ctx)))
    if ctx.can(P.PAYMENT_REVERSE_APPROVE):
        result.append(("Reversal approvals", CONTEXT, approvals_page(ctx)))
    if ctx.can(P.CASH_CLOSE) or ctx.can(P.CASH_CLOSE_REVIEW):
        result.append(("Cash close", CONTEXT, close_page(ctx)))
    return result
