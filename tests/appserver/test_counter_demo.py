"""The demo history writes payments in bulk; it must leave exactly what posting the same
payments one by one through ``posting.post_payment`` leaves: the same payments and receipt
numbers, ledger entries, allocations and balances. Checked on two copies of one database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session

from appserver.payments import demo, posting
from tests.appserver.counter_support import add_bill, new_customer

pytestmark = pytest.mark.pg
TODAY = date(2025, 7, 1)  # before the template's own history: no shared office-days
OFFICES = ("DH", "XH", "QS", "XC", "WT")
CUSTOMERS = 20


def _bills(engine: Engine) -> list[int]:
    """The same customers and six monthly bills each, in both databases."""
    now = datetime(2025, 1, 1, 2, 0, tzinfo=UTC)
    ids = []
    with Session(engine) as db, db.begin():
        for n in range(CUSTOMERS):
            c = new_customer(db, OFFICES[n % len(OFFICES)], now)
            for month in range(1, 5):
                due = date(2025, month + 2, 20)
                add_bill(db, c, f"{37 + 13 * n + 7 * month}.{n % 100:02d}", due, now,
                         period=202500 + month, posted_on=due - timedelta(days=15),
                         point=n + 1)
            ids.append(c.id)
    return ids


def _planned(engine: Engine, ids: list[int]) -> list[demo.Planned]:
    with engine.connect() as conn:
        accounts = demo.load_accounts(conn, ids)
        clerks = demo.hall_clerks(conn)
    payments = demo.plan(accounts, clerks, TODAY)
    demo.allocate(accounts, payments, penalty_first=True)
    return payments


def _snapshot(engine: Engine, ids: list[int]) -> dict[str, Any]:
    only = f"({', '.join(map(str, ids))})"

    def q(sql: str) -> list[tuple[Any, ...]]:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql)).all()]

    return {
        "payments": q("SELECT receipt_no, customer_id, office_id, amount, tendered, "
                      "change_given, tender_type, channel, clerk_id, business_date, "
                      f"received_at FROM payment WHERE customer_id IN {only} "
                      "ORDER BY receipt_no"),
        "entries": q("SELECT e.customer_id, e.office_id, e.entry_type, e.amount, e.posted_on, "
                     "e.posted_at, p.receipt_no FROM ledger_entry e LEFT JOIN payment p "
                     f"ON p.id = e.payment_id WHERE e.customer_id IN {only} "
                     "ORDER BY e.customer_id, e.posted_at, e.id"),
        "allocations": q("SELECT p.receipt_no, a.debit_entry_id, sum(a.amount) FROM allocation a "
                         "JOIN ledger_entry e ON e.id = a.credit_entry_id "
                         "JOIN payment p ON p.id = e.payment_id "
                         f"WHERE e.customer_id IN {only} "
                         "GROUP BY p.receipt_no, a.debit_entry_id ORDER BY 1, 2"),
        "balances": q("SELECT customer_id, sum(amount) FROM ledger_entry "
                      f"WHERE customer_id IN {only} GROUP BY customer_id ORDER BY 1"),
    }


def test_bulk_history_equals_posting_one_by_one(fresh_pg_database: Callable[..., str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # more of the rare cases than the demo has, so a small set holds them all
    monkeypatch.setattr(demo, "ARREARS_SHARE", 0.3)
    monkeypatch.setattr(demo, "PREPAID_SHARE", 0.3)
    bulk, posted = (create_engine(fresh_pg_database(seeded=True)) for _ in range(2))
    try:
        ids = _bills(bulk)
        assert _bills(posted) == ids
        plan = _planned(bulk, ids)
        demo.write(bulk, plan, TODAY)
        for p in _planned(posted, ids):
            with Session(posted) as db, db.begin():
                posting.post_payment(db, posting.PaymentInput(
                    customer_id=p.customer_id, amount=p.amount, tender_type=p.tender_type,
                    channel=p.channel, clerk_id=p.clerk_id, office_id=p.office_id,
                    request_id=None, tendered=p.tendered), p.received_at)
        a, b = _snapshot(bulk, ids), _snapshot(posted, ids)
        assert a == b
        # the set is big enough to hold every case the history makes
        balances = [Decimal(bal) for _c, bal in a["balances"]]
        assert any(bal < 0 for bal in balances), "nobody prepaid"
        assert any(bal > 0 for bal in balances), "nobody in arrears"
        assert {r[7] for r in a["payments"]} == {"counter", "bank_withholding"}
        assert len(a["payments"]) > CUSTOMERS * 3
    finally:
        bulk.dispose()
        posted.dispose()
