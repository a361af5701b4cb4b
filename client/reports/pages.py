"""The report pages a user may see: (title source, translation context, widget)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from appserver.contract import permissions as P
from client.core.context import AppContext
from client.core.formats import OFFICE_ZONE
from client.reports.monthly_view import MonthlyReportView
from client.reports.presenter import MonthlyReportPresenter

CONTEXT = "ReportsPages"
MONTHLY = str(QT_TRANSLATE_NOOP("ReportsPages", "Monthly report"))


def monthly_page(ctx: AppContext) -> MonthlyReportView:
    """The monthly report page, already loading (its presenter is the view's child)."""
    view = MonthlyReportView(datetime.now(OFFICE_ZONE).date())
    MonthlyReportPresenter(ctx, view).start()
    return view


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    if not ctx.can(P.REPORT_REVENUE):
        return []
    return [(MONTHLY, CONTEXT, monthly_page(ctx))]
