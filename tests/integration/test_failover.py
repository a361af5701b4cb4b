"""THE failover test: 8 client threads make 500 idempotent contact edits while the primary is
killed with SIGKILL midway. Every acknowledged edit must be applied exactly once.

It runs twice: with the small caller of tests/helpers/failover.py (which resends with an
explicit request id) and with the client's own Gateway."""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract import api as contract
from appserver.core import audit
from client.core.gateway import Gateway
from dbschema.models import AuditLog, Customer, IdempotencyRecord, OrgUnit
from tests.helpers.daemons import ServerProcess
from tests.helpers.failover import FailoverCaller

pytestmark = [pytest.mark.integration, pytest.mark.pg, pytest.mark.slow]

THREADS = 8
TOTAL_EDITS = 500
KILL_AFTER = 200
CUSTOMERS_PER_THREAD = 4
# (clerk, office code): each thread edits customers of its clerk's office only.
CLERKS = [("dh.clerk1", "DH"), ("dh.clerk2", "DH"), ("xh.clerk1", "XH"), ("qs.clerk1", "QS"),
          ("xc.clerk1", "XC"), ("wt.clerk1", "WT"), ("dh.clerk1", "DH"), ("xh.clerk1", "XH")]


@dataclass
class Worker:
    index: int
    username: str
    customers: list[int]
    edits: int
    versions: dict[int, int] = field(default_factory=dict)
    acked: Counter[int] = field(default_factory=Counter)
    error: BaseException | None = None


def _assign_customers(db: Session, total: int) -> list[Worker]:
    taken: dict[str, int] = Counter()
    workers = []
    for i, (username, code) in enumerate(CLERKS):
        office = db.scalars(select(OrgUnit.id).where(OrgUnit.code == code)).one()
        rows = db.execute(select(Customer.id, Customer.version)
                          .where(Customer.office_id == office).order_by(Customer.id)
                          .offset(taken[code]).limit(CUSTOMERS_PER_THREAD)).all()
        taken[code] += CUSTOMERS_PER_THREAD
        edits = total // THREADS + (1 if i < total % THREADS else 0)
        workers.append(Worker(i, username, [r.id for r in rows], edits,
                              versions={r.id: r.version for r in rows}))
    return workers


class Callers:
    """Makes one caller per client thread and counts their failovers."""

    def __init__(self, kind: str, servers: list[ServerProcess]) -> None:
        self.kind = kind
        self.addresses = [s.address for s in servers]
        self.failovers = 0
        self._lock = threading.Lock()

    def make(self) -> Any:
        if self.kind == "helper":
            return FailoverCaller(self.addresses, timeout_s=10.0, rounds=5)
        return Gateway([f"{h}:{p}" for h, p in self.addresses], "en", timeout_s=10.0,
                       on_status=self._status)

    def _status(self, status: dict[str, Any]) -> None:
        if status["failover"]:
            with self._lock:
                self.failovers += 1

    def done(self, caller: Any) -> None:
        if isinstance(caller, FailoverCaller):
            with self._lock:
                self.failovers += caller.failovers
        caller.close()


def _work(w: Worker, callers: Callers, progress: Counter[str], lock: threading.Lock,
          killed: threading.Event, kill_after: int) -> None:
    caller = callers.make()
    try:
        caller.login(w.username, "demo1234")
        for k in range(w.edits):
            cid = w.customers[k % len(w.customers)]
            # One request id per edit, kept by the caller across its failover attempts.
            result = caller.call(contract.OBJECT_CUSTOMERS, "update_contact", cid,
                                 w.versions[cid], {"contact_person": f"T{w.index}-{k}"},
                                 write=True)
            assert result["id"] == cid
            w.versions[cid] = result["version"]  # the version after our own edit
            w.acked[cid] += 1
            with lock:
                progress["acked"] += 1
                if progress["acked"] >= kill_after and not killed.is_set():
                    killed.set()
    except BaseException as exc:  # reported by the main thread
        w.error = exc
    finally:
        callers.done(caller)


@pytest.mark.parametrize("kind", ["helper", "gateway"])
def test_no_edit_lost_or_applied_twice_across_a_kill(
        servers: tuple[ServerProcess, ServerProcess], it_session: Session, kind: str) -> None:
    run_failover(servers, it_session, kind, TOTAL_EDITS, KILL_AFTER)


def run_failover(servers: tuple[ServerProcess, ServerProcess], session: Session, kind: str,
                 total: int, kill_after: int) -> None:
    """Edit under load, SIGKILL the primary midway, then check every edit landed once."""
    primary, standby = servers
    callers = Callers(kind, [primary, standby])
    workers = _assign_customers(session, total)
    start = {cid: v for w in workers for cid, v in w.versions.items()}
    progress: Counter[str] = Counter()
    lock, killed = threading.Lock(), threading.Event()
    threads = [threading.Thread(target=_work,
                                args=(w, callers, progress, lock, killed, kill_after))
               for w in workers]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 120
    while not killed.wait(0.2) and any(t.is_alive() for t in threads):
        assert time.monotonic() < deadline, "the clients did not get going"
    assert killed.is_set(), [(w.username, repr(w.error)) for w in workers if w.error]
    primary.kill()
    for t in threads:
        t.join(timeout=180)
    errors = [(w.username, repr(w.error)) for w in workers if w.error]
    assert not errors, f"{errors}\nstandby log:\n{standby.log_tail()}"
    assert primary.killed and progress["acked"] == total
    assert callers.failovers >= 1, "no client ever failed over"

    session.expire_all()
    final = dict(session.execute(select(Customer.id, Customer.version)
                                 .where(Customer.id.in_(start))).all())
    for w in workers:
        for cid in w.customers:
            assert final[cid] == start[cid] + w.acked[cid], f"customer {cid}"
    assert session.scalar(select(func.count()).select_from(IdempotencyRecord)) == total
    audited = session.scalar(select(func.count()).select_from(AuditLog)
                             .where(AuditLog.method == "customers.update_contact",
                                    AuditLog.outcome == "ok"))
    assert audited == total
    report = audit.verify(session)
    assert report.ok, report
    print(f"\nfailover ({kind}, {session.get_bind().dialect.name}): {progress['acked']} edits "
          f"acknowledged, {callers.failovers} client failovers, chain of "
          f"{report.rows_checked} audit rows intact")
