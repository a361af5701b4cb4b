"""Who owes what since when, and which collection step is due for each customer.

The arrears of a customer are its bill debits past due and not settled (the overdue
principal) plus its open penalty debits. The steps (DOMAIN.md "Disconnection for arrears"):

1. ``reminder``: in arrears and no reminder issued since the oldest overdue bill fell due.
2. ``notice``: a reminder was issued for these arrears and they are overdue more than
   ``payments.disconnect_after_overdue_days`` (30) days: a disconnection notice may be given.
3. ``disconnect``: the notice's deadline has passed and the arrears are still there: the
   disconnection order is due.
4. ``reconnect``: the customer was ordered disconnected and owes nothing overdue any more:
   reconnection is due within ``payments.reconnect_within_hours`` (24) of the payment.

A step's notices count only when issued after the oldest overdue bill's due date, so notices
of arrears paid off earlier do not carry over to new ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from appserver.contract import collection as contract
from appserver.core.settings import setting
from appserver.core.sql import exact_yuan
from dbschema.models import Allocation, ArrearsNotice, Customer, LedgerEntry, OrgUnit, Payment

ZERO = Decimal("0.00")
HALF_FEN = Decimal("0.005")  # SQLite sums NUMERIC as float: compare with a margin
ACTIONS = contract.ACTIONS
KIND_FOR_ACTION = contract.KIND_FOR_ACTION
# The list shows the most urgent step first: reconnections have a 24-hour limit, then
# disconnections whose notice ran out, then notices and reminders, then those waiting.
URGENCY = {"reconnect": 0, "disconnect": 1, "notice": 2, "reminder": 3}


@dataclass
class Arrears:
    customer_id: int
    account_no: str
    name: str
    customer_class: str
    address: str
    office_id: int
    office_name: str
    overdue: Decimal
    penalty: Decimal
    oldest_due_on: date | None
    days_overdue: int
    last_reminder_at: datetime | None = None
    notice_at: datetime | None = None
    notice_deadline: datetime | None = None
    order_at: datetime | None = None
    action: str = ""
    action_deadline: datetime | None = None
    last_notice_id: int | None = None

    @property
    def total(self) -> Decimal:
        return self.overdue + self.penalty


@dataclass(frozen=True)
class Filters:
    min_days: int = 0
    min_amount: Decimal = ZERO
    customer_class: str = ""
    action: str = ""


def _open_debits(visible: Iterable[int], customer_ids: list[int] | None) -> object:
    """Bill and penalty debits of the offices (or customers) with their unsettled part."""
    scope = (LedgerEntry.customer_id.in_(customer_ids) if customer_ids is not None
             else LedgerEntry.office_id.in_(list(visible)))
    settled = (select(func.coalesce(func.sum(Allocation.amount), 0))
               .where(Allocation.debit_entry_id == LedgerEntry.id).scalar_subquery())
    return (select(LedgerEntry.customer_id, LedgerEntry.entry_type, LedgerEntry.due_on,
                   (LedgerEntry.amount - settled).label("open"))
            .where(scope, LedgerEntry.entry_type.in_(("bill", "penalty")))
            .subquery())


def in_arrears(db: Session, visible: Iterable[int], today: date, filters: Filters,
               customer_ids: list[int] | None = None) -> list[Arrears]:
    """Customers with overdue bills, one aggregate row each (filters applied in SQL)."""
    debits = _open_debits(visible, customer_ids)
    c = debits.c  # type: ignore[attr-defined]
    overdue_bill = and_(c.entry_type == "bill", c.due_on < today)
    overdue = func.sum(case((overdue_bill, c.open), else_=0))
    penalty = func.sum(case((c.entry_type == "penalty", c.open), else_=0))
    oldest = func.min(case((overdue_bill, c.due_on), else_=None))
    agg = (select(c.customer_id, overdue.label("overdue"), penalty.label("penalty"),
                  oldest.label("oldest"))
           .where(c.open > HALF_FEN).group_by(c.customer_id).having(overdue > HALF_FEN))
    if filters.min_days > 0:
        agg = agg.having(oldest <= today - timedelta(days=filters.min_days))
    a = agg.subquery()
    query = (select(Customer.id, Customer.account_no, Customer.name, Customer.customer_class,
                    Customer.address, Customer.office_id, OrgUnit.name.label("office_name"),
                    a.c.overdue, a.c.penalty, a.c.oldest)
             .join(a, a.c.customer_id == Customer.id)
             .join(OrgUnit, OrgUnit.id == Customer.office_id)
             .where(Customer.office_id.in_(list(visible))))
    if filters.customer_class:
        query = query.where(Customer.customer_class == filters.customer_class)
    if filters.min_amount > 0:
        query = query.where(a.c.overdue + a.c.penalty >= filters.min_amount)
    rows = []
    for r in db.execute(query):
        oldest_due = _as_date(r.oldest)
        rows.append(Arrears(r.id, r.account_no, r.name, r.customer_class, r.address,
                            r.office_id, r.office_name, exact_yuan(r.overdue),
                            exact_yuan(r.penalty),
                            oldest_due, (today - oldest_due).days if oldest_due else 0))
    return rows


def _as_date(value: object) -> date | None:
    """SQLite hands MIN() of a date column back as text."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@dataclass
class Thresholds:
    disconnect_after_days: int
    reconnect_within: timedelta


def thresholds(db: Session, on: date) -> Thresholds:
    return Thresholds(int(setting(db, "payments.disconnect_after_overdue_days", on)),
                      timedelta(hours=int(setting(db, "payments.reconnect_within_hours", on))))


def notices_of(db: Session, customer_ids: list[int]) -> dict[int, list[ArrearsNotice]]:
    found: dict[int, list[ArrearsNotice]] = {}
    for start in range(0, len(customer_ids), 5000):
        part = customer_ids[start:start + 5000]
        for n in db.scalars(select(ArrearsNotice).where(ArrearsNotice.customer_id.in_(part))
                            .order_by(ArrearsNotice.issued_at, ArrearsNotice.id)):
            found.setdefault(n.customer_id, []).append(n)
    return found


def decide(row: Arrears, notices: list[ArrearsNotice], now: datetime, t: Thresholds) -> None:
    """Fill in the notices of the current arrears and the step that is due."""
    current = [n for n in notices if row.oldest_due_on is None
               or n.issued_on > row.oldest_due_on]
    for n in current:
        row.last_notice_id = n.id
        if n.kind == "reminder":
            row.last_reminder_at = n.issued_at
        elif n.kind == "disconnection":
            row.notice_at, row.notice_deadline, row.order_at = n.issued_at, n.deadline, None
        elif n.kind == "disconnect_order":
            row.order_at = n.issued_at
    if row.last_reminder_at is None:
        row.action = "reminder"
    elif row.notice_at is None:
        if row.days_overdue > t.disconnect_after_days:
            row.action = "notice"
    elif row.order_at is None and row.notice_deadline is not None and row.notice_deadline <= now:
        row.action = "disconnect"
    row.action_deadline = row.notice_deadline if row.action == "" and row.order_at is None \
        else None


def awaiting_reconnection(db: Session, visible: Iterable[int], now: datetime, t: Thresholds,
                          in_arrears_ids: set[int],
                          customer_ids: list[int] | None = None) -> list[Arrears]:
    """Customers ordered disconnected, not reconnected since, and no longer in arrears."""
    scope = (ArrearsNotice.customer_id.in_(customer_ids) if customer_ids is not None
             else ArrearsNotice.office_id.in_(list(visible)))
    latest = dict(db.execute(
        select(ArrearsNotice.customer_id, func.max(ArrearsNotice.issued_at))
        .where(scope, ArrearsNotice.kind == "disconnect_order")
        .group_by(ArrearsNotice.customer_id)).all())
    if not latest:
        return []
    reconnected = dict(db.execute(
        select(ArrearsNotice.customer_id, func.max(ArrearsNotice.issued_at))
        .where(ArrearsNotice.customer_id.in_(list(latest)),
               ArrearsNotice.kind == "reconnection")
        .group_by(ArrearsNotice.customer_id)).all())
    waiting = [cid for cid, at in latest.items() if cid not in in_arrears_ids
               and (cid not in reconnected or _utc(reconnected[cid]) < _utc(at))]
    if not waiting:
        return []
    paid = dict(db.execute(select(Payment.customer_id, func.max(Payment.received_at))
                           .where(Payment.customer_id.in_(waiting))
                           .group_by(Payment.customer_id)).all())
    rows = []
    for r in db.execute(select(Customer, OrgUnit.name).join(OrgUnit,
                                                            OrgUnit.id == Customer.office_id)
                        .where(Customer.id.in_(waiting), Customer.office_id.in_(list(visible)))):
        c, office_name = r
        order_at = _utc(latest[c.id])
        cleared = max(order_at, _utc(paid[c.id])) if c.id in paid else order_at
        rows.append(Arrears(c.id, c.account_no, c.name, c.customer_class, c.address,
                            c.office_id, office_name, ZERO, ZERO, None, 0, order_at=order_at,
                            action="reconnect", action_deadline=cleared + t.reconnect_within))
    return rows


def _utc(value: datetime) -> datetime:
    """Aggregates over a UtcDateTime column come back naive on SQLite (stored in UTC)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def arrears_list(db: Session, visible: Iterable[int], today: date, now: datetime,
                 filters: Filters, customer_ids: list[int] | None = None) -> list[Arrears]:
    """Arrears with their due step, plus reconnections due; sorted most urgent first."""
    t = thresholds(db, today)
    rows = in_arrears(db, visible, today, filters, customer_ids)
    notices = notices_of(db, [r.customer_id for r in rows])
    for row in rows:
        decide(row, notices.get(row.customer_id, []), now, t)
    if not filters.min_days and not filters.min_amount:
        reconnect = awaiting_reconnection(db, visible, now, t, {r.customer_id for r in rows},
                                          customer_ids)
        rows += [r for r in reconnect if not filters.customer_class
                 or r.customer_class == filters.customer_class]
    if filters.action:
        rows = [r for r in rows if r.action == filters.action]
    rows.sort(key=lambda r: (URGENCY.get(r.action, len(URGENCY)), -r.days_overdue, -r.total,
                             r.account_no))
    return rows
