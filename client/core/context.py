"""What every screen receives: the gateway, the task runner, settings and the user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QSettings

from client.core.tasks import TaskRunner


class GatewayLike(Protocol):
    """The calling convention of ``client.core.gateway.Gateway`` (and of test doubles)."""

    def call(self, obj: str, method: str, *args: Any, write: bool = False) -> Any: ...

    def login(self, username: str, password: str) -> dict[str, Any]: ...


@dataclass
class AppContext:
    gateway: Any  # GatewayLike; Any so test doubles need not subclass anything
    runner: TaskRunner
    settings: QSettings
    user: dict[str, Any] = field(default_factory=dict)
    # One-click navigation between modules: pages register how to open one of their records
    # (e.g. "application" -> open that application), the work platform's to-do calls them.
    openers: dict[str, Callable[[int], None]] = field(default_factory=dict)
    # Set by the main window: bring a module's page to the front (module key, page widget).
    show_page: Callable[[str, Any], None] | None = None

    def can(self, permission: str) -> bool:
        return permission in self.user.get("permissions", ())

    def open_record(self, source: str, record_id: int) -> bool:
        """Open a record of another module; False when no page of this user handles it."""
        opener = self.openers.get(source)
        if opener is None:
            return False
        opener(record_id)
        return True
