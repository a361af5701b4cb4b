"""Authorization-matrix arguments for the bills methods (see __init__.py)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from dbschema.models import Bill
from tests.appserver.authz.world import World
from tests.helpers.bills import distinct_period, make_bill, make_correction, make_run

OFFICE_SCOPED: set[str] = {f"billing.{name}" for name in (
    "customer_bills", "run_bills", "get_bill", "explain_bill", "bill_pdf", "run_bills_pdf",
    "release_bills", "reject_bill", "preview_correction", "request_correction",
    "get_correction", "approve_correction", "reject_correction")}

Args = dict[str, Callable[[], tuple[Any, ...]]]


def _bill(w: World, side: str, n: int, status: str) -> Bill:
    return make_bill(w.db, w.customer[side].id, distinct_period(n), w.now, status=status,
                     units=Decimal(80 + n % 50), reason="above 3x history"
                     if status == "review" else "")


def _run(w: World, side: str) -> int:
    run = make_run(w.db, w.office[side], 202910, w.now, f"MX-{side}")
    make_bill(w.db, w.customer[side].id, 202910, w.now, status="released", run_id=run.id,
              data=None, tariff=("EX-MONTHLY-2BLOCK", 1))
    return run.id


def _correction(w: World, side: str, n: int) -> int:
    """Requested by another person of the office (the caller approves or rejects it)."""
    bill = _bill(w, side, n, "released")
    return make_correction(w.db, bill, "backbill", {"energy_kwh": "12"}, w.user[side].id,
                           w.now).id


def builders(w: World, side: str, username: str, n: int) -> Args:
    def released() -> int:
        return int(w.once("released_bill", side, lambda: _bill(w, side, n, "released").id))

    return {
        "billing.customer_bills": lambda: (w.customer[side].account_no, {"limit": 5}),
        "billing.run_bills": lambda: (w.once("run", side, lambda: _run(w, side)), {}),
        "billing.get_bill": lambda: (released(),),
        "billing.explain_bill": lambda: (released(),),
        "billing.bill_pdf": lambda: (released(),),
        "billing.run_bills_pdf": lambda: (w.once("run", side, lambda: _run(w, side)), {}),
        "billing.review_queue": lambda: ({"limit": 10},),
        "billing.release_bills": lambda: ([_bill(w, side, n, "review").id],),
        "billing.reject_bill": lambda: (_bill(w, side, n, "review").id, "reading corrected"),
        "billing.preview_correction": lambda: (_bill(w, side, n, "released").id, "backbill",
                                               {"energy_kwh": "10"}),
        "billing.request_correction": lambda: (_bill(w, side, n, "released").id, "backbill",
                                               {"energy_kwh": "10"}, "meter stopped"),
        "billing.list_corrections": lambda: ({"status": "pending"}, {"limit": 10}),
        "billing.get_correction": lambda: (w.once("correction", side,
                                                  lambda: _correction(w, side, n)),),
        "billing.approve_correction": lambda: (_correction(w, side, n),),
        "billing.reject_correction": lambda: (_correction(w, side, n), "not justified"),
    }
