"""The rules of moving an application through its definition (pure: no database).

The service layer loads the application and its definition, asks these functions what is
allowed, and writes the outcome. Every refusal is a ``Refusal`` carrying a message key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from appserver.contract.permissions import ROLE_ADMIN
from appserver.service.workflow_definition import Definition, Stage

OPEN = ("active", "suspended")


class Refusal(Exception):
    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key, params)
        self.key, self.params = key, params


def may_work(roles: Iterable[str], stage: Stage) -> bool:
    """The stage's role works it; an administrator may stand in for anyone."""
    held = set(roles)
    return stage.role in held or ROLE_ADMIN in held


@dataclass(frozen=True)
class Missing:
    fields: tuple[str, ...]
    documents: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.fields or self.documents)


def missing(stage: Stage, fields: Mapping[str, str], documents: Iterable[str]) -> Missing:
    """What the stage still needs before it can be completed."""
    have = set(documents)
    return Missing(tuple(f for f in stage.fields if not fields.get(f)),
                   tuple(d for d in stage.documents if d not in have))


def next_stage(stage: Stage, to_stage: str | None) -> str | None:
    """Where completing ``stage`` leads (None: the application is complete)."""
    if stage.is_end:
        if to_stage is not None:
            raise Refusal("app_bad_next", target=to_stage, allowed="-")
        return None
    target = stage.next[0] if to_stage is None else to_stage
    if target not in stage.next:
        raise Refusal("app_bad_next", target=target, allowed=", ".join(stage.next))
    return target


def path(d: Definition, moves: Iterable[tuple[str, str | None, str | None]]) -> list[str]:
    """The stages of the application's current path, first to current, from its history of
    (action, from_stage, to_stage): advancing appends, returning cuts back."""
    stages = [d.first.code]
    for action, _from, to in moves:
        if to is None:
            continue
        if action == "advance":
            stages.append(to)
        elif action == "return" and to in stages:
            del stages[stages.index(to) + 1:]
    return stages


def earlier(current_path: list[str]) -> list[str]:
    """Stages one may return to: those before the current one on its path."""
    return current_path[:-1]


def check_open(status: str) -> None:
    if status not in OPEN:
        raise Refusal("app_not_open")


def check_active(status: str) -> None:
    if status != "active":
        raise Refusal("app_not_open")


@dataclass(frozen=True)
class Actions:
    advance: tuple[str, ...]
    complete: bool
    back: tuple[str, ...]
    suspend: bool
    resume: bool
    terminate: bool
    update: bool = False  # change the fields (the stage's role, while active)

    def to_wire(self) -> dict[str, object]:
        return {"advance": list(self.advance), "complete": self.complete,
                "return": list(self.back),
                "suspend": self.suspend, "resume": self.resume, "terminate": self.terminate,
                "update": self.update}


def actions(d: Definition, status: str, stage_code: str, current_path: list[str],
            roles: Iterable[str], can_handle: bool, can_terminate: bool) -> Actions:
    """What the caller may do now (the client shows only these buttons)."""
    stage = d.stage(stage_code)
    works = can_handle and may_work(roles, stage) and status in OPEN
    active = works and status == "active"
    return Actions(advance=stage.next if active else (), complete=active and stage.is_end,
                   back=tuple(earlier(current_path)) if active else (),
                   suspend=active, resume=works and status == "suspended",
                   terminate=can_terminate and status in OPEN, update=active)
