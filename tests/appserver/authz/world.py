"""The targets every authorization test acts on: one of each thing in the caller's own office
(DH) and in another office (XH). Module builders add their own targets lazily (``extra``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dbschema.models import Customer, User
from tests.helpers.api import make_user, office_id


@dataclass
class World:
    """Targets in the caller's own office (DH) and in another office (XH)."""

    db: Session
    customer: dict[str, Customer]
    user: dict[str, User]
    office: dict[str, int]
    now: Any = None
    extra: dict[tuple[str, str], Any] = field(default_factory=dict)

    def once(self, key: str, side: str, make: Callable[[], Any]) -> Any:
        """A module's target for one side, made on first use (e.g. a bill in DH / XH)."""
        if (key, side) not in self.extra:
            self.extra[(key, side)] = make()
        return self.extra[(key, side)]

    def fresh(self, side: str, what: str) -> Any:
        self.db.expire_all()
        return self.db.get(Customer if what == "customer" else User,
                           getattr(self, what)[side].id)


def make_world(db: Session, now: Any) -> World:
    customers = {side: db.scalars(select(Customer).where(Customer.office_id == office_id(db, code))
                                  .order_by(Customer.id).limit(1)).one()
                 for side, code in (("own", "DH"), ("other", "XH"))}
    users = {side: make_user(db, f"t.target.{side}", code, ["counter_clerk"], now)
             for side, code in (("own", "DH"), ("other", "XH"))}
    return World(db, customers, users, {"own": office_id(db, "DH"),
                                        "other": office_id(db, "XH")}, now)
