"""pmis.reports: the manager's monthly revenue and collection report (figures and PDF)."""

from __future__ import annotations

from typing import Any

from appserver.contract import permissions as P
from appserver.core.api_base import ApiBase
from appserver.core.rpc import Call, rpc
from appserver.reports import service


class ReportsApi(ApiBase):
    module = "reports"

    @rpc(P.REPORT_REVENUE, write=False)
    def report_units(self, call: Call) -> list[dict[str, Any]]:
        return service.units(call)

    @rpc(P.REPORT_REVENUE, write=False)
    def monthly_revenue_figures(self, call: Call, period: Any,
                                org_unit_id: Any) -> dict[str, Any]:
        return service.monthly_figures(call, period, org_unit_id)

    @rpc(P.REPORT_REVENUE, write=False)
    def monthly_revenue_pdf(self, call: Call, period: Any, org_unit_id: Any) -> dict[str, str]:
        return service.monthly_pdf(call, period, org_unit_id)
