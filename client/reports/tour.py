"""Demo tour steps: the monthly revenue and collection report — the page with the figures of
last month for the whole company, its arrears ageing with the chart, and the printed PDF in
the preview (screenshots in both languages).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget

from client.reports.monthly_view import MonthlyReportView
from client.reports.presenter import MonthlyReportPresenter

USER = ("manager", "demo1234")
RENDER_MS = 1500
AGEING_PAGE = 3  # zero-based: the landscape page with the arrears ageing


def _page(window: Any) -> MonthlyReportView:
    tabs: QTabWidget = window.tabbed["reports"][0]
    for index in range(tabs.count()):
        if isinstance(tabs.widget(index), MonthlyReportView):
            tabs.setCurrentIndex(index)
            return tabs.widget(index)  # type: ignore[return-value]
    raise RuntimeError("no monthly report page in the reports module")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    from client.tour import wait_for

    window.show_module("reports")
    view = _page(window)
    presenter = view.findChild(MonthlyReportPresenter)
    assert presenter is not None
    tour.idle(app, "monthly report")
    if view.figures is None:
        raise RuntimeError("the monthly figures did not load")
    view.tabs.setCurrentIndex(0)
    tour.shot("report_monthly_billing", window)
    view.tabs.setCurrentIndex(2)
    tour.shot("report_monthly_ageing", window)
    view.tabs.setCurrentIndex(1)
    tour.shot("report_monthly_collection", window)
    (dialog,) = wait_for(presenter.pdf_opened, view.print_button.click, "report PDF")
    dialog.resize(900, 1000)
    tour.idle(app, "report PDF")
    QTest.qWait(RENDER_MS)  # QPdfView renders its pages in the background
    tour.shot("report_monthly_pdf", dialog)
    dialog.view.pageNavigator().jump(AGEING_PAGE, QPointF(), 0)
    QTest.qWait(RENDER_MS)
    tour.shot("report_monthly_pdf_ageing", dialog)
    dialog.close()
