"""The application pages of the service hall: (title source, translation context, widget)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from client.core.context import AppContext


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    return []
