"""Authorization-matrix arguments for the tariffs methods (see __init__.py).

Tariffs belong to no office: none of these methods is office-scoped. The versions a method
acts on are made straight in the database, drafted by another user (the matrix's own-office
target user), so an approver in the matrix is never the drafter.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from appserver.billing.rating import tariff_from_toml, tariff_to_toml
from appserver.billing.rating.toml_io import DEFAULT_DIR
from appserver.billing.tariff_store import version_row
from dbschema.models import TariffVersion
from tests.appserver.authz.world import World

OFFICE_SCOPED: set[str] = set()

Args = dict[str, Callable[[], tuple[Any, ...]]]


def tariff_text(code: str) -> str:
    """A valid version 1 of a new code (the monthly two-block example under another code)."""
    base = tariff_from_toml((DEFAULT_DIR / "EX-MONTHLY-2BLOCK.v1.toml").read_text("utf-8"))
    return tariff_to_toml(dataclasses.replace(base, code=code))


def _version(w: World, code: str, status: str) -> int:
    body = tariff_text(code)
    row = version_row(tariff_from_toml(body), body, status, w.user["own"].id, w.now)
    w.db.add(row)
    w.db.flush()
    return row.id


def _shipped(w: World) -> int:
    return w.db.scalars(select(TariffVersion.id).where(
        TariffVersion.code == "JX-RES-ANNUAL", TariffVersion.version == 1)).one()


def builders(w: World, side: str, username: str, n: int) -> Args:
    def made(key: str, status: str) -> Callable[[], int]:
        return lambda: w.once(key, side, lambda: _version(w, f"MATRIX-{key.upper()}", status))

    return {
        "billing.list_tariffs": lambda: (),
        "billing.get_tariff_version": lambda: (_shipped(w),),
        "billing.export_tariff": lambda: (_shipped(w),),
        "billing.draft_tariff": lambda: (tariff_text(f"MATRIX-NEW{n}"),),
        "billing.import_tariff": lambda: (f"MATRIX-FILE{n}.v1.toml",
                                          tariff_text(f"MATRIX-FILE{n}")),
        "billing.edit_tariff_draft": lambda: (made("edit", "draft")(),
                                              tariff_text("MATRIX-EDIT")),
        "billing.submit_tariff": lambda: (made("submit", "draft")(),),
        "billing.withdraw_tariff": lambda: (made("withdraw", "pending")(),),
        "billing.approve_tariff": lambda: (made("approve", "pending")(),),
        "billing.reject_tariff": lambda: (made("reject", "pending")(), "matrix test"),
        "billing.calculate": lambda: ({"tariff": "JX-RES-ANNUAL", "period": "2026-11",
                                       "ytd_kwh": "2000",
                                       "segments": [{"registers": {"total": "350"}}]},),
    }
