"""pmis.payments methods: counter payments, receipts, reversals with approval, cash close."""

from __future__ import annotations

from typing import Any

from appserver.contract import permissions as P
from appserver.core.rpc import Call, rpc
from appserver.payments import cash_close, counter_service, reversal


class CounterMethods:
    """Mixed into PaymentsApi (payments/api.py); methods are ``@rpc`` like any API method."""

    @rpc(P.PAYMENT_READ, write=False)
    def account(self, call: Call, customer_id: Any) -> dict[str, Any]:
        return counter_service.account(call, customer_id)

    @rpc(P.PAYMENT_POST, write=True)
    def post_payment(self, call: Call, payment: Any) -> dict[str, Any]:
        return counter_service.post_payment(call, payment)

    @rpc(P.PAYMENT_READ, write=True)  # a write: every print is logged, reprints are copies
    def print_receipt(self, call: Call, payment_id: Any) -> dict[str, Any]:
        return counter_service.print_receipt(call, payment_id)

    @rpc(P.PAYMENT_READ, write=False)
    def receipt_pdf(self, call: Call, payment_id: Any, print_no: Any) -> dict[str, str]:
        return counter_service.print_pdf(call, payment_id, print_no)

    @rpc(P.PAYMENT_REVERSE, write=True)
    def request_reversal(self, call: Call, payment_id: Any, reason: Any) -> dict[str, Any]:
        return reversal.request_reversal(call, payment_id, reason)

    @rpc(P.PAYMENT_REVERSE_APPROVE, write=False)
    def reversal_requests(self, call: Call, criteria: Any = None) -> dict[str, Any]:
        return reversal.reversal_requests(call, criteria)

    @rpc(P.PAYMENT_REVERSE_APPROVE, write=True)
    def decide_reversal(self, call: Call, reversal_id: Any, decision: Any,
                        note: Any = "") -> dict[str, Any]:
        return reversal.decide_reversal(call, reversal_id, decision, note)

    @rpc(P.CASH_CLOSE, write=False)
    def till(self, call: Call, business_date: Any = None) -> dict[str, Any]:
        return cash_close.till(call, business_date)

    @rpc(P.CASH_CLOSE, write=True)
    def close_till(self, call: Call, counted_cash: Any, note: Any = "") -> dict[str, Any]:
        return cash_close.close_till(call, counted_cash, note)

    @rpc(P.CASH_CLOSE, write=False)
    def till_report(self, call: Call, business_date: Any = None) -> dict[str, str]:
        return cash_close.till_report(call, business_date)

    @rpc(P.CASH_CLOSE_REVIEW, write=False)
    def closes(self, call: Call, business_date: Any) -> dict[str, Any]:
        return cash_close.closes(call, business_date)

    @rpc(P.CASH_CLOSE_REVIEW, write=False)
    def close_report(self, call: Call, close_id: Any) -> dict[str, str]:
        return cash_close.close_report(call, close_id)
