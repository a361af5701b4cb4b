"""Authorization-matrix arguments for the payments counter methods (see __init__.py)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from appserver.core.dates import business_date
from appserver.payments import posting
from dbschema.models import CashClose, ReceiptPrint, ReversalRequest, TillDay
from tests.appserver.authz.world import World

OFFICE_SCOPED: set[str] = {"payments.account", "payments.post_payment",
                           "payments.print_receipt", "payments.receipt_pdf",
                           "payments.request_reversal",
                           "payments.decide_reversal", "payments.close_report"}


def _payment(w: World, side: str) -> int:
    """A counter payment of the side's customer taken by the side's clerk."""
    clerk = w.user[side]
    p = posting.post_payment(w.db, posting.PaymentInput(
        customer_id=w.customer[side].id, amount=Decimal("12.34"), tender_type="cash",
        channel="counter", clerk_id=clerk.id, office_id=clerk.office_id, request_id=None),
        w.now)
    return p.id


def _request(w: World, side: str) -> int:
    """A pending reversal request made by the side's clerk (so any caller is a second person)."""
    pid = w.once("payment", side, lambda: _payment(w, side))
    req = ReversalRequest(payment_id=pid, office_id=w.customer[side].office_id,
                          reason="matrix", status="pending", requested_by=w.user[side].id,
                          requested_at=w.now, decision_note="")
    w.db.add(req)
    w.db.flush()
    return req.id


def _print(w: World, side: str) -> int:
    """The first print of the side's payment, logged by the side's clerk."""
    pid = w.once("payment", side, lambda: _payment(w, side))
    w.db.add(ReceiptPrint(payment_id=pid, print_no=1, is_copy=False,
                          printed_by=w.user[side].id, printed_at=w.now))
    w.db.flush()
    return int(pid)


def _close(w: World, side: str) -> int:
    clerk, day = w.user[side], business_date(w.now)
    w.db.add(TillDay(clerk_id=clerk.id, business_date=day, office_id=clerk.office_id,
                     opened_at=w.now, closed_at=w.now))
    zero = Decimal("0.00")
    close = CashClose(clerk_id=clerk.id, office_id=clerk.office_id, business_date=day,
                      payment_count=0, reversal_count=0, payments_total=zero,
                      reversals_total=zero, net_total=zero, expected_cash=zero,
                      counted_cash=zero, difference=zero, note="", closed_at=w.now)
    w.db.add(close)
    w.db.flush()
    return close.id


Args = dict[str, Callable[[], tuple[Any, ...]]]


def builders(w: World, side: str, username: str, n: int) -> Args:
    customer = w.customer[side].id
    return {
        "payments.account": lambda: (customer,),
        "payments.post_payment": lambda: ({"customer_id": customer, "amount": "1.00",
                                           "tender_type": "cash", "tendered": "5.00"},),
        "payments.print_receipt": lambda: (w.once("payment", side,
                                                  lambda: _payment(w, side)),),
        "payments.receipt_pdf": lambda: (w.once("print", side, lambda: _print(w, side)), 1),
        "payments.request_reversal": lambda: (w.once("payment", side,
                                                     lambda: _payment(w, side)), f"matrix {n}"),
        "payments.reversal_requests": lambda: ({"status": "pending"},),
        "payments.decide_reversal": lambda: (w.once("reversal", side,
                                                    lambda: _request(w, side)), "reject",
                                             "matrix"),
        "payments.till": lambda: (None,),
        "payments.close_till": lambda: ("0.00", f"matrix {n}"),
        "payments.till_report": lambda: (None,),
        "payments.closes": lambda: (business_date(w.now).isoformat(),),
        "payments.close_report": lambda: (w.once("close", side, lambda: _close(w, side)),),
    }
