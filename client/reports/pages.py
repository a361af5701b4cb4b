"""The report pages a user may see: (title source, translation context, widget)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from client.core.context import AppContext

CONTEXT = "ReportsPages"


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    return []
