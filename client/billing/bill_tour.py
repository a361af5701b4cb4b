"""Demo tour steps: the review queue, a bill with its line explanations, the bill PDF, a correction
request (screenshots in both languages).

The reading supervisor has every right these steps need (read, review, request corrections).
The correction request is sent (the office head approves it in Corrections); a second tour
picks a bill without a waiting request.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest

from client.billing.bill_dialogs import BILLING, BillDialog, CorrectionDialog
from client.billing.bill_pages import BillsPage, CorrectionsPage, ReviewPage

USER = ("dh.reader", "demo1234")
RENDER_MS = 800


def _page(window: Any, kind: type) -> Any:
    _tabs, pages = window.tabbed["billing"]
    for _source, _context, widget in pages:
        if isinstance(widget, kind):
            window.show_page("billing", widget)
            return widget
    raise RuntimeError(f"no {kind.__name__} in the billing module")


def _open(tour: Any, app: Any, page: Any, bill_id: int, step: str) -> BillDialog:
    from client.tour import wait_for

    (dialog,) = wait_for(page.bill_opened, lambda: page.open_bill(bill_id), step)
    if not dialog.bill:
        wait_for(dialog.loaded, lambda: None, f"{step}: load")
    tour.idle(app, step)
    return dialog  # type: ignore[no-any-return]


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    from client.tour import wait_for

    review: ReviewPage = _page(window, ReviewPage)
    wait_for(review.loaded, review.load, "bill review queue")
    tour.shot("bill_review_queue", window)
    rows = review.model.rows
    account = str(rows[0]["account_no"]) if rows else ""

    bills: BillsPage = _page(window, BillsPage)
    bills.account.setText(account or "1000000107")
    wait_for(bills.loaded, bills.find_customer, "customer's bills")
    tour.shot("bills_of_customer", window)
    # A released bill with no correction waiting: the tour asks for one (an approver then
    # finds it in Corrections); run again, it picks another bill or only shows the dialog.
    pending = {int(r["bill_id"]) for r in bills.ctx.gateway.call(
        BILLING, "list_corrections", {"status": "pending"}, {"limit": 200})["rows"]}
    released = [r for r in bills.model.rows
                if r["status"] == "released" and int(r["id"]) not in pending]
    target = int((released or bills.model.rows)[0]["id"])
    dialog = _open(tour, app, bills, target, "open bill")
    dialog.table.selectRow(min(1, dialog.model.rowCount() - 1))
    tour.shot("bill_explanation", dialog)
    (pdf,) = wait_for(dialog.pdf_shown, dialog.print_bill, "bill PDF")
    pdf.resize(760, 1000)
    tour.idle(app, "bill PDF")
    QTest.qWait(RENDER_MS)  # QPdfView renders its pages in the background
    tour.shot("bill_pdf_preview", pdf)
    pdf.close()
    if released:
        _correction(tour, app, dialog)
    dialog.close()
    corrections: CorrectionsPage = _page(window, CorrectionsPage)
    wait_for(corrections.loaded, corrections.load, "corrections")
    tour.shot("bill_corrections", window)


def _correction(tour: Any, app: Any, dialog: BillDialog) -> None:
    from client.tour import wait_for

    (correction,) = wait_for(dialog.correction_opened, dialog.correct_button.click,
                             "correction dialog")
    assert isinstance(correction, CorrectionDialog)
    # The reader misread the meter: a fifth less energy on every register (the TOU split
    # still adds up).
    for previous, current in correction.reading_edits.values():
        try:
            before, after = Decimal(previous.text()), Decimal(current.text())
        except InvalidOperation:
            continue
        current.setText(f"{before + ((after - before) * 8 / 10).to_integral_value():f}")
    for edit in correction.energy_edits.values():
        try:
            edit.setText(f"{(Decimal(edit.text()) * 8 / 10).normalize():f}")
        except InvalidOperation:
            continue
    correction.reason.setText(QCoreApplication.translate("CorrectionDialog", "Meter misread"))
    wait_for(correction.previewed, correction.preview_button.click, "correction difference")
    tour.idle(app, "correction difference")
    tour.shot("bill_correction_request", correction)
    wait_for(correction.submitted, correction.submit_button.click, "correction submitted")
    tour.idle(app, "correction submitted")
