"""All queries of the counter: account, payments, reversal requests, tills and closes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session, aliased

from dbschema.models import (
    Allocation,
    CashClose,
    CashCloseTender,
    Customer,
    LedgerEntry,
    OrgUnit,
    Payment,
    ReceiptPrint,
    ReversalRequest,
    TillDay,
    User,
)

RECENT_PAYMENTS = 10


def customer_with_office(db: Session, customer_id: int) -> tuple[Customer, str] | None:
    row = db.execute(select(Customer, OrgUnit.name).join(OrgUnit, OrgUnit.id == Customer.office_id)
                     .where(Customer.id == customer_id)).first()
    return (row[0], row[1]) if row else None


def office_name(db: Session, office_id: int) -> str:
    return db.scalar(select(OrgUnit.name).where(OrgUnit.id == office_id)) or ""


def user_name(db: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return db.scalar(select(User.full_name).where(User.id == user_id)) or ""


def user_office(db: Session, user_id: int) -> int | None:
    return db.scalar(select(User.office_id).where(User.id == user_id))


def payment(db: Session, payment_id: int, lock: bool = False) -> Payment | None:
    q = select(Payment).where(Payment.id == payment_id)
    return db.scalars(q.with_for_update() if lock else q).first()


def payment_entry(db: Session, payment_id: int) -> LedgerEntry | None:
    return db.scalars(select(LedgerEntry).where(LedgerEntry.payment_id == payment_id,
                                                LedgerEntry.entry_type == "payment")).first()


def reversal_of(db: Session, entry_id: int) -> LedgerEntry | None:
    return db.scalars(select(LedgerEntry).where(LedgerEntry.reverses_id == entry_id)).first()


def live_request(db: Session, payment_id: int) -> ReversalRequest | None:
    return db.scalars(select(ReversalRequest).where(ReversalRequest.payment_id == payment_id,
                                                    ReversalRequest.status != "rejected")
                      ).first()


def _payment_rows_query() -> Any:
    live = aliased(ReversalRequest)
    return (select(Payment, User.full_name.label("clerk"), live.status.label("reversal"),
                   Customer.name.label("customer_name"), Customer.account_no)
            .join(Customer, Customer.id == Payment.customer_id)
            .outerjoin(User, User.id == Payment.clerk_id)
            .outerjoin(live, (live.payment_id == Payment.id) & (live.status != "rejected")))


def recent_payments(db: Session, customer_id: int,
                    limit: int = RECENT_PAYMENTS) -> Sequence[Row[Any]]:
    return db.execute(_payment_rows_query().where(Payment.customer_id == customer_id)
                      .order_by(Payment.id.desc()).limit(limit)).all()


def till_payments(db: Session, clerk_id: int, day: date) -> Sequence[Row[Any]]:
    return db.execute(_payment_rows_query().where(Payment.clerk_id == clerk_id,
                                                  Payment.business_date == day,
                                                  Payment.channel == "counter")
                      .order_by(Payment.id)).all()


def settled_by(db: Session, entry_id: int, at: datetime
               ) -> list[tuple[int, str, int | None, Decimal]]:
    """(debit entry, type, period, amount) the credit ``entry_id`` settled when it was posted
    at ``at`` (what its receipt says, also after a reversal or a later bill used the rest)."""
    rows = db.execute(select(LedgerEntry.id, LedgerEntry.entry_type, LedgerEntry.period,
                             func.sum(Allocation.amount))
                      .join(Allocation, Allocation.debit_entry_id == LedgerEntry.id)
                      .where(Allocation.credit_entry_id == entry_id,
                             Allocation.created_at == at, Allocation.amount > 0)
                      .group_by(LedgerEntry.id, LedgerEntry.entry_type, LedgerEntry.period)
                      .order_by(LedgerEntry.id)).all()
    return [(r[0], r[1], r[2], Decimal(r[3])) for r in rows if r[3]]


def balance_through(db: Session, customer_id: int, entry_id: int) -> Decimal:
    """The balance right after entry ``entry_id`` was posted (a receipt's "balance after")."""
    total = db.scalar(select(func.coalesce(func.sum(LedgerEntry.amount), 0))
                      .where(LedgerEntry.customer_id == customer_id,
                             LedgerEntry.id <= entry_id))
    return Decimal(total or 0)


def print_logged(db: Session, payment_id: int, print_no: int) -> bool:
    return db.scalar(select(ReceiptPrint.id).where(ReceiptPrint.payment_id == payment_id,
                                                   ReceiptPrint.print_no == print_no)) is not None


def next_print_no(db: Session, payment_id: int) -> int:
    last = db.scalar(select(func.max(ReceiptPrint.print_no))
                     .where(ReceiptPrint.payment_id == payment_id))
    return int(last or 0) + 1


def _reversal_rows_query() -> Any:
    requester, decider = aliased(User), aliased(User)
    return (select(ReversalRequest, Payment, Customer.account_no, Customer.name,
                   requester.full_name.label("requested_by_name"),
                   decider.full_name.label("decided_by_name"))
            .join(Payment, Payment.id == ReversalRequest.payment_id)
            .join(Customer, Customer.id == Payment.customer_id)
            .join(requester, requester.id == ReversalRequest.requested_by)
            .outerjoin(decider, decider.id == ReversalRequest.decided_by))


def reversal_rows(db: Session, offices: frozenset[int], status: str | None,
                  limit: int = 200) -> Sequence[Row[Any]]:
    q = _reversal_rows_query().where(ReversalRequest.office_id.in_(sorted(offices)))
    if status is not None:
        q = q.where(ReversalRequest.status == status)
    return db.execute(q.order_by(ReversalRequest.id.desc()).limit(limit)).all()


def reversal_row(db: Session, request_id: int) -> Row[Any] | None:
    return db.execute(_reversal_rows_query().where(ReversalRequest.id == request_id)).first()


def till_reversals(db: Session, clerk_id: int, day: date) -> Sequence[Row[Any]]:
    """Approved reversals that count in ``clerk_id``'s till of ``day`` (the requester's till
    on the business date the reversal was posted)."""
    return db.execute(_reversal_rows_query()
                      .join(LedgerEntry, LedgerEntry.id == ReversalRequest.reversal_entry_id)
                      .where(ReversalRequest.requested_by == clerk_id,
                             ReversalRequest.status == "approved",
                             LedgerEntry.posted_on == day)
                      .order_by(ReversalRequest.id)).all()


def request(db: Session, request_id: int, lock: bool = False) -> ReversalRequest | None:
    q = select(ReversalRequest).where(ReversalRequest.id == request_id)
    return db.scalars(q.with_for_update() if lock else q).first()


def close_of(db: Session, clerk_id: int, day: date) -> CashClose | None:
    return db.scalars(select(CashClose).where(CashClose.clerk_id == clerk_id,
                                              CashClose.business_date == day)).first()


def close(db: Session, close_id: int) -> CashClose | None:
    return db.get(CashClose, close_id)


def close_tenders(db: Session, close_id: int) -> Sequence[CashCloseTender]:
    return db.scalars(select(CashCloseTender).where(CashCloseTender.close_id == close_id)
                      .order_by(CashCloseTender.tender_type)).all()


def till_days(db: Session, offices: frozenset[int], day: date) -> Sequence[Any]:
    """Every till of the offices on ``day`` with its clerk, office and close (if closed)."""
    return db.execute(select(TillDay, User.full_name, OrgUnit.name, CashClose)
                      .join(User, User.id == TillDay.clerk_id)
                      .join(OrgUnit, OrgUnit.id == TillDay.office_id)
                      .outerjoin(CashClose, (CashClose.clerk_id == TillDay.clerk_id)
                                 & (CashClose.business_date == TillDay.business_date))
                      .where(TillDay.office_id.in_(sorted(offices)),
                             TillDay.business_date == day)
                      .order_by(OrgUnit.name, User.full_name)).all()


def till(db: Session, clerk_id: int, day: date, lock: bool = False) -> TillDay | None:
    q = select(TillDay).where(TillDay.clerk_id == clerk_id, TillDay.business_date == day)
    return db.scalars(q.with_for_update() if lock else q).first()
