"""The consultation log: quick entry, the day's list with filters and topic counts, office
scope, bad input."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.contract.api import OBJECT_SERVICE
from appserver.contract.errors import PermissionDenied, UserError
from dbschema.models import Consultation, Customer
from tests.helpers.api import ApiClient, Clients, office_id

pytestmark = pytest.mark.pg


def _log(client: ApiClient, **over: Any) -> dict[str, Any]:
    data = {"channel": "counter", "topic": "bills", "question": "为什么本月电费高？",
            "answer": "本月用电量增加，已解释阶梯电价。", "duration_s": 180, **over}
    result: dict[str, Any] = client.call(OBJECT_SERVICE, "log_consultation", data, write=True)
    return result


def _customer(db: Session, code: str) -> Customer:
    return db.scalars(select(Customer).where(Customer.office_id == office_id(db, code))
                      .order_by(Customer.id).limit(1)).one()


def test_log_and_list_the_day(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1", locale="zh_CN")
    customer = _customer(db, "DH")
    row = _log(clerk, customer_id=customer.id)
    assert row["account_no"] == customer.account_no and row["caller_name"] == customer.name
    assert row["topic_name"] == "电费账单" and row["clerk"]
    _log(clerk, topic="tariffs", channel="phone", caller_phone="13911112222")
    day = clerk.call(OBJECT_SERVICE, "list_consultations", {}, {})
    mine = [r for r in day["rows"] if r["id"] >= row["id"]]
    assert len(mine) == 2 and mine[0]["topic"] == "tariffs"  # newest first
    counts = {t["topic"]: t["count"] for t in day["by_topic"]}
    assert counts["tariffs"] >= 1 and counts["bills"] >= 1 and day["total"] == sum(
        counts.values())
    exact = clerk.call(OBJECT_SERVICE, "list_consultations", {"topic": "tariffs"},
                       {"limit": 500})
    assert counts["tariffs"] == exact["total"] == len(exact["rows"])
    phone = clerk.call(OBJECT_SERVICE, "list_consultations", {"channel": "phone",
                                                              "mine": True}, {})
    assert [r["topic"] for r in phone["rows"]] == ["tariffs"]
    api.clock.advance(timedelta(days=1))
    other_day = api.as_user("dh.clerk1").call(OBJECT_SERVICE, "list_consultations",
                                              {"mine": True}, {})
    assert not {r["id"] for r in other_day["rows"]} & {r["id"] for r in mine}
    yesterday = api.as_user("dh.clerk1").call(OBJECT_SERVICE, "list_consultations",
                                              {"day": day["day"], "mine": True}, {})
    assert len(yesterday["rows"]) == 2


def test_scope_and_bad_input(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    before = db.scalar(select(func.count()).select_from(Consultation))
    with pytest.raises(PermissionDenied):
        _log(clerk, customer_id=_customer(db, "XH").id)
    for bad in ({"question": ""}, {"topic": "gossip"}, {"duration_s": -1},
                {"duration_s": "5"}, {"caller_phone": "phone!"}):
        with pytest.raises(UserError):
            _log(clerk, **bad)
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(Consultation)) == before
    _log(api.as_user("xh.clerk1"), question="XH 的咨询")
    rows = clerk.call(OBJECT_SERVICE, "list_consultations", {}, {"limit": 500})["rows"]
    assert "XH 的咨询" not in [r["question"] for r in rows]
