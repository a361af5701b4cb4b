"""Pages of the collection module: (title source, translation context, widget)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from appserver.contract import permissions as P
from client.core.context import AppContext
from client.payments.collection_arrears_presenter import ArrearsPresenter
from client.payments.collection_arrears_view import ArrearsView
from client.payments.collection_bank_presenter import BankFilesPresenter
from client.payments.collection_bank_view import BankFilesView

CONTEXT = "PaymentsPages"
ARREARS = str(QT_TRANSLATE_NOOP("PaymentsPages", "Arrears"))
BANK_FILES = str(QT_TRANSLATE_NOOP("PaymentsPages", "Bank files"))


def arrears_page(ctx: AppContext) -> ArrearsView:
    """The arrears page, already loading (its presenter is the view's child)."""
    view = ArrearsView(ctx.can(P.ARREARS_NOTICE))
    ArrearsPresenter(ctx, view).load()
    return view


def bank_page(ctx: AppContext) -> BankFilesView:
    view = BankFilesView()
    BankFilesPresenter(ctx, view).start()
    return view


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    result: list[tuple[str, str, QWidget]] = []
    if ctx.can(P.ARREARS_READ):
        result.append((ARREARS, CONTEXT, arrears_page(ctx)))
    if ctx.can(P.BANK_FILES):
        result.append((BANK_FILES, CONTEXT, bank_page(ctx)))
    return result
