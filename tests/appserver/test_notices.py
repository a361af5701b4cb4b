"""Arrears list and notices through the API (PostgreSQL): reminder first, a disconnection
notice only when overdue more than 30 days after a reminder, the notice periods (7 days
residential, 3 days + 1 hour others), the disconnection order after the deadline, the
reconnection due within 24 h of paying in full, batches all or nothing, the PDF."""

from __future__ import annotations

import base64
import re
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract import api as contract
from appserver.contract.errors import PermissionDenied, UserError
from appserver.core.clock import FixedClock
from dbschema.models import ArrearsNotice, AuditLog, Customer
from tests.appserver.collection_helpers import at_local, bill_debt, new_customer, pay
from tests.helpers.api import ApiClient, Clients

pytestmark = pytest.mark.pg


def _row(head: ApiClient, customer: Customer, **filters: Any) -> dict[str, Any] | None:
    result = head.call(contract.OBJECT_PAYMENTS, "arrears_list", filters,
                       {"limit": 200})
    rows = [r for r in result["rows"] if r["customer_id"] == customer.id]
    return rows[0] if rows else None


def _issue(head: ApiClient, kind: str, *customers: Customer) -> dict[str, Any]:
    result: dict[str, Any] = head.call(contract.OBJECT_PAYMENTS, "issue_notices", kind,
                                       [c.id for c in customers], write=True)
    return result


def _count(db: Session, customer: Customer) -> int:
    return db.scalar(select(func.count()).select_from(ArrearsNotice)
                     .where(ArrearsNotice.customer_id == customer.id)) or 0


@pytest.fixture
def head(api: Clients) -> ApiClient:
    return api.as_user("dh.head")


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_the_steps_of_a_residential_customer(head: ApiClient, db: Session,
                                             clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 10, 20))
    c = new_customer(db)
    bill_debt(db, c, "300.00", date(2026, 10, 1), 202609, now)
    row = _row(head, c)
    assert row is not None and (row["action"], row["days_overdue"]) == ("reminder", 19)
    assert row["overdue"] == "300.00" and row["oldest_due_on"] == "2026-10-01"
    with pytest.raises(UserError, match=c.account_no):
        _issue(head, "disconnection", c)
    assert _count(db, c) == 0
    _issue(head, "reminder", c)
    row = _row(head, c)
    assert row is not None and row["action"] == "" and row["last_reminder_at"]
    assert row["penalty"] == "5.70"  # 300.00 × 1‰ × 19 days, accrued at issue
    at_local(clock, date(2026, 10, 31))  # 30 days overdue: not yet more than 30
    assert (_row(head, c) or {})["action"] == ""
    with pytest.raises(UserError):
        _issue(head, "disconnection", c)
    issued_at = at_local(clock, date(2026, 11, 1))
    assert (_row(head, c) or {})["action"] == "notice"
    notice = _issue(head, "disconnection", c)["notices"][0]
    assert _utc(notice["deadline"]) == issued_at + timedelta(days=7)
    row = _row(head, c)
    assert row is not None and row["action"] == "" and row["action_deadline"] == \
        notice["deadline"]
    clock.advance(timedelta(days=7) - timedelta(seconds=1))
    assert (_row(head, c) or {})["action"] == ""
    clock.advance(timedelta(seconds=1))
    assert (_row(head, c) or {})["action"] == "disconnect"
    _issue(head, "disconnect_order", c)
    assert (_row(head, c) or {})["action"] == ""
    paid_at = at_local(clock, date(2026, 11, 9), hour=15)
    pay(db, c, "400.00", paid_at)
    row = _row(head, c)
    assert row is not None and row["action"] == "reconnect"
    assert _utc(row["action_deadline"]) == paid_at + timedelta(hours=24)
    assert _row(head, c, action="reconnect") is not None
    assert _row(head, c, action="reminder") is None
    _issue(head, "reconnection", c)
    assert _row(head, c) is None
    assert _count(db, c) == 4


def test_other_customers_get_three_days_and_one_hour(head: ApiClient, db: Session,
                                                     clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 9, 20))
    c = new_customer(db, customer_class="commercial")
    bill_debt(db, c, "8000.00", date(2026, 9, 15), 202608, now)
    _issue(head, "reminder", c)
    issued_at = at_local(clock, date(2026, 10, 16))  # 31 days overdue
    notice = _issue(head, "disconnection", c)["notices"][0]
    assert _utc(notice["deadline"]) == issued_at + timedelta(days=3, hours=1)


def test_a_reminder_of_earlier_arrears_does_not_count(head: ApiClient, db: Session,
                                                      clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 8, 20))
    c = new_customer(db)
    bill_debt(db, c, "100.00", date(2026, 8, 1), 202607, now)
    _issue(head, "reminder", c)
    pay(db, c, "200.00", now)  # paid off (and some credit left)
    later = at_local(clock, date(2026, 11, 1))
    bill_debt(db, c, "500.00", date(2026, 9, 25), 202609, later)
    row = _row(head, c)
    assert row is not None and row["action"] == "reminder"


def test_a_batch_is_all_or_nothing(head: ApiClient, db: Session, clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 11, 20))
    due, paid = new_customer(db), new_customer(db)
    bill_debt(db, due, "100.00", date(2026, 11, 1), 202610, now)
    with pytest.raises(UserError) as refused:
        _issue(head, "reminder", due, paid)
    assert paid.account_no in refused.value.message
    assert _count(db, due) == 0
    result = _issue(head, "reminder", due)
    assert result["count"] == 1 and result["batch_no"].startswith("RM")
    audit = db.scalars(select(AuditLog).where(AuditLog.method == "payments.issue_notices")
                       .order_by(AuditLog.id.desc())).first()
    assert audit is not None and audit.entity_id == result["notice_ids"][0]


def test_filters_and_other_offices(head: ApiClient, api: Clients, db: Session,
                                   clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 11, 20))
    small = new_customer(db)
    big = new_customer(db, customer_class="commercial")
    other = new_customer(db, office_code="XH")
    bill_debt(db, small, "50.00", date(2026, 11, 10), 202610, now)
    bill_debt(db, big, "9000.00", date(2026, 9, 10), 202608, now)
    bill_debt(db, other, "700.00", date(2026, 9, 10), 202608, now)
    assert _row(head, small, min_days=30) is None
    assert _row(head, big, min_days=30) is not None
    assert _row(head, small, min_amount="1000.00") is None
    assert _row(head, big, customer_class="commercial") is not None
    assert _row(head, small, customer_class="commercial") is None
    assert _row(head, other) is None
    with pytest.raises(PermissionDenied):
        _issue(head, "reminder", other)


def test_the_notice_pdf_states_amount_and_deadline(head: ApiClient, db: Session,
                                                   clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 10, 1))
    c = new_customer(db)
    bill_debt(db, c, "300.00", date(2026, 9, 1), 202608, now)
    reminder = _issue(head, "reminder", c)
    at_local(clock, date(2026, 10, 5))
    notice = _issue(head, "disconnection", c)
    pdf = head.call(contract.OBJECT_PAYMENTS, "notice_pdf",
                    reminder["notice_ids"] + notice["notice_ids"])
    data = base64.b64decode(pdf["pdf_base64"])
    assert data.startswith(b"%PDF") and pdf["filename"].endswith(".pdf")
    assert len(re.findall(rb"/Type /Page[^s]", data)) == 2  # one page per notice
    assert b"/FontFile2" in data  # the CJK font is embedded


def test_penalty_detail_explains_each_debt(head: ApiClient, db: Session,
                                           clock: FixedClock) -> None:
    now = at_local(clock, date(2026, 11, 20))
    c = new_customer(db)
    bill_debt(db, c, "100.00", date(2026, 11, 15), 202610, now)
    detail = head.call(contract.OBJECT_PAYMENTS, "penalty_detail", c.id)
    [debit] = detail["debits"]
    assert (debit["due"], debit["overdue_days"]) == ("1.00", 5)
    assert "minimum" in debit["explanation"]
