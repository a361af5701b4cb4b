"""The printed customer statement: figures that match the ledger, bills and payments, both
languages, the embedded CJK font, the period range checks and office scope."""

from __future__ import annotations

import base64
import shutil
import subprocess
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.api import OBJECT_SERVICE
from appserver.contract.errors import PermissionDenied, UserError
from appserver.core.pdf import yuan
from appserver.payments import ledger
from dbschema.models import Bill, Customer, LedgerEntry, Payment
from tests.helpers.api import ApiClient, Clients, office_id

pytestmark = [pytest.mark.pg,
              pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdffonts"),
                                 reason="poppler-utils not installed")]


def _statement(client: ApiClient, *args: Any) -> tuple[dict[str, Any], bytes]:
    result: dict[str, Any] = client.call(OBJECT_SERVICE, "statement_pdf", *args)
    data = base64.b64decode(result["pdf_base64"])
    assert data.startswith(b"%PDF-")
    return result, data


def _text(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                          check=True)
    return done.stdout.decode("utf-8")


def _customer_who_owes(db: Session, code: str) -> Customer:
    """A customer of the office with bills, payments and money still owed."""
    owed = (select(LedgerEntry.customer_id).group_by(LedgerEntry.customer_id)
            .having(func.sum(LedgerEntry.amount) > 0))
    paid = select(Payment.customer_id)
    return db.scalars(select(Customer).where(Customer.office_id == office_id(db, code),
                                             Customer.id.in_(owed), Customer.id.in_(paid))
                      .order_by(Customer.id).limit(1)).one()


def test_statement_figures_match_the_ledger(api: Clients, db: Session) -> None:
    customer = _customer_who_owes(db, "DH")
    result, data = _statement(api.as_user("dh.clerk1"), customer.id, None, None)
    text = _text(data)
    assert result["from_period"] == "2025-12" and result["to_period"] == "2026-11"
    balance = ledger.balance(db, customer.id)
    assert result["balance"] == str(balance) and Decimal(result["balance"]) > 0
    assert customer.account_no in text and yuan(balance) in text
    bills = db.scalars(select(Bill).where(Bill.customer_id == customer.id,
                                          Bill.status == "released",
                                          Bill.period.between(202512, 202611))).all()
    assert bills
    for bill in bills:
        assert yuan(bill.amount) in text, bill.period
    payments = db.scalars(select(Payment).where(Payment.customer_id == customer.id)).all()
    assert any(p.receipt_no in text for p in payments)
    billed = sum((b.amount for b in bills), Decimal("0.00"))
    assert yuan(billed) in text
    open_debt = ledger.open_balance([i for i in ledger.open_items(db, customer.id)
                                     if i.sign > 0])
    assert result["arrears"] == str(open_debt)
    assert "Customer statement" in text and "Open debts today" in text
    counter = api.as_user("dh.clerk1").call("pmis.payments", "account", customer.id)
    assert result["penalty_due"] == counter["penalty_today"]
    assert yuan(Decimal(result["penalty_due"])) in text


def test_chinese_statement_embeds_its_font(api: Clients, db: Session) -> None:
    customer = _customer_who_owes(db, "DH")
    _, data = _statement(api.as_user("dh.clerk1", locale="zh_CN"), customer.id, "2026-06",
                         "2026-11")
    text = _text(data)
    assert "客户对账单" in text and "近 12 个月用电量" in text and customer.name in text
    fonts = subprocess.run(["pdffonts", "-"], input=data, capture_output=True,
                           check=True).stdout.decode()
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(" yes " in line for line in rows), fonts  # every font embedded
    assert any("PMIS-CJK" in line or "WenQuanYi" in line for line in rows), fonts


def test_period_range_and_office_scope(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    customer = _customer_who_owes(db, "DH")
    for bad in (("2026-11", "2026-01"), ("2023-01", "2026-11"), ("2026-01", "2027-01"),
                ("2026-13", None)):
        with pytest.raises(UserError):
            clerk.call(OBJECT_SERVICE, "statement_pdf", customer.id, *bad)
    with pytest.raises(PermissionDenied):
        clerk.call(OBJECT_SERVICE, "statement_pdf", _customer_who_owes(db, "XH").id)
