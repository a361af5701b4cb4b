"""Issuing reminders (催费通知), disconnection notices (停电通知), disconnection orders and
reconnections, in batches, each only where arrears.py says that step is due.

A disconnection notice gives the customer until its deadline to pay: at least
``payments.notice_days_residential`` (7) days for residential customers and
``payments.notice_hours_other`` (73: 3 days plus 1 hour) hours for the others, counted from
the moment it is issued. The batch is all or nothing: one customer for whom the step is not due
refuses the whole batch, naming the customers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from appserver.core.settings import setting
from appserver.payments import arrears, penalties, penalty_job
from dbschema.models import ArrearsNotice, Customer

PREFIX = {"reminder": "RM", "disconnection": "DN", "disconnect_order": "DO",
          "reconnection": "RC"}
ACTION_FOR_KIND = {kind: action for action, kind in arrears.KIND_FOR_ACTION.items()}


@dataclass(frozen=True)
class NotDue:
    account_no: str
    action: str  # the step that is due instead ("" when none)


class StepNotDue(Exception):
    def __init__(self, refused: list[NotDue]) -> None:
        super().__init__(", ".join(r.account_no for r in refused))
        self.refused = refused


def notice_period(db: Session, customer_class: str, on: date) -> timedelta:
    if customer_class == "residential":
        return timedelta(days=int(setting(db, "payments.notice_days_residential", on)))
    return timedelta(hours=int(setting(db, "payments.notice_hours_other", on)))


def next_numbers(db: Session, kind: str, office_id: int, on: date, count: int) -> list[str]:
    """DN + office + date + sequence, like receipt numbers; unique by constraint."""
    prefix = f"{PREFIX[kind]}{office_id:03d}{on:%Y%m%d}"
    used = db.scalar(select(func.count()).select_from(ArrearsNotice)
                     .where(ArrearsNotice.notice_no.like(f"{prefix}%"))) or 0
    return [f"{prefix}{used + i + 1:05d}" for i in range(count)]


def issue(db: Session, kind: str, customer_ids: list[int], visible: frozenset[int],
          user_id: int, office_id: int, on: date, now: datetime) -> list[int]:
    """Issue ``kind`` to every customer (all due for it, or StepNotDue); returns notice ids.

    Penalties are brought up to today first, so the amount stated is what is owed now."""
    ids = sorted(set(customer_ids))
    penalty_job.lock_customers(db, ids)
    penalties.accrue(db, ids, on, now)
    rows = {r.customer_id: r for r in arrears.arrears_list(db, visible, on, now,
                                                           arrears.Filters(), ids)}
    wanted = ACTION_FOR_KIND[kind]
    accounts = dict(db.execute(select(Customer.id, Customer.account_no)
                               .where(Customer.id.in_(ids))).all())
    refused = [NotDue(accounts.get(c, str(c)), rows[c].action if c in rows else "")
               for c in ids if c not in rows or rows[c].action != wanted]
    if refused:
        raise StepNotDue(refused)
    numbers = next_numbers(db, kind, office_id, on, len(ids))
    values = []
    for number, cid in zip(numbers, ids, strict=True):
        row = rows[cid]
        deadline = now + notice_period(db, row.customer_class, on) \
            if kind == "disconnection" else None
        values.append({"notice_no": number, "batch_no": numbers[0], "kind": kind,
                       "customer_id": cid, "office_id": row.office_id,
                       "amount": row.total, "penalty": row.penalty,
                       "oldest_due_on": row.oldest_due_on, "issued_on": on,
                       "issued_at": now, "deadline": deadline, "issued_by": user_id})
    return list(db.scalars(insert(ArrearsNotice).returning(ArrearsNotice.id,
                                                           sort_by_parameter_order=True),
                           values))
