"""The batch lease: one row per job family decides which app server runs batch work.

The holder renews it every third of its lifetime; when the holder dies, the lease expires and
the standby (or any server) takes it with one conditional UPDATE.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

from sqlalchemy import insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from appserver.core.runtime import Runtime
from dbschema.models import ServerLease

log = logging.getLogger("pmis.lease")
BATCH_LEASE = "batch"


def try_acquire(rt: Runtime, name: str = BATCH_LEASE) -> bool:
    """Take or renew the lease; True if this server holds it afterwards."""
    me, now = rt.config.name, rt.clock.now()
    expires = now + timedelta(seconds=rt.config.lease_seconds)
    try:
        with rt.db.unit_of_work() as db:
            res = db.execute(update(ServerLease)
                             .where(ServerLease.name == name,
                                    or_(ServerLease.holder == me, ServerLease.expires_at < now))
                             .values(holder=me, expires_at=expires))
            if res.rowcount == 1:  # type: ignore[attr-defined]
                return True
            if db.get(ServerLease, name) is None:
                db.execute(insert(ServerLease).values(name=name, holder=me, acquired_at=now,
                                                      expires_at=expires))
                return True
            return False
    except IntegrityError:  # another server inserted it first
        return False


def holder(db: Session, now: datetime, name: str = BATCH_LEASE) -> tuple[str | None, bool]:
    """(holder, still valid) of the lease, as the database sees it."""
    row = db.scalars(select(ServerLease).where(ServerLease.name == name)).one_or_none()
    if row is None:
        return None, False
    return row.holder, row.expires_at > now


class LeaseKeeper(threading.Thread):
    """Background thread that keeps trying to hold the lease."""

    def __init__(self, rt: Runtime) -> None:
        super().__init__(name="lease-keeper", daemon=True)
        self.rt = rt
        self.held = False
        self.stop_event = threading.Event()

    def run(self) -> None:
        interval = max(self.rt.config.lease_seconds / 3, 0.5)
        while not self.stop_event.is_set():
            try:
                held = try_acquire(self.rt)
            except Exception as exc:  # database down: we cannot claim to hold it
                log.warning("lease renewal failed: %s", exc)
                held = False
            if held != self.held:
                log.info("batch lease %s", "acquired" if held else "lost")
            self.held = held
            self.stop_event.wait(interval)
