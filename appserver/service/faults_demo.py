"""Demo fault repair: the class of every transformer area, crews at DH and XH, ~500 closed
tickets over the last 90 days (their work items closed, about 8% late, for the work platform's
dashboard) and a few open tickets on the board: one grouped from three reports, one
dispatched, one near breach, one with its crew on site.

The closed history is written in bulk (Core inserts); its deadlines come from the same
settings and clock arithmetic as live work (``appserver.work.items.advance``). The open
tickets are made through ``open_item`` like live intake, relative to the moment of seeding
(the server's clock), so the board shows running countdowns.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.orm import Session

from appserver.contract import permissions as P
from appserver.core.clock import SystemClock
from appserver.core.dates import OFFICE_ZONE
from appserver.core.settings import setting
from appserver.service import fault_rules as rules
from appserver.service.fault_board import reference
from appserver.work.items import advance, close_item, load_calendar, open_item
from dbschema.models import (
    Customer,
    FaultAreaClass,
    FaultEvent,
    FaultReport,
    OrgUnit,
    RepairCrew,
    RepairTicket,
    Role,
    ServicePoint,
    User,
    UserRole,
    WorkItem,
)

HISTORY_TICKETS = 500
HISTORY_DAYS = 90
LATE_SHARE = 0.08
CREWS = {
    "DH": (("东湖抢修一班", "0791-86101101", "张强、李伟、王磊", "八一大道以东各台区", True),
           ("东湖抢修二班", "0791-86101102", "刘洋、陈杰、杨帆", "阳明路、北京西路一带", True),
           ("东湖夜间值班组", "0791-86101109", "周鹏、吴昊", "全所（22:00–8:00）", True),
           ("东湖电缆班", "0791-86101105", "郑涛、孙斌", "电缆线路", False)),
    "XH": (("西湖抢修一班", "0791-86202201", "何勇、罗军、梁超", "中山路以南各台区", True),
           ("西湖抢修二班", "0791-86202202", "宋亮、唐宁", "朝阳洲、桃花镇", True)),
}
KINDS = (("no_power", "家中突然停电，邻居也没电"), ("no_power", "整栋楼停电"),
         ("partial_power", "家里一半插座没电"), ("voltage_quality", "电压偏低，灯光闪烁"),
         ("dangerous", "电线掉落在路边，有火花"), ("meter_fault", "电表黑屏，家中无电"),
         ("no_power", "店铺停电，冰柜无法工作"))
CAUSES = ("低压熔丝熔断", "树障碰线", "台区变压器过载跳闸", "电缆接头故障", "用户内部故障",
          "外力破坏（施工挖断电缆）", "雷击导致避雷器损坏", "表箱进线松动烧蚀")


def seed_fault_demo(engine: Engine, today: date) -> None:
    with Session(engine) as db, db.begin():
        if db.scalar(select(RepairCrew.id).limit(1)) is not None:
            return
        _classify_areas(db)
        crews = _crews(db, today)
        _history(db, today, crews, random.Random(20261128))
        _reset_sequences(db)  # the history's explicit ids, before live-style inserts
        _open_tickets(db, today, crews)


# -- areas and crews ----------------------------------------------------------------------
def _classify_areas(db: Session) -> None:
    """Offices of the city bureau are mostly urban, county offices mostly rural, with a few
    remote areas: a fixed rule on the area number so the demo is deterministic."""
    county_bureaus = select(OrgUnit.id).where(OrgUnit.kind == "bureau", OrgUnit.code == "XJ")
    county = set(db.scalars(select(OrgUnit.id).where(OrgUnit.parent_id.in_(county_bureaus))))
    rows = db.execute(select(ServicePoint.transformer_area, Customer.office_id)
                      .join(Customer, Customer.id == ServicePoint.customer_id)
                      .where(ServicePoint.transformer_area != "").distinct()).all()
    values = [{"transformer_area": area, "office_id": office,
               "area_class": _class_of(area, office in county)} for area, office in rows]
    if values:
        db.execute(insert(FaultAreaClass), values)


def _class_of(area: str, county: bool) -> str:
    n = int(area[-4:]) % 20 if area[-4:].isdigit() else 0
    if county:
        return "urban" if n < 6 else "rural" if n < 16 else "remote"
    return "urban" if n < 16 else "rural" if n < 19 else "remote"


def _crews(db: Session, today: date) -> dict[int, list[int]]:
    """Active crew ids per office id."""
    offices = dict(db.execute(select(OrgUnit.code, OrgUnit.id)).all())
    at = datetime.combine(today - timedelta(days=120), time(9), OFFICE_ZONE)
    out: dict[int, list[int]] = {}
    for code, crews in CREWS.items():
        for name, phone, members, area, active in crews:
            crew = RepairCrew(office_id=offices[code], name=name, phone=phone, members=members,
                              area_served=area, active=active, version=1, updated_at=at)
            db.add(crew)
            db.flush()
            if active:
                out.setdefault(offices[code], []).append(crew.id)
    return out


# -- the closed history -------------------------------------------------------------------
class _Sink:
    """Rows of the history, inserted in bulk at the end (ids given for our own tables)."""

    def __init__(self, db: Session) -> None:
        self.db = db
        self.next_ticket = (db.scalar(select(func.max(RepairTicket.id))) or 0) + 1
        self.next_report = (db.scalar(select(func.max(FaultReport.id))) or 0) + 1
        self.tickets: list[dict[str, Any]] = []
        self.reports: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.items: list[dict[str, Any]] = []

    def flush(self) -> None:
        for model, rows in ((RepairTicket, self.tickets), (FaultReport, self.reports),
                            (FaultEvent, self.events), (WorkItem, self.items)):
            if rows:
                self.db.execute(insert(model), rows)


def _staff(db: Session, office_id: int) -> list[int]:
    """Counter clerks of the office's halls first, its dispatchers (engineers, the head)
    last: callers use ``staff[0]`` as the clerk and ``staff[-1]`` as the dispatcher."""
    units = select(OrgUnit.id).where((OrgUnit.id == office_id) | (OrgUnit.parent_id == office_id))

    def with_role(*roles: str) -> list[int]:
        return list(db.scalars(select(User.id).join(UserRole, UserRole.user_id == User.id)
                               .join(Role, Role.id == UserRole.role_id)
                               .where(User.office_id.in_(units), Role.name.in_(roles))
                               .order_by(User.id).distinct()))

    clerks = with_role(P.ROLE_CLERK)
    dispatchers = with_role(P.ROLE_ENGINEER, P.ROLE_OFFICE_HEAD)
    if not clerks or not dispatchers:
        return []
    return [*clerks, dispatchers[-1]]


def _places(db: Session, office_id: int, rng: random.Random) -> list[tuple[int, str, str, str]]:
    rows = db.execute(select(Customer.id, Customer.name, ServicePoint.address,
                             ServicePoint.transformer_area)
                      .join(ServicePoint, ServicePoint.customer_id == Customer.id)
                      .where(Customer.office_id == office_id).order_by(Customer.id)
                      .limit(400)).all()
    places = [(int(r[0]), r[1], r[2], r[3]) for r in rows]
    rng.shuffle(places)
    return places


def _history(db: Session, today: date, crews: dict[int, list[int]],
             rng: random.Random) -> None:
    sink = _Sink(db)
    classes = dict(db.execute(select(FaultAreaClass.transformer_area,
                                     FaultAreaClass.area_class)).all())
    warn = Decimal(setting(db, "work.warn_share", today))
    calendar = load_calendar(db)
    first_day = datetime.combine(today, time(9), OFFICE_ZONE)
    budgets = {c: (rules.arrival_clock(db, c, first_day).budget_s // 60,
                   rules.restoration_clock(db, c, first_day).budget_s // 60)
               for c in ("urban", "rural", "remote")}
    offices = sorted(crews)
    for office_id in offices:
        staff, places = _staff(db, office_id), _places(db, office_id, rng)
        if not staff or not places:
            continue
        for n in range(HISTORY_TICKETS // len(offices)):
            place = places[n % len(places)]
            day = today - timedelta(days=1 + rng.randrange(HISTORY_DAYS))
            first = datetime.combine(day, time(rng.randrange(7, 22), rng.randrange(60)),
                                     OFFICE_ZONE).astimezone(UTC)
            _closed_ticket(db, sink, office_id, place, classes.get(place[3], "urban"), first,
                           rng.choice(crews[office_id]), staff, rng,
                           (warn, calendar, budgets))
    sink.flush()


def _minutes(rng: random.Random, budget: int, floor: int) -> int:
    if rng.random() < LATE_SHARE:
        return budget + rng.randrange(3, 45)
    return rng.randrange(min(floor, budget - 2), budget - 1)


def _closed_ticket(db: Session, sink: _Sink, office_id: int, place: tuple[int, str, str, str],
                   area_class: str, first: datetime, crew_id: int, staff: list[int],
                   rng: random.Random, clocks: tuple[Decimal, Any, Any]) -> None:
    tid = sink.next_ticket
    sink.next_ticket += 1
    customer_id, name, address, area = place
    kind, description = rng.choice(KINDS)
    arrival_budget, restore_budget = clocks[2][area_class]
    dispatched = first + timedelta(minutes=rng.randrange(3, 12))
    arrived = max(dispatched, first + timedelta(minutes=_minutes(rng, arrival_budget, 15)))
    restored = arrived + timedelta(minutes=_minutes(rng, restore_budget, 20))
    closed = restored + timedelta(minutes=rng.randrange(10, 120))
    clerk, dispatcher = rng.choice(staff[:-1]), staff[-1]
    title = f"{name} {address}"[:200]
    priority = "urgent" if kind == "dangerous" else rng.choice(("normal", "normal", "high"))
    sink.tickets.append({
        "id": tid, "office_id": office_id, "status": "closed", "area_class": area_class,
        "priority": priority, "kind": kind, "transformer_area": area, "address": address,
        "title": title, "first_reported_at": first, "crew_id": crew_id,
        "dispatched_at": dispatched, "arrived_at": arrived, "restored_at": restored,
        "closed_at": closed, "cause": rng.choice(CAUSES), "result_note": "已处理，恢复正常供电",
        "cancel_reason": "", "merged_into_id": None, "opened_by": clerk, "version": 5})
    for k in range(1 + (rng.random() < 0.3) + (rng.random() < 0.15)):
        sink.reports.append({
            "id": sink.next_report, "ticket_id": tid, "office_id": office_id,
            "reported_at": first + timedelta(minutes=7 * k), "received_by": clerk,
            "channel": "phone" if (k or rng.random() < 0.6) else "counter",
            "customer_id": customer_id if k == 0 else None, "address": address,
            "transformer_area": area, "caller_name": name if k == 0 else "邻居",
            "caller_phone": "", "description": description, "kind": kind,
            "area_class": area_class, "priority": priority, "status": "closed"})
        sink.next_report += 1
    for kind_, at, who in (("opened", first, clerk), ("dispatched", dispatched, dispatcher),
                           ("arrived", arrived, dispatcher), ("restored", restored, dispatcher),
                           ("closed", closed, dispatcher)):
        sink.events.append({"ticket_id": tid, "kind": kind_, "at": at, "recorded_at": at,
                            "user_id": who, "detail": ""})
    for step, start, end, budget in ((rules.STEP_ARRIVAL, first, arrived, arrival_budget),
                                     (rules.STEP_RESTORATION, arrived, restored,
                                      restore_budget)):
        sink.items.append(_item_row(office_id, tid, area_class, step, title, customer_id,
                                    start, end, budget * 60, dispatcher, clocks[:2]))


def _item_row(office_id: int, tid: int, area_class: str, step: str, title: str,
              customer_id: int, start: datetime, end: datetime, budget_s: int, by: int,
              clocks: tuple[Any, ...]) -> dict[str, Any]:
    warn, calendar = clocks
    due = advance(calendar, "continuous", start, budget_s)
    reserve = int((Decimal(budget_s) * (1 - warn)).to_integral_value())
    return {"office_id": office_id, "source": rules.SOURCE, "source_id": tid,
            "sla_type": rules.sla_type(area_class), "step": step, "reference": reference(tid),
            "title": title, "customer_id": customer_id, "assigned_role": rules.DISPATCH_ROLE,
            "assigned_user_id": None, "clock": "continuous", "budget_s": budget_s,
            "opened_at": start, "opened_by": by, "due_at": due,
            "warn_at": advance(calendar, "continuous", start, budget_s - reserve),
            "predicted_at": None, "status": "done", "paused_at": None, "remaining_s": None,
            "paused_s": 0, "pause_reason": "", "escalated_at": None, "closed_at": end,
            "closed_by": by, "breached": end > due, "outcome": step}


# -- the open board -----------------------------------------------------------------------
def _open_tickets(db: Session, today: date, crews: dict[int, list[int]]) -> None:
    """Open tickets relative to the server's clock now (or the demo day, if that is later),
    so the board's countdowns are running when the demo is shown."""
    now = max(SystemClock().now(),
              datetime.combine(today, time(10), OFFICE_ZONE).astimezone(UTC))
    now = now.replace(microsecond=0)
    offices = dict(db.execute(select(OrgUnit.code, OrgUnit.id)).all())
    rng = random.Random(1128)
    # (office, minutes ago, reports, state, crew index); DH first so DH's board is full.
    plan = (("DH", 15, 3, "open", 0), ("DH", 38, 1, "open", 0), ("DH", 30, 1, "dispatched", 0),
            ("DH", 130, 2, "arrived", 1), ("XH", 20, 1, "open", 0),
            ("XH", 50, 1, "dispatched", 0))
    used: set[str] = set()
    for code, ago, reports, state, crew in plan:
        office_id = offices[code]
        staff = _staff(db, office_id)
        place = next(p for p in _places(db, office_id, rng)
                     if p[3] not in used and _urban(db, p[3]))
        used.add(place[3])
        _open_one(db, office_id, place, now - timedelta(minutes=ago), reports, state,
                  crews[office_id][crew], staff)


def _urban(db: Session, area: str) -> bool:
    return db.scalar(select(FaultAreaClass.area_class)
                     .where(FaultAreaClass.transformer_area == area)) == "urban"


def _open_one(db: Session, office_id: int, place: tuple[int, str, str, str], first: datetime,
              reports: int, state: str, crew_id: int, staff: list[int]) -> None:
    customer_id, name, address, area = place
    clerk, dispatcher = staff[0], staff[-1]
    kind, description = KINDS[0] if reports > 1 else KINDS[1]
    ticket = RepairTicket(office_id=office_id, status="open", area_class="urban",
                          priority="high" if reports > 1 else "normal", kind=kind,
                          transformer_area=area, address=address, title=f"{name} {address}",
                          first_reported_at=first, opened_by=clerk, version=1, cause="",
                          result_note="", cancel_reason="")
    db.add(ticket)
    db.flush()
    item = open_item(db, office_id=office_id, source=rules.SOURCE, source_id=ticket.id,
                     sla_type=rules.sla_type("urban"), step=rules.STEP_ARRIVAL,
                     reference=reference(ticket.id), title=ticket.title,
                     clock=rules.arrival_clock(db, "urban", first), now=first,
                     customer_id=customer_id, assigned_role=rules.DISPATCH_ROLE,
                     opened_by=clerk)
    callers = (name, "邻居 陈女士", "同楼 刘先生")
    for k in range(reports):
        at = first + timedelta(minutes=4 * k)
        db.add(FaultReport(ticket_id=ticket.id, office_id=office_id, reported_at=at,
                           received_by=clerk, channel="phone" if k else "counter",
                           customer_id=customer_id if k == 0 else None, address=address,
                           transformer_area=area, caller_name=callers[k % 3],
                           caller_phone="13907910000" if k else "", description=description,
                           kind=kind, area_class="urban", priority=ticket.priority,
                           status="open"))
        db.add(FaultEvent(ticket_id=ticket.id, kind="opened" if k == 0 else "joined", at=at,
                          recorded_at=at, user_id=clerk, detail=kind))
    if state in ("dispatched", "arrived"):
        sent = first + timedelta(minutes=6)
        ticket.status, ticket.crew_id, ticket.dispatched_at = "dispatched", crew_id, sent
        db.add(FaultEvent(ticket_id=ticket.id, kind="dispatched", at=sent, recorded_at=sent,
                          user_id=dispatcher, detail=""))
    if state == "arrived":
        arrived = first + timedelta(minutes=40)
        close_item(db, item, arrived, dispatcher, "arrived")
        open_item(db, office_id=office_id, source=rules.SOURCE, source_id=ticket.id,
                  sla_type=rules.sla_type("urban"), step=rules.STEP_RESTORATION,
                  reference=reference(ticket.id), title=ticket.title,
                  clock=rules.restoration_clock(db, "urban", arrived), now=arrived,
                  customer_id=customer_id, assigned_role=rules.DISPATCH_ROLE,
                  opened_by=dispatcher)
        ticket.status, ticket.arrived_at = "arrived", arrived
        db.add(FaultEvent(ticket_id=ticket.id, kind="arrived", at=arrived, recorded_at=arrived,
                          user_id=dispatcher, detail=""))
    db.flush()


def _reset_sequences(db: Session) -> None:
    if db.get_bind().dialect.name != "postgresql":
        return
    for table in ("repair_ticket", "fault_report", "fault_event"):
        db.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"COALESCE((SELECT max(id) FROM {table}), 1))"))
