"""Authorization-matrix arguments for the collection methods (see __init__.py)."""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from appserver.payments import bank_format as fmt
from appserver.payments import penalties
from dbschema.models import (
    ArrearsNotice,
    BankBatch,
    BankBatchLine,
    Customer,
    WithholdingAgreement,
)
from tests.appserver.authz.world import World
from tests.appserver.collection_helpers import bill_debt, new_customer

OFFICE_SCOPED: set[str] = {"payments.penalty_detail", "payments.issue_notices",
                           "payments.waive_penalty",
                           "payments.notice_pdf", "payments.bank_file",
                           "payments.bank_import", "payments.bank_reconciliation"}
OFFICE_CODE = {"own": "DH", "other": "XH"}

Args = dict[str, Callable[[], tuple[Any, ...]]]


def _overdue_customer(w: World, side: str) -> int:
    """A customer of the side's office whose bill is 10 days overdue: a reminder is due."""
    c = new_customer(w.db, OFFICE_CODE[side], now=w.now)
    bill_debt(w.db, c, "120.00", w.now.date() - timedelta(days=10), 202610, w.now)
    return c.id


def _penalised_customer(w: World, side: str) -> int:
    """An overdue customer whose penalty (the 1.00 minimum) is in the ledger."""
    cid = _overdue_customer(w, side)
    customer = w.db.get(Customer, cid)
    assert customer is not None
    penalties.bring_up_to_date(w.db, customer, w.now.date(), w.now)
    return cid


def _withholding_debtor(w: World) -> int:
    """A customer of the caller's office (DH) who owes and has an agreement at bank 102."""
    cid = _overdue_customer(w, "own")
    w.db.add(WithholdingAgreement(customer_id=cid, bank_code="102", account_no="6222000000099",
                                  account_name="测试", active=True, signed_on=date(2025, 1, 1)))
    w.db.flush()
    return cid


def _notice(w: World, side: str) -> int:
    n = ArrearsNotice(notice_no=f"TM{side}{w.office[side]:05d}", batch_no="TM", kind="reminder",
                      customer_id=w.customer[side].id, office_id=w.office[side],
                      amount=Decimal("10.00"), penalty=Decimal("0.00"), issued_on=w.now.date(),
                      issued_at=w.now, issued_by=w.user[side].id)
    w.db.add(n)
    w.db.flush()
    return n.id


def _batch(w: World, side: str) -> tuple[int, bytes]:
    """A one-line withholding batch of the side's office and the bank's answer to it."""
    customer = w.customer[side]
    batch = BankBatch(batch_no=f"WH102TEST{side}", bank_code="102", office_id=w.office[side],
                      business_date=date(2026, 11, 27), created_at=w.now,
                      created_by=w.user[side].id, line_count=1, total=Decimal("10.00"),
                      checksum="0" * 64)
    w.db.add(batch)
    w.db.flush()
    w.db.add(BankBatchLine(batch_id=batch.id, line_no=1, customer_id=customer.id,
                           account_no="6222000000001", account_name=customer.name,
                           amount=Decimal("10.00")))
    w.db.flush()
    answer = fmt.write_result(batch.batch_no, "102", date(2026, 11, 28), [
        fmt.ResultLine(0, 1, customer.account_no, Decimal("10.00"), "F", "51", "余额不足")])
    return batch.id, answer


def builders(w: World, side: str, username: str, n: int) -> Args:
    def batch() -> tuple[int, bytes]:
        result: tuple[int, bytes] = w.once("coll_batch", side, lambda: _batch(w, side))
        return result

    return {
        "payments.arrears_list": lambda: ({}, {"limit": 5}),
        "payments.penalty_detail": lambda: (w.customer[side].id,),
        "payments.waive_penalty": lambda: (
            w.once(f"coll_pen{n}", side, lambda: _penalised_customer(w, side)), "0.50",
            "matrix test"),
        "payments.issue_notices": lambda: (
            "reminder", [w.once(f"coll_due{n}", side, lambda: _overdue_customer(w, side))]),
        "payments.notice_pdf": lambda: ([w.once("coll_notice", side,
                                                lambda: _notice(w, side))],),
        "payments.banks": lambda: (),
        "payments.bank_agreements": lambda: ("102", {"limit": 5}),
        "payments.bank_batches": lambda: ({"limit": 5},),
        "payments.bank_export": lambda: (
            w.once("coll_debtor", "own", lambda: _withholding_debtor(w)) and "102",),
        "payments.bank_file": lambda: (batch()[0],),
        "payments.bank_import": lambda: (base64.b64encode(batch()[1]).decode("ascii"),),
        "payments.bank_reconciliation": lambda: (batch()[0],),
    }
