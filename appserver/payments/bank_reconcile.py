"""Reconciliation of a withholding batch: what was asked, what the bank answered, and what
was actually posted to the ledger for it (independently, from the payments carrying the
batch's reference), so a difference between the bank's total and the books shows."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.codec import decimal_to_wire
from appserver.core.sql import escape_like, exact_yuan
from dbschema.models import BankBatch, BankBatchLine, BankResultLine, Customer, Payment

ZERO = Decimal("0.00")


def _money(value: Decimal) -> str:
    return decimal_to_wire(Decimal(value), 2)


def reconcile(db: Session, batch: BankBatch) -> dict[str, Any]:
    answered = dict(((outcome, (n, exact_yuan(total))) for outcome, n, total in db.execute(
        select(BankResultLine.outcome, func.count(), func.sum(BankBatchLine.amount))
        .join(BankBatchLine, BankBatchLine.id == BankResultLine.batch_line_id)
        .where(BankBatchLine.batch_id == batch.id).group_by(BankResultLine.outcome))))
    paid_n, paid_total = answered.get("paid", (0, ZERO))
    failed_n, failed_total = answered.get("failed", (0, ZERO))
    posted_n, posted_total = db.execute(
        select(func.count(), func.coalesce(func.sum(Payment.amount), 0))
        .where(Payment.channel == "bank_withholding",
               Payment.reference.like(escape_like(batch.batch_no) + "/%",
                                      escape="\\"))).one()
    failures = db.execute(
        select(BankBatchLine.line_no, Customer.account_no, Customer.name,
               BankBatchLine.amount, BankResultLine.reason_code, BankResultLine.reason)
        .join(BankResultLine, BankResultLine.batch_line_id == BankBatchLine.id)
        .join(Customer, Customer.id == BankBatchLine.customer_id)
        .where(BankBatchLine.batch_id == batch.id, BankResultLine.outcome == "failed")
        .order_by(BankBatchLine.line_no)).all()
    posted_total = exact_yuan(posted_total)
    unanswered = batch.line_count - paid_n - failed_n
    summary = {"paid_count": paid_n, "paid_total": _money(paid_total),
               "failed_count": failed_n, "failed_total": _money(failed_total),
               "unanswered_count": unanswered,
               "unanswered_total": _money(batch.total - paid_total - failed_total),
               "posted_count": posted_n, "posted_total": _money(posted_total),
               "balanced": (posted_n == paid_n and posted_total == paid_total)}
    return {"summary": summary,
            "failures": [{"line_no": f.line_no, "account_no": f.account_no, "name": f.name,
                          "amount": _money(f.amount), "reason_code": f.reason_code,
                          "reason": f.reason} for f in failures]}
