"""Demo tour steps of the service hall (fault repair): screenshots in both languages.

The office head of DH takes reports and dispatches: the open tickets board (time left,
coloured by risk); a neighbour calls about the outage already on the board — the intake form
proposes that ticket and the report joins it; a new dangerous-situation report opens its own
ticket, which is dispatched to a crew; a restored and closed ticket of the history with its
timeline and commitment clocks; the crews page. Each run records two more reports (the demo
database keeps them).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from client.service.fault_crews_page import CrewsPage
from client.service.fault_page import FaultRepairPage

USER = ("dh.head", "demo1234")


translate = QCoreApplication.translate


def _page(window: Any, kind: type) -> Any:
    _tabs, pages = window.tabbed["service"]
    for _source, _context, widget in pages:
        if isinstance(widget, kind):
            window.show_page("service", widget)
            return widget
    raise RuntimeError(f"no {kind.__name__} in the service hall")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    from client.tour import wait_for

    page: FaultRepairPage = _page(window, FaultRepairPage)
    presenter = page.presenter
    wait_for(presenter.board_loaded, presenter.refresh, "fault board")
    tour.idle(app, "fault board")
    page.table.clearSelection()  # the risk colours show on every row
    tour.shot("fault_board", window)

    _join_the_outage(tour, app, window, page, wait_for)
    _new_dangerous_report(tour, app, window, page, wait_for)
    _closed_ticket(tour, app, window, page, wait_for)

    crews: CrewsPage = _page(window, CrewsPage)
    wait_for(crews.loaded, crews.refresh, "crews")
    crews.table.selectRow(0)
    crews.edit(crews.model.row_at(0))
    tour.shot("fault_crews", window)


def _join_the_outage(
    tour: Any, app: Any, window: Any, page: FaultRepairPage, wait_for: Any
) -> None:
    form = page.form
    assert form is not None
    grouped = max(page.board.rows, key=lambda r: r["report_count"])
    page.new_report()
    form.area.setEditText(grouped["transformer_area"])
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    form.caller.setText("孙丽华")
    form.phone.setText("13807916688")
    form.description.setPlainText(
        translate("FaultTour", "The whole building has no power, the stairway lights are out too")
    )
    wait_for(page.presenter.proposal_shown, form.record.click, "grouping proposal")
    tour.idle(app, "grouping proposal")
    tour.shot("fault_intake_proposal", window)
    wait_for(page.presenter.recorded, form.join.click, "join the outage")
    tour.idle(app, "joined")
    tour.shot("fault_ticket_reports", window)


def _new_dangerous_report(
    tour: Any, app: Any, window: Any, page: FaultRepairPage, wait_for: Any
) -> None:
    form = page.form
    assert form is not None
    page.new_report()
    form.address.setText("南昌市东湖区阳明路" + str(100 + len(page.board.rows)) + "号")
    form.kind.setCurrentIndex(form.kind.findData("dangerous"))
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    form.caller.setText("李建国")
    form.phone.setText("13907913322")
    form.description.setPlainText(
        translate("FaultTour", "A wire is down on the pavement, sparks at the pole")
    )
    tour.shot("fault_intake_new", window)
    wait_for(
        page.presenter.recorded,
        lambda: page.presenter.record({**form.report(), "new_ticket": True}),
        "new ticket",
    )
    tour.idle(app, "new ticket")
    (dialog,) = wait_for(
        page.presenter.dialog_opened, page.detail.buttons["dispatch"].click, "dispatch dialog"
    )
    tour.shot("fault_dispatch", dialog)
    wait_for(page.presenter.acted, dialog.accept, "dispatched")
    tour.idle(app, "dispatched")
    tour.shot("fault_dispatched", window)


def _closed_ticket(tour: Any, app: Any, window: Any, page: FaultRepairPage, wait_for: Any) -> None:
    page.state.setCurrentIndex(page.state.findData("closed"))
    wait_for(page.presenter.board_loaded, page.presenter.refresh, "closed tickets")
    late = next((r for r in page.board.rows if r["report_count"] > 1), page.board.rows[0])
    wait_for(page.presenter.ticket_shown, lambda: page.open_ticket(late["id"]), "closed ticket")
    tour.idle(app, "closed ticket")
    page.detail.tabs.setCurrentIndex(1)
    tour.shot("fault_restored_timeline", window)
    page.detail.tabs.setCurrentIndex(2)
    tour.shot("fault_commitments", window)
    page.state.setCurrentIndex(page.state.findData("active"))
    wait_for(page.presenter.board_loaded, page.presenter.refresh, "open tickets again")
