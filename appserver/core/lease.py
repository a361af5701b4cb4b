"""The batch lease: one row per job family decides which app server runs batch work.

The holder renews it every third of its lifetime; when the holder dies, the lease expires and
the standby (or any server) takes it with one conditional UPDATE.
"""

from __future__ import annotations

import logging
import threading
import time
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
    """Background thread that keeps trying to hold the lease.

    ``held`` is judged by this process's own monotonic clock: true only until two thirds of
    a lease after the start of the last successful renewal. A renewal stuck on a busy
    database therefore stops us claiming the lease well before another server may take it.
    """

    def __init__(self, rt: Runtime) -> None:
        super().__init__(name="lease-keeper", daemon=True)
        self.rt = rt
        self._held_until = 0.0
        self._was_held = False
        self.stop_event = threading.Event()

    @property
    def held(self) -> bool:
        return time.monotonic() < self._held_until

    def run(self) -> None:
        lease = self.rt.config.lease_seconds
        interval = max(lease / 3, 0.5)
        while not self.stop_event.is_set():
            started = time.monotonic()
            try:
                acquired = try_acquire(self.rt)
            except Exception as exc:  # database down: we cannot claim to hold it
                log.warning("lease renewal failed: %s", exc)
                acquired = False
            self._held_until = started + lease * 2 / 3 if acquired else 0.0
            if acquired != self._was_held:
                log.info("batch lease %s", "acquired" if acquired else "lost")
            self._was_held = acquired
            self.stop_event.wait(interval)
