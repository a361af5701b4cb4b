"""Demo history of the billing module: billing runs of the last three months through the real
billing-run code (released bills, a few held for review).

Every reading book whose plan is validated for 2026-08, 2026-09 and 2026-10 is billed as its
supervisor would have billed it, on the 3rd of the following month (so the earlier bills are
overdue by the demo's today and the collection screens have arrears to show). This month
(2026-11) is left unbilled: its readings are still being validated.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from appserver.billing import run_job
from appserver.core.clock import FixedClock
from appserver.core.config import ServerConfig
from appserver.core.dates import add_months
from appserver.core.db import Database
from appserver.core.runtime import Runtime
from dbschema.models import BillingRun, OrgUnit, ReadingBook, ReadingPlan, User

HISTORY_MONTHS = 3
READERS = {"DH": "dh.reader", "XH": "xh.reader"}  # who starts the runs of those offices


def bill_history(engine: Engine, today: date) -> None:
    """Idempotent: does nothing when the history is already there."""
    with Session(engine) as db:
        if db.scalar(select(func.count()).select_from(BillingRun)):
            return
    current = today.year * 100 + today.month
    for period in (add_months(current, -n) for n in range(HISTORY_MONTHS, 0, -1)):
        _bill_period(engine, period)


def _bill_period(engine: Engine, period: int) -> None:
    year, month = divmod(add_months(period, 1), 100)
    clock = FixedClock(datetime(year, month, 3, 1, 0, tzinfo=UTC))  # 09:00 in Shanghai
    rt = Runtime(ServerConfig(database_url=str(engine.url), name="demo"), Database(engine),
                 clock)
    with rt.db.unit_of_work() as db:
        runs = _create_runs(db, period, clock.now())
    for run_id in runs:
        run_job.execute(rt, run_id, lambda *_: None, workers=0)


def _create_runs(db: Session, period: int, now: datetime) -> list[int]:
    readers = dict(db.execute(select(OrgUnit.id, User.id)
                              .join(User, User.username.in_(READERS.values()))
                              .where(OrgUnit.code.in_(READERS.keys()),
                                     User.office_id == OrgUnit.id)).all())
    books = db.execute(select(ReadingBook.id, ReadingBook.office_id)
                       .join(ReadingPlan, ReadingPlan.book_id == ReadingBook.id)
                       .where(ReadingPlan.period == period, ReadingPlan.status == "validated")
                       .order_by(ReadingBook.id)).all()
    runs = [BillingRun(book_id=book_id, period=period, status="queued",
                       created_by=readers.get(office_id), created_at=now)
            for book_id, office_id in books]
    db.add_all(runs)
    db.flush()
    return [run.id for run in runs]
