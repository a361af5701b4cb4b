"""pmis.billing methods: bills, explanations, the review queue, bill PDFs, corrections."""

from __future__ import annotations

from typing import Any

from appserver.billing import bill_pdf, bill_service, corrections
from appserver.contract import permissions as P
from appserver.core.rpc import Call, rpc


class BillMethods:
    """Mixed into BillingApi (billing/api.py); methods are ``@rpc`` like any API method.
    Shapes: appserver/contract/bills.py."""

    # -- bills -------------------------------------------------------------------------------

    @rpc(P.BILL_READ, write=False)
    def customer_bills(self, call: Call, account_no: Any, page: Any = None) -> dict[str, Any]:
        return bill_service.customer_bills(call, account_no, page)

    @rpc(P.BILL_READ, write=False)
    def run_bills(self, call: Call, run_id: Any, page: Any = None) -> dict[str, Any]:
        return bill_service.run_bills(call, run_id, page)

    @rpc(P.BILL_READ, write=False)
    def get_bill(self, call: Call, bill_id: Any) -> dict[str, Any]:
        return bill_service.get_bill(call, bill_id)

    @rpc(P.BILL_READ, write=False)
    def explain_bill(self, call: Call, bill_id: Any) -> dict[str, Any]:
        return bill_service.explain_bill(call, bill_id)

    @rpc(P.BILL_READ, write=False)
    def bill_pdf(self, call: Call, bill_id: Any) -> dict[str, Any]:
        return bill_pdf.print_bill(call, bill_id)

    @rpc(P.BILL_READ, write=False)
    def run_bills_pdf(self, call: Call, run_id: Any, page: Any = None) -> dict[str, Any]:
        return bill_pdf.print_run(call, run_id, page)

    # -- review ------------------------------------------------------------------------------

    @rpc(P.BILL_REVIEW, write=False)
    def review_queue(self, call: Call, page: Any = None) -> dict[str, Any]:
        return bill_service.review_queue(call, page)

    @rpc(P.BILL_REVIEW, write=True)
    def release_bills(self, call: Call, bill_ids: Any) -> dict[str, Any]:
        return bill_service.release_bills(call, bill_ids)

    @rpc(P.BILL_REVIEW, write=True)
    def reject_bill(self, call: Call, bill_id: Any, reason: Any) -> dict[str, Any]:
        return bill_service.reject_bill(call, bill_id, reason)

    # -- corrections -------------------------------------------------------------------------

    @rpc(P.BILL_CORRECT, write=False)
    def preview_correction(self, call: Call, bill_id: Any, kind: Any,
                           changes: Any) -> dict[str, Any]:
        return corrections.preview(call, bill_id, kind, changes)

    @rpc(P.BILL_CORRECT, write=True)
    def request_correction(self, call: Call, bill_id: Any, kind: Any, changes: Any,
                           reason: Any) -> dict[str, Any]:
        return corrections.request(call, bill_id, kind, changes, reason)

    @rpc(P.BILL_READ, write=False)
    def list_corrections(self, call: Call, criteria: Any = None,
                         page: Any = None) -> dict[str, Any]:
        return corrections.list_corrections(call, criteria, page)

    @rpc(P.BILL_READ, write=False)
    def get_correction(self, call: Call, correction_id: Any) -> dict[str, Any]:
        return corrections.get_correction(call, correction_id)

    @rpc(P.BILL_CORRECT_APPROVE, write=True)
    def approve_correction(self, call: Call, correction_id: Any) -> dict[str, Any]:
        return corrections.approve(call, correction_id)

    @rpc(P.BILL_CORRECT_APPROVE, write=True)
    def reject_correction(self, call: Call, correction_id: Any, reason: Any) -> dict[str, Any]:
        return corrections.reject(call, correction_id, reason)
