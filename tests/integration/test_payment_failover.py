"""16 client threads post 1,000 counter payments through the client's real Gateway while the
primary app server is killed with SIGKILL: none lost, none doubled, and the ledger holds
exactly the acknowledged money; receipt numbers stay gap-free per office and day."""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.core import audit
from client.core.gateway import Gateway
from dbschema.models import Customer, IdempotencyRecord, LedgerEntry, OrgUnit, Payment
from tests.helpers.daemons import ServerProcess

pytestmark = [pytest.mark.integration, pytest.mark.pg, pytest.mark.slow]

THREADS = 16
TOTAL = 1000
KILL_AFTER = 300
CUSTOMERS_PER_THREAD = 3
CLERKS = [("dh.clerk1", "DH"), ("dh.clerk2", "DH"), ("xh.clerk1", "XH"), ("qs.clerk1", "QS"),
          ("xc.clerk1", "XC"), ("wt.clerk1", "WT")]


@dataclass
class Worker:
    index: int
    username: str
    customers: list[int]
    payments: int
    acked: dict[str, Decimal] = field(default_factory=dict)  # receipt no -> amount
    error: BaseException | None = None


def _workers(session: Session) -> list[Worker]:
    taken: Counter[str] = Counter()
    workers = []
    for i in range(THREADS):
        username, code = CLERKS[i % len(CLERKS)]
        office = session.scalars(select(OrgUnit.id).where(OrgUnit.code == code)).one()
        ids = session.scalars(select(Customer.id).where(Customer.office_id == office)
                              .order_by(Customer.id).offset(taken[code])
                              .limit(CUSTOMERS_PER_THREAD)).all()
        taken[code] += CUSTOMERS_PER_THREAD
        share = TOTAL // THREADS + (1 if i < TOTAL % THREADS else 0)
        workers.append(Worker(i, username, list(ids), share))
    return workers


def _amount(worker: int, k: int) -> Decimal:
    return Decimal(f"{5 + (worker * 31 + k) % 200}.{(worker * 7 + k * 13) % 100:02d}")


def _gateway(w: Worker, servers: list[str], failovers: Counter[str],
             lock: threading.Lock) -> Gateway:
    """Logged in one after the other: logins hash passwords two at a time on purpose, and
    sixteen at once on a loaded machine wait longer than the server's hashing queue allows."""
    def status(s: dict[str, object]) -> None:
        if s.get("failover"):
            with lock:
                failovers["n"] += 1

    gateway = Gateway(servers, "en", timeout_s=15.0, on_status=status)
    gateway.login(w.username, "demo1234")
    return gateway


def _work(w: Worker, gateway: Gateway, progress: Counter[str], lock: threading.Lock) -> None:
    try:
        for k in range(w.payments):
            amount = _amount(w.index, k)
            result = gateway.call("pmis.payments", "post_payment",
                                  {"customer_id": w.customers[k % len(w.customers)],
                                   "amount": str(amount), "tender_type": "cash"}, write=True)
            assert Decimal(result["amount"]) == amount
            assert result["receipt_no"] not in w.acked
            w.acked[result["receipt_no"]] = amount
            with lock:
                progress["acked"] += 1
    except BaseException as exc:  # reported by the main thread
        w.error = exc
    finally:
        gateway.close()


def test_no_payment_lost_or_doubled_across_a_kill(
        servers: tuple[ServerProcess, ServerProcess], it_session: Session) -> None:
    primary, standby = servers
    addresses = [f"{h}:{p}" for h, p in (primary.address, standby.address)]
    workers = _workers(it_session)
    first_id = (it_session.scalar(select(func.max(Payment.id))) or 0) + 1
    failovers: Counter[str] = Counter()
    progress: Counter[str] = Counter()
    lock = threading.Lock()
    gateways = [_gateway(w, addresses, failovers, lock) for w in workers]
    threads = [threading.Thread(target=_work, args=(w, g, progress, lock))
               for w, g in zip(workers, gateways, strict=True)]
    started = time.monotonic()
    for t in threads:
        t.start()
    while progress["acked"] < KILL_AFTER and any(t.is_alive() for t in threads):
        assert time.monotonic() - started < 60, "the clerks did not get going"
        time.sleep(0.05)
    primary.kill()
    for t in threads:
        t.join(120)
    errors = [(w.username, repr(w.error)) for w in workers if w.error]
    assert not errors, f"{errors}\nstandby log:\n{standby.log_tail()}"
    assert primary.killed and progress["acked"] == TOTAL
    assert failovers["n"] >= 1, "no client ever failed over"

    acked = {no: amount for w in workers for no, amount in w.acked.items()}
    assert len(acked) == TOTAL  # receipt numbers are unique across every client
    it_session.expire_all()
    rows = it_session.execute(select(Payment.receipt_no, Payment.amount, Payment.office_id,
                                     Payment.business_date)
                              .where(Payment.id >= first_id)).all()
    assert len(rows) == TOTAL, "a payment was lost or doubled"
    assert {r.receipt_no: r.amount for r in rows} == acked
    ledger_total = it_session.scalar(select(func.sum(LedgerEntry.amount))
                                     .join(Payment, Payment.id == LedgerEntry.payment_id)
                                     .where(Payment.id >= first_id,
                                            LedgerEntry.entry_type == "payment"))
    assert ledger_total is not None and -ledger_total == sum(acked.values())
    numbers: dict[tuple[int, object], list[int]] = defaultdict(list)
    for r in rows:
        numbers[(r.office_id, r.business_date)].append(int(r.receipt_no[-5:]))
    for key, seq in numbers.items():  # no gaps: a rolled-back payment gave its number back
        assert sorted(seq) == list(range(1, len(seq) + 1)), key
    records = it_session.scalar(select(func.count()).select_from(IdempotencyRecord)
                                .where(IdempotencyRecord.method == "payments.post_payment"))
    assert records == TOTAL
    report = audit.verify(it_session)
    assert report.ok, report
    print(f"\npayment failover: {TOTAL} payments acknowledged by {THREADS} threads, "
          f"{failovers['n']} client failovers, ledger = acknowledged = "
          f"{sum(acked.values())} yuan, {time.monotonic() - started:.1f} s")
