"""Workflow definitions through the API: drafts validated with a translated reason, four
eyes, approval retiring the previous version, running applications keeping theirs."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from appserver.contract.errors import PermissionDenied, UserError
from appserver.core.clock import FixedClock
from dbschema.models import AuditLog, WorkflowDefinition
from tests.appserver.applications_support import approved_version, call, ready, register
from tests.helpers.api import Clients

pytestmark = pytest.mark.pg


@pytest.fixture(autouse=True)
def _workflows(db: Session, clock: FixedClock) -> None:
    ready(db, clock.now())


def version_two(db: Session) -> str:
    body = approved_version(db, "new_lv_residential").body
    return body.replace("version = 1", "version = 2", 1).replace(
        "days = 0.5", "days = 1", 1).replace("total_days = 5", "total_days = 6", 1)


def test_draft_then_approval_by_another_person_retires_the_old_version(
        api: Clients, db: Session) -> None:
    old = approved_version(db, "new_lv_residential")
    running = register(api, db, "new_lv_residential")
    drafter, _ = api.as_new_user("DH", ["manager"])
    approver, _ = api.as_new_user("DH", ["manager"])
    draft = call(drafter, "save_workflow_draft", "new_lv_residential", version_two(db),
                 write=True)
    assert (draft["status"], draft["version"]) == ("draft", 2)
    with pytest.raises(UserError, match="second person"):
        call(drafter, "approve_workflow", draft["id"], write=True)
    approved = call(approver, "approve_workflow", draft["id"], write=True)
    assert approved["status"] == "approved" and approved["approved_by"]
    db.expire_all()
    assert db.get(WorkflowDefinition, old.id).status == "retired"  # type: ignore[union-attr]
    listed = {w["code"]: w for w in call(drafter, "list_workflows")}
    assert [v["status"] for v in listed["new_lv_residential"]["versions"]] == ["retired",
                                                                               "approved"]
    assert "version = 2" in call(drafter, "get_workflow", draft["id"])["body"]
    # New applications use version 2; the running one keeps the version it started under.
    fresh = register(api, db, "new_lv_residential")
    assert fresh["definition_version"] == 2 and fresh["items"][0]["budget_s"] == 86_400
    again = call(api.as_user("dh.clerk1"), "get_application", running["id"])
    assert again["definition_version"] == 1
    types = {t["code"]: t for t in call(api.as_user("dh.clerk1"), "application_types")}
    assert types["new_lv_residential"]["version"] == 2
    audits = db.scalars(select(AuditLog.method).where(
        AuditLog.entity_type == "workflow_definition")).all()
    assert {"service.save_workflow_draft", "service.approve_workflow"} <= set(audits)


def test_invalid_draft_is_refused_with_the_reason_in_chinese(api: Clients, db: Session) -> None:
    drafter, _ = api.as_new_user("DH", ["manager"], "zh_CN")
    bad = version_two(db).replace('role = "service_engineer"', 'role = "wizard"', 1)
    with pytest.raises(UserError, match="流程定义无效：环节 site_survey：未知角色“wizard”"):
        call(drafter, "save_workflow_draft", "new_lv_residential", bad, write=True)
    with pytest.raises(UserError, match="版本 1 已存在"):
        call(drafter, "save_workflow_draft", "new_lv_residential",
             approved_version(db, "new_lv_residential").body, write=True)
    with pytest.raises(UserError, match="不是“meter_test”"):
        call(drafter, "save_workflow_draft", "meter_test", version_two(db), write=True)
    # A missing top-level key: the parser's reason names the key (a "key" parameter).
    no_total = "\n".join(line for line in version_two(db).splitlines()
                         if not line.startswith("total_days"))
    with pytest.raises(UserError, match="total_days"):
        call(drafter, "save_workflow_draft", "new_lv_residential", no_total, write=True)
    assert db.scalars(select(WorkflowDefinition).where(
        WorkflowDefinition.status == "draft")).all() == []


def test_only_workflow_editors_draft(api: Clients, db: Session) -> None:
    with pytest.raises(PermissionDenied):
        call(api.as_user("dh.clerk1"), "save_workflow_draft", "new_lv_residential",
             version_two(db), write=True)


def test_the_database_keeps_four_eyes_and_one_approved_version(api: Clients,
                                                               db: Session) -> None:
    drafter, uid = api.as_new_user("DH", ["manager"])
    draft = call(drafter, "save_workflow_draft", "new_lv_residential", version_two(db),
                 write=True)
    row = db.get(WorkflowDefinition, draft["id"])
    assert row is not None
    with db.begin_nested():
        row.status, row.approved_by, row.approved_at = "approved", uid, row.created_at
        with pytest.raises(IntegrityError):
            db.flush()
    db.expire_all()


def test_install_is_idempotent(db: Session, clock: FixedClock) -> None:
    from appserver.service.workflow_store import install_shipped_workflows
    assert install_shipped_workflows(db, clock.now()) == 0
