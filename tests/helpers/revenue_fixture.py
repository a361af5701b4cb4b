"""A small, hand-checkable revenue history for report tests: its own bureau "RB" (报表测试局)
with two offices, seven customers of every class, bills, ledger entries, payments (one
reversed in the month, one of September reversed in October), allocations oldest first,
penalties (one waived), a rebill and a back-bill, and a bill held in review.

Written with Core inserts into whatever database the session is bound to (PostgreSQL or
SQLite), beside the demo data and invisible to it: reports on RB see only this.
The expected October 2026 figures are worked out by hand in ``EXPECTED`` (as of 2026-10-31).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from appserver.contract.accounts import make_account_no
from dbschema.models import (
    Allocation,
    Bill,
    BillingRun,
    Customer,
    LedgerEntry,
    MeteringPoint,
    OrgUnit,
    Payment,
    ReadingBook,
    ServicePoint,
)

ZONE = ZoneInfo("Asia/Shanghai")
D = Decimal
# customer key -> (office, class)
CUSTOMERS = {"c1": ("RB1", "residential"), "c2": ("RB1", "residential"),
             "c3": ("RB1", "commercial"), "c4": ("RB1", "large_industry"),
             "c5": ("RB2", "residential"), "c6": ("RB2", "agriculture"),
             "c7": ("RB2", "commercial")}


def at(day: date, hour: int = 12) -> datetime:
    """A moment of a business day, as the UTC timestamp the server stores."""
    return datetime.combine(day, time(hour), ZONE).astimezone(UTC)


@dataclass
class RevenueFixture:
    bureau_id: int
    office: dict[str, int]
    customer: dict[str, int]
    bill: dict[str, int] = field(default_factory=dict)
    entry: dict[str, int] = field(default_factory=dict)


class _Writer:
    def __init__(self, db: Session, fx: RevenueFixture) -> None:
        self.db, self.fx = db, fx
        self.books: dict[str, int] = {}
        self.runs: dict[tuple[str, int], int] = {}
        self.payments = 0
        self.mp: dict[str, int] = {}

    def _insert(self, table: Any, **values: Any) -> int:
        return int(self.db.execute(insert(table).values(**values).returning(table.id))
                   .scalar_one())

    def run(self, office: str, period: int) -> int:
        if office not in self.books:
            self.books[office] = self._insert(
                ReadingBook, code=f"RB-{office}", name=f"报表测试抄表册{office}",
                office_id=self.fx.office[office], reading_day=5, route="", active=True)
        key = (office, period)
        if key not in self.runs:
            self.runs[key] = self._insert(
                BillingRun, book_id=self.books[office], period=period, status="done",
                bills_count=0, review_count=0, total_amount=D("0"),
                created_at=at(date(period // 100, period % 100, 5)))
        return self.runs[key]

    def bill(self, name: str, cust: str, period: int, kwh: str, amount: str, due: date,
             status: str = "released", kind: str = "regular",
             corrects: str | None = None) -> int:
        office = CUSTOMERS[cust][0]
        bill_id = self._insert(
            Bill, customer_id=self.fx.customer[cust], metering_point_id=self.mp[cust],
            office_id=self.fx.office[office], period=period, kind=kind, status=status,
            run_id=self.run(office, period) if kind == "regular" else None,
            corrects_bill_id=self.fx.bill[corrects] if corrects else None,
            review_reason="far above history" if status == "review" else "",
            energy_kwh=D(kwh), amount=D(amount), due_on=due, tariff_keys="TEST@1",
            request="{}", engine_version="test", created_at=at(due, 9))
        self.fx.bill[name] = bill_id
        return bill_id

    def entry(self, name: str, cust: str, entry_type: str, amount: str, posted: date,
              due: date | None = None, bill: str | None = None, payment: int | None = None,
              reverses: str | None = None, period: int | None = None) -> int:
        office = CUSTOMERS[cust][0]
        entry_id = self._insert(
            LedgerEntry, customer_id=self.fx.customer[cust], office_id=self.fx.office[office],
            entry_type=entry_type, amount=D(amount), posted_on=posted, posted_at=at(posted),
            period=period, due_on=due, bill_id=self.fx.bill[bill] if bill else None,
            payment_id=payment, reverses_id=self.fx.entry[reverses] if reverses else None,
            note="")
        self.fx.entry[name] = entry_id
        return entry_id

    def charge(self, name: str, cust: str, period: int, kwh: str, amount: str, due: date,
               posted: date, status: str = "released") -> None:
        """A released regular bill and its ledger charge."""
        self.bill(name, cust, period, kwh, amount, due, status)
        self.entry(name, cust, "bill", amount, posted, due, bill=name, period=period)

    def pay(self, name: str, cust: str, amount: str, day: date, channel: str,
            tender: str) -> None:
        self.payments += 1
        office = CUSTOMERS[cust][0]
        payment_id = self._insert(
            Payment, receipt_no=f"RBTEST{self.payments:06d}", customer_id=self.fx.customer[cust],
            office_id=self.fx.office[office], amount=D(amount), tender_type=tender,
            channel=channel, business_date=day, received_at=at(day),
            request_id=None, reference="")
        self.entry(name, cust, "payment", "-" + amount, day, payment=payment_id)

    def alloc(self, credit: str, debit: str, amount: str, day: date) -> None:
        self._insert(Allocation, credit_entry_id=self.fx.entry[credit],
                     debit_entry_id=self.fx.entry[debit], amount=D(amount),
                     created_at=at(day, 13))


def _org(db: Session) -> tuple[int, dict[str, int]]:
    company = db.scalars(select(OrgUnit).where(OrgUnit.kind == "company")).one()

    def unit(code: str, name: str, kind: str, parent_id: int, parent_path: str) -> tuple[int,
                                                                                         str]:
        uid = int(db.execute(insert(OrgUnit).values(
            code=code, name=name, kind=kind, parent_id=parent_id, path="",
            timezone="Asia/Shanghai").returning(OrgUnit.id)).scalar_one())
        path = f"{parent_path}{uid}/"
        db.execute(update(OrgUnit).where(OrgUnit.id == uid).values(path=path))
        return uid, path

    bureau, bpath = unit("RB", "报表测试局", "bureau", company.id, company.path)
    offices = {code: unit(code, name, "office", bureau, bpath)[0]
               for code, name in (("RB1", "报表一所"), ("RB2", "报表二所"))}
    return bureau, offices


def _customers(w: _Writer, created: datetime) -> None:
    for n, (key, (office, cls)) in enumerate(CUSTOMERS.items(), start=1):
        cid = w._insert(
            Customer, account_no=make_account_no(990_000_000 + n), name=f"报表客户{n}号",
            customer_class=cls, industry="", voltage_level="220V" if cls == "residential"
            else "10kV", id_doc_type="other", id_doc_no=f"RB{n}", phone_mobile="",
            phone_landline="", phone_mobile_rev="", phone_landline_rev="", contact_person="",
            address=f"报表路{n}号", mail_address="", office_id=w.fx.office[office],
            status="active", opened_on=date(2020, 1, 1), version=1, created_at=created,
            updated_at=created)
        w.fx.customer[key] = cid
        sp = w._insert(ServicePoint, customer_id=cid, code=f"SPRB{n:04d}",
                       address=f"报表路{n}号", supply_voltage="220V", capacity_kva=D("10"),
                       transformer_area="", status="active")
        w.mp[key] = w._insert(MeteringPoint, service_point_id=sp, code=f"MPRB{n:04d}",
                              metering_mode="lv_lv", ct_primary=1, ct_secondary=1,
                              pt_primary=1, pt_secondary=1, multiplier=D("1"),
                              purpose="billing")


def build_revenue_fixture(db: Session) -> RevenueFixture:
    """Insert the fixture (flush only; the caller's transaction decides its fate)."""
    bureau, offices = _org(db)
    fx = RevenueFixture(bureau, offices, {})
    w = _Writer(db, fx)
    _customers(w, at(date(2020, 1, 1)))
    _history(w)
    _october(w)
    db.flush()
    return fx


def _history(w: _Writer) -> None:
    """Before October 2026: last year's October, old debts, September."""
    ly = date(2025, 10, 25)
    w.charge("c1_ly", "c1", 202510, "180", "108.00", ly, date(2025, 10, 5))
    w.charge("c4_ly", "c4", 202510, "40000", "32000.00", ly, date(2025, 10, 5))
    w.pay("p_c1_ly", "c1", "108.00", date(2025, 10, 20), "counter", "cash")
    w.alloc("p_c1_ly", "c1_ly", "108.00", date(2025, 10, 20))
    w.pay("p_c4_ly", "c4", "32000.00", date(2025, 10, 28), "bank_withholding", "withholding")
    w.alloc("p_c4_ly", "c4_ly", "32000.00", date(2025, 10, 28))
    w.charge("c2_mar", "c2", 202603, "120", "70.00", date(2026, 3, 25), date(2026, 3, 5))
    w.charge("c6_jul", "c6", 202607, "310", "150.00", date(2026, 7, 25), date(2026, 7, 5))
    w.charge("c4_aug", "c4", 202608, "38000", "30000.00", date(2026, 8, 25), date(2026, 8, 5))
    sep_due, sep_post = date(2026, 9, 30), date(2026, 9, 5)
    w.charge("c1_sep", "c1", 202609, "100", "60.00", sep_due, sep_post)
    w.charge("c3_sep", "c3", 202609, "900", "720.00", sep_due, sep_post)
    w.charge("c5_sep", "c5", 202609, "80", "48.00", sep_due, sep_post)
    w.charge("c7_sep", "c7", 202609, "400", "320.00", sep_due, sep_post)
    w.pay("p_c1_sep", "c1", "60.00", date(2026, 9, 20), "counter", "cash")
    w.alloc("p_c1_sep", "c1_sep", "60.00", date(2026, 9, 20))
    w.pay("p_c3_sep", "c3", "100.00", date(2026, 9, 10), "counter", "transfer")
    w.alloc("p_c3_sep", "c3_sep", "100.00", date(2026, 9, 10))


def _october(w: _Writer) -> None:
    oct_due, oct_post = date(2026, 10, 25), date(2026, 10, 5)
    for name, cust, kwh, amount in (("c1_oct", "c1", "200", "120.00"),
                                    ("c2_oct", "c2", "150", "90.00"),
                                    ("c3_oct", "c3", "1000", "800.00"),
                                    ("c4_oct", "c4", "50000", "40000.00"),
                                    ("c6_oct", "c6", "300", "150.00")):
        w.charge(name, cust, 202610, kwh, amount, oct_due, oct_post)
    # due on the report date itself: open, not yet overdue
    w.charge("c5_oct", "c5", 202610, "100", "60.00", date(2026, 10, 31), oct_post)
    w.bill("c7_oct", "c7", 202610, "500", "400.00", oct_due, status="review")
    # September's payment of c3 reversed on 3 October: the bill is open again
    w.entry("r_c3_sep", "c3", "reversal", "100.00", date(2026, 10, 3), reverses="p_c3_sep")
    w.alloc("p_c3_sep", "c3_sep", "-100.00", date(2026, 10, 3))
    w.alloc("p_c3_sep", "r_c3_sep", "100.00", date(2026, 10, 3))
    w.pay("p_c5", "c5", "48.00", date(2026, 10, 5), "bank_agent", "mobile")
    w.alloc("p_c5", "c5_sep", "48.00", date(2026, 10, 5))
    # c3's September bill rebilled 20.00 lower: the rebill's ledger effect is the difference
    w.db.execute(update(Bill).where(Bill.id == w.fx.bill["c3_sep"]).values(status="cancelled"))
    w.bill("c3_rebill", "c3", 202609, "875", "700.00", date(2026, 10, 23), kind="rebill",
           corrects="c3_sep")
    w.entry("adj_c3", "c3", "adjustment", "-20.00", date(2026, 10, 8), bill="c3_rebill",
            period=202609)
    w.alloc("adj_c3", "c3_sep", "20.00", date(2026, 10, 8))
    w.pay("p_c2", "c2", "50.00", date(2026, 10, 10), "counter", "cash")
    w.alloc("p_c2", "c2_mar", "50.00", date(2026, 10, 10))
    w.bill("c5_back", "c5", 202610, "50", "30.00", date(2026, 10, 27), kind="backbill",
           corrects="c5_sep")
    w.entry("adj_c5", "c5", "adjustment", "30.00", date(2026, 10, 12), date(2026, 10, 27),
            bill="c5_back", period=202609)
    # c7 pays September's bill and the payment is reversed the next day
    w.pay("p_c7", "c7", "320.00", date(2026, 10, 15), "counter", "cash")
    w.alloc("p_c7", "c7_sep", "320.00", date(2026, 10, 15))
    w.entry("r_c7", "c7", "reversal", "320.00", date(2026, 10, 16), reverses="p_c7")
    w.alloc("p_c7", "c7_sep", "-320.00", date(2026, 10, 16))
    w.alloc("p_c7", "r_c7", "320.00", date(2026, 10, 16))
    w.pay("p_c1", "c1", "120.00", date(2026, 10, 20), "counter", "cash")
    w.alloc("p_c1", "c1_oct", "120.00", date(2026, 10, 20))
    w.pay("p_c3", "c3", "800.00", date(2026, 10, 26), "counter", "card")
    w.alloc("p_c3", "c3_sep", "700.00", date(2026, 10, 26))
    w.alloc("p_c3", "c3_oct", "100.00", date(2026, 10, 26))
    w.pay("p_c4", "c4", "25000.00", date(2026, 10, 28), "bank_withholding", "withholding")
    w.alloc("p_c4", "c4_aug", "25000.00", date(2026, 10, 28))
    # penalties: c2's due on 1 October (exactly 30 days overdue on the 31st), c6's two,
    # one of them waived
    w.entry("pen_c2", "c2", "penalty", "1.00", date(2026, 10, 1), date(2026, 10, 1),
            period=202610)
    w.entry("pen_c6a", "c6", "penalty", "4.50", date(2026, 10, 15), date(2026, 10, 15),
            period=202610)
    w.entry("pen_c6b", "c6", "penalty", "2.00", date(2026, 10, 20), date(2026, 10, 20),
            period=202610)
    w.entry("r_pen_c6b", "c6", "reversal", "-2.00", date(2026, 10, 21), reverses="pen_c6b")
    w.alloc("r_pen_c6b", "pen_c6b", "2.00", date(2026, 10, 21))
    # after the report date: must not count in October
    w.pay("p_c6_nov", "c6", "150.00", date(2026, 11, 3), "counter", "cash")
    w.alloc("p_c6_nov", "c6_jul", "150.00", date(2026, 11, 3))


# Worked out by hand from the entries above (docstrings of the report: as of 2026-10-31).
EXPECTED: dict[str, Any] = {
    "billing_total": (6, D("51750"), D("41220.00")),
    "billing_by_class": {"residential": (3, D("450"), D("270.00")),
                         "commercial": (1, D("1000"), D("800.00")),
                         "large_industry": (1, D("50000"), D("40000.00")),
                         "agriculture": (1, D("300"), D("150.00"))},
    "billing_by_office": {"RB1": (4, D("51350"), D("41010.00")),
                          "RB2": (2, D("400"), D("210.00"))},
    "previous": (4, D("1480"), D("1148.00")),
    "last_year": (2, D("40180"), D("32108.00")),
    "review": (1, D("500"), D("400.00")),
    "cash": D("26018.00"), "payments": 5,
    "by_channel": {("counter", "cash"): (2, D("170.00")), ("counter", "card"): (1, D("800.00")),
                   ("bank_withholding", "withholding"): (1, D("25000.00")),
                   ("bank_agent", "mobile"): (1, D("48.00"))},
    "cash_by_office": {"RB1": D("25970.00"), "RB2": D("48.00")},
    "reversed_in_month": (1, D("320.00")), "earlier_reversed": (1, D("100.00")),
    "cash_previous": D("160.00"), "cash_last_year": D("32108.00"),
    "settled": D("220.00"), "settlement_rate": D("0.53"),
    "opening_overdue": D("31208.00"), "falling_due": D("41257.50"),
    "collection_rate": D("35.90"),
    "ageing_amounts": [D("40975.50"), D("320.00"), D("5000.00"), D("150.00"), D("20.00")],
    "ageing_customers": [2, 1, 1, 1, 1], "not_due": D("60.00"),
    "top": [("c4", D("45000.00")), ("c3", D("700.00")), ("c7", D("320.00")),
            ("c6", D("304.50")), ("c2", D("111.00")), ("c5", D("30.00"))],
    "penalties": (3, D("7.50"), 1, D("2.00")),
    "corrections": {"rebill": (1, D("-20.00")), "backbill": (1, D("30.00")),
                    "cancel": (0, D("0.00")), "adjustment": (0, D("0.00"))},
}
