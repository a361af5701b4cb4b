"""All queries of the bills work: bills and lines, the review queue with history, what a printed
bill shows (customer, address, meter, balances), correction requests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session

from dbschema.models import (
    Bill,
    BillingRun,
    BillLine,
    CorrectionRequest,
    Customer,
    LedgerEntry,
    Meter,
    MeteringPoint,
    OrgUnit,
    ReadingBook,
    ServicePoint,
    User,
)

ZERO = Decimal("0.00")
HISTORY_BILLS = 3
REVIEW_QUEUE_MAX = 20_000  # bills sorted in memory by amount at risk; beyond: oldest first


def bill(db: Session, bill_id: int, *, lock: bool = False) -> Bill | None:
    q = select(Bill).where(Bill.id == bill_id)
    return db.scalars(q.with_for_update() if lock else q).first()


def bills(db: Session, bill_ids: Sequence[int], *, lock: bool = False) -> list[Bill]:
    # Locked in id order, so two reviewers releasing overlapping selections cannot deadlock.
    q = select(Bill).where(Bill.id.in_(list(bill_ids))).order_by(Bill.id)
    return list(db.scalars(q.with_for_update() if lock else q))


@dataclass(frozen=True, slots=True)
class StoredLine:
    """A bill line as stored (plain values: a run's PDF reads thousands of them)."""

    bill_id: int
    seq: int
    segment: int
    code: str
    quantity: Decimal | None
    unit_price: Decimal | None
    amount: Decimal


def lines(db: Session, bill_ids: Sequence[int]) -> dict[int, list[StoredLine]]:
    found: dict[int, list[StoredLine]] = {bid: [] for bid in bill_ids}
    for row in db.execute(select(BillLine.bill_id, BillLine.seq, BillLine.segment,
                                 BillLine.code, BillLine.quantity, BillLine.unit_price,
                                 BillLine.amount)
                          .where(BillLine.bill_id.in_(list(bill_ids)))
                          .order_by(BillLine.bill_id, BillLine.seq)):
        found[row[0]].append(StoredLine(*row))
    return found


def customer_by_account(db: Session, account_no: str) -> Customer | None:
    return db.scalars(select(Customer).where(Customer.account_no == account_no)).first()


def customer(db: Session, customer_id: int) -> Customer | None:
    return db.get(Customer, customer_id)


def customer_bills(db: Session, customer_id: int, offset: int, limit: int) -> list[Bill]:
    return list(db.scalars(select(Bill).where(Bill.customer_id == customer_id)
                           .order_by(Bill.period.desc(), Bill.id.desc())
                           .offset(offset).limit(limit)))


def run(db: Session, run_id: int) -> tuple[BillingRun, int] | None:
    """The run and the office of its reading book."""
    row = db.execute(select(BillingRun, ReadingBook.office_id)
                     .join(ReadingBook, ReadingBook.id == BillingRun.book_id)
                     .where(BillingRun.id == run_id)).first()
    return None if row is None else (row[0], row[1])


def run_bills(db: Session, run_id: int, offset: int, limit: int) -> list[Bill]:
    return list(db.scalars(select(Bill).where(Bill.run_id == run_id).order_by(Bill.id)
                           .offset(offset).limit(limit)))


def review_bills(db: Session, offices: frozenset[int]) -> list[Bill]:
    return list(db.scalars(select(Bill).where(Bill.status == "review",
                                              Bill.office_id.in_(sorted(offices)))
                           .order_by(Bill.id).limit(REVIEW_QUEUE_MAX)))


@dataclass(frozen=True)
class HistoryBill:
    period: int
    energy_kwh: Decimal
    amount: Decimal


def history(db: Session, points_periods: Sequence[tuple[int, int]]
            ) -> dict[tuple[int, int], list[HistoryBill]]:
    """The last three regular bills before each (metering point, period), newest first.

    A bill later cancelled by a rebill still says how much the point uses; rejected bills
    (void) and bills still in review do not count."""
    if not points_periods:
        return {}
    points = sorted({p for p, _ in points_periods})
    rows = db.execute(select(Bill.metering_point_id, Bill.period, Bill.energy_kwh, Bill.amount)
                      .where(Bill.metering_point_id.in_(points), Bill.kind == "regular",
                             Bill.status.in_(("released", "cancelled")))
                      .order_by(Bill.metering_point_id, Bill.period.desc())).all()
    by_point: dict[int, list[HistoryBill]] = {}
    for point, period, energy, amount in rows:
        by_point.setdefault(point, []).append(HistoryBill(period, energy, amount))
    found: dict[tuple[int, int], list[HistoryBill]] = {}
    for point, period in points_periods:
        before = [h for h in by_point.get(point, []) if h.period < period]
        found[(point, period)] = before[:HISTORY_BILLS]
    return found


def mark_released(db: Session, bill_id: int, values: dict[str, Any]) -> bool:
    """review -> released in one statement: of two reviewers, exactly one wins."""
    res = db.execute(update(Bill).where(Bill.id == bill_id, Bill.status == "review")
                     .values(status="released", **values)
                     .execution_options(synchronize_session=False))
    return res.rowcount == 1  # type: ignore[attr-defined,no-any-return]


def set_status(db: Session, bill_id: int, old: str, new: str, **values: Any) -> bool:
    res = db.execute(update(Bill).where(Bill.id == bill_id, Bill.status == old)
                     .values(status=new, **values).execution_options(synchronize_session=False))
    return res.rowcount == 1  # type: ignore[attr-defined,no-any-return]


def bill_charge(db: Session, bill_id: int) -> LedgerEntry | None:
    """The ledger entry a released bill (or correction) posted, if any."""
    return db.scalars(select(LedgerEntry).where(LedgerEntry.bill_id == bill_id)
                      .order_by(LedgerEntry.id).limit(1)).first()


def correcting_bill(db: Session, bill_id: int) -> Bill | None:
    """The correction already made to this bill (the chain goes on from there)."""
    return db.scalars(select(Bill).where(Bill.corrects_bill_id == bill_id)
                      .order_by(Bill.id).limit(1)).first()


# -- what a bill shows on paper and on screen ----------------------------------------------

@dataclass(frozen=True)
class BillParty:
    """Who and where a bill is for: the customer, the supply address, meter and offices."""

    customer_id: int
    account_no: str
    name: str
    customer_class: str
    address: str
    point_code: str
    multiplier: Decimal
    meter_serial: str
    office_name: str
    company_name: str


def parties(db: Session, bills_: Sequence[Bill]) -> dict[int, BillParty]:
    """By bill id, for a page of bills in a few queries (a batch of a run prints fast)."""
    if not bills_:
        return {}
    point_ids = sorted({b.metering_point_id for b in bills_})
    customer_ids = sorted({b.customer_id for b in bills_})
    points = {r.id: r for r in db.execute(
        select(MeteringPoint.id, MeteringPoint.code, MeteringPoint.multiplier,
               ServicePoint.address)
        .join(ServicePoint, ServicePoint.id == MeteringPoint.service_point_id)
        .where(MeteringPoint.id.in_(point_ids)))}
    meters = {}
    for point_id, serial in db.execute(select(Meter.metering_point_id, Meter.serial)
                                       .where(Meter.metering_point_id.in_(point_ids))
                                       .order_by(Meter.installed_on, Meter.id)):
        meters[point_id] = serial  # the latest installed wins
    customers = {r.id: r for r in db.execute(
        select(Customer.id, Customer.account_no, Customer.name, Customer.customer_class,
               OrgUnit.name.label("office_name"))
        .join(OrgUnit, OrgUnit.id == Customer.office_id)
        .where(Customer.id.in_(customer_ids)))}
    company = db.scalar(select(OrgUnit.name).where(OrgUnit.kind == "company")
                        .order_by(OrgUnit.id).limit(1)) or ""
    found = {}
    for b in bills_:
        c, p = customers[b.customer_id], points[b.metering_point_id]
        found[b.id] = BillParty(c.id, c.account_no, c.name, c.customer_class, p.address,
                                p.code, p.multiplier, meters.get(b.metering_point_id, ""),
                                c.office_name, company)
    return found


def previous_balances(db: Session, bills_: Sequence[Bill]) -> dict[int, Decimal]:
    """What each customer owed before the bill: the ledger up to (not including) the bill's
    own entry; for a bill not in the ledger (review, rejected), the balance as it is now."""
    if not bills_:
        return {}
    ids = [b.id for b in bills_]
    charge = LedgerEntry.__table__.alias("charge")
    earlier = LedgerEntry.__table__.alias("earlier")
    posted = dict(db.execute(
        select(charge.c.bill_id, func.coalesce(func.sum(earlier.c.amount), 0))
        .select_from(charge)
        .outerjoin(earlier, and_(earlier.c.customer_id == charge.c.customer_id,
                                 earlier.c.id < charge.c.id))
        .where(charge.c.bill_id.in_(ids))
        .group_by(charge.c.bill_id)).all())
    missing = sorted({b.customer_id for b in bills_ if b.id not in posted})
    now = dict(db.execute(select(LedgerEntry.customer_id, func.sum(LedgerEntry.amount))
                          .where(LedgerEntry.customer_id.in_(missing))
                          .group_by(LedgerEntry.customer_id)).all()) if missing else {}
    return {b.id: Decimal(posted[b.id] if b.id in posted else now.get(b.customer_id, 0)
                          ).quantize(ZERO) for b in bills_}


def user_names(db: Session, user_ids: Sequence[int | None]) -> dict[int, str]:
    ids = sorted({u for u in user_ids if u is not None})
    if not ids:
        return {}
    return {uid: name for uid, name in
            db.execute(select(User.id, User.full_name).where(User.id.in_(ids)))}


# -- corrections ---------------------------------------------------------------------------

def correction(db: Session, correction_id: int, *, lock: bool = False) -> CorrectionRequest | None:
    q = select(CorrectionRequest).where(CorrectionRequest.id == correction_id)
    return db.scalars(q.with_for_update() if lock else q).first()


def pending_correction(db: Session, bill_id: int) -> CorrectionRequest | None:
    return db.scalars(select(CorrectionRequest)
                      .where(CorrectionRequest.bill_id == bill_id,
                             CorrectionRequest.status == "pending")).first()


def corrections(db: Session, offices: frozenset[int], status: str | None, offset: int,
                limit: int) -> list[tuple[CorrectionRequest, Bill, Customer]]:
    q = (select(CorrectionRequest, Bill, Customer)
         .join(Bill, Bill.id == CorrectionRequest.bill_id)
         .join(Customer, Customer.id == CorrectionRequest.customer_id)
         .where(CorrectionRequest.office_id.in_(sorted(offices))))
    if status is not None:
        q = q.where(CorrectionRequest.status == status)
    q = q.order_by(CorrectionRequest.id.desc()).offset(offset).limit(limit)
    return [(r, b, c) for r, b, c in db.execute(q)]
