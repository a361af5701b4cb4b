"""Two clerks pay the same bill at the same moment, each through a different app server:
exactly one effect on the bill, whatever the timing.

The counter's rule: a payment carries the balance the clerk's screen showed; the second
payment finds the account changed and is refused (Conflict), nothing written. Without that
check (bank channels) the second payment is taken but can only become prepaid credit: the
bill is still settled once. Each case runs several rounds, released by a barrier."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from appserver.contract.errors import Conflict
from dbschema.models import Allocation, Payment
from tests.appserver.counter_support import add_bill, new_customer
from tests.helpers.daemons import ServerProcess
from tests.helpers.failover import FailoverCaller

pytestmark = [pytest.mark.integration, pytest.mark.pg]
ROUNDS = 6
PAY = "pmis.payments"


def _bills(session: Session, rounds: int) -> list[tuple[int, int]]:
    """(customer, bill entry) per round: a 123.45 bill not yet due (no penalty)."""
    now = datetime.now(UTC)
    made = []
    for _ in range(rounds):
        c = new_customer(session, "DH", now)
        made.append((c.id, add_bill(session, c, "123.45", date(2027, 6, 30), now).id))
    session.commit()
    return made


Clerk = tuple[tuple[str, int], str]  # (server address, session token)


def _race(clerks: list[Clerk], customer: int, with_balance: bool) -> list[Any]:
    """Each clerk (own thread, own proxy: proxies belong to a thread) looks at the account,
    then both post at the same moment."""
    barrier = threading.Barrier(len(clerks))
    outcomes: list[Any] = [None] * len(clerks)

    def pay(i: int) -> None:
        address, token = clerks[i]
        caller = FailoverCaller([address], timeout_s=15.0)
        caller.token = token
        try:
            seen = caller.call(PAY, "account", customer)["balance"]
            body = {"customer_id": customer, "amount": "123.45", "tender_type": "cash"}
            if with_balance:
                body["balance_seen"] = seen
            barrier.wait(15)
            outcomes[i] = caller.call(PAY, "post_payment", body, write=True)
        except Exception as exc:  # the refusal is an outcome
            outcomes[i] = exc
        finally:
            caller.close()

    threads = [threading.Thread(target=pay, args=(i,)) for i in range(len(clerks))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return outcomes


def _clerks(servers: tuple[ServerProcess, ServerProcess]) -> list[Clerk]:
    """dh.clerk1 talks only to the primary, dh.clerk2 only to the standby."""
    clerks = []
    for server, user in zip(servers, ("dh.clerk1", "dh.clerk2"), strict=True):
        caller = FailoverCaller([server.address], timeout_s=15.0)
        caller.login(user, "demo1234")
        assert caller.token is not None
        clerks.append((server.address, caller.token))
        caller.close()
    return clerks


def _settled(session: Session, entry: int) -> Decimal:
    session.expire_all()
    return Decimal(session.scalar(select(func.coalesce(func.sum(Allocation.amount), 0))
                                  .where(Allocation.debit_entry_id == entry)) or 0)


def _balance(session: Session, customer: int) -> Decimal:
    return Decimal(session.execute(text("SELECT coalesce(sum(amount), 0) FROM ledger_entry "
                                        "WHERE customer_id = :c"), {"c": customer}).scalar_one())


def test_two_clerks_one_bill_through_both_servers(
        servers: tuple[ServerProcess, ServerProcess], it_session: Session) -> None:
    clerks = _clerks(servers)
    for customer, entry in _bills(it_session, ROUNDS):
        outcomes = _race(clerks, customer, with_balance=True)
        taken = [o for o in outcomes if isinstance(o, dict)]
        refused = [o for o in outcomes if isinstance(o, Conflict)]
        assert len(taken) == 1 and len(refused) == 1, outcomes
        assert _settled(it_session, entry) == Decimal("123.45")
        assert _balance(it_session, customer) == 0
        assert it_session.scalar(select(func.count()).select_from(Payment)
                                 .where(Payment.customer_id == customer)) == 1


def test_without_the_balance_check_the_second_payment_is_only_prepaid(
        servers: tuple[ServerProcess, ServerProcess], it_session: Session) -> None:
    clerks = _clerks(servers)
    for customer, entry in _bills(it_session, ROUNDS):
        outcomes = _race(clerks, customer, with_balance=False)
        assert all(isinstance(o, dict) for o in outcomes), outcomes
        assert _settled(it_session, entry) == Decimal("123.45")  # settled once
        assert _balance(it_session, customer) == Decimal("-123.45")  # the rest prepaid
        assert sorted(o["prepaid"] for o in outcomes) == ["0.00", "123.45"]
