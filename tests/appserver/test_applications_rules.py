"""Refusals of the application engine: each is a clear error and changes nothing (no event
row, version unchanged, the stage's work item as it was)."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from appserver.contract.applications import ATTACHMENT_MAX_BYTES
from appserver.contract.errors import Conflict, NotFound, PermissionDenied, UserError
from appserver.core.clock import FixedClock
from dbschema.models import ApplicationAttachment, WorkItem
from tests.appserver.applications_support import (
    PNG,
    attach_all,
    call,
    events,
    ready,
    register,
    step,
)
from tests.helpers.api import Clients

pytestmark = pytest.mark.pg


@pytest.fixture(autouse=True)
def _workflows(db: Session, clock: FixedClock) -> None:
    ready(db, clock.now())


def unchanged(api: Clients, db: Session, app: dict[str, Any],
              attempt: Callable[[], Any], error: type[Exception], match: str) -> None:
    """``attempt`` fails with ``error`` matching ``match`` and leaves the application as it was."""
    before = events(db, app["id"])
    items_before = [(i.id, i.status) for i in db.scalars(select(WorkItem).where(
        WorkItem.source == "application", WorkItem.source_id == app["id"]))]
    with pytest.raises(error, match=match):
        attempt()
    db.expire_all()
    now = call(api.as_user("dh.clerk1"), "get_application", app["id"])
    assert (now["version"], now["stage"], now["status"]) == (app["version"], app["stage"],
                                                              app["status"])
    assert events(db, app["id"]) == before
    assert [(i.id, i.status) for i in db.scalars(select(WorkItem).where(
        WorkItem.source == "application", WorkItem.source_id == app["id"]))] == items_before


def test_missing_document_is_refused_naming_it(api: Clients, db: Session) -> None:
    app = register(api, db, "new_lv_residential")
    clerk = api.as_user("dh.clerk1")
    assert app["missing"] == {"fields": [], "documents": ["id_card", "property_cert"]}
    unchanged(api, db, app, lambda: call(clerk, "advance_application", app["id"],
                                         app["version"], None, {}, None, write=True),
              UserError, "Missing documents: ID card scan, Property or lease certificate")


def test_missing_field_is_refused_in_the_callers_language(api: Clients, db: Session) -> None:
    app = step(api, register(api, db, "new_lv_residential"))  # at the site survey
    engineer = api.as_user("dh.engineer", "zh_CN")
    assert app["missing"]["fields"] == ["transformer_area"]
    unchanged(api, db, app, lambda: call(engineer, "advance_application", app["id"],
                                         app["version"], None, {}, None, write=True),
              UserError, "缺少字段：台区")


def test_wrong_role_is_refused(api: Clients, db: Session) -> None:
    app = attach_all(api, register(api, db, "new_lv_residential"))
    engineer = api.as_user("dh.engineer")
    assert call(engineer, "get_application", app["id"])["actions"]["advance"] == []
    unchanged(api, db, app, lambda: call(engineer, "advance_application", app["id"],
                                         app["version"], None, {}, None, write=True),
              UserError, "worked by the role counter_clerk")


def test_fields_are_changed_only_by_the_current_stages_role(api: Clients, db: Session) -> None:
    app = step(api, register(api, db, "new_lv_residential"))  # at the engineer's survey
    clerk = api.as_user("dh.clerk1")
    unchanged(api, db, app, lambda: call(clerk, "update_application", app["id"],
                                         app["version"], {"capacity_kva": "99"}, None,
                                         write=True),
              UserError, "worked by the role service_engineer")
    engineer = api.as_user("dh.engineer")
    changed = call(engineer, "update_application", app["id"], app["version"],
                   {"transformer_area": "DH-T001"}, None, write=True)
    assert changed["fields"]["transformer_area"] == "DH-T001"


def test_illegal_transition_is_refused(api: Clients, db: Session) -> None:
    app = attach_all(api, register(api, db, "new_lv_residential"))
    clerk = api.as_user("dh.clerk1")
    unchanged(api, db, app, lambda: call(clerk, "advance_application", app["id"],
                                         app["version"], "meter_install", {}, None,
                                         write=True),
              UserError, "cannot follow the stage \"Acceptance\" \\(allowed: site_survey\\)")
    unchanged(api, db, app, lambda: call(clerk, "return_application", app["id"],
                                         app["version"], "archive", "why", write=True),
              UserError, "earlier stage")


def test_other_office_is_refused_and_sees_nothing(api: Clients, db: Session) -> None:
    app = attach_all(api, register(api, db, "new_lv_residential"))
    other = api.as_user("xh.clerk1")
    unchanged(api, db, app, lambda: call(other, "advance_application", app["id"],
                                         app["version"], None, {}, None, write=True),
              PermissionDenied, "another office")
    with pytest.raises(PermissionDenied):
        call(other, "get_application", app["id"])


def test_stale_version_is_a_conflict(api: Clients, db: Session) -> None:
    app = attach_all(api, register(api, db, "new_lv_residential"))
    clerk = api.as_user("dh.clerk1")
    moved = call(clerk, "advance_application", app["id"], app["version"], None, {}, None,
                 write=True)
    # A second clerk working from the same screen: one effect, one Conflict.
    unchanged(api, db, moved, lambda: call(api.as_user("dh.clerk2"), "advance_application",
                                           app["id"], app["version"], None, {}, None,
                                           write=True), Conflict, "changed this record")


def test_bad_field_values_name_the_field(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    base = {"applicant_name": "甲", "id_doc_type": "id_card", "id_doc_no": "1",
            "phone_mobile": "13800001111", "address": "某路 1 号",
            "customer_class": "residential", "voltage_level": "220V", "capacity_kva": "8"}
    cases = [({"capacity_kva": "8.123"}, "Capacity \\(kVA\\): must be a plain number"),
             ({"phone_mobile": "123"}, "Mobile phone"),
             ({"voltage_level": "999V"}, "Supply voltage: must be one of"),
             ({"applicant_name": ""}, "Applicant: is required"),
             ({"bogus": "1"}, "unknown fields: bogus"),
             ({"tariff_code": "NOPE"}, "Tariff: is not an approved tariff")]
    for change, match in cases:
        with pytest.raises(UserError, match=match):
            call(clerk, "register_application", "new_lv_residential", None,
                 {**base, **change}, "", write=True)
    with pytest.raises(UserError, match="pick none"):
        call(clerk, "register_application", "new_lv_residential", 1, base, "", write=True)
    with pytest.raises(UserError, match="pick one"):
        call(clerk, "register_application", "capacity_increase", None,
             {"capacity_kva": "10"}, "", write=True)


def test_attachments_are_checked_by_content_and_size(api: Clients, db: Session) -> None:
    app = register(api, db, "new_lv_residential")
    clerk = api.as_user("dh.clerk1")
    fake = base64.b64encode(b"MZ\x90\x00 an executable renamed").decode()
    unchanged(api, db, app, lambda: call(clerk, "add_attachment", app["id"], "id_card",
                                         "scan.pdf", fake, write=True),
              UserError, "only PDF, PNG and JPEG")
    big = base64.b64encode(b"%PDF-" + b"0" * ATTACHMENT_MAX_BYTES).decode()
    unchanged(api, db, app, lambda: call(clerk, "add_attachment", app["id"], "id_card",
                                         "big.pdf", big, write=True), UserError, "bytes")
    unchanged(api, db, app, lambda: call(clerk, "add_attachment", app["id"], "tax_form",
                                         "a.png", PNG, write=True), UserError, "documents")
    unchanged(api, db, app, lambda: call(clerk, "add_attachment", app["id"], "id_card",
                                         "a.png", "***", write=True), UserError, "base64")
    meta = call(clerk, "add_attachment", app["id"], "id_card", "scan.png", PNG, write=True)
    assert (meta["mime"], meta["doc_name"], meta["stage"]) == ("image/png", "ID card scan",
                                                               "acceptance")
    got = call(clerk, "get_attachment", meta["id"])
    assert got["content_base64"] == PNG and got["sha256"] == meta["sha256"]
    assert db.scalar(select(ApplicationAttachment.size)
                     .where(ApplicationAttachment.id == meta["id"])) == meta["size"]
    with pytest.raises(PermissionDenied):
        call(api.as_user("xh.clerk1"), "get_attachment", meta["id"])
    with pytest.raises(NotFound):
        call(clerk, "get_attachment", 2**31 - 2)


def test_suspended_application_cannot_advance(api: Clients, db: Session) -> None:
    app = attach_all(api, register(api, db, "new_lv_residential"))
    clerk = api.as_user("dh.clerk1")
    app = call(clerk, "suspend_application", app["id"], app["version"], "等客户", write=True)
    unchanged(api, db, app, lambda: call(clerk, "advance_application", app["id"],
                                         app["version"], None, {}, None, write=True),
              UserError, "suspended: it cannot be changed")
    unchanged(api, db, app, lambda: call(clerk, "suspend_application", app["id"],
                                         app["version"], "again", write=True),
              UserError, "cannot be changed")
    with pytest.raises(UserError, match="Reason: is required"):
        call(clerk, "resume_application", app["id"], app["version"], "", write=True)


def test_history_rows_cannot_be_changed(api: Clients, db: Session) -> None:
    app = register(api, db, "new_lv_residential")
    for statement in ("UPDATE application_event SET reason = 'x' WHERE application_id = :a",
                      "DELETE FROM application_event WHERE application_id = :a"):
        with pytest.raises(DBAPIError, match="append-only"), db.begin_nested():
            db.execute(text(statement), {"a": app["id"]})
