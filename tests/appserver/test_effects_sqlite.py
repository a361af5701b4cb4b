"""The effects on the demo's SQLite database (the single-machine install): ids and account
numbers without sequences, the initial reading through the metering pipeline, a capacity
change recorded in the supply history."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from appserver.contract.accounts import make_account_no
from appserver.core.clock import FixedClock
from appserver.core.config import ServerConfig
from appserver.core.db import Database, make_engine
from appserver.core.runtime import Runtime
from appserver.service.effects import EffectRequest, apply_effect
from dbschema.models import (
    Application,
    Customer,
    MeterReading,
    OrgUnit,
    ServicePoint,
    SupplyChange,
    User,
    WorkflowDefinition,
)
from tests.helpers.inprocess import seeded_sqlite

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
FIELDS = {"applicant_name": "单机新装", "id_doc_type": "id_card", "id_doc_no": "3601",
          "phone_mobile": "13700001111", "address": "测试路 2 号",
          "customer_class": "residential", "voltage_level": "220V", "capacity_kva": "6",
          "meter_serial": "SQLITE000001", "effective_on": "2026-11-20"}


def _request(db: object, type_code: str, customer_id: int | None,
             fields: dict[str, str]) -> EffectRequest:
    from sqlalchemy.orm import Session

    assert isinstance(db, Session)
    office = db.scalars(select(OrgUnit.id).where(OrgUnit.code == "DH")).one()
    user = db.scalars(select(User.id).where(User.username == "dh.metertech")).one()
    definition = WorkflowDefinition(code=f"sqlite_{type_code}", version=1, status="draft",
                                    body="", created_at=NOW)
    db.add(definition)
    db.flush()
    app = Application(app_no=f"SQ{type_code[:8]}", type_code=type_code,
                      definition_id=definition.id, office_id=office, customer_id=customer_id,
                      applicant="测试", stage="archive", status="active", fields="{}",
                      opened_at=NOW, version=1)
    db.add(app)
    db.flush()
    return EffectRequest(db=db, application_id=app.id, app_no=app.app_no,
                         type_code=type_code, effect=type_code, office_id=office,
                         customer_id=customer_id, fields=fields,
                         effective_on=date.fromisoformat(fields["effective_on"]), now=NOW,
                         user_id=user)


def test_a_connection_and_a_capacity_change_on_sqlite() -> None:
    url = seeded_sqlite()
    rt = Runtime(ServerConfig(database_url=url, name="sqlite-effects", role="primary"),
                 Database(make_engine(url)), FixedClock(NOW))
    with rt.db.unit_of_work() as db:
        before = db.scalars(select(Customer.id).order_by(Customer.id.desc()).limit(1)).one()
        result = apply_effect(_request(db, "new_lv_residential", None, FIELDS))
    assert result["customer_id"] == before + 1
    assert result["account_no"] == make_account_no(100_000_000 + before + 1)
    with rt.db.unit_of_work() as db:
        reading = db.get(MeterReading, result["initial_reading_id"])
        assert reading is not None and (reading.kind, reading.status) == ("initial", "valid")
        customer = db.get(Customer, result["customer_id"])
        assert customer is not None and customer.name == "单机新装"
        changed = apply_effect(_request(db, "capacity_increase", result["customer_id"],
                                        {"capacity_kva": "10",
                                         "effective_on": "2026-11-25"}))
    with rt.db.unit_of_work() as db:
        point = db.get(ServicePoint, result["service_point_id"])
        assert point is not None and point.capacity_kva == Decimal(10)
        history = db.scalars(select(SupplyChange.capacity_kva)
                             .where(SupplyChange.service_point_id == point.id)
                             .order_by(SupplyChange.effective_from)).all()
        assert history == [Decimal(6), Decimal(10)]
        assert changed["previous_kva"] == "6"
