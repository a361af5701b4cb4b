"""All queries of the customers module.

Search is a UNION of narrow, index-backed sub-queries, one per pattern, each with its own
LIMIT, instead of one OR over many columns that the planner could turn into a sequential
scan. PostgreSQL serves prefixes from text_pattern_ops indexes and substrings from pg_trgm;
SQLite (the embedded demo) falls back to LIKE.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BindParameter,
    Integer,
    Select,
    String,
    bindparam,
    func,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from appserver.core.sql import escape_like
from dbschema.models import AuditLog, Customer, Meter, MeteringPoint, OrgUnit, ServicePoint

# (kind, specific, bounded above): what a search statement's structure depends on.
Shape = tuple[tuple[str, bool, bool], ...]


def search_statement(visible: frozenset[int], patterns: Sequence[tuple[str, str]],
                     limit: int) -> tuple[Any, dict[str, Any]] | None:
    """The statement behind ``search_ids`` and its parameters (the benchmark EXPLAINs it).

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
    if not patterns:
        return None
    shape = tuple((kind, _specific(kind, text), kind == "account" and bool(_upper(text)))
                  for kind, text in patterns)
    params: dict[str, Any] = {"visible": sorted(visible), "limit": limit}
    for n, (kind, text) in enumerate(patterns):
        params.update(_pattern_params(n, kind, text))
    return _search_template(shape), params


@functools.lru_cache(maxsize=64)
def _search_template(shape: Shape) -> Any:
    """Built once per shape: building a statement costs more Python time than running it."""
    visible: BindParameter[list[int]] = bindparam("visible", expanding=True)
    limit = bindparam("limit", type_=Integer)
    subqueries: list[Any] = []
    for n, (kind, specific, bounded) in enumerate(shape):
        q = _pattern_query(kind, n, bounded)
        if specific:
            matches = q.add_columns(Customer.office_id).offset(0).subquery()
            q = (select(matches.c.id, matches.c.account_no, matches.c.kind)
                 .where(matches.c.office_id.in_(visible)).order_by(matches.c.account_no))
        else:
            q = q.where(Customer.office_id.in_(visible)).order_by(Customer.account_no)
        subqueries.append(q.limit(limit).subquery().select())
    return union_all(*subqueries)


def _specific(kind: str, text: str) -> bool:
    return kind in ("mobile", "landline") or (kind == "name" and len(text) >= 2)


def search_ids(db: Session, visible: frozenset[int], patterns: Sequence[tuple[str, str]],
               limit: int) -> list[tuple[int, str, str]]:
    """(customer id, account no, matched pattern), up to ``limit`` per pattern, by account."""
    found = search_statement(visible, patterns, limit)
    if found is None:
        return []
    rows = db.execute(*found).all()
    seen: dict[int, tuple[int, str, str]] = {}
    for cid, account_no, kind in rows:
        seen.setdefault(cid, (cid, account_no, kind))
    return sorted(seen.values(), key=lambda r: r[1])


def _upper(digits: str) -> str:
    """The first string above every account starting with ``digits`` ("" if there is none)."""
    stem = digits.rstrip("9")
    return stem[:-1] + str(int(stem[-1]) + 1) if stem else ""


def _pattern_params(n: int, kind: str, text: str) -> dict[str, str]:
    if kind == "account":
        bounds = {f"lo{n}": text, f"hi{n}": _upper(text)}
        return {f"like{n}": escape_like(text) + "%", **{k: v for k, v in bounds.items() if v}}
    if kind in ("mobile", "landline"):
        return {f"like{n}": escape_like(text[::-1]) + "%"}  # "ends with" on the reversed digits
    if kind == "address":
        return {f"like{n}": "%" + escape_like(text) + "%"}
    return {f"like{n}": escape_like(text) + "%"}


def _pattern_query(kind: str, n: int, bounded: bool) -> Select[int, str, str]:
    like = bindparam(f"like{n}", type_=String)
    base = select(Customer.id, Customer.account_no, literal(kind).label("kind"))
    if kind == "account":
        q = base.where(Customer.account_no.like(like, escape="\\"),
                       Customer.account_no >= bindparam(f"lo{n}", type_=String))
        return q.where(Customer.account_no < bindparam(f"hi{n}", type_=String)) if bounded else q
    column = {"mobile": Customer.phone_mobile_rev, "landline": Customer.phone_landline_rev,
              "name": Customer.name, "address": Customer.address}.get(kind)
    if column is not None:
        return base.where(column.like(like, escape="\\"))
    if kind == "meter":
        return (base.join(ServicePoint, ServicePoint.customer_id == Customer.id)
                .join(MeteringPoint, MeteringPoint.service_point_id == ServicePoint.id)
                .join(Meter, Meter.metering_point_id == MeteringPoint.id)
                .where(Meter.serial.like(like, escape="\\")))
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


_SEARCH_ROWS = (select(Customer.id, Customer.account_no, Customer.name, Customer.customer_class,
                       Customer.phone_mobile, Customer.address, Customer.status,
                       OrgUnit.name.label("office_name"))
                .join(OrgUnit, OrgUnit.id == Customer.office_id)
                .where(Customer.id.in_(_IDS)).order_by(Customer.account_no))


def search_rows(db: Session, ids: Sequence[int]) -> list[Any]:
    """The columns a page of search results shows, as plain rows: loading 20 full ORM
    customers cost more than the search itself."""
    return list(db.execute(_SEARCH_ROWS, {"ids": list(ids)}).all())


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
