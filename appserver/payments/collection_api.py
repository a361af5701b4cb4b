"""pmis.payments methods: penalties, arrears, disconnection notices, bank withholding files."""

from __future__ import annotations

from typing import Any

from appserver.contract import permissions as P
from appserver.core.rpc import Call, rpc
from appserver.payments import collection_service as service
from appserver.payments import penalty_job  # noqa: F401  (registers the daily accrual job)


class CollectionMethods:
    """Mixed into PaymentsApi (payments/api.py); methods are ``@rpc`` like any API method."""

    @rpc(P.ARREARS_READ, write=False)
    def arrears_list(self, call: Call, filters: Any = None,
                     page: Any = None) -> dict[str, Any]:
        return service.arrears_list(call, filters, page)

    @rpc(P.ARREARS_READ, write=False)
    def penalty_detail(self, call: Call, customer_id: Any) -> dict[str, Any]:
        return service.penalty_detail(call, customer_id)

    @rpc(P.ARREARS_NOTICE, write=True)
    def waive_penalty(self, call: Call, customer_id: Any, amount: Any,
                      reason: Any) -> dict[str, Any]:
        return service.waive_penalty(call, customer_id, amount, reason)

    @rpc(P.ARREARS_NOTICE, write=True)
    def issue_notices(self, call: Call, kind: Any, customer_ids: Any) -> dict[str, Any]:
        return service.issue_notices(call, kind, customer_ids)

    @rpc(P.ARREARS_READ, write=False)
    def notice_pdf(self, call: Call, notice_ids: Any) -> dict[str, str]:
        return service.notice_pdf_of(call, notice_ids)

    @rpc(P.BANK_FILES, write=False)
    def banks(self, call: Call) -> list[dict[str, Any]]:
        return service.banks(call)

    @rpc(P.BANK_FILES, write=False)
    def bank_agreements(self, call: Call, bank_code: Any,
                        page: Any = None) -> dict[str, Any]:
        return service.agreements(call, bank_code, page)

    @rpc(P.BANK_FILES, write=False)
    def bank_batches(self, call: Call, page: Any = None) -> dict[str, Any]:
        return service.batches(call, page)

    @rpc(P.BANK_FILES, write=True)
    def bank_export(self, call: Call, bank_code: Any) -> dict[str, Any]:
        return service.bank_export(call, bank_code)

    @rpc(P.BANK_FILES, write=False)
    def bank_file(self, call: Call, batch_id: Any) -> dict[str, Any]:
        return service.bank_file(call, batch_id)

    @rpc(P.BANK_FILES, write=True)
    def bank_import(self, call: Call, content_base64: Any) -> dict[str, Any]:
        return service.bank_import(call, content_base64)

    @rpc(P.BANK_FILES, write=False)
    def bank_reconciliation(self, call: Call, batch_id: Any) -> dict[str, Any]:
        return service.bank_reconciliation(call, batch_id)
