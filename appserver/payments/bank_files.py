"""Bank withholding (银行代扣): the request file per bank, the bank's result file, and the
reconciliation of the two against what was posted.

Export: every customer of the caller's offices with an active agreement at that bank and a
positive balance (bills and penalties owed today), except customers still waiting for the
bank's answer in an earlier batch of that bank, so nobody is debited twice.

Import: the result file is checked completely first (format, counts, totals, checksum, each
line against the exported line); any problem refuses the whole file, naming the lines, and
nothing is written. Then each line that has no answer yet is recorded (UNIQUE per batch line)
and each paid one is posted through ``posting.post_payment`` with the request id
``bank:<batch>:<line>``; lines answered by an earlier import are counted as repeated and post
nothing, so importing the same file twice posts once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from appserver.core.sql import exact_yuan
from appserver.payments import bank_format as fmt
from appserver.payments.posting import PaymentInput, post_payment
from dbschema.models import (
    BankBatch,
    BankBatchLine,
    BankResult,
    BankResultLine,
    Customer,
    LedgerEntry,
    WithholdingAgreement,
)

ZERO = Decimal("0.00")
HALF_FEN = Decimal("0.005")  # SQLite sums NUMERIC as float: compare with a margin
BANKS: dict[str, str] = {"102": "中国工商银行 ICBC", "103": "中国农业银行 ABC",
                         "104": "中国银行 BOC", "105": "中国建设银行 CCB"}
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_PROBLEMS_SHOWN = 20


class NothingDue(Exception):
    """No customer of the bank owes anything: no (empty) batch is made."""


class FileRefused(Exception):
    def __init__(self, problems: list[tuple[int, str, dict[str, object]]]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


def mask(account_no: str) -> str:
    """6222 **** **** 1234: the UI never shows a whole bank account number."""
    return f"{account_no[:4]} **** {account_no[-4:]}" if len(account_no) > 8 else "****"


def _pending_customers(bank_code: str) -> Any:
    """Customers on an exported line of this bank that has no answer yet."""
    answered = select(BankResultLine.batch_line_id)
    return (select(BankBatchLine.customer_id)
            .join(BankBatch, BankBatch.id == BankBatchLine.batch_id)
            .where(BankBatch.bank_code == bank_code, BankBatchLine.id.not_in(answered)))


def due_lines(db: Session, bank_code: str, visible: frozenset[int]) -> list[fmt.RequestLine]:
    balance = func.sum(LedgerEntry.amount)
    owed = (select(LedgerEntry.customer_id, balance.label("owed"))
            .join(WithholdingAgreement, WithholdingAgreement.customer_id
                  == LedgerEntry.customer_id)
            .where(WithholdingAgreement.bank_code == bank_code,
                   WithholdingAgreement.active.is_(True))
            .group_by(LedgerEntry.customer_id).having(balance > HALF_FEN).subquery())
    rows = db.execute(
        select(Customer.account_no, WithholdingAgreement.account_no,
               WithholdingAgreement.account_name, owed.c.owed)
        .join(owed, owed.c.customer_id == Customer.id)
        .join(WithholdingAgreement, WithholdingAgreement.customer_id == Customer.id)
        .where(Customer.office_id.in_(sorted(visible)),
               Customer.id.not_in(_pending_customers(bank_code)))
        .order_by(Customer.account_no)).all()
    owing = [(r[0], r[1], r[2], exact_yuan(r[3])) for r in rows]
    return [fmt.RequestLine(n, acc, bank_acc, name, amount) for n, (acc, bank_acc, name, amount)
            in enumerate((x for x in owing if x[3] > 0), start=1)]


def next_batch_no(db: Session, bank_code: str, on: date) -> str:
    prefix = f"WH{bank_code}{on:%Y%m%d}"
    used = db.scalar(select(func.count()).select_from(BankBatch)
                     .where(BankBatch.batch_no.like(f"{prefix}%"))) or 0
    return f"{prefix}{used + 1:03d}"


def export(db: Session, bank_code: str, visible: frozenset[int], office_id: int,
           user_id: int, on: date, now: datetime) -> tuple[BankBatch, bytes]:
    lines = due_lines(db, bank_code, visible)
    if not lines:
        raise NothingDue(bank_code)
    batch_no = next_batch_no(db, bank_code, on)
    data = fmt.write_request(batch_no, bank_code, on, lines)
    batch = BankBatch(batch_no=batch_no, bank_code=bank_code, office_id=office_id,
                      business_date=on, created_at=now, created_by=user_id,
                      line_count=len(lines), total=sum((x.amount for x in lines), ZERO),
                      checksum=data.splitlines()[-1].decode("ascii").rsplit("|", 1)[1])
    db.add(batch)
    db.flush()
    ids = dict(db.execute(select(Customer.account_no, Customer.id).where(
        Customer.account_no.in_([x.customer_account for x in lines]))).all())
    db.execute(insert(BankBatchLine), [
        {"batch_id": batch.id, "line_no": x.line_no, "customer_id": ids[x.customer_account],
         "account_no": x.bank_account, "account_name": x.account_name, "amount": x.amount}
        for x in lines])
    return batch, data


def request_file(db: Session, batch: BankBatch) -> bytes:
    """The batch's file again, byte for byte (for a lost download)."""
    rows = db.execute(select(BankBatchLine, Customer.account_no)
                      .join(Customer, Customer.id == BankBatchLine.customer_id)
                      .where(BankBatchLine.batch_id == batch.id)
                      .order_by(BankBatchLine.line_no)).all()
    lines = [fmt.RequestLine(b.line_no, acc, b.account_no, b.account_name, b.amount)
             for b, acc in rows]
    return fmt.write_request(batch.batch_no, batch.bank_code, batch.business_date, lines)


@dataclass
class Imported:
    result_id: int
    new_lines: int
    repeated_lines: int
    posted_count: int
    posted_total: Decimal


def check(db: Session, batch: BankBatch, parsed: fmt.ResultFile) -> dict[int, Any]:
    """Every line against the batch; returns batch lines by line number, or FileRefused."""
    problems = list(parsed.problems)
    if parsed.bank_code and parsed.bank_code != batch.bank_code:
        problems.append((1, "bank_file_wrong_bank", {"bank": parsed.bank_code}))
    exported = {b.line_no: (b, acc) for b, acc in db.execute(
        select(BankBatchLine, Customer.account_no)
        .join(Customer, Customer.id == BankBatchLine.customer_id)
        .where(BankBatchLine.batch_id == batch.id))}
    seen: set[int] = set()
    for r in parsed.lines:
        found = exported.get(r.line_no)
        if found is None:
            problems.append((r.file_line, "bank_file_unknown_line", {"line_no": r.line_no}))
        elif r.line_no in seen:
            problems.append((r.file_line, "bank_file_duplicate_line", {"line_no": r.line_no}))
        elif found[1] != r.customer_account or found[0].amount != r.amount:
            problems.append((r.file_line, "bank_file_line_differs", {"line_no": r.line_no}))
        seen.add(r.line_no)
    if problems:
        raise FileRefused(sorted(problems, key=lambda p: p[0]))
    return {n: b for n, (b, _acc) in exported.items()}


def import_result(db: Session, batch: BankBatch, parsed: fmt.ResultFile, user_id: int,
                  now: datetime) -> Imported:
    lines = check(db, batch, parsed)
    answered = set(db.scalars(select(BankResultLine.batch_line_id).where(
        BankResultLine.batch_line_id.in_([b.id for b in lines.values()]))))
    result = BankResult(batch_id=batch.id, imported_at=now, imported_by=user_id,
                        checksum=parsed.checksum, new_lines=0, repeated_lines=0)
    db.add(result)
    db.flush()
    done = Imported(result.id, 0, 0, 0, ZERO)
    for r in parsed.lines:
        line = lines[r.line_no]
        if line.id in answered:
            done.repeated_lines += 1
            continue
        payment_id = None
        if r.status == fmt.PAID:
            payment_id = _post(db, batch, line, now)
            done.posted_count += 1
            done.posted_total += line.amount
        db.add(BankResultLine(result_id=result.id, batch_line_id=line.id,
                              outcome="paid" if r.status == fmt.PAID else "failed",
                              reason_code=r.reason_code, reason=r.reason,
                              payment_id=payment_id))
        done.new_lines += 1
    result.new_lines, result.repeated_lines = done.new_lines, done.repeated_lines
    db.flush()
    return done


def _post(db: Session, batch: BankBatch, line: BankBatchLine, now: datetime) -> int:
    office_id = db.scalar(select(Customer.office_id).where(Customer.id == line.customer_id))
    assert office_id is not None
    payment = post_payment(db, PaymentInput(
        customer_id=line.customer_id, amount=line.amount, tender_type="withholding",
        channel="bank_withholding", clerk_id=None, office_id=office_id,
        request_id=f"bank:{batch.batch_no}:{line.line_no}",
        reference=f"{batch.batch_no}/{line.line_no}"), now)
    return payment.id


def agreement_counts(db: Session, visible: frozenset[int]) -> dict[str, int]:
    return dict(db.execute(
        select(WithholdingAgreement.bank_code, func.count())
        .join(Customer, Customer.id == WithholdingAgreement.customer_id)
        .where(WithholdingAgreement.active.is_(True), Customer.office_id.in_(sorted(visible)))
        .group_by(WithholdingAgreement.bank_code)).all())


def agreements(db: Session, bank_code: str, visible: frozenset[int], offset: int,
               limit: int) -> tuple[list[dict[str, Any]], int]:
    """Agreements of a bank in the offices, account numbers masked."""
    where = (WithholdingAgreement.bank_code == bank_code,
             Customer.office_id.in_(sorted(visible)))
    total = db.scalar(select(func.count()).select_from(WithholdingAgreement)
                      .join(Customer, Customer.id == WithholdingAgreement.customer_id)
                      .where(*where)) or 0
    rows = db.execute(select(WithholdingAgreement, Customer.account_no, Customer.name)
                      .join(Customer, Customer.id == WithholdingAgreement.customer_id)
                      .where(*where).order_by(Customer.account_no)
                      .offset(offset).limit(limit)).all()
    return [{"customer_id": a.customer_id, "account_no": acc, "name": name,
             "bank_account": mask(a.account_no), "account_name": a.account_name,
             "active": a.active, "signed_on": a.signed_on.isoformat()}
            for a, acc, name in rows], total


def batches(db: Session, visible: frozenset[int], offset: int,
            limit: int) -> tuple[list[BankBatch], int]:
    where = BankBatch.office_id.in_(sorted(visible))
    total = db.scalar(select(func.count()).select_from(BankBatch).where(where)) or 0
    rows = db.scalars(select(BankBatch).where(where).order_by(BankBatch.id.desc())
                      .offset(offset).limit(limit)).all()
    return list(rows), total
