"""All queries of the customers module.

Search is a UNION of narrow, index-backed sub-queries, one per pattern, each with its own
LIMIT, instead of one OR over many columns that the planner could turn into a sequential
scan. PostgreSQL serves prefixes from text_pattern_ops indexes and substrings from pg_trgm;
SQLite (the embedded demo) falls back to LIKE.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BindParameter,
    Integer,
    Select,
    bindparam,
    func,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from dbschema.models import AuditLog, Customer, Meter, MeteringPoint, OrgUnit, ServicePoint


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix(column: Any, text: str) -> Any:
    return column.like(_escape(text) + "%", escape="\\")


def _contains(column: Any, text: str) -> Any:
    return column.like("%" + _escape(text) + "%", escape="\\")


def search_statement(visible: frozenset[int], patterns: Sequence[tuple[str, str]],
                     limit: int) -> Any:
    """The one statement behind ``search_ids`` (the benchmark EXPLAINs it), or None.

    Each sub-query returns its first ``limit`` matches by account number. PostgreSQL cannot
    estimate how many rows a prefix matches under C.UTF-8 (it assumes 1%), so left alone it
    walks the account index in order, filtering, hoping to meet ``limit`` matches early; for
    a rare text it reads the whole table (measured: 300-800 ms over 1e6 customers), or it
    ANDs the pattern's bitmap with the office index (25 ms for 200,000 rows). Texts that are
    always specific (phone suffixes of 4+ digits, name prefixes of 2+ characters) therefore
    collect their matches in a sub-query fenced with OFFSET 0, which the planner must run on
    its own through the pattern's index; office, order and limit apply to those few rows.
    Account prefixes get a range the unique account index scans in order; meter serials are
    found through the meter index; address parts keep the plain form, which suits common
    roads and communities.
    """
    subqueries: list[Any] = []
    for kind, text in patterns:
        q = _pattern_query(kind, text)
        if _specific(kind, text):
            matches = q.add_columns(Customer.office_id).offset(0).subquery()
            q = (select(matches.c.id, matches.c.account_no, matches.c.kind)
                 .where(matches.c.office_id.in_(visible)).order_by(matches.c.account_no))
        else:
            q = q.where(Customer.office_id.in_(visible)).order_by(Customer.account_no)
        subqueries.append(q.limit(limit).subquery().select())
    return union_all(*subqueries) if subqueries else None


def _specific(kind: str, text: str) -> bool:
    return kind in ("mobile", "landline") or (kind == "name" and len(text) >= 2)


def search_ids(db: Session, visible: frozenset[int], patterns: Sequence[tuple[str, str]],
               limit: int) -> list[tuple[int, str, str]]:
    """(customer id, account no, matched pattern), up to ``limit`` per pattern, by account."""
    statement = search_statement(visible, patterns, limit)
    if statement is None:
        return []
    rows = db.execute(statement).all()
    seen: dict[int, tuple[int, str, str]] = {}
    for cid, account_no, kind in rows:
        seen.setdefault(cid, (cid, account_no, kind))
    return sorted(seen.values(), key=lambda r: r[1])


def _account_range(text: str) -> list[Any]:
    """Bounds for a digits prefix that the unique account index can scan in order."""
    bounds = [Customer.account_no >= text]
    stem = text.rstrip("9")
    if stem:
        bounds.append(Customer.account_no < stem[:-1] + str(int(stem[-1]) + 1))
    return bounds


def _pattern_query(kind: str, text: str) -> Select[int, str, str]:
    base = select(Customer.id, Customer.account_no, literal(kind).label("kind"))
    if kind == "account":
        return base.where(_prefix(Customer.account_no, text), *_account_range(text))
    if kind == "mobile":
        return base.where(_prefix(Customer.phone_mobile_rev, text[::-1]))
    if kind == "landline":
        return base.where(_prefix(Customer.phone_landline_rev, text[::-1]))
    if kind == "name":
        return base.where(_prefix(Customer.name, text))
    if kind == "address":
        return base.where(_contains(Customer.address, text))
    if kind == "meter":
        return (base.join(ServicePoint, ServicePoint.customer_id == Customer.id)
                .join(MeteringPoint, MeteringPoint.service_point_id == ServicePoint.id)
                .join(Meter, Meter.metering_point_id == MeteringPoint.id)
                .where(_prefix(Meter.serial, text)))
    raise ValueError(kind)


# The customer file's statements are built once (building one costs more Python time than
# running it); ids and limits come in as bind parameters.
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_CUSTOMERS_WITH_OFFICE = (select(Customer, OrgUnit.name)
                          .join(OrgUnit, OrgUnit.id == Customer.office_id)
                          .where(Customer.id.in_(_IDS)).order_by(Customer.account_no))
_SERVICE_POINTS = (select(ServicePoint).where(ServicePoint.customer_id == bindparam("cid"))
                   .order_by(ServicePoint.code))
_METERING_POINTS = (select(MeteringPoint).where(MeteringPoint.service_point_id.in_(_IDS))
                    .order_by(MeteringPoint.code))
_METERS = (select(Meter).where(Meter.metering_point_id.in_(_IDS))
           .order_by(Meter.installed_on.desc()))
_HISTORY = (select(AuditLog)
            .where(AuditLog.entity_type == "customer", AuditLog.entity_id == bindparam("cid"),
                   AuditLog.outcome == "ok")
            .order_by(AuditLog.seq.desc()).limit(bindparam("limit", type_=Integer)))


def customers_with_office(db: Session, ids: Sequence[int]) -> list[tuple[Customer, str]]:
    rows = db.execute(_CUSTOMERS_WITH_OFFICE, {"ids": list(ids)}).all()
    return [(c, name) for c, name in rows]


def service_points(db: Session, customer_id: int) -> list[ServicePoint]:
    return list(db.scalars(_SERVICE_POINTS, {"cid": customer_id}))


def metering_points(db: Session, sp_ids: Sequence[int]) -> list[MeteringPoint]:
    return list(db.scalars(_METERING_POINTS, {"ids": list(sp_ids)}))


def meters(db: Session, mp_ids: Sequence[int]) -> list[Meter]:
    return list(db.scalars(_METERS, {"ids": list(mp_ids)}))


def history(db: Session, customer_id: int, limit: int = 100) -> list[AuditLog]:
    return list(db.scalars(_HISTORY, {"cid": customer_id, "limit": limit}))


def update_if_version(db: Session, customer_id: int, version: int,
                      values: dict[str, Any]) -> bool:
    """Optimistic lock in one statement: nobody can slip in between check and write."""
    res = db.execute(update(Customer)
                     .where(Customer.id == customer_id, Customer.version == version)
                     .values(version=Customer.version + 1, **values)
                     .execution_options(synchronize_session=False))
    return res.rowcount == 1  # type: ignore[attr-defined,no-any-return]


def count_customers(db: Session) -> int:
    return db.scalar(select(func.count()).select_from(Customer)) or 0
