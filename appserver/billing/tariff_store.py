"""Tariff versions in the database <-> the rating engine's catalogue.

Only approved versions rate bills. The catalogue is rebuilt when the set of approved versions
changes (their ids and hashes are the cache key), so a billing run and the calculator see an
approval at once without parsing TOML on every call.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import threading
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.billing.rating import TariffCatalog, tariff_from_toml, tariff_to_toml
from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.model import Tariff
from appserver.billing.rating.toml_io import DEFAULT_DIR
from dbschema.models import TariffVersion

_cache_lock = threading.Lock()
_cache: tuple[tuple[tuple[int, str], ...], TariffCatalog] | None = None


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()


def approved_catalog(db: Session) -> TariffCatalog:
    """Every approved tariff version, parsed (cached until the approved set changes)."""
    global _cache
    keys = tuple((row[0], row[1]) for row in db.execute(
        select(TariffVersion.id, TariffVersion.body_sha256)
        .where(TariffVersion.status == "approved").order_by(TariffVersion.id)))
    with _cache_lock:
        if _cache is not None and _cache[0] == keys:
            return _cache[1]
    bodies = db.execute(select(TariffVersion.code, TariffVersion.version, TariffVersion.body)
                        .where(TariffVersion.status == "approved")).all()
    catalog = TariffCatalog(tariff_from_toml(body, f"{code}@{version}")
                            for code, version, body in bodies)
    with _cache_lock:
        _cache = (keys, catalog)
    return catalog


def version_row(tariff: Tariff, body: str, status: str, created_by: int | None,
                now: datetime, approved_by: int | None = None) -> TariffVersion:
    return TariffVersion(code=tariff.code, version=tariff.version, name=tariff.name,
                         name_zh=tariff.name_zh, customer_class=tariff.customer_class,
                         effective_from=tariff.effective_from,
                         effective_to=tariff.effective_to, body=body,
                         body_sha256=body_hash(body), status=status, created_by=created_by,
                         created_at=now, approved_by=approved_by,
                         approved_at=now if approved_by is not None else None)


def install_shipped_tariffs(db: Session, now: datetime, directory: Path = DEFAULT_DIR) -> int:
    """Load resources/tariffs/*.toml as approved versions (installation and demo set-up:
    the shipped files stand for tariffs already approved by the price authority). Versions
    already present are left alone; returns how many were added."""
    have = {(row[0], row[1]) for row in db.execute(select(TariffVersion.code,
                                                          TariffVersion.version))}
    added = 0
    for path in sorted(directory.glob("*.toml")):
        body = path.read_text(encoding="utf-8")
        tariff = tariff_from_toml(body, path.name)
        if (tariff.code, tariff.version) in have:
            continue
        db.add(version_row(tariff, body, "approved", None, now))
        added += 1
    db.flush()
    return added


_TOP_KEY_RE = re.compile(r"^\s*(effective_from|effective_to)\s*=")


def with_effective_to(body: str, day: date) -> str:
    """``body`` with its top-level ``effective_to`` set to ``day``, the rest of the text (the
    drafter's layout and comments) unchanged. Should the text not allow that simple edit, the
    whole version is written out again in the exporter's canonical form; either way the
    result parses to the same tariff with the new end date (checked here)."""
    wanted = dataclasses.replace(tariff_from_toml(body), effective_to=day)
    lines, out, top, placed = body.splitlines(), [], True, False
    for line in lines:
        if top and line.lstrip().startswith("["):
            top = False
        match = _TOP_KEY_RE.match(line) if top else None
        if match is not None and match.group(1) == "effective_to":
            continue  # replaced after effective_from
        out.append(line)
        if match is not None and match.group(1) == "effective_from":
            out.append(f"effective_to = {day.isoformat()}")
            placed = True
    edited = "\n".join(out) + "\n"
    try:
        if placed and tariff_from_toml(edited) == wanted:
            return edited
    except RatingError:
        pass
    return tariff_to_toml(wanted)
