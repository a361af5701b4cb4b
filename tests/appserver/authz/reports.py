"""Authorization-matrix arguments for the reports methods (see __init__.py).

The caller works in office DH: its own side is DH's report, the other side XH's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.appserver.authz.world import World

OFFICE_SCOPED: set[str] = {"reports.monthly_revenue_figures", "reports.monthly_revenue_pdf"}
PERIOD = "2026-10"  # a month before the matrix clock's (2026-11-28)


Args = dict[str, Callable[[], tuple[Any, ...]]]


def builders(w: World, side: str, username: str, n: int) -> Args:
    return {
        "reports.report_units": lambda: (),
        "reports.monthly_revenue_figures": lambda: (PERIOD, w.office[side]),
        "reports.monthly_revenue_pdf": lambda: (PERIOD, w.office[side]),
    }
