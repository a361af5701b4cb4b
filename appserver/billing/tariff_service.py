"""Rules of tariffs as data: drafts from TOML text, submission, approval by a second person,
rejection, withdrawal, files in and out.

A version's body is always a tariff the engine accepts: every draft is parsed and validated
when it is written, and its columns (code, version, names, class, dates) are taken from the
parsed version, never typed twice. Versions of one code must not overlap in time; the one
exception is the open-ended approved version a new version follows, which approval ends the
day before the new version starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from appserver.billing import tariff_repository as repo
from appserver.billing.rating import RatingError, Tariff, tariff_from_toml
from appserver.billing.rating.toml_io import file_name
from appserver.billing.tariff_errors import translated
from appserver.billing.tariff_store import (
    approved_catalog,
    body_hash,
    version_row,
    with_effective_to,
)
from appserver.billing.tariff_summary import calculator_inputs, summary
from appserver.contract.codec import date_to_wire, datetime_to_wire
from appserver.contract.errors import NotFound, UserError
from appserver.core.i18n import msg
from appserver.core.rpc import Call
from dbschema.models import TariffVersion

MAX_TOML_CHARS = 100_000
MAX_REASON_CHARS = 200
MAX_FILE_NAME_CHARS = 120
BLOCKING = ("approved", "pending")  # the statuses a new version must not overlap
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Actor:
    """Who acts and when: a caller of the API, or the command line (user None)."""

    db: Session
    user_id: int | None
    now: datetime
    locale: str

    def msg(self, key: str, **params: object) -> str:
        return msg(self.locale, key, **params)


def _actor(call: Call) -> Actor:
    return Actor(call.db, call.user.user_id, call.now, call.locale)


# -- reading -----------------------------------------------------------------------------


def list_tariffs(call: Call) -> dict[str, Any]:
    rows = repo.all_versions(call.db)
    names = repo.user_names(call.db, [i for r in rows for i in (r.created_by, r.approved_by)])
    catalog = approved_catalog(call.db)
    codes: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = codes.setdefault(row.code, {"code": row.code, "versions": []})
        dto = version_dto(row, names)
        if row.status == "approved":
            dto["inputs"] = calculator_inputs(catalog.find(row.code, row.version, None, ""))
        entry["versions"].append(dto)
    for entry in codes.values():  # the code's names and class: those of its latest version
        latest = entry["versions"][-1]
        entry.update(name=latest["name"], name_zh=latest["name_zh"],
                     customer_class=latest["customer_class"])
    return {"tariffs": list(codes.values())}


def get_version(call: Call, version_id: Any) -> dict[str, Any]:
    row = _row(call, version_id)
    names = repo.user_names(call.db, [row.created_by, row.approved_by])
    tariff = tariff_from_toml(row.body)
    return {**version_dto(row, names), "body": row.body, "file_name": file_name(tariff),
            "summary": summary(tariff), "inputs": calculator_inputs(tariff)}


def version_dto(row: TariffVersion, names: dict[int, str]) -> dict[str, Any]:
    return {"id": row.id, "code": row.code, "version": row.version, "key": _key(row),
            "name": row.name, "name_zh": row.name_zh, "customer_class": row.customer_class,
            "effective_from": date_to_wire(row.effective_from),
            "effective_to": date_to_wire(row.effective_to) if row.effective_to else None,
            "status": row.status, "drafted_by_id": row.created_by,
            "drafted_by": names.get(row.created_by, "") if row.created_by else "",
            "drafted_at": datetime_to_wire(row.created_at),
            "approved_by": names.get(row.approved_by, "") if row.approved_by else "",
            "approved_at": datetime_to_wire(row.approved_at) if row.approved_at else None,
            "note": row.note}


def export_version(call: Call, version_id: Any) -> dict[str, Any]:
    row = _row(call, version_id)
    return {"file_name": file_name(tariff_from_toml(row.body)), "text": row.body,
            "status": row.status}


# -- drafting ----------------------------------------------------------------------------


def draft(call: Call, toml_text: Any) -> dict[str, Any]:
    body = _toml_text(call, toml_text)
    row = create_version(_actor(call), parse(body, call.locale), body, "draft")
    call.audit("tariff_version", row.id, action="drafted", key=_key(row))
    return _fresh(call, row)


def import_file(call: Call, name: Any, toml_text: Any) -> dict[str, Any]:
    source = call.v.text(name, "file_name", MAX_FILE_NAME_CHARS)
    if not source.lower().endswith(".toml"):
        raise call.v.fail("file_name", "tariff_file_name_bad")
    body = _toml_text(call, toml_text)
    row = create_version(_actor(call), parse(body, call.locale, source), body, "draft")
    call.audit("tariff_version", row.id, action="imported", key=_key(row), file_name=source)
    return _fresh(call, row)


def edit_draft(call: Call, version_id: Any, toml_text: Any) -> dict[str, Any]:
    row = _row(call, version_id, lock=True)
    body = _toml_text(call, toml_text)
    _require_status(call, row, "draft", "tariff_not_draft")
    tariff = parse(body, call.locale)
    if tariff.code != row.code:
        raise UserError(call.msg("tariff_code_fixed", code=row.code, new=tariff.code),
                        {"field": "code"})
    actor = _actor(call)
    check_placement(actor, tariff, exclude_id=row.id)
    before = _key(row)
    _fill(row, tariff, body)
    # Whoever last wrote the text is its drafter: the four-eyes rule is about the content.
    row.created_by, row.created_at, row.note = actor.user_id, actor.now, ""
    call.db.flush()
    call.audit("tariff_version", row.id, action="edited", key=_key(row), before=before)
    return _fresh(call, row)


def submit(call: Call, version_id: Any) -> dict[str, Any]:
    row = _row(call, version_id, lock=True)
    _require_status(call, row, "draft", "tariff_not_draft")
    check_placement(_actor(call), tariff_from_toml(row.body), exclude_id=row.id)
    row.status, row.note = "pending", ""
    call.db.flush()
    call.audit("tariff_version", row.id, action="submitted", key=_key(row))
    return _fresh(call, row)


def withdraw(call: Call, version_id: Any) -> dict[str, Any]:
    row = _row(call, version_id, lock=True)
    _require_status(call, row, "pending", "tariff_not_pending")
    row.status = "draft"
    call.db.flush()
    call.audit("tariff_version", row.id, action="withdrawn", key=_key(row))
    return _fresh(call, row)


# -- approval ----------------------------------------------------------------------------


def approve(call: Call, version_id: Any) -> dict[str, Any]:
    row = _row(call, version_id, lock=True)
    _require_status(call, row, "pending", "tariff_not_pending")
    if row.created_by == call.user.user_id:
        raise UserError(call.msg("tariff_own_draft", tariff=_key(row)))
    closed = approve_version(_actor(call), row)
    call.audit("tariff_version", row.id, action="approved", key=_key(row),
               effective_from=date_to_wire(row.effective_from),
               ended=[{"key": _key(c), "effective_to": date_to_wire(c.effective_to)}
                      for c in closed if c.effective_to is not None])
    return _fresh(call, row)


def reject(call: Call, version_id: Any, reason: Any) -> dict[str, Any]:
    row = _row(call, version_id, lock=True)
    why = call.v.text(reason, "reason", MAX_REASON_CHARS)
    _require_status(call, row, "pending", "tariff_not_pending")
    if row.created_by == call.user.user_id:
        raise UserError(call.msg("tariff_own_draft_reject", tariff=_key(row)))
    row.status, row.note = "draft", why
    call.db.flush()
    call.audit("tariff_version", row.id, action="rejected", key=_key(row), reason=why)
    return _fresh(call, row)


def approve_version(actor: Actor, row: TariffVersion) -> list[TariffVersion]:
    """Approve ``row`` (checked again against the approved versions: they may have changed
    since it was submitted) and end the open-ended version it follows. Returns the versions
    it ended."""
    tariff = tariff_from_toml(row.body)
    ended = check_placement(actor, tariff, exclude_id=row.id, lock=True)
    for previous in ended:
        previous.body = with_effective_to(previous.body, tariff.effective_from
                                          - timedelta(days=1))
        _fill(previous, tariff_from_toml(previous.body), previous.body)
    row.status, row.approved_by, row.approved_at = "approved", actor.user_id, actor.now
    actor.db.flush()
    return ended


# -- the rules shared with the command line ----------------------------------------------


def parse(body: str, locale: str, where: str = "") -> Tariff:
    try:
        return tariff_from_toml(body)
    except RatingError as exc:
        raise translated(exc, locale, where=where) from None


def create_version(actor: Actor, tariff: Tariff, body: str, status: str) -> TariffVersion:
    """A new row for ``tariff`` (draft, or approved at installation by the command line)."""
    check_placement(actor, tariff, exclude_id=None)
    row = repo.add(actor.db, version_row(tariff, body, "draft", actor.user_id, actor.now))
    if status == "approved":
        approve_version(actor, row)
    return row


def check_placement(actor: Actor, tariff: Tariff, exclude_id: int | None,
                    lock: bool = False) -> list[TariffVersion]:
    """Refuse a version number that is taken or not above the latest, and effective dates
    that overlap an approved or pending version. Returns the open-ended approved version
    that ``tariff`` follows (the one approval ends), if any."""
    others = [r for r in repo.versions_of(actor.db, tariff.code, lock=lock)
              if r.id != exclude_id]
    latest = max((r.version for r in others), default=0)
    if any(r.version == tariff.version for r in others):
        raise UserError(actor.msg("tariff_version_taken", code=tariff.code,
                                  version=tariff.version, next=latest + 1),
                        {"field": "version"})
    if tariff.version < latest:
        raise UserError(actor.msg("tariff_version_not_next", code=tariff.code, latest=latest,
                                  next=latest + 1), {"field": "version"})
    follows: list[TariffVersion] = []
    for other in others:
        if other.status not in BLOCKING or not _overlap(other, tariff):
            continue
        if other.status == "approved" and other.effective_to is None:
            if other.effective_from < tariff.effective_from:
                follows.append(other)
                continue
            raise UserError(actor.msg("tariff_starts_too_early", tariff=tariff.key,
                                      start=tariff.effective_from, other=_key(other),
                                      other_start=other.effective_from),
                            {"field": "effective_from"})
        raise UserError(actor.msg(
            "tariff_overlap", tariff=tariff.key, start=tariff.effective_from,
            end=tariff.effective_to or actor.msg("tariff_open_end"), other=_key(other),
            other_start=other.effective_from,
            other_end=other.effective_to or actor.msg("tariff_open_end"),
            status=actor.msg(f"tariff_status_{other.status}")), {"field": "effective_from"})
    return follows


# -- helpers -----------------------------------------------------------------------------


def _overlap(row: TariffVersion, tariff: Tariff) -> bool:
    row_end = row.effective_to or date.max
    new_end = tariff.effective_to or date.max
    return row.effective_from <= new_end and tariff.effective_from <= row_end


def _fill(row: TariffVersion, tariff: Tariff, body: str) -> None:
    row.version, row.name, row.name_zh = tariff.version, tariff.name, tariff.name_zh
    row.customer_class = tariff.customer_class
    row.effective_from, row.effective_to = tariff.effective_from, tariff.effective_to
    row.body, row.body_sha256 = body, body_hash(body)


def _key(row: TariffVersion) -> str:
    return f"{row.code}@{row.version}"


def _row(call: Call, version_id: Any, lock: bool = False) -> TariffVersion:
    vid = call.v.integer(version_id, "version_id", 1, 2**31 - 1)
    row = repo.version(call.db, vid, lock=lock)
    if row is None:
        raise NotFound(call.msg("not_found", what=call.msg("tariff_what_version")))
    return row


def _require_status(call: Call, row: TariffVersion, status: str, key: str) -> None:
    if row.status != status:
        raise UserError(call.msg(key, tariff=_key(row),
                                 status=call.msg(f"tariff_status_{row.status}")))


def _toml_text(call: Call, value: Any) -> str:
    """The file's text exactly as given (not stripped: it is kept and exported as it is)."""
    if not isinstance(value, str):
        raise call.v.fail("toml_text", "not_text")
    if len(value) > MAX_TOML_CHARS:
        raise call.v.fail("toml_text", "too_long", limit=MAX_TOML_CHARS)
    if _CONTROL_RE.search(value):
        raise call.v.fail("toml_text", "tariff_text_has_control")
    if not value.strip():
        raise call.v.fail("toml_text", "required")
    return value


def _fresh(call: Call, row: TariffVersion) -> dict[str, Any]:
    return version_dto(row, repo.user_names(call.db, [row.created_by, row.approved_by]))
