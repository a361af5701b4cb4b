"""pmis.work: the work platform (to-do lists, dashboard, export, working-day calendar)."""

from __future__ import annotations

from appserver.core.api_base import ApiBase


class WorkApi(ApiBase):
    module = "work"
