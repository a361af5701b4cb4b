"""The batch lease on PostgreSQL: one holder at a time, renewal, takeover after expiry."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from appserver.core import lease
from appserver.core.clock import FixedClock
from appserver.core.runtime import Runtime

pytestmark = pytest.mark.pg


def _server(rt: Runtime, name: str) -> Runtime:
    return Runtime(replace(rt.config, name=name, lease_seconds=15), rt.db, rt.clock)


def test_one_holder_renewal_and_takeover(pg_runtime: Runtime, db: Session,
                                         clock: FixedClock) -> None:
    a, b = _server(pg_runtime, "app-a"), _server(pg_runtime, "app-b")
    assert lease.try_acquire(a)
    assert not lease.try_acquire(b)
    assert lease.holder(db, clock.now()) == ("app-a", True)
    clock.advance(timedelta(seconds=10))
    assert lease.try_acquire(a)  # renewal moves the expiry on
    clock.advance(timedelta(seconds=10))
    assert not lease.try_acquire(b)
    db.expire_all()
    assert lease.holder(db, clock.now()) == ("app-a", True)
    clock.advance(timedelta(seconds=6))  # a fell silent 16 s ago: its lease has expired
    db.expire_all()
    assert lease.holder(db, clock.now()) == ("app-a", False)
    assert lease.try_acquire(b)
    assert not lease.try_acquire(a)
    db.expire_all()
    assert lease.holder(db, clock.now()) == ("app-b", True)


def test_no_lease_row_means_no_holder(db: Session, clock: FixedClock) -> None:
    assert lease.holder(db, clock.now(), name="nightly") == (None, False)
