"""Customer search for every pattern, office scope, the customer file, contact corrections,
optimistic locking and exactly-once writes, on PostgreSQL."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.errors import Conflict, PermissionDenied, UserError
from dbschema.models import (
    AuditLog,
    Customer,
    IdempotencyRecord,
    Meter,
    MeteringPoint,
    ServicePoint,
)
from tests.helpers.api import ApiClient, Clients, office_id

pytestmark = pytest.mark.pg


def _customer(db: Session, office_code: str, customer_class: str = "commercial") -> Customer:
    """A deterministic customer of the office with a landline (not residential)."""
    db.expire_all()
    found = db.scalars(select(Customer).where(Customer.office_id == office_id(db, office_code),
                                              Customer.customer_class == customer_class)
                       .order_by(Customer.id).limit(1)).one()
    db.expunge(found)  # a snapshot: later reads must not refresh it
    return found


def _meter_serial(db: Session, customer_id: int) -> str:
    return db.scalars(select(Meter.serial)
                      .join(MeteringPoint, MeteringPoint.id == Meter.metering_point_id)
                      .join(ServicePoint, ServicePoint.id == MeteringPoint.service_point_id)
                      .where(ServicePoint.customer_id == customer_id)).first() or ""


def _search(client: ApiClient, text: str, limit: int = 50) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = client.customers("search", text, {"limit": limit})["rows"]
    return rows


def _patterns(c: Customer, serial: str) -> dict[str, str]:
    return {
        "account": c.account_no[:7],
        "meter": serial[:9].lower(),  # serials are matched case-insensitively (upper-cased)
        "mobile": c.phone_mobile[-6:],
        "landline": c.phone_landline.replace("-", "")[-7:],
        "name": c.name[:5],
        "address": c.address[4:12],
    }


@pytest.mark.parametrize("kind", ["account", "meter", "mobile", "landline", "name", "address"])
def test_search_finds_a_customer_by_each_pattern(api: Clients, db: Session, kind: str) -> None:
    target = _customer(db, "DH")
    text = _patterns(target, _meter_serial(db, target.id))[kind]
    rows = _search(api.as_user("dh.clerk1"), text)
    hit = [r for r in rows if r["id"] == target.id]
    assert hit, f"{kind} search for {text!r} missed customer {target.account_no}"
    assert hit[0]["matched"] == kind
    assert {r["office_name"] for r in rows} == {"东湖营业所"}


def test_search_results_are_paged_in_account_order(api: Clients) -> None:
    client = api.as_user("dh.clerk1")
    first = client.customers("search", "100000", {"offset": 0, "limit": 5})
    second = client.customers("search", "100000", {"offset": 5, "limit": 5})
    accounts = [r["account_no"] for r in first["rows"] + second["rows"]]
    assert len(accounts) == 10 and accounts == sorted(accounts)
    assert len(set(accounts)) == 10 and first["has_more"]


def test_search_rejects_bad_input(api: Clients) -> None:
    client = api.as_user("dh.clerk1")
    assert client.customers("search", "   ") == {"rows": [], "has_more": False}
    for bad in (123, "x" * 61, "a\x00b"):
        with pytest.raises(UserError):
            client.customers("search", bad)
    with pytest.raises(UserError):
        client.customers("search", "1000", {"limit": 500})


def test_a_clerk_never_sees_another_offices_customers(api: Clients, db: Session) -> None:
    other = _customer(db, "XH")
    client = api.as_user("dh.clerk1")
    for text in _patterns(other, _meter_serial(db, other.id)).values():
        assert other.id not in {r["id"] for r in _search(client, text)}
    assert _search(client, other.account_no) == []
    assert other.id in {r["id"] for r in _search(api.as_user("xh.clerk1"), other.account_no)}


def _last_seq(db: Session) -> int:
    return db.scalar(select(func.coalesce(func.max(AuditLog.seq), 0))) or 0


def _last_audit(db: Session) -> AuditLog:
    db.expire_all()
    return db.scalars(select(AuditLog).order_by(AuditLog.seq.desc()).limit(1)).one()


def test_other_offices_file_is_refused_and_audited(api: Clients, db: Session) -> None:
    other = _customer(db, "XH")
    with pytest.raises(PermissionDenied):
        api.as_user("dh.clerk1").customers("get_file", other.id)
    row = _last_audit(db)
    assert (row.method, row.outcome, row.username) == ("customers.get_file", "denied",
                                                       "dh.clerk1")
    assert str(other.office_id) in row.details


def test_customer_file_shows_supply_metering_and_meters(api: Clients, db: Session) -> None:
    target = _customer(db, "DH", "large_industry")
    f = api.as_user("dh.clerk1").customers("get_file", target.id)
    assert f["customer"]["account_no"] == target.account_no
    assert f["service_points"] and f["metering_points"] and f["meters"]
    mp = f["metering_points"][0]
    ct_p, ct_s = (int(x) for x in mp["ct_ratio"].split("/"))
    pt_p, pt_s = (int(x) for x in mp["pt_ratio"].split("/"))
    assert int(mp["multiplier"]) * ct_s * pt_s == ct_p * pt_p
    assert "total" in f["meters"][0]["registers"]


def test_update_contact_changes_the_record_once_and_audits_it(api: Clients,
                                                              db: Session) -> None:
    target = _customer(db, "DH")
    client = api.as_user("dh.clerk1")
    result = client.customers("update_contact", target.id, target.version,
                              {"phone_mobile": "13912345678", "contact_person": "刘会计"},
                              write=True)
    assert result["version"] == target.version + 1
    fresh = _customer(db, "DH")
    assert (fresh.phone_mobile, fresh.phone_mobile_rev) == ("13912345678", "87654321931")
    assert fresh.contact_person == "刘会计"
    row = _last_audit(db)
    assert (row.method, row.outcome, row.entity_id) == ("customers.update_contact", "ok",
                                                        target.id)
    assert "13912345678" in row.details
    assert target.id in {r["id"] for r in _search(client, "2345678")}
    history = client.customers("get_file", target.id)["history"]
    assert history[0]["method"] == "customers.update_contact"


BAD_CHANGES: list[Any] = [
    {"phone_mobile": "12345"},
    {"phone_mobile": "23912345678"},
    {"phone_landline": "0791-12"},
    {"phone_landline": "abc"},
    {"contact_person": "x" * 51},
    {"contact_person": "tab\x07bell"},
    {"mail_address": 42},
    {"balance": "100.00"},
    ["phone_mobile", "13912345678"],
    "phone_mobile=13912345678",
]


@pytest.mark.parametrize("changes", BAD_CHANGES, ids=[str(i) for i in range(len(BAD_CHANGES))])
def test_invalid_contact_changes_change_nothing(api: Clients, db: Session,
                                                changes: Any) -> None:
    target = _customer(db, "DH")
    before = (target.phone_mobile, target.phone_landline, target.contact_person,
              target.mail_address, target.version)
    client = api.as_user("dh.clerk1")
    seq_before = _last_seq(db)
    with pytest.raises(UserError):
        client.customers("update_contact", target.id, target.version, changes, write=True)
    after = _customer(db, "DH")
    assert (after.phone_mobile, after.phone_landline, after.contact_person,
            after.mail_address, after.version) == before
    assert _last_seq(db) == seq_before  # a refused input leaves no trace but the log
    assert db.scalar(select(func.count()).select_from(IdempotencyRecord)) == 0


OWN = -1  # stands for a customer of the caller's own office


@pytest.mark.parametrize("customer_id, version", [(0, 1), ("7", 1), (None, 1), (10**12, 1),
                                                  (OWN, 0), (OWN, "1"), (OWN, True)])
def test_bad_ids_and_versions_are_refused(api: Clients, db: Session, customer_id: Any,
                                          version: Any) -> None:
    target = _customer(db, "DH")
    cid = target.id if customer_id == OWN else customer_id
    with pytest.raises(UserError):
        api.as_user("dh.clerk1").customers("update_contact", cid, version,
                                         {"contact_person": "x"}, write=True)
    assert _customer(db, "DH").version == target.version


def test_stale_version_is_a_conflict_with_the_current_record(api: Clients,
                                                             db: Session) -> None:
    target = _customer(db, "DH")
    first, second = api.as_user("dh.clerk1"), api.as_user("dh.clerk2")
    first.customers("update_contact", target.id, target.version,
                    {"phone_mobile": "13800000001"}, write=True)
    with pytest.raises(Conflict) as conflict:
        second.customers("update_contact", target.id, target.version,
                         {"phone_mobile": "13800000002"}, write=True)
    current = conflict.value.details["current"]
    assert current["version"] == target.version + 1
    assert current["phone_mobile"] == "13800000001"
    assert _customer(db, "DH").phone_mobile == "13800000001"


def test_same_request_id_twice_applies_once_and_returns_the_same_result(
        api: Clients, db: Session) -> None:
    target = _customer(db, "DH")
    client = api.as_user("dh.clerk1")
    rid = str(uuid.uuid4())
    args = (target.id, target.version, {"contact_person": "重放测试"})
    first = client.customers("update_contact", *args, request_id=rid)
    second = client.customers("update_contact", *args, request_id=rid)
    assert first == second
    assert _customer(db, "DH").version == target.version + 1
    audits = db.scalar(select(func.count()).select_from(AuditLog)
                       .where(AuditLog.request_id == rid))
    assert audits == 1
    assert db.get(IdempotencyRecord, rid) is not None


def test_same_request_id_with_other_arguments_is_refused(api: Clients, db: Session) -> None:
    target = _customer(db, "DH")
    client = api.as_user("dh.clerk1")
    rid = str(uuid.uuid4())
    client.customers("update_contact", target.id, target.version, {"contact_person": "甲"},
                     request_id=rid)
    with pytest.raises(UserError) as reused:
        client.customers("update_contact", target.id, target.version + 1,
                         {"contact_person": "乙"}, request_id=rid)
    assert reused.value.details == {"request_id": rid}
    with pytest.raises(UserError):  # nor may another user replay somebody's request id
        api.as_user("dh.clerk2").customers("update_contact", target.id, target.version,
                                         {"contact_person": "甲"}, request_id=rid)
    assert _customer(db, "DH").contact_person == "甲"


@pytest.mark.parametrize("request_id", [None, "", "not-a-uuid", "x" * 36, 17])
def test_writes_need_a_request_id(api: Clients, db: Session, request_id: Any) -> None:
    target = _customer(db, "DH")
    client = api.as_user("dh.clerk1")
    with pytest.raises(UserError):
        client.objects["pmis.customers"].update_contact(
            {"token": client.token, "request_id": request_id, "locale": "en"},
            target.id, target.version, {"contact_person": "x"})
    assert _customer(db, "DH").version == target.version


def test_scope_follows_the_organisation_tree(api: Clients, db: Session) -> None:
    """A bureau sees its offices' customers, the company sees all, a hall sees its office."""
    targets = {code: _customer(db, code) for code in ("DH", "XH", "XC")}

    def visible(username: str) -> set[str]:
        client = api.as_user(username)
        return {code for code, c in targets.items()
                if c.id in {r["id"] for r in _search(client, c.account_no)}}

    assert visible("cq.head") == {"DH", "XH"}
    assert visible("auditor") == {"DH", "XH", "XC"}
    assert visible("xc.clerk1") == {"XC"}
    with pytest.raises(PermissionDenied):
        api.as_user("cq.head").customers("get_file", targets["XC"].id)


def test_a_customer_keeps_at_least_one_phone(api: Clients, db: Session) -> None:
    c = _customer(db, "DH")  # commercial: mobile and landline
    clerk = api.as_user("dh.clerk1", locale="zh_CN")
    with pytest.raises(UserError, match="至少须保留一个联系电话"):
        clerk.customers("update_contact", c.id, c.version,
                        {"phone_mobile": "", "phone_landline": ""}, write=True)
    unchanged = clerk.customers("get_file", c.id)["customer"]
    assert unchanged["phone_mobile"] and unchanged["phone_landline"]
    dto = clerk.customers("update_contact", c.id, unchanged["version"],
                          {"phone_landline": ""}, write=True)
    assert dto["phone_landline"] == "" and dto["phone_mobile"]


def test_audit_rows_name_their_records(api: Clients, db: Session) -> None:
    c = _customer(db, "DH")
    api.as_user("dh.clerk1").customers("update_contact", c.id, c.version,
                                       {"contact_person": "李四"}, write=True)
    rows = api.as_user("admin").admin("search_audit", {"entity_type": "customer",
                                                       "entity_id": c.id})["rows"]
    assert rows[0]["entity_label"] == f"{c.account_no} {c.name}"
