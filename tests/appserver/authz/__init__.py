"""Argument builders of the revenue modules for the authorization matrix.

Each module file defines ``builders(w, side, username, n) -> {"module.method": lambda: args}``
(arguments that succeed for an authorised caller on ``side``) and ``OFFICE_SCOPED`` (methods
that must refuse a target of another office).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.appserver.authz import (
    applications,
    billing,
    bills,
    collection,
    complaints,
    faults,
    metering,
    payments,
    reports,
    system,
    tariffs,
    work,
)

Builders = Callable[..., dict[str, Callable[[], tuple[Any, ...]]]]
_MODULES = (system, metering, tariffs, billing, bills, payments, collection, reports,
            applications, complaints, faults, work)
MODULE_BUILDERS: list[Builders] = [m.builders for m in _MODULES]
MODULE_OFFICE_SCOPED: set[str] = set().union(*(m.OFFICE_SCOPED for m in _MODULES))
