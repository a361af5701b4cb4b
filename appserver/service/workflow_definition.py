"""Workflow definitions as data: the TOML text of one business type, parsed and checked.

Pure (no database): the store keeps the text, this module says what it means. A definition
that parses here is safe to run: every stage code is unique, every next stage exists, every
role is a known role, every limit is positive, every field and document a stage needs is
declared, and an end stage (one without next stages) is reachable from the first stage.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from appserver.contract.applications import TYPES
from appserver.contract.permissions import DEFAULT_ROLES

FIELD_KINDS = ("text", "decimal", "integer", "date", "choice", "customer_class",
               "tariff_code", "voltage", "mobile", "ratio", "registers")
MAX_DAYS = Decimal(365)


class DefinitionError(Exception):
    """Why a definition is refused: a message key of core/messages/applications.py."""

    def __init__(self, message_key: str, /, **params: object) -> None:
        super().__init__(message_key, params)
        self.key, self.params = message_key, params


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    label_zh: str


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str
    label: str
    label_zh: str
    required: bool  # at registration
    choices: tuple[Choice, ...] = ()
    max_length: int = 100
    low: Decimal | None = None
    high: Decimal | None = None
    places: int = 2


@dataclass(frozen=True)
class DocSpec:
    code: str
    name: str
    name_zh: str


@dataclass(frozen=True)
class Stage:
    code: str
    name: str
    name_zh: str
    role: str
    days: Decimal
    fields: tuple[str, ...]
    documents: tuple[str, ...]
    next: tuple[str, ...]

    @property
    def is_end(self) -> bool:
        return not self.next


@dataclass(frozen=True)
class Definition:
    code: str
    version: int
    name: str
    name_zh: str
    needs_customer: bool
    total_days: Decimal
    effect: str
    fields: tuple[FieldSpec, ...]
    documents: tuple[DocSpec, ...]
    stages: tuple[Stage, ...]

    def stage(self, code: str) -> Stage:
        for stage in self.stages:
            if stage.code == code:
                return stage
        raise KeyError(code)

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

    def document(self, code: str) -> DocSpec | None:
        return next((d for d in self.documents if d.code == code), None)

    @property
    def first(self) -> Stage:
        return self.stages[0]

    def index(self, code: str) -> int:
        return [s.code for s in self.stages].index(code)


# -- parsing ------------------------------------------------------------------------------
def parse_definition(body: str) -> Definition:
    """The definition in ``body`` or DefinitionError saying what is wrong."""
    try:
        data = tomllib.loads(body, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise DefinitionError("app_def_toml", reason=str(exc)) from None
    definition = _definition(data)
    check_definition(definition)
    return definition


def _get(data: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str,
         default: Any = ...) -> Any:
    if key not in data:
        if default is ...:
            raise DefinitionError("app_def_missing_key", key=key, where=where)
        return default
    value = data[key]
    if isinstance(value, bool) and kind is not bool:
        raise DefinitionError("app_def_bad_value", key=key, where=where)
    if not isinstance(value, kind):
        raise DefinitionError("app_def_bad_value", key=key, where=where)
    return value


def _text(data: dict[str, Any], key: str, where: str, default: Any = ...) -> str:
    value = _get(data, key, str, where, default)
    if not isinstance(value, str) or (default is ... and not value.strip()):
        raise DefinitionError("app_def_bad_value", key=key, where=where)
    return value.strip()


def _number(data: dict[str, Any], key: str, where: str, default: Any = ...) -> Decimal | None:
    value = _get(data, key, (int, Decimal), where, default)
    return None if value is None else Decimal(value)


def _names(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = _get(data, key, list, where, [])
    if not all(isinstance(v, str) and v for v in value):
        raise DefinitionError("app_def_bad_value", key=key, where=where)
    return tuple(value)


def _tables(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = _get(data, key, list, "definition", [])
    if not all(isinstance(v, dict) for v in value):
        raise DefinitionError("app_def_bad_value", key=key, where="definition")
    return list(value)


def _definition(data: dict[str, Any]) -> Definition:
    code = _text(data, "code", "definition")
    version = _get(data, "version", int, "definition")
    total = _number(data, "total_days", "definition")
    assert total is not None
    return Definition(
        code=code, version=version, name=_text(data, "name", "definition"),
        name_zh=_text(data, "name_zh", "definition"),
        needs_customer=_get(data, "needs_customer", bool, "definition"),
        total_days=total, effect=_text(data, "effect", "definition", code) or code,
        fields=tuple(_field(f) for f in _tables(data, "fields")),
        documents=tuple(DocSpec(_text(d, "code", "documents"), _text(d, "name", "documents"),
                                _text(d, "name_zh", "documents"))
                        for d in _tables(data, "documents")),
        stages=tuple(_stage(s) for s in _tables(data, "stages")))


def _field(data: dict[str, Any]) -> FieldSpec:
    name = _text(data, "name", "fields")
    where = f"fields.{name}"
    kind = _text(data, "kind", where)
    if kind not in FIELD_KINDS:
        raise DefinitionError("app_def_bad_kind", name=name, kind=kind,
                              kinds=", ".join(FIELD_KINDS))
    choices = tuple(Choice(_text(c, "value", where), _text(c, "label", where),
                           _text(c, "label_zh", where))
                    for c in _get(data, "choices", list, where, []) if isinstance(c, dict))
    if kind == "choice" and not choices:
        raise DefinitionError("app_def_no_choices", name=name)
    places = _get(data, "places", int, where, 2)
    max_length = _get(data, "max_length", int, where, 100)
    if not 0 <= places <= 6 or not 1 <= max_length <= 200:
        raise DefinitionError("app_def_bad_value", key="places/max_length", where=where)
    return FieldSpec(name=name, kind=kind, label=_text(data, "label", where),
                     label_zh=_text(data, "label_zh", where),
                     required=_get(data, "required", bool, where, False), choices=choices,
                     max_length=max_length, low=_number(data, "min", where, None),
                     high=_number(data, "max", where, None), places=places)


def _stage(data: dict[str, Any]) -> Stage:
    code = _text(data, "code", "stages")
    where = f"stages.{code}"
    days = _number(data, "days", where)
    assert days is not None
    return Stage(code=code, name=_text(data, "name", where),
                 name_zh=_text(data, "name_zh", where), role=_text(data, "role", where),
                 days=days, fields=_names(data, "fields", where),
                 documents=_names(data, "documents", where), next=_names(data, "next", where))


# -- the rules ----------------------------------------------------------------------------
def check_definition(d: Definition) -> None:
    if d.code not in TYPES:
        raise DefinitionError("app_def_unknown_type", code=d.code, types=", ".join(TYPES))
    if d.version < 1:
        raise DefinitionError("app_def_bad_value", key="version", where="definition")
    if not Decimal(0) < d.total_days <= MAX_DAYS:
        raise DefinitionError("app_def_bad_days", where="total_days", days=d.total_days)
    _unique([f.name for f in d.fields], "fields")
    _unique([doc.code for doc in d.documents], "documents")
    _unique([s.code for s in d.stages], "stages")
    if not d.stages:
        raise DefinitionError("app_def_no_stages")
    codes = {s.code for s in d.stages}
    for stage in d.stages:
        if stage.role not in DEFAULT_ROLES:
            raise DefinitionError("app_def_bad_role", stage=stage.code, role=stage.role,
                                  roles=", ".join(DEFAULT_ROLES))
        if not Decimal(0) < stage.days <= d.total_days:
            raise DefinitionError("app_def_bad_days", where=stage.code, days=stage.days)
        for target in stage.next:
            if target not in codes or target == stage.code:
                raise DefinitionError("app_def_bad_next", stage=stage.code, target=target)
        for name in stage.fields:
            if d.field(name) is None:
                raise DefinitionError("app_def_unknown_field", stage=stage.code, name=name)
        for code in stage.documents:
            if d.document(code) is None:
                raise DefinitionError("app_def_unknown_document", stage=stage.code, code=code)
    if not any(s.is_end for s in _reachable(d)):
        raise DefinitionError("app_def_no_end")


def _unique(values: list[str], where: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise DefinitionError("app_def_duplicate", where=where, value=value)
        seen.add(value)


def _reachable(d: Definition) -> list[Stage]:
    found, todo = [d.first.code], [d.first.code]
    while todo:
        for target in d.stage(todo.pop()).next:
            if target not in found:
                found.append(target)
                todo.append(target)
    return [d.stage(code) for code in found]


def path_days(d: Definition) -> Decimal:
    """The stage limits along the first-next path from the first stage to an end stage."""
    total, stage, seen = Decimal(0), d.first, set()
    while stage.code not in seen:
        seen.add(stage.code)
        total += stage.days
        if stage.is_end:
            break
        stage = d.stage(stage.next[0])
    return total
