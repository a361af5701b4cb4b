"""Two reviewers release the same bills at the same moment, and two approvers approve the same
correction: on real PostgreSQL transactions (not the rollback-per-test database), exactly one
effect each."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from appserver.core.clock import SystemClock
from appserver.core.config import ServerConfig
from appserver.core.db import Database
from appserver.core.runtime import Runtime
from dbschema.models import Bill, Customer, LedgerEntry, User
from tests.helpers.api import ApiClient, office_id, open_session
from tests.helpers.bills import make_bill, make_correction
from tests.helpers.concurrency import at_once

pytestmark = pytest.mark.pg
BILLING = "pmis.billing"


def _client(runtime: Runtime, db: Session, username: str) -> ApiClient:
    user = db.scalars(select(User).where(User.username == username)).one()
    token = open_session(db, user, SystemClock().now(), timedelta(hours=1))
    return ApiClient(runtime, token=token)


def _caller(client: ApiClient, method: str, *args: Any) -> Callable[[], Any]:
    return lambda: client.call(BILLING, method, *args, write=True,
                               request_id=str(uuid.uuid4()))


def test_simultaneous_releases_and_approvals_have_one_effect(
        fresh_pg_database: Callable[..., str]) -> None:
    url = fresh_pg_database(seeded=True)
    engine = create_engine(url, pool_size=6)
    runtime = Runtime(ServerConfig(database_url=url), Database(engine), SystemClock())
    now = SystemClock().now()
    with Session(engine) as db, db.begin():
        customers = db.scalars(select(Customer.id).where(
            Customer.office_id == office_id(db, "DH"),
            Customer.customer_class == "residential").order_by(Customer.id).limit(4)).all()
        bills = [make_bill(db, cid, 203010, now, units=Decimal(100)).id for cid in customers[:3]]
        released = make_bill(db, customers[3], 203010, now, status="released")
        released_id = released.id
        requester = db.scalars(select(User.id).where(User.username == "dh.reader")).one()
        correction = make_correction(db, released, "backbill", {"energy_kwh": "10"},
                                     requester, now).id
        reviewers = [_client(runtime, db, name) for name in ("dh.head", "dh.reader")]
        approvers = [_client(runtime, db, name) for name in ("dh.head", "admin")]
    results = at_once([_caller(c, "release_bills", bills) for c in reviewers])
    assert sorted(len(r["released"]) for r in results) == [0, 3], results
    decisions = at_once([_caller(c, "approve_correction", correction) for c in approvers])
    assert sum(isinstance(d, dict) for d in decisions) == 1, decisions
    with Session(engine) as db:
        charges = db.scalar(select(func.count()).select_from(LedgerEntry)
                            .where(LedgerEntry.bill_id.in_(bills)))
        assert charges == 3
        corrections = db.scalars(select(Bill.id).where(Bill.corrects_bill_id == released_id)
                                 ).all()
        assert len(corrections) == 1
        assert db.scalar(select(func.count()).select_from(LedgerEntry)
                         .where(LedgerEntry.bill_id == corrections[0])) == 1
    engine.dispose()
