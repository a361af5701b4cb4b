"""What a customer statement shows, read from the revenue tables: the customer and supply,
released bills of the period range with what is still open of each, payments, 12 months of
consumption, the open debts today (bills and penalties) and the balance.

Sums run in Python over exact Decimals, or through ``exact_yuan`` when SQL adds money up
(SQLite returns NUMERIC sums as binary floats).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.core.dates import add_months, business_date, month_days
from appserver.core.sql import exact_yuan
from appserver.payments import ledger, penalty_view
from dbschema.models import (
    Bill,
    Customer,
    LedgerEntry,
    Meter,
    MeteringPoint,
    OrgUnit,
    Payment,
    ServicePoint,
    TariffAssignment,
)

ZERO = Decimal("0.00")
KWH = Decimal("0.01")


@dataclass(frozen=True)
class StatementBill:
    period: int
    kind: str
    energy_kwh: Decimal
    amount: Decimal
    due_on: date
    open_amount: Decimal  # still owed of this bill (0: paid)


@dataclass(frozen=True)
class StatementPayment:
    day: date
    receipt_no: str
    channel: str
    tender_type: str
    amount: Decimal
    reversed: bool


@dataclass(frozen=True)
class OpenDebt:
    entry_type: str  # bill / penalty / adjustment / refund
    period: int | None
    due_on: date
    open_amount: Decimal
    overdue: bool


@dataclass
class Statement:
    company: str
    office: str
    account_no: str
    name: str
    address: str
    customer_class: str
    tariff: str
    meter: str
    from_period: int
    to_period: int
    today: date
    bills: list[StatementBill] = field(default_factory=list)
    payments: list[StatementPayment] = field(default_factory=list)
    consumption: list[tuple[int, Decimal]] = field(default_factory=list)  # 12 months
    debts: list[OpenDebt] = field(default_factory=list)
    balance: Decimal = ZERO
    # Late-payment penalty accrued on overdue bills up to today that is not posted yet (it
    # is posted when money is taken, exactly as the counter shows it).
    penalty_due: Decimal = ZERO

    @property
    def billed(self) -> Decimal:
        return sum((b.amount for b in self.bills), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((p.amount for p in self.payments if not p.reversed), ZERO)

    @property
    def arrears(self) -> Decimal:
        return sum((d.open_amount for d in self.debts), ZERO)

    @property
    def penalties(self) -> Decimal:
        return sum((d.open_amount for d in self.debts if d.entry_type == "penalty"), ZERO)

    @property
    def total_due(self) -> Decimal:
        """What settles the account today: the balance plus the penalty accrued meanwhile."""
        return self.balance + self.penalty_due


def gather(db: Session, customer: Customer, from_period: int, to_period: int,
           now: datetime) -> Statement:
    today = business_date(now)
    office = db.scalar(select(OrgUnit.name).where(OrgUnit.id == customer.office_id)) or ""
    company = db.scalar(select(OrgUnit.name).where(OrgUnit.kind == "company")
                        .order_by(OrgUnit.id).limit(1)) or ""
    address, tariff, meter = _supply(db, customer.id, today)
    s = Statement(company, office, customer.account_no, customer.name, address,
                  customer.customer_class, tariff, meter, from_period, to_period, today)
    items = ledger.open_items(db, customer.id)
    open_by_entry = {i.entry_id: i.open_amount for i in items if i.sign > 0}
    s.bills = _bills(db, customer.id, from_period, to_period, open_by_entry)
    s.payments = _payments(db, customer.id, from_period, to_period)
    s.consumption = _consumption(db, customer.id, to_period)
    s.debts = [OpenDebt(i.entry_type, i.period, i.day, i.open_amount.quantize(ZERO),
                        i.day < today) for i in items if i.sign > 0]
    s.balance = ledger.balance(db, customer.id)
    if ledger.has_overdue_bill(items, today):
        s.penalty_due = sum(penalty_view.due_today(db, customer, now).values(), ZERO)
    return s


def _supply(db: Session, customer_id: int, today: date) -> tuple[str, str, str]:
    """Supply address, tariff in force today and meter serial of the first metering point."""
    row = db.execute(select(ServicePoint.address, MeteringPoint.id)
                     .join(MeteringPoint, MeteringPoint.service_point_id == ServicePoint.id)
                     .where(ServicePoint.customer_id == customer_id)
                     .order_by(ServicePoint.id, MeteringPoint.id).limit(1)).first()
    if row is None:
        return "", "", ""
    address, point_id = row
    tariff = db.scalar(select(TariffAssignment.tariff_code)
                       .where(TariffAssignment.metering_point_id == point_id,
                              TariffAssignment.effective_from <= today,
                              (TariffAssignment.effective_to.is_(None))
                              | (TariffAssignment.effective_to > today))
                       .order_by(TariffAssignment.effective_from.desc()).limit(1)) or ""
    meter = db.scalar(select(Meter.serial).where(Meter.metering_point_id == point_id,
                                                 Meter.removed_on.is_(None))
                      .order_by(Meter.installed_on.desc()).limit(1)) or ""
    return address, tariff, meter


def _bills(db: Session, customer_id: int, first: int, last: int,
           open_by_entry: dict[int, Decimal]) -> list[StatementBill]:
    rows = db.execute(select(Bill.id, Bill.period, Bill.kind, Bill.energy_kwh, Bill.amount,
                             Bill.due_on, LedgerEntry.id.label("entry_id"))
                      .outerjoin(LedgerEntry, (LedgerEntry.bill_id == Bill.id)
                                 & (LedgerEntry.entry_type == "bill"))
                      .where(Bill.customer_id == customer_id, Bill.status == "released",
                             Bill.period.between(first, last))
                      .order_by(Bill.period, Bill.id)).all()
    return [StatementBill(r.period, r.kind, Decimal(r.energy_kwh).quantize(KWH),
                          exact_yuan(r.amount), r.due_on,
                          open_by_entry.get(r.entry_id, ZERO).quantize(ZERO)
                          if r.entry_id else ZERO) for r in rows]


def _payments(db: Session, customer_id: int, first: int, last: int) -> list[StatementPayment]:
    start = date(first // 100, first % 100, 1)
    end = date(last // 100, last % 100, month_days(last))
    reversed_ids = set(db.scalars(
        select(LedgerEntry.payment_id)
        .where(LedgerEntry.customer_id == customer_id, LedgerEntry.entry_type == "payment",
               LedgerEntry.id.in_(select(LedgerEntry.reverses_id)
                                  .where(LedgerEntry.customer_id == customer_id,
                                         LedgerEntry.reverses_id.is_not(None))))))
    rows = db.execute(select(Payment.id, Payment.business_date, Payment.receipt_no,
                             Payment.channel, Payment.tender_type, Payment.amount)
                      .where(Payment.customer_id == customer_id,
                             Payment.business_date.between(start, end))
                      .order_by(Payment.business_date, Payment.id)).all()
    return [StatementPayment(r.business_date, r.receipt_no, r.channel, r.tender_type,
                             exact_yuan(r.amount), r.id in reversed_ids) for r in rows]


def _consumption(db: Session, customer_id: int, last: int) -> list[tuple[int, Decimal]]:
    """kWh billed per period for the 12 months ending ``last`` (0 where nothing was billed)."""
    first = add_months(last, -11)
    got = {p: Decimal(str(k or 0)).quantize(KWH) for p, k in db.execute(
        select(Bill.period, func.sum(Bill.energy_kwh))
        .where(Bill.customer_id == customer_id, Bill.status == "released",
               Bill.period.between(first, last))
        .group_by(Bill.period)).all()}
    return [(add_months(first, i), got.get(add_months(first, i), Decimal("0.00")))
            for i in range(12)]
