"""What every screen receives: the gateway, the task runner, settings and the user."""

from __future__ import annotations

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

    def can(self, permission: str) -> bool:
        return permission in self.user.get("permissions", ())
