"""Deterministic demo utility: organisation, staff for every role, customers with service
points, metering points and meters.

The same ``size`` and ``seed`` always give the same data. Bulk rows are written with COPY on
PostgreSQL and Core executemany on SQLite, never ORM objects (DESIGN.md: the ORM manages
~12,000 rows/s, COPY ~570,000).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from argon2 import PasswordHasher
from sqlalchemy import Engine, func, select, text

from appserver.contract import permissions as P
from appserver.contract.accounts import make_account_no
from dbschema.models import Customer, Meter, MeteringPoint, OrgUnit, Role, ServicePoint, User
from dbschema.models.admin import UserRole
from dbschema.seed import names as N
from dbschema.seed.bulk import BulkWriter, deferred_indexes
from dbschema.seed.reference import seed_reference

DEMO_PASSWORD = "demo1234"
NOW = datetime(2026, 11, 1, tzinfo=UTC)

# (code, name, kind, parent code)
ORGANISATION = (
    ("GS", "赣电供电公司", "company", None),
    ("CQ", "城区供电局", "bureau", "GS"),
    ("XJ", "新建县供电公司", "bureau", "GS"),
    ("DH", "东湖营业所", "office", "CQ"),
    ("XH", "西湖营业所", "office", "CQ"),
    ("QS", "青山湖营业所", "office", "CQ"),
    ("XC", "新建城关营业所", "office", "XJ"),
    ("WT", "望城营业所", "office", "XJ"),
    ("DH1", "东湖八一大道营业厅", "hall", "DH"),
    ("XH1", "西湖中山路营业厅", "hall", "XH"),
    ("QS1", "青山湖京东营业厅", "hall", "QS"),
    ("XC1", "新建长堎营业厅", "hall", "XC"),
    ("WT1", "望城镇营业厅", "hall", "WT"),
)
OFFICE_CODES = ("DH", "XH", "QS", "XC", "WT")

# (username, full name, role, office code)
STAFF = (
    ("admin", "系统管理员", P.ROLE_ADMIN, "GS"),
    ("manager", "周经理", P.ROLE_MANAGER, "GS"),
    ("auditor", "钱稽查", P.ROLE_AUDITOR, "GS"),
    ("cq.head", "孙局长", P.ROLE_OFFICE_HEAD, "CQ"),
    ("dh.head", "李所长", P.ROLE_OFFICE_HEAD, "DH"),
    ("dh.clerk1", "王小芳", P.ROLE_CLERK, "DH1"),
    ("dh.clerk2", "赵明", P.ROLE_CLERK, "DH1"),
    ("dh.reader", "陈抄表", P.ROLE_READING_SUPERVISOR, "DH"),
    ("dh.engineer", "刘工程", P.ROLE_ENGINEER, "DH"),
    ("dh.metertech", "许计量", P.ROLE_METER_TECH, "DH"),
    ("xh.head", "吴所长", P.ROLE_OFFICE_HEAD, "XH"),
    ("xh.clerk1", "郑丽", P.ROLE_CLERK, "XH1"),
    ("xh.reader", "冯抄表", P.ROLE_READING_SUPERVISOR, "XH"),
    ("qs.clerk1", "何静", P.ROLE_CLERK, "QS1"),
    ("xc.clerk1", "罗强", P.ROLE_CLERK, "XC1"),
    ("wt.clerk1", "高敏", P.ROLE_CLERK, "WT1"),
)

CLASS_MIX = (("residential", 85), ("commercial", 10), ("large_industry", 3), ("agriculture", 2))
CHUNK = 20_000
CUSTOMER_TABLES = ("customer", "service_point", "metering_point", "meter")


@dataclass
class DemoReport:
    customers: int
    offices: int
    users: int


def seed_demo(engine: Engine, size: int = 20_000, seed: int = 2026) -> DemoReport:
    """Fill an empty, migrated database with the demo utility."""
    from sqlalchemy.orm import Session

    with Session(engine) as db, db.begin():
        seed_reference(db)
        office_ids = _seed_org(db)
        users = _seed_staff(db, office_ids)
    with deferred_indexes(engine, CUSTOMER_TABLES), BulkWriter(engine) as bulk:
        _seed_customers(bulk, office_ids, size, seed)
    reset_sequences(engine)
    return DemoReport(size, len(office_ids), users)


def _seed_org(db: object) -> dict[str, int]:
    from sqlalchemy.orm import Session

    assert isinstance(db, Session)
    ids: dict[str, int] = {}
    paths: dict[str, str] = {}
    for code, name, kind, parent in ORGANISATION:
        unit = OrgUnit(code=code, name=name, kind=kind,
                       parent_id=ids[parent] if parent else None, path="")
        db.add(unit)
        db.flush()
        paths[code] = (paths[parent] if parent else "/") + f"{unit.id}/"
        unit.path = paths[code]
        ids[code] = unit.id
    return ids


def _seed_staff(db: object, office_ids: dict[str, int]) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(db, Session)
    hashed = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2).hash(DEMO_PASSWORD)
    roles = dict(db.execute(select(Role.name, Role.id)).all())
    for username, full_name, role, office in STAFF:
        user = User(username=username, full_name=full_name, password_hash=hashed,
                    office_id=office_ids[office], locked=False, must_change_password=False,
                    version=1, created_at=NOW)
        db.add(user)
        db.flush()
        db.add(UserRole(user_id=user.id, role_id=roles[role]))
    return len(STAFF)


def _seed_customers(bulk: BulkWriter, office_ids: dict[str, int], size: int, seed: int) -> None:
    rng = random.Random(seed)
    offices = [office_ids[c] for c in OFFICE_CODES]
    classes = [c for c, weight in CLASS_MIX for _ in range(weight)]
    rows: dict[str, list[tuple[object, ...]]] = {t: [] for t in CUSTOMER_TABLES}
    for i in range(1, size + 1):
        for table, row in _customer_rows(rng, i, offices[i % len(offices)], rng.choice(classes)):
            rows[table].append(row)
        if i % CHUNK == 0 or i == size:
            for table in CUSTOMER_TABLES:
                bulk.write(table, rows[table])
                rows[table] = []


def _customer_rows(rng: random.Random, i: int, office_id: int,
                   cls: str) -> Iterator[tuple[str, tuple[object, ...]]]:
    name, industry, voltage, id_type, id_no = _identity(rng, cls, i)
    address = _address(rng, cls)
    mobile = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
    landline = f"0791-{rng.randrange(8_000_000, 9_000_000)}" if cls != "residential" else ""
    opened = date(2005, 1, 1) + timedelta(days=rng.randrange(7500))
    contact = name if cls == "residential" else _person(rng)
    yield "customer", (i, make_account_no(100_000_000 + i), name, cls, industry, voltage,
                       id_type, id_no, mobile, landline, mobile[::-1],
                       landline.replace("-", "")[::-1], contact, address, address, office_id,
                       "active" if rng.random() > 0.02 else "suspended", opened, 1, NOW, NOW)
    capacity, ct, pt, mode = _supply(rng, cls)
    yield "service_point", (i, i, f"SP{i:09d}", address, voltage, Decimal(capacity),
                            f"TA{office_id:02d}{rng.randrange(1, 400):04d}", "active")
    multiplier = Decimal(ct[0] * pt[0]) / Decimal(ct[1] * pt[1])
    yield "metering_point", (i, i, f"MP{i:09d}", mode, ct[0], ct[1], pt[0], pt[1], multiplier,
                             "billing")
    registers = "total,peak,flat,valley" if cls != "agriculture" else "total"
    if cls == "large_industry":
        registers += ",reactive,demand"
    meter_type = "三相智能电能表" if voltage != "220V" else "单相智能电能表"
    yield "meter", (i, i, f"{'ZJ' if voltage == '220V' else 'SX'}{31000000 + i * 7 % 9000000:08d}"
                    f"{i % 100:02d}", meter_type, 6 if voltage == "220V" else 7, registers,
                    opened, None)


def _person(rng: random.Random) -> str:
    return rng.choice(N.SURNAMES) + "".join(rng.choice(N.GIVEN_CHARS)
                                            for _ in range(rng.choice((1, 2))))


def _identity(rng: random.Random, cls: str, i: int) -> tuple[str, str, str, str, str]:
    if cls == "residential":
        birth = date(1950, 1, 1) + timedelta(days=rng.randrange(18000))
        id_no = f"3601{rng.randrange(10, 99)}{birth:%Y%m%d}{rng.randrange(1000):03d}X"
        return _person(rng), "", "220V", "id_card", id_no
    licence = f"91360{rng.randrange(10**12):012d}{i % 10}"
    if cls == "agriculture":
        name = rng.choice(N.VILLAGES) + _person(rng)[:1] + "家" + rng.choice(N.FARM_KIND)
        return name, "agriculture", "380V", "business_license", licence
    trade, industry = rng.choice(N.COMPANY_TRADE)
    name = f"南昌{rng.choice(N.COMPANY_PREFIX)}{trade}{rng.choice(N.COMPANY_SUFFIX)}"
    voltage = "10kV" if cls == "large_industry" else rng.choice(("380V", "380V", "10kV"))
    return name, industry, voltage, "business_license", licence


def _address(rng: random.Random, cls: str) -> str:
    district = rng.choice(N.DISTRICTS)
    road = rng.choice(N.ROADS)
    if cls == "residential":
        return (f"{N.CITY}{district}{road}{rng.randrange(1, 999)}号{rng.choice(N.COMMUNITIES)}"
                f"{rng.randrange(1, 30)}栋{rng.randrange(1, 6)}单元{rng.randrange(1, 33)}"
                f"{rng.randrange(1, 5):02d}室")
    if cls == "agriculture":
        return f"{N.CITY}{district}{rng.choice(N.VILLAGES)}{rng.randrange(1, 20)}组"
    return f"{N.CITY}{district}{road}{rng.randrange(1, 2000)}号"


def _supply(rng: random.Random, cls: str) -> tuple[int, tuple[int, int], tuple[int, int], str]:
    if cls == "residential":
        return rng.choice((4, 6, 8, 10)), (1, 1), (1, 1), "lv_lv"
    if cls == "agriculture":
        return rng.choice((20, 30, 50)), (1, 1), (1, 1), "lv_lv"
    if cls == "commercial":
        return rng.choice((30, 50, 80, 100)), (rng.choice((50, 100, 150)), 5), (1, 1), "lv_lv"
    capacity = rng.choice((315, 400, 630, 800, 1000, 1250, 2000))
    if rng.random() < 0.5:
        return capacity, (rng.choice((50, 75, 100)), 5), (10000, 100), "hv_hv"
    return capacity, (rng.choice((400, 600, 1000, 1500)), 5), (1, 1), "hv_lv"


def is_seeded(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.execute(select(func.count()).select_from(OrgUnit)).scalar())


def reset_sequences(engine: Engine) -> None:
    """After explicit ids, move PostgreSQL sequences past them."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        for table in ("customer", "service_point", "metering_point", "meter", "org_unit",
                      "app_user"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                              f"COALESCE((SELECT max(id) FROM {table}), 1))"))


_ = (Customer, ServicePoint, MeteringPoint, Meter)  # the tables the bulk rows target
