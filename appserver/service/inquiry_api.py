"""pmis.service methods of the consultation log and printed customer statements (shapes:
appserver/contract/inquiry.py)."""

from __future__ import annotations

from typing import Any

from appserver.contract import permissions as P
from appserver.core.rpc import Call, rpc
from appserver.service import consultation_service, statement_service


class InquiryMethods:
    @rpc(P.CONSULTATION_LOG, write=True)
    def log_consultation(self, call: Call, data: Any) -> dict[str, Any]:
        return consultation_service.log(call, data)

    @rpc(P.CONSULTATION_LOG, write=False)
    def list_consultations(self, call: Call, filters: Any = None,
                           page: Any = None) -> dict[str, Any]:
        return consultation_service.list_consultations(call, filters, page)

    @rpc(P.CONSULTATION_LOG, write=False)
    def statement_pdf(self, call: Call, customer_id: Any, from_period: Any = None,
                      to_period: Any = None) -> dict[str, Any]:
        return statement_service.statement_pdf(call, customer_id, from_period, to_period)
