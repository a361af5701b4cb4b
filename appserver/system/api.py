"""pmis.system: ping (round-trip and session check) and health (for monitors and the client)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from appserver import __version__
from appserver.contract import permissions as P
from appserver.contract.codec import datetime_to_wire
from appserver.contract.errors import NotFound
from appserver.core import jobs, lease
from appserver.core.api_base import ApiBase
from appserver.core.rpc import Call, rpc
from appserver.core.runtime import Runtime
from dbschema.models import Job


class SystemApi(ApiBase):
    module = "system"

    def __init__(self, runtime: Runtime, holds_lease: Callable[[], bool]) -> None:
        super().__init__(runtime)
        self._holds_lease = holds_lease

    # The status bar pings every few seconds: that is not the clerk's activity, so it
    # neither keeps an idle session alive nor is refused before a password change.
    @rpc(P.SYSTEM_PING, write=False, touch=False, before_password_change=True)
    def ping(self, call: Call) -> dict[str, Any]:
        return {"server": self.runtime.config.name, "role": self.runtime.config.role,
                "time": datetime_to_wire(call.now)}

    @rpc(P.JOB_READ, write=False)
    def get_job(self, call: Call, job_id: Any) -> dict[str, Any]:
        """Progress of a batch job (the client polls this while a run works)."""
        job = call.db.get(Job, call.v.integer(job_id, "job_id", 1, 2**31))
        if job is None:
            raise NotFound(call.msg("not_found", what=call.msg("what_job")))
        call.require_office(job.office_id)
        return jobs.job_to_wire(job)

    @rpc(None, write=False, public=True)
    def health(self, call: Call) -> dict[str, Any]:
        """Public on purpose: monitors call it without a login. It reveals no business data."""
        cfg = self.runtime.config
        database, holder = "up", None
        try:
            call.db.execute(text("SELECT 1"))
            holder, valid = lease.holder(call.db, call.now)
            holder = holder if valid else None
        except Exception:
            database = "down"
        return {"server": cfg.name, "role": cfg.role, "version": __version__,
                "database": database, "database_kind": self.runtime.db.dialect,
                "lease_holder": holder, "holds_lease": self._holds_lease(),
                "time": datetime_to_wire(call.now)}
