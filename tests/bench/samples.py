"""Search texts drawn from seeded customers that a given clerk may see."""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from appserver.core.db import make_engine
from appserver.core.security import load_principal
from dbschema.models import User
from dbschema.seed import names as N

SAMPLE_SQL = text("""
    SELECT c.account_no, c.name, c.customer_class, c.phone_mobile, c.address, m.serial
    FROM customer c
    JOIN service_point sp ON sp.customer_id = c.id
    JOIN metering_point mp ON mp.service_point_id = sp.id
    JOIN meter m ON m.metering_point_id = mp.id
    WHERE c.id = ANY(:ids) AND c.office_id = ANY(:offices)
""")


def visible_offices(db: Session, username: str) -> frozenset[int]:
    user = db.scalars(select(User).where(User.username == username)).one()
    return load_principal(db, user, None).visible_office_ids


def search_texts(url: str, username: str, per_pattern: int,
                 rng: random.Random) -> dict[str, list[str]]:
    """For each pattern, ``per_pattern`` texts a clerk would type, from real seeded values."""
    engine = make_engine(url)
    try:
        with Session(engine) as db:
            offices = sorted(visible_offices(db, username))
            top = int(db.execute(text("SELECT max(id) FROM customer")).scalar_one())
            rows: list[Any] = []
            while sum(r.customer_class == "residential" for r in rows) < per_pattern:
                ids = [rng.randint(1, top) for _ in range(per_pattern * 2)]
                rows += db.execute(SAMPLE_SQL, {"ids": ids, "offices": offices}).all()
    finally:
        engine.dispose()
    people = [r for r in rows if r.customer_class == "residential"][:per_pattern]
    rows = rows[:per_pattern]
    return {
        "account exact": [r.account_no for r in rows],
        "account prefix": [r.account_no[:rng.randint(5, 8)] for r in rows],
        "meter serial": [r.serial for r in rows],
        "phone suffix (4)": [r.phone_mobile[-4:] for r in rows],
        # A person's surname and the first character of the given name.
        "name prefix (2 chars)": [r.name[:2] for r in people],
        "address part": [_address_part(r.address, rng) for r in rows],
    }


def _address_part(address: str, rng: random.Random) -> str:
    """A road or a community (or, for villages, the village) named in the address."""
    parts = [w for w in (*N.ROADS, *N.COMMUNITIES, *N.VILLAGES) if w in address]
    return rng.choice(parts)


def customer_ids(url: str, username: str, count: int, rng: random.Random) -> list[int]:
    """Ids of ``count`` random customers the user may open."""
    engine = make_engine(url)
    try:
        with Session(engine) as db:
            offices = sorted(visible_offices(db, username))
            top = int(db.execute(text("SELECT max(id) FROM customer")).scalar_one())
            found: list[int] = []
            while len(found) < count:
                ids = [rng.randint(1, top) for _ in range(count * 2)]
                found += db.execute(text("SELECT id FROM customer WHERE id = ANY(:ids) "
                                         "AND office_id = ANY(:offices)"),
                                    {"ids": ids, "offices": offices}).scalars().all()
            return found[:count]
    finally:
        engine.dispose()
