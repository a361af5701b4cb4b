"""pmis.billing methods: tariffs as data, approval, import/export, the calculator."""

from __future__ import annotations

from typing import Any

from appserver.billing import tariff_calculator, tariff_service
from appserver.contract import permissions as P
from appserver.core.rpc import Call, rpc


class TariffMethods:
    """Mixed into BillingApi (billing/api.py); methods are ``@rpc`` like any API method.
    Shapes: appserver/contract/tariffs.py."""

    @rpc(P.TARIFF_READ, write=False)
    def list_tariffs(self, call: Call) -> dict[str, Any]:
        return tariff_service.list_tariffs(call)

    @rpc(P.TARIFF_READ, write=False)
    def get_tariff_version(self, call: Call, version_id: Any) -> dict[str, Any]:
        return tariff_service.get_version(call, version_id)

    @rpc(P.TARIFF_EDIT, write=True)
    def draft_tariff(self, call: Call, toml_text: Any) -> dict[str, Any]:
        return tariff_service.draft(call, toml_text)

    @rpc(P.TARIFF_EDIT, write=True)
    def edit_tariff_draft(self, call: Call, version_id: Any, toml_text: Any) -> dict[str, Any]:
        return tariff_service.edit_draft(call, version_id, toml_text)

    @rpc(P.TARIFF_EDIT, write=True)
    def submit_tariff(self, call: Call, version_id: Any) -> dict[str, Any]:
        return tariff_service.submit(call, version_id)

    @rpc(P.TARIFF_EDIT, write=True)
    def withdraw_tariff(self, call: Call, version_id: Any) -> dict[str, Any]:
        return tariff_service.withdraw(call, version_id)

    @rpc(P.TARIFF_APPROVE, write=True)
    def approve_tariff(self, call: Call, version_id: Any) -> dict[str, Any]:
        return tariff_service.approve(call, version_id)

    @rpc(P.TARIFF_APPROVE, write=True)
    def reject_tariff(self, call: Call, version_id: Any, reason: Any) -> dict[str, Any]:
        return tariff_service.reject(call, version_id, reason)

    @rpc(P.TARIFF_READ, write=False)
    def export_tariff(self, call: Call, version_id: Any) -> dict[str, Any]:
        return tariff_service.export_version(call, version_id)

    @rpc(P.TARIFF_EDIT, write=True)
    def import_tariff(self, call: Call, file_name: Any, toml_text: Any) -> dict[str, Any]:
        return tariff_service.import_file(call, file_name, toml_text)

    @rpc(P.TARIFF_READ, write=False)
    def calculate(self, call: Call, request: Any) -> dict[str, Any]:
        return tariff_calculator.calculate(call, request)
