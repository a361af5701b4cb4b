"""What every API object of one app server process shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from appserver.core.clock import Clock
from appserver.core.config import ServerConfig
from appserver.core.db import Database


@dataclass
class Runtime:
    config: ServerConfig
    db: Database
    clock: Clock

    @property
    def session_idle(self) -> timedelta:
        return timedelta(minutes=self.config.session_idle_minutes)

    @property
    def session_absolute(self) -> timedelta:
        return timedelta(hours=self.config.session_absolute_hours)
