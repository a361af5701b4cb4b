"""Authorization-matrix arguments for pmis.system.get_job (see __init__.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from dbschema.models import Job
from tests.appserver.authz.world import World

OFFICE_SCOPED: set[str] = {"system.get_job"}


def _job(w: World, side: str) -> int:
    job = Job(kind="matrix", dedupe_key=f"matrix-{side}", params=json.dumps({}), status="done",
              office_id=w.office[side], created_at=w.now)
    w.db.add(job)
    w.db.flush()
    return job.id


Args = dict[str, Callable[[], tuple[Any, ...]]]


def builders(w: World, side: str, username: str, n: int) -> Args:
    return {"system.get_job": lambda: (w.once("job", side, lambda: _job(w, side)),)}
