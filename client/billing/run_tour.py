"""Demo tour steps: starting a billing run and its progress to the end (screenshots in both
languages).

The demo leaves this month's (2026-11) readings imported, with a few flagged for the
supervisor. If no book of the reader's office is validated yet, the tour first settles the
flagged readings of one book through the meter-reading API, as the supervisor would at the
exception queue (approve the read, estimate a missing one), so its plan becomes validated.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from appserver.contract.api import OBJECT_METERING
from client.billing.run_pages import RunsPage
from client.core.widgets.rows_model import ROW_ROLE

USER = ("dh.reader", "demo1234")
PERIOD = "2026-11"
RUN_TIMEOUT_MS = 120_000


def _page(window: Any) -> RunsPage:
    _tabs, pages = window.tabbed["billing"]
    for _source, _context, widget in pages:
        if isinstance(widget, RunsPage):
            window.show_page("billing", widget)
            return widget
    raise RuntimeError("no billing runs page in the billing module")


def validate_a_book(gateway: Any, books: list[dict[str, Any]]) -> str:
    """The code of a book whose plan is validated for PERIOD (settled here if need be)."""
    ready = [b for b in books if b["plan_status"] == "validated" and not b["run"]]
    if ready:
        return str(ready[0]["book_code"])
    imported = [b for b in books if b["plan_status"] == "imported" and not b["run"]]
    if not imported:
        raise RuntimeError(f"no book of this office has readings of {PERIOD}")
    book = min(imported, key=lambda b: b["points"])
    queue = gateway.call(OBJECT_METERING, "exception_queue", PERIOD, 500)
    for item in queue["items"]:
        if item["book_code"] != book["book_code"]:
            continue
        if item["kind"] == "missing":
            target = {"metering_point_id": item["metering_point_id"], "period": PERIOD}
            gateway.call(OBJECT_METERING, "decide", target, "estimate", {},
                         "demo tour: estimated before billing", write=True)
        else:
            gateway.call(OBJECT_METERING, "decide", {"reading_id": item["reading_id"]},
                         "approve", {}, "demo tour: checked on site", write=True)
    return str(book["book_code"])


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    from client.tour import TourError, wait_for

    page = _page(window)
    page.view.period.setCurrentText(PERIOD)
    wait_for(page.presenter.loaded, page.presenter.load, "billing runs")
    code = validate_a_book(app.ctx.gateway, page.books.rows)
    wait_for(page.presenter.loaded, page.presenter.load, "billing runs after validation")
    row = next((r for r in range(page.books.rowCount())
                if page.books.index(r, 0).data(ROW_ROLE)["book_code"] == code), None)
    if row is None or page.books.index(row, 0).data(ROW_ROLE)["plan_status"] != "validated":
        raise TourError(f"book {code} is not validated for {PERIOD}")
    page.view.table.selectRow(row)
    tour.shot("billing_runs", window)
    page.view.start.click()
    box = page.view.findChild(QMessageBox, "confirmStartRun")
    if not isinstance(box, QMessageBox):
        raise TourError("the start confirmation did not open")
    tour.shot("billing_run_confirm", box)
    yes = box.button(QMessageBox.StandardButton.Yes)
    wait_for(page.presenter.loaded, yes.click, "billing run started")
    tour.shot("billing_run_progress", window)
    wait_for(page.presenter.finished, lambda: None, "billing run finished", RUN_TIMEOUT_MS)
    tour.idle(app, "billing run result")
    tour.shot("billing_run_result", window)
