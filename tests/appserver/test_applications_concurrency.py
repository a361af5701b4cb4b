"""Two clerks complete the same application at the same moment, on real PostgreSQL
transactions: the row lock and the version check let one through (one effect on the
customer file) and give the other a Conflict."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from appserver.contract.errors import Conflict
from appserver.core.clock import SystemClock
from appserver.core.config import ServerConfig
from appserver.core.db import Database
from appserver.core.runtime import Runtime
from appserver.service.applications_demo import tiny_png
from dbschema.models import ApplicationEvent, Customer, User
from tests.helpers.api import ApiClient, office_id, open_session
from tests.helpers.concurrency import at_once

pytestmark = pytest.mark.pg
SERVICE = "pmis.service"


def _client(runtime: Runtime, db: Session, username: str) -> ApiClient:
    user = db.scalars(select(User).where(User.username == username)).one()
    token = open_session(db, user, SystemClock().now(), timedelta(hours=1))
    return ApiClient(runtime, token=token)


def test_simultaneous_completion_has_one_effect(fresh_pg_database: Callable[..., str]) -> None:
    url = fresh_pg_database(seeded=True)
    engine = create_engine(url, pool_size=6)
    runtime = Runtime(ServerConfig(database_url=url), Database(engine), SystemClock())
    with Session(engine) as db, db.begin():
        customer = db.scalars(select(Customer.id).where(
            Customer.office_id == office_id(db, "DH"), Customer.status == "active")
            .order_by(Customer.id).limit(1)).one()
        clerks = [_client(runtime, db, name) for name in ("dh.clerk1", "dh.clerk2")]
        tech = _client(runtime, db, "dh.metertech")

    def call(client: ApiClient, method: str, *args: Any) -> Any:
        return client.call(SERVICE, method, *args, write=True, request_id=str(uuid.uuid4()))

    app = call(clerks[0], "register_application", "meter_test", customer, {}, "")
    call(clerks[0], "add_attachment", app["id"], "id_card", "id.png",
         base64.b64encode(tiny_png()).decode())
    app = clerks[0].call(SERVICE, "get_application", app["id"])
    app = call(clerks[0], "advance_application", app["id"], app["version"], None, {}, None)
    app = call(tech, "advance_application", app["id"], app["version"], None,
               {"test_result": "pass", "error_percent": "0.20"}, None)
    assert app["stage"] == "archive" and app["actions"]["complete"] is False  # tech's view
    def complete(client: ApiClient) -> Callable[[], Any]:
        return lambda: call(client, "advance_application", app["id"], app["version"], None,
                            {}, None)

    results = at_once([complete(c) for c in clerks])
    done = [r for r in results if isinstance(r, dict)]
    conflicts = [r for r in results if isinstance(r, Conflict)]
    assert len(done) == 1 and len(conflicts) == 1, results
    assert done[0]["status"] == "completed" and done[0]["result"]
    with Session(engine) as db:
        completes = db.scalar(select(func.count()).select_from(ApplicationEvent).where(
            ApplicationEvent.application_id == app["id"],
            ApplicationEvent.action == "complete"))
    assert completes == 1
    engine.dispose()


def test_two_drafts_of_one_type_approvedat_once(
        fresh_pg_database: Callable[..., str]) -> None:
    """Both drafts lock every version of the type first: one approval retires the old
    version, the second then retires the first — never two approved versions, never an
    integrity error."""
    from appserver.service.workflow_store import install_shipped_workflows
    from dbschema.models import WorkflowDefinition
    from tests.helpers.api import make_user

    url = fresh_pg_database(seeded=True)
    engine = create_engine(url, pool_size=6)
    runtime = Runtime(ServerConfig(database_url=url), Database(engine), SystemClock())
    with Session(engine) as db, db.begin():
        install_shipped_workflows(db, SystemClock().now())
        old = db.scalars(select(WorkflowDefinition).where(
            WorkflowDefinition.code == "meter_test",
            WorkflowDefinition.status == "approved")).one()
        body = old.body
        users = []
        for n in range(4):
            make_user(db, f"t.wf{n}", "GS", ["manager"], SystemClock().now())
            users.append(f"t.wf{n}")
    with Session(engine) as db, db.begin():
        drafters = [_client(runtime, db, name) for name in users[:2]]
        approvers = [_client(runtime, db, name) for name in users[2:]]

    def call(client: ApiClient, method: str, *args: Any) -> Any:
        return client.call(SERVICE, method, *args, write=True, request_id=str(uuid.uuid4()))

    drafts = [call(drafters[i], "save_workflow_draft", "meter_test",
                   body.replace("version = 1", f"version = {i + 2}", 1)) for i in range(2)]
    def approve(i: int) -> Callable[[], Any]:
        return lambda: call(approvers[i], "approve_workflow", drafts[i]["id"])

    results = at_once([approve(0), approve(1)])
    assert all(isinstance(r, dict) and r["status"] == "approved" for r in results), results
    with Session(engine) as db:
        statuses = sorted(db.scalars(select(WorkflowDefinition.status).where(
            WorkflowDefinition.code == "meter_test")))
    assert statuses == ["approved", "retired", "retired"]
    engine.dispose()
