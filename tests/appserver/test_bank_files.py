"""Bank withholding files through the API (PostgreSQL): the request file's format, checksum
and content; importing a result posts each paid line once (a second import posts nothing);
the reconciliation totals; bad result files refused whole with their line numbers."""

from __future__ import annotations

import base64
import hashlib
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract import api as contract
from appserver.contract.errors import UserError
from appserver.core.clock import FixedClock
from appserver.payments import bank_format as fmt
from dbschema.models import BankBatch, BankResult, Customer, Payment, WithholdingAgreement
from tests.appserver.collection_helpers import at_local, bill_debt, new_customer
from tests.helpers.api import ApiClient, Clients

pytestmark = pytest.mark.pg
D = Decimal


def _agree(db: Session, customer: Customer, bank: str = "102") -> None:
    db.add(WithholdingAgreement(customer_id=customer.id, bank_code=bank,
                                account_no=f"62220200{customer.id:011d}",
                                account_name=customer.name, active=True,
                                signed_on=date(2025, 1, 1)))
    db.flush()


@pytest.fixture
def head(api: Clients) -> ApiClient:
    return api.as_user("dh.head")


@pytest.fixture
def owing(db: Session, clock: FixedClock) -> dict[str, Customer]:
    """a owes 300, b owes 500.50 (not yet due), c owes nothing: all at bank 102; d at 103;
    x at 102 but in another office."""
    now = at_local(clock, date(2026, 11, 28))
    made = {k: new_customer(db, office_code="XH" if k == "x" else "DH") for k in "abcdx"}
    for key, amount in (("a", "300.00"), ("b", "500.50"), ("d", "80.00"), ("x", "70.00")):
        bill_debt(db, made[key], amount, date(2026, 12, 10), 202611, now)
    for key in "abcx":
        _agree(db, made[key])
    _agree(db, made["d"], "103")
    return made


def _export(head: ApiClient, bank: str = "102") -> tuple[dict[str, Any], bytes]:
    result: dict[str, Any] = head.call(contract.OBJECT_PAYMENTS, "bank_export", bank,
                                       write=True)
    return result, base64.b64decode(result["content_base64"])


def _details(data: bytes) -> dict[str, list[str]]:
    """customer account -> detail fields."""
    lines = data.decode("gb18030").split("\r\n")
    return {f[2]: f for f in (line.split("|") for line in lines) if f[0] == "D"}


def _answer(data: bytes, paid: set[str]) -> bytes:
    """Play the bank: the customers in ``paid`` were debited, every other line failed."""
    lines = data.decode("gb18030").split("\r\n")
    header = lines[0].split("|")
    results = [fmt.ResultLine(0, int(f[1]), f[2], D(f[5]), "S" if f[2] in paid else "F",
                              "" if f[2] in paid else "51",
                              "" if f[2] in paid else "余额不足 insufficient funds")
               for f in (line.split("|") for line in lines) if f[0] == "D"]
    return fmt.write_result(header[3], header[4], date(2026, 11, 29), results)


def _import(head: ApiClient, data: bytes) -> dict[str, Any]:
    result: dict[str, Any] = head.call(contract.OBJECT_PAYMENTS, "bank_import",
                                       base64.b64encode(data).decode("ascii"), write=True)
    return result


def test_the_request_file_format(head: ApiClient, owing: dict[str, Customer]) -> None:
    result, data = _export(head)
    assert data.endswith(b"\r\n") and result["filename"] == result["batch"]["batch_no"] + ".txt"
    lines = data.split(b"\r\n")[:-1]
    header, trailer = lines[0].decode().split("|"), lines[-1].decode().split("|")
    assert header[:5] == ["H", "PMIS-WH", "1", result["batch"]["batch_no"], "102"]
    assert header[5] == "20261128" and int(header[6]) == len(lines) - 2
    details = _details(data)
    a, b = owing["a"], owing["b"]
    assert details[a.account_no][3:] == [f"62220200{a.id:011d}", a.name, "300.00"]
    assert details[b.account_no][5] == "500.50"
    assert not {owing[k].account_no for k in "cdx"} & set(details)  # nothing owed/other
    total = sum(D(f[5]) for f in details.values())
    assert trailer[:3] == ["T", str(len(details)), f"{total:.2f}"] and header[7] == trailer[2]
    body = b"".join(line + b"\r\n" for line in lines[:-1])
    assert trailer[3] == hashlib.sha256(body).hexdigest()
    again = head.call(contract.OBJECT_PAYMENTS, "bank_file", result["batch"]["id"])
    assert base64.b64decode(again["content_base64"]) == data
    try:  # everyone is waiting for the bank's answer: not asked again
        _r, second = _export(head)
    except UserError as nothing:
        assert "no file was made" in nothing.message
    else:
        assert not {a.account_no, b.account_no} & set(_details(second))


def test_nothing_due_makes_no_empty_file(head: ApiClient, db: Session,
                                         clock: FixedClock) -> None:
    at_local(clock, date(2026, 11, 28))
    with pytest.raises(UserError, match="Unknown bank code 999"):
        _export(head, "999")
    before = db.scalar(select(func.count()).select_from(BankBatch))
    try:
        _export(head, "104")
    except UserError:
        assert db.scalar(select(func.count()).select_from(BankBatch)) == before


def test_a_result_file_posts_once_and_reconciles(head: ApiClient, db: Session,
                                                 owing: dict[str, Customer]) -> None:
    a, b = owing["a"], owing["b"]
    exported, data = _export(head)
    answer = _answer(data, {a.account_no})
    first = _import(head, answer)
    assert (first["posted_now_count"], first["posted_now_total"]) == (1, "300.00")
    summary = first["summary"]
    assert (summary["paid_count"], summary["paid_total"]) == (1, "300.00")
    assert summary["posted_total"] == "300.00" and summary["balanced"] is True
    assert summary["failed_count"] == exported["batch"]["line_count"] - 1
    assert summary["unanswered_count"] == 0
    failed = {f["account_no"]: f for f in first["failures"]}
    assert failed[b.account_no]["amount"] == "500.50"
    assert failed[b.account_no]["reason_code"] == "51"
    second = _import(head, answer)
    assert (second["new_lines"], second["posted_now_count"]) == (0, 0)
    assert second["repeated_lines"] == exported["batch"]["line_count"]
    payments = db.scalars(select(Payment).where(Payment.customer_id == a.id)).all()
    assert [(p.amount, p.channel, p.tender_type) for p in payments] == [
        (D("300.00"), "bank_withholding", "withholding")]
    assert payments[0].reference == f"{exported['batch']['batch_no']}/" \
        f"{_details(data)[a.account_no][1]}"
    _r, next_file = _export(head)  # b failed: asked again; a paid: owes nothing
    assert b.account_no in _details(next_file) and a.account_no not in _details(next_file)
    listed = head.call(contract.OBJECT_PAYMENTS, "bank_batches", {"limit": 5})
    row = next(r for r in listed["rows"] if r["id"] == exported["batch"]["id"])
    assert row["paid_total"] == "300.00" and row["balanced"] is True


def _mangle(answer: bytes, old: bytes, new: bytes) -> bytes:
    return answer.replace(old, new, 1)


def test_bad_result_files_are_refused_with_line_numbers(head: ApiClient, db: Session,
                                                        owing: dict[str, Customer]) -> None:
    a = owing["a"]
    _exported, data = _export(head)
    answer = _answer(data, {a.account_no})
    line_of_a = next(n for n, line in enumerate(answer.split(b"\r\n"), start=1)
                     if f"|{a.account_no}|".encode() in line)
    results_before = db.scalar(select(func.count()).select_from(BankResult))
    cases = [
        (_mangle(answer, f"|{a.account_no}|300.00|".encode(),
                 f"|{a.account_no}|300.0|".encode()), f"line {line_of_a}"),
        (_mangle(answer, f"|{a.account_no}|300.00|".encode(),
                 f"|{a.account_no}|301.00|".encode()), f"line {line_of_a}"),
        (_mangle(answer, f"|{a.account_no}|300.00|S|".encode(),
                 f"|{a.account_no}|300.00|X|".encode()), f"line {line_of_a}"),
        (answer[:-66] + b"0" * 64 + b"\r\n", "checksum"),
        (b"hello\r\n", "line 1"),
        (b"H|PMIS-WR|1|WH10220991231001|102|20261129|0\r\nT|0|0|0.00|0|0.00|x\r\n"
, "was never exported"),
    ]
    for bad, expected in cases:
        with pytest.raises(UserError) as refused:
            _import(head, bad)
        assert expected in refused.value.message, refused.value.message
    assert db.scalar(select(func.count()).select_from(BankResult)) == results_before
    assert db.scalar(select(func.count()).select_from(Payment)
                     .where(Payment.customer_id == a.id)) == 0


def test_agreements_show_masked_accounts(head: ApiClient, owing: dict[str, Customer]) -> None:
    banks = {b["code"]: b for b in head.call(contract.OBJECT_PAYMENTS, "banks")}
    assert banks["102"]["agreements"] >= 3 and banks["103"]["agreements"] >= 1
    rows = head.call(contract.OBJECT_PAYMENTS, "bank_agreements", "102", {"limit": 200})
    mine = [r for r in rows["rows"] if r["customer_id"] == owing["a"].id]
    assert mine and mine[0]["bank_account"].startswith("6222 **** ")
    assert str(owing["a"].id) not in mine[0]["bank_account"].replace("6222", "")[:-4]
