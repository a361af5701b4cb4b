"""pmis.billing methods: billing runs (start, progress, restart) per reading book and period."""

from __future__ import annotations

from typing import Any

from appserver.billing import run_service
from appserver.contract import permissions as P
from appserver.core.rpc import Call, rpc

ID_MAX = 2**31 - 1


class RunMethods:
    """Mixed into BillingApi (billing/api.py); methods are ``@rpc`` like any API method."""

    @rpc(P.BILL_READ, write=False)
    def list_runs(self, call: Call, period: Any) -> list[dict[str, Any]]:
        """The reading books of the caller's offices with plan and run for the period."""
        return run_service.list_runs(call, call.v.period(period))

    @rpc(P.BILLING_RUN, write=True)
    def start_run(self, call: Call, book_id: Any, period: Any) -> dict[str, Any]:
        return run_service.start_run(call, call.v.integer(book_id, "book_id", 1, ID_MAX),
                                     call.v.period(period))

    @rpc(P.BILL_READ, write=False)
    def get_run(self, call: Call, run_id: Any) -> dict[str, Any]:
        return run_service.get_run(call, call.v.integer(run_id, "run_id", 1, ID_MAX))

    @rpc(P.BILLING_RUN, write=True)
    def restart_run(self, call: Call, run_id: Any) -> dict[str, Any]:
        return run_service.restart_run(call, call.v.integer(run_id, "run_id", 1, ID_MAX))
