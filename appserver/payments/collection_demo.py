"""Demo history of the collection work, after ``payments.demo.pay_history``:

- withholding agreements for the customers who paid by bank withholding (or, without that
  history, every sixth customer), spread over the four demo banks;
- the penalties of every customer in arrears accrued up to today by the real accrual code,
  recorded as today's done "penalty_accrual" job;
- reminders, disconnection notices and disconnection orders as an office would have issued
  them, so the arrears list shows every step: some customers due for a reminder, some
  reminded and waiting, some due for a notice, some with a notice running, some whose notice
  ran out (disconnection order due) and some ordered disconnected.

Idempotent (nothing happens when agreements exist) and deterministic for a given database.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from appserver.core.dates import OFFICE_ZONE
from appserver.payments import arrears, notices, penalties, penalty_job
from appserver.payments.bank_files import BANKS
from dbschema.models import (
    ArrearsNotice,
    Customer,
    Job,
    OrgUnit,
    Payment,
    Role,
    User,
    UserRole,
    WithholdingAgreement,
)

BANK_PREFIX = {"102": "622202", "103": "622848", "104": "621661", "105": "621700"}


def seed_collection_demo(engine: Engine, today: date) -> None:
    with Session(engine) as db, db.begin():
        if db.scalar(select(WithholdingAgreement.id).limit(1)) is not None:
            return
        _agreements(db, today)
    now = datetime.combine(today, time(1, 0), OFFICE_ZONE)
    with Session(engine) as db, db.begin():
        ids = penalty_job.customers_in_arrears(db, today)
    stats = penalties.AccrualStats()
    for start in range(0, len(ids), penalty_job.CHUNK):
        with Session(engine) as db, db.begin():
            stats.add(penalty_job.accrue_chunk(db, ids[start:start + penalty_job.CHUNK],
                                               today, now))
    with Session(engine) as db, db.begin():
        _record_accrual(db, today, now, len(ids), stats)
    with Session(engine) as db, db.begin():
        _notices(db, today)


def _record_accrual(db: Session, today: date, now: datetime, customers: int,
                    stats: penalties.AccrualStats) -> None:
    """Today's accrual was done above by the job's own code: record it as that day's job, so
    the lease holder does not queue it again for the demo's date."""
    db.add(Job(kind=penalty_job.KIND, dedupe_key=today.isoformat(),
               params=json.dumps({"on": today.isoformat()}), status="done",
               created_at=now, started_at=now, finished_at=now, heartbeat_at=now,
               runner="demo", attempts=1, progress_done=customers, progress_total=customers,
               message="", result=json.dumps(penalty_job.stats_dict(today, stats))))


def _agreements(db: Session, today: date) -> None:
    payers = set(db.scalars(select(Payment.customer_id)
                            .where(Payment.channel == "bank_withholding").distinct()))
    customers = db.execute(select(Customer.id, Customer.name).order_by(Customer.id)).all()
    if not payers:
        payers = {cid for cid, _name in customers if cid % 6 == 0}
    # Some customers who owe (a bill not yet due, or arrears after failed debits) signed up
    # too, so the first withholding file of the demo has lines to send.
    owing = penalty_job.customers_owing_not_overdue(db, today) + \
        penalty_job.customers_in_arrears(db, today)
    payers |= {cid for cid in owing if cid % 2 == 0}
    banks = sorted(BANKS)
    rows = [{"customer_id": cid, "bank_code": banks[cid % len(banks)],
             "account_no": f"{BANK_PREFIX[banks[cid % len(banks)]]}{cid:013d}",
             "account_name": name, "active": cid % 50 != 0,
             "signed_on": today - timedelta(days=400 + cid % 700)}
            for cid, name in customers if cid in payers]
    if rows:
        db.execute(insert(WithholdingAgreement), rows)


def _issuers(db: Session) -> dict[int, int]:
    """office id -> an office head of it (the admin where there is none)."""
    heads = dict(db.execute(select(User.office_id, User.id)
                            .join(UserRole, UserRole.user_id == User.id)
                            .join(Role, Role.id == UserRole.role_id)
                            .where(Role.name == "office_head").order_by(User.id.desc())).all())
    admin = db.scalar(select(User.id).where(User.username == "admin")) or \
        db.scalar(select(User.id).order_by(User.id).limit(1))
    assert admin is not None
    offices = db.scalars(select(OrgUnit.id)).all()
    return {o: heads.get(o, admin) for o in offices}


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), OFFICE_ZONE)


def _notices(db: Session, today: date) -> None:
    """The steps each customer in arrears has gone through, by a deterministic pattern."""
    offices = db.scalars(select(OrgUnit.id)).all()
    rows = arrears.in_arrears(db, offices, today, arrears.Filters())
    issuers = _issuers(db)
    t = arrears.thresholds(db, today)
    made: list[dict[str, object]] = []
    counters: dict[str, int] = {}

    def issue(kind: str, row: arrears.Arrears, day: date, hour: int) -> datetime:
        at = _at(day, hour)
        prefix = f"{notices.PREFIX[kind]}{row.office_id:03d}{day:%Y%m%d}"
        counters[prefix] = counters.get(prefix, 0) + 1
        deadline = at + notices.notice_period(db, row.customer_class, day) \
            if kind == "disconnection" else None
        made.append({"notice_no": f"{prefix}{counters[prefix]:05d}", "batch_no": prefix,
                     "kind": kind, "customer_id": row.customer_id, "office_id": row.office_id,
                     "amount": row.total, "penalty": row.penalty,
                     "oldest_due_on": row.oldest_due_on, "issued_on": day, "issued_at": at,
                     "deadline": deadline, "issued_by": issuers[row.office_id]})
        return deadline or at

    for i, row in enumerate(sorted(rows, key=lambda r: r.customer_id)):
        assert row.oldest_due_on is not None
        reminded = row.oldest_due_on + timedelta(days=3 + i % 4)
        if i % 5 == 0 or reminded >= today:
            continue  # reminder still due
        issue("reminder", row, reminded, 9)
        if row.days_overdue <= t.disconnect_after_days or i % 3 == 0:
            continue  # waiting, or a notice is due
        noticed = max(row.oldest_due_on + timedelta(days=t.disconnect_after_days + 1 + i % 9),
                      reminded + timedelta(days=1))
        if noticed >= today:
            continue
        deadline = issue("disconnection", row, noticed, 10)
        ordered = deadline.astimezone(OFFICE_ZONE).date() + timedelta(days=1)
        if i % 2 == 0 and ordered < today:
            issue("disconnect_order", row, ordered, 9)
    if made:
        db.execute(insert(ArrearsNotice), made)
