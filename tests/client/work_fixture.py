"""Work items of office DH for the work platform's screen tests, opened through
``appserver.work.items.open_item`` on the seeded SQLite at a fixed server clock, so every
risk shows: overdue and escalated, near breach, predicted late, paused, on time, a role
queue to take from and a person's own work."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.core.clock import FixedClock
from appserver.core.db import make_engine
from appserver.work.items import Clock, open_item, pause_item
from client.core.context import AppContext
from client.core.tasks import TaskRunner
from dbschema.models import OrgUnit, User, WorkItem
from tests.helpers.inprocess import InProcessGateway, seeded_sqlite

# Friday 2026-11-27, 10:00 in the office's zone: a working day.
NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
PREFIX = "WT-"


@dataclass(frozen=True)
class WorkFixture:
    office_id: int
    head_id: int
    clerk1_id: int
    clerk2_id: int
    ids: dict[str, int]  # fixture item name -> work item id


def build_work_fixture(url: str) -> WorkFixture:
    engine = make_engine(url)
    try:
        with Session(engine) as db, db.begin():
            return _open_items(db)
    finally:
        engine.dispose()


def _user(db: Session, username: str) -> int:
    return int(db.scalar(select(User.id).where(User.username == username)) or 0)


def _open_items(db: Session) -> WorkFixture:
    office = int(db.scalar(select(OrgUnit.id).where(OrgUnit.code == "DH")) or 0)
    head, clerk1, clerk2 = (_user(db, u) for u in ("dh.head", "dh.clerk1", "dh.clerk2"))
    ids: dict[str, int] = {}

    def add(name: str, *, source: str, sla_type: str, step: str, clock: Clock, ago: timedelta,
            role: str | None = None, user: int | None = None, title: str = "") -> None:
        item = open_item(db, office_id=office, source=source, source_id=9000 + len(ids),
                         sla_type=sla_type, step=step, reference=f"{PREFIX}{name}",
                         title=title or f"测试客户 {name}", clock=clock, now=NOW - ago,
                         assigned_role=role, assigned_user_id=user, opened_by=head)
        ids[name] = item.id

    # Wednesday 10:00 + one working day = Thursday 10:00: a day overdue, escalated to the head
    add("late", source="complaint", sla_type="complaint", step="contact",
        clock=Clock.working_days(1), ago=timedelta(days=2), role="counter_clerk",
        user=clerk1, title="张先生 投诉电压低")
    # 2.5 of 3 working days used: past the 80 % warning
    add("near", source="application", sla_type="new_lv_residential", step="supply_plan",
        clock=Clock.working_days(3), ago=timedelta(days=2, hours=12), role="office_head")
    add("predicted", source="application", sla_type="new_lv_residential", step="supply_plan",
        clock=Clock.working_days(3), ago=timedelta(hours=2), role="office_head")
    add("paused", source="application", sla_type="new_hv_single", step="design_review",
        clock=Clock.working_days(3), ago=timedelta(days=1), role="office_head")
    add("queue", source="complaint", sla_type="complaint", step="reply",
        clock=Clock.working_days(7), ago=timedelta(hours=3), role="counter_clerk")
    add("fault", source="fault", sla_type="fault_urban", step="arrival",
        clock=Clock.minutes(45), ago=timedelta(minutes=20), role="office_head")
    add("clerk2", source="complaint", sla_type="complaint", step="reply",
        clock=Clock.working_days(7), ago=timedelta(hours=5), role="counter_clerk",
        user=clerk2)
    items = {name: db.get_one(WorkItem, item_id) for name, item_id in ids.items()}
    items["late"].escalated_at = NOW - timedelta(hours=20)
    due = items["predicted"].due_at
    assert due is not None
    items["predicted"].predicted_at = due + timedelta(days=2)
    pause_item(db, items["paused"], NOW - timedelta(hours=6), "等待客户补交资料")
    db.flush()
    return WorkFixture(office, head, clerk1, clerk2, ids)


def work_ctx(url: str, username: str, settings_dir: Path,
             clock: FixedClock | None = None) -> AppContext:
    """An AppContext of ``username`` on the in-process server (the fixed clock NOW)."""
    gateway = InProcessGateway(url, locale="en", clock=clock or FixedClock(NOW))
    gateway.login(username, "demo1234")
    settings = QSettings(str(settings_dir / f"{username}.ini"), QSettings.Format.IniFormat)
    return AppContext(gateway, TaskRunner(), settings, gateway.call("pmis.admin", "whoami"))


@pytest.fixture
def work_db() -> tuple[str, WorkFixture]:
    """A fresh copy of the seeded SQLite with the fixture's items (writes stay in the test)."""
    url = seeded_sqlite()
    return url, build_work_fixture(url)


@pytest.fixture
def head_ctx(qtbot: Any, work_db: tuple[str, WorkFixture], tmp_path: Path
             ) -> Iterator[AppContext]:
    ctx = work_ctx(work_db[0], "dh.head", tmp_path)
    yield ctx
    ctx.runner.wait_idle(5000)
    ctx.runner.shutdown()


@pytest.fixture
def clerk1_ctx(qtbot: Any, work_db: tuple[str, WorkFixture], tmp_path: Path
               ) -> Iterator[AppContext]:
    ctx = work_ctx(work_db[0], "dh.clerk1", tmp_path)
    yield ctx
    ctx.runner.wait_idle(5000)
    ctx.runner.shutdown()
