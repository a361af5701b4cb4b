"""Base of the per-module API objects: one instance per module per app server."""

from __future__ import annotations

from appserver.core.runtime import Runtime


class ApiBase:
    module: str = ""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
