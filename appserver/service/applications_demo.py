"""The demo's business applications: live ones in every stage and three months of history.

At offices DH and XH: about forty live applications each, spread over the types and stages
(some suspended, some near or past their stage deadline relative to the demo clock, those
past acceptance with their scanned documents), made through the work-item functions so
their clocks are exactly what the engine would have made; and about four hundred
applications completed over the previous ninety days, written in bulk, whose stage items
are closed with realistic durations (about one in ten late) so the dashboard has history.
Completed demo applications are historical: they never touched the customer file.
Deterministic (a seeded random generator) and fast (Core inserts for the history).
"""

from __future__ import annotations

import hashlib
import json
import random
import struct
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import cast

from sqlalchemy import Engine, Table, func, insert, select
from sqlalchemy.orm import Session

from appserver.core.dates import OFFICE_ZONE
from appserver.service import workflow_store as store
from appserver.service.workflow_definition import Definition, Stage
from appserver.work import items
from appserver.work.calendar import DAY_S, WorkCalendar
from dbschema.models import (
    Application,
    ApplicationAttachment,
    ApplicationCounter,
    ApplicationEvent,
    Customer,
    OrgUnit,
    Role,
    User,
    UserRole,
    WorkItem,
)
from dbschema.seed.names import DISTRICTS, GIVEN_CHARS, ROADS, SURNAMES

# Core tables: the ORM's bulk insert costs seconds for these few thousand rows.
APPLICATIONS = cast(Table, Application.__table__)
EVENTS = cast(Table, ApplicationEvent.__table__)
WORK_ITEMS = cast(Table, WorkItem.__table__)
OFFICES = ("DH", "XH")
LIVE_PER_OFFICE = 40
HISTORY = 400
HISTORY_DAYS = 90
# Live mix: mostly residential connections and the everyday changes.
LIVE_TYPES = (("new_lv_residential", 10), ("new_lv_nonresidential", 5), ("new_hv_single", 4),
              ("new_hv_dual", 1), ("capacity_increase", 3), ("capacity_decrease", 2),
              ("name_transfer", 4), ("tariff_change", 3), ("suspension", 2),
              ("resumption", 1), ("meter_test", 3), ("disconnection", 1), ("reconnection", 1))


# -- small scanned documents made in code -------------------------------------------------
def tiny_png(shade: int = 200) -> bytes:
    """A 16×16 grey PNG (a stand-in for a scanned page)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes([shade]) * 16 for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def tiny_pdf() -> bytes:
    """A one-page empty PDF."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


# -- the seeding --------------------------------------------------------------------------
@dataclass
class _Office:
    id: int
    code: str
    users: dict[str, list[int]]  # role -> user ids
    customers: list[tuple[int, str, str, str]]  # id, name, phone, address


def seed_applications(engine: Engine, today: date) -> None:
    now = datetime.combine(today, time(10, 0), OFFICE_ZONE).astimezone(UTC)
    with Session(engine) as db, db.begin():
        store.install_shipped_workflows(db, now)
        if db.scalar(select(func.count()).select_from(Application)):
            return  # seeded already
        rng = random.Random(20261128)
        calendar = items.load_calendar(db)
        ids = store.approved_ids(db)
        defs = {code: (vid, store.definition(db, vid)) for code, vid in ids.items()}
        offices = [_office(db, code) for code in OFFICES]
        seq: dict[tuple[int, date], int] = {}
        _history(db, rng, calendar, defs, offices, seq, now)
        closed: list[dict[str, object]] = []
        for office in offices:
            for _ in range(LIVE_PER_OFFICE):
                _live(db, rng, calendar, defs, office, seq, now, closed)
        db.connection().execute(insert(WORK_ITEMS), closed)
        _counters(db, seq)


def _office(db: Session, code: str) -> _Office:
    oid = db.scalars(select(OrgUnit.id).where(OrgUnit.code == code)).one()
    scope = db.scalars(select(OrgUnit.id).where(
        (OrgUnit.id == oid) | (OrgUnit.parent_id == oid))).all()
    users: dict[str, list[int]] = {}
    for uid, role in db.execute(select(User.id, Role.name)
                                .join(UserRole, UserRole.user_id == User.id)
                                .join(Role, Role.id == UserRole.role_id)
                                .where(User.office_id.in_(scope)).order_by(User.id)):
        users.setdefault(role, []).append(uid)
    customers = [tuple(r) for r in db.execute(
        select(Customer.id, Customer.name, Customer.phone_mobile, Customer.address)
        .where(Customer.office_id == oid, Customer.status == "active")
        .order_by(Customer.id).limit(400))]
    return _Office(oid, code, users, customers)  # type: ignore[arg-type]


def _user(office: _Office, role: str, rng: random.Random) -> int | None:
    for wanted in (role, "office_head", "counter_clerk"):
        if office.users.get(wanted):
            return rng.choice(office.users[wanted])
    return None


def _app_no(office: _Office, seq: dict[tuple[int, date], int], at: datetime) -> str:
    day = at.astimezone(OFFICE_ZONE).date()
    seq[(office.id, day)] = seq.get((office.id, day), 0) + 1
    return f"{office.code[:10]}{day:%y%m%d}{seq[(office.id, day)]:04d}"


def _counters(db: Session, seq: dict[tuple[int, date], int]) -> None:
    if seq:
        db.execute(insert(ApplicationCounter), [
            {"office_id": o, "day": d, "last_no": n} for (o, d), n in sorted(seq.items())])


def _person(rng: random.Random) -> tuple[str, str, str]:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN_CHARS)
                                          for _ in range(rng.randint(1, 2)))
    phone = f"13{rng.randint(0, 999999999):09d}"
    address = f"{rng.choice(DISTRICTS)}{rng.choice(ROADS)}{rng.randint(1, 399)}号"
    return name, phone, address


def _fields(d: Definition, rng: random.Random, who: tuple[str, str, str],
            serial: str) -> dict[str, str]:
    """Plausible values of every field of the type (all stages' data)."""
    name, phone, address = who
    hv = "hv" in d.code
    cls = ("large_industry" if hv else "commercial" if "nonres" in d.code else "residential")
    values = {"applicant_name": name, "id_doc_type": "business_license" if hv else "id_card",
              "id_doc_no": f"3601{rng.randint(10**13, 10**14 - 1)}", "phone_mobile": phone,
              "address": address, "customer_class": cls,
              "voltage_level": "10kV" if hv else ("380V" if cls == "commercial" else "220V"),
              "capacity_kva": str(rng.choice((630, 800, 1250)) if hv else
                                  rng.choice((30, 50, 80)) if cls == "commercial" else 8),
              "tariff_code": {"residential": "JX-RES-ANNUAL", "commercial": "CI-TOU",
                              "large_industry": "LI-CAP"}[cls],
              "transformer_area": f"T{rng.randint(1, 40):03d}",
              "metering_mode": "hv_hv" if hv else "lv_lv",
              "ct_ratio": "100/5", "pt_ratio": "10000/100" if hv else "1/1",
              "meter_serial": serial, "meter_type": "三相智能电能表" if hv or cls != "residential"
              else "单相智能电能表", "meter_digits": "6", "meter_registers": "total,peak,valley",
              "initial_reading": "0", "new_name": _person(rng)[0], "test_result": "pass",
              "error_percent": "0.42", "final_reading": "0"}
    return {f.name: values[f.name] for f in d.fields if f.name in values}


def _up_to(d: Definition, stage_index: int, values: dict[str, str]) -> dict[str, str]:
    """The values entered by the time the application reaches ``stage_index``: those
    given at registration and those the earlier stages required."""
    wanted = {f.name for f in d.fields if f.required}
    for stage in d.stages[:stage_index]:
        wanted.update(stage.fields)
    return {k: v for k, v in values.items() if k in wanted}


def _budget(days: Decimal) -> int:
    return items.Clock.working_days(days).budget_s


def _share(budget_s: int, low: int, high: int, rng: random.Random) -> int:
    """A random share of a budget, ``low``‰ to ``high``‰ of it (at least ten minutes)."""
    permille = rng.randint(low, high)
    return max(600, int((Decimal(budget_s) * permille / 1000).to_integral_value(ROUND_HALF_UP)))


def _history(db: Session, rng: random.Random, calendar: WorkCalendar,
             defs: dict[str, tuple[int, Definition]], offices: list[_Office],
             seq: dict[tuple[int, date], int], now: datetime) -> None:
    apps: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    work: list[dict[str, object]] = []
    weights = [w for _c, w in LIVE_TYPES]
    for n in range(HISTORY):
        office = offices[n % len(offices)]
        code = rng.choices([c for c, _w in LIVE_TYPES], weights)[0]
        vid, d = defs[code]
        end = now - timedelta(seconds=rng.randint(DAY_S // 2, HISTORY_DAYS * DAY_S))
        durations = [(_share(_budget(s.days), 1050, 1600, rng) if rng.random() < 0.1 else
                      _share(_budget(s.days), 150, 950, rng)) for s in d.stages]
        starts = [end]
        for seconds in reversed(durations):
            starts.insert(0, calendar.advance(starts[0], -seconds))
        opened, app_id = starts[0], n  # the index until the row has its id
        customer = rng.choice(office.customers) if d.needs_customer else None
        who = (customer[1], customer[2], customer[3]) if customer else _person(rng)
        values = _fields(d, rng, who, f"H{office.code}{n:06d}")
        app_no = _app_no(office, seq, opened)
        apps.append({"app_no": app_no, "type_code": code, "definition_id": vid,
                     "office_id": office.id, "customer_id": customer[0] if customer else None,
                     "applicant": who[0], "phone": who[1], "address": who[2][:200],
                     "status": "completed", "stage": d.stages[-1].code,
                     "fields": json.dumps(values, ensure_ascii=False), "note": "",
                     "version": len(d.stages) + 1, "opened_at": opened,
                     "opened_by": _user(office, "counter_clerk", rng),
                     "due_at": items.advance(calendar, "working", opened,
                                             _budget(d.total_days)),
                     "completed_at": end, "closed_at": end,
                     "effective_on": end.astimezone(OFFICE_ZONE).date(),
                     "result": json.dumps({"historical": True}), "historical": True})
        events.append(_event(app_id, "register", None, d.first.code, opened, apps[-1]))
        for i, stage in enumerate(d.stages):
            by = _user(office, stage.role, rng)
            work.append(_closed_item(calendar, office.id, app_id, code, stage, app_no,
                                     f"{who[0]} · {who[2]}", apps[-1]["customer_id"],
                                     starts[i], starts[i + 1], by))
            last = i == len(d.stages) - 1
            events.append({**_event(app_id, "complete" if last else "advance", stage.code,
                                    None if last else d.stages[i + 1].code, starts[i + 1],
                                    apps[-1]), "by_user_id": by})
    conn = db.connection()
    new_ids = conn.scalars(insert(APPLICATIONS).returning(
        APPLICATIONS.c.id, sort_by_parameter_order=True), apps).all()
    for row in events:
        row["application_id"] = new_ids[int(str(row["application_id"]))]
    for row in work:
        row["source_id"] = new_ids[int(str(row["source_id"]))]
    conn.execute(insert(EVENTS), events)
    conn.execute(insert(WORK_ITEMS), work)


def _closed_item(calendar: WorkCalendar, office_id: int, app_id: int, code: str,
                 stage: Stage, app_no: str, title: str, customer_id: object,
                 opened: datetime, closed: datetime, by: int | None) -> dict[str, object]:
    """A finished stage item, its deadline from the work-item clock arithmetic."""
    budget = _budget(stage.days)
    due = items.advance(calendar, "working", opened, budget)
    return {"office_id": office_id, "source": "application", "source_id": app_id,
            "sla_type": code, "step": stage.code, "reference": app_no, "title": title[:200],
            "customer_id": customer_id, "assigned_role": stage.role, "clock": "working",
            "budget_s": budget, "opened_at": opened, "due_at": due, "status": "done",
            "paused_s": 0, "pause_reason": "", "closed_at": closed, "closed_by": by,
            "breached": closed > due, "outcome": "done"}


def _event(app_id: int, action: str, from_stage: str | None, to_stage: str | None,
           at: datetime, app: dict[str, object]) -> dict[str, object]:
    return {"application_id": app_id, "action": action, "from_stage": from_stage,
            "to_stage": to_stage, "reason": "", "changes": "{}",
            "by_user_id": app["opened_by"], "at": at}


def _live(db: Session, rng: random.Random, calendar: WorkCalendar,
          defs: dict[str, tuple[int, Definition]], office: _Office,
          seq: dict[tuple[int, date], int], now: datetime,
          closed: list[dict[str, object]]) -> None:
    """One live application; the items of the stages it has passed go to ``closed``."""
    code = rng.choices([c for c, _w in LIVE_TYPES], [w for _c, w in LIVE_TYPES])[0]
    vid, d = defs[code]
    k = rng.randrange(len(d.stages))
    current = d.stages[k]
    # Time spent in the current stage: mostly within its limit, some near or past it.
    spent = _share(_budget(current.days), 50, 1250, rng)
    starts = [calendar.advance(now, -spent)]
    for stage in reversed(d.stages[:k]):
        starts.insert(0, calendar.advance(starts[0], -_share(_budget(stage.days), 200, 900,
                                                              rng)))
    customer = rng.choice(office.customers) if d.needs_customer else None
    who = (customer[1], customer[2], customer[3]) if customer else _person(rng)
    values = _up_to(d, k, _fields(d, rng, who, f"L{office.code}{len(seq):03d}{k}"
                                  f"{rng.randint(100, 999)}"))
    opened = starts[0]
    clerk = _user(office, "counter_clerk", rng)
    app = Application(app_no=_app_no(office, seq, opened), type_code=code, definition_id=vid,
                      office_id=office.id, customer_id=customer[0] if customer else None,
                      applicant=who[0], phone=who[1], address=who[2][:200], status="active",
                      stage=current.code, fields=json.dumps(values, ensure_ascii=False),
                      note="", version=k + 1, opened_at=opened, opened_by=clerk,
                      due_at=items.advance(calendar, "working", opened, _budget(d.total_days)),
                      historical=False)
    db.add(app)
    db.flush()
    db.add(ApplicationEvent(application_id=app.id, action="register", to_stage=d.first.code,
                            reason="", changes="{}", by_user_id=clerk, at=opened))
    title = " · ".join((who[0], who[2]))
    for i, stage in enumerate(d.stages[:k]):
        by = _user(office, stage.role, rng)
        closed.append(_closed_item(calendar, office.id, app.id, code, stage, app.app_no,
                                   title, app.customer_id, starts[i], starts[i + 1], by))
        db.add(ApplicationEvent(application_id=app.id, action="advance",
                                from_stage=stage.code, to_stage=d.stages[i + 1].code,
                                reason="", changes="{}", by_user_id=by, at=starts[i + 1]))
    item = items.open_item(db, office_id=office.id, source="application", source_id=app.id,
                           sla_type=code, step=current.code, reference=app.app_no,
                           title=title, clock=items.Clock.working_days(current.days),
                           now=starts[k], customer_id=app.customer_id,
                           assigned_role=current.role, opened_by=clerk)
    if rng.random() < 0.12:
        _suspend(db, calendar, app, item, rng, starts[k], now)
    if k > 0:
        _documents(db, d, app, rng, clerk, opened)


def _suspend(db: Session, calendar: WorkCalendar, app: Application, item: WorkItem,
             rng: random.Random, start: datetime, now: datetime) -> None:
    at = start + (now - start) * rng.randint(20, 90) / 100
    reason = rng.choice(("客户补充资料", "等待客户现场配合", "客户申请暂缓"))
    items.pause_item(db, item, at, reason)
    assert app.due_at is not None
    app.remaining_s = items.elapsed(calendar, "working", at, app.due_at)
    app.status, app.suspended_at, app.due_at = "suspended", at, None
    app.version += 1
    db.add(ApplicationEvent(application_id=app.id, action="suspend", from_stage=app.stage,
                            reason=reason, changes="{}", by_user_id=app.opened_by, at=at))


def _documents(db: Session, d: Definition, app: Application, rng: random.Random,
               clerk: int | None, at: datetime) -> None:
    for n, code in enumerate(d.first.documents):
        content = tiny_pdf() if n % 2 else tiny_png(rng.randint(150, 240))
        ext = "pdf" if n % 2 else "png"
        db.add(ApplicationAttachment(
            application_id=app.id, doc_type=code, filename=f"{code}.{ext}",
            mime="application/pdf" if n % 2 else "image/png", size=len(content),
            sha256=hashlib.sha256(content).hexdigest(), content=content,
            stage=d.first.code, uploaded_by=clerk, uploaded_at=at))
    db.flush()
