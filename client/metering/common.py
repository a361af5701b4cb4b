"""Small pieces shared by the metering pages: the period chooser and the call helper."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from appserver.contract.api import OBJECT_METERING
from client.core.context import AppContext
from client.core.errors import show_error

MONTHS_BACK = 13


def recent_periods(today: date | None = None) -> list[str]:
    """This month first, then the twelve before it ("YYYY-MM")."""
    d = today or date.today()
    index = d.year * 12 + d.month - 1
    return [f"{(index - n) // 12:04d}-{(index - n) % 12 + 1:02d}" for n in range(MONTHS_BACK)]


class PeriodBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodBox")
        self.addItems(recent_periods())

    def period(self) -> str:
        return self.currentText()


def call(ctx: AppContext, widget: QWidget, key: str, method: str, args: tuple[Any, ...],
         on_done: Callable[[Any], None], write: bool = False,
         on_error: Callable[[Exception], None] | None = None) -> None:
    """Run pmis.metering.method(*args) off the UI thread; errors go to the one dialog."""
    gateway = ctx.gateway

    def failed(exc: Exception) -> None:
        if on_error is not None:
            on_error(exc)
        show_error(widget, exc)

    ctx.runner.submit(key, lambda: gateway.call(OBJECT_METERING, method, *args, write=write),
                      on_done, failed)
