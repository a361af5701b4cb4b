"""pmis.reports: the manager's monthly revenue and collection report."""

from __future__ import annotations

from appserver.core.api_base import ApiBase


class ReportsApi(ApiBase):
    module = "reports"
