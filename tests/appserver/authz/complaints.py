"""Authorization-matrix arguments for the complaints methods (see __init__.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.appserver.authz.world import World

OFFICE_SCOPED: set[str] = set()

Args = dict[str, Callable[[], tuple[Any, ...]]]


def builders(w: World, side: str, username: str, n: int) -> Args:
    return {}
