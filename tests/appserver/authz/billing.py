"""Authorization-matrix arguments for the billing-run methods (see __init__.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dbschema.models import BillingRun
from tests.appserver.authz.world import World
from tests.appserver.billing_run_fixture import PERIOD, make_book

OFFICE_SCOPED: set[str] = {"billing.start_run", "billing.get_run", "billing.restart_run"}
CODES = {"own": "DH", "other": "XH"}


def _validated_book(w: World, side: str) -> int:
    book = make_book(w.db, w.now, CODES[side])
    book.residential("100", "200")
    book.plan()
    return book.book_id


def _failed_run(w: World, side: str) -> int:
    run = BillingRun(book_id=w.once("run_book", side, lambda: _validated_book(w, side)),
                     period=PERIOD, status="failed", created_at=w.now)
    w.db.add(run)
    w.db.flush()
    return run.id


Args = dict[str, Callable[[], tuple[Any, ...]]]


def builders(w: World, side: str, username: str, n: int) -> Args:
    return {
        "billing.list_runs": lambda: ("2026-11",),
        "billing.start_run": lambda: (w.once("book", side, lambda: _validated_book(w, side)),
                                      "2026-11"),
        "billing.get_run": lambda: (w.once("failed_run", side, lambda: _failed_run(w, side)),),
        "billing.restart_run": lambda: (w.once("failed_run", side,
                                               lambda: _failed_run(w, side)),),
    }
