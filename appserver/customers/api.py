"""pmis.customers: search as you type, the customer file, contact corrections."""

from __future__ import annotations

from typing import Any

from appserver.contract import permissions as P
from appserver.core.api_base import ApiBase
from appserver.core.rpc import Call, rpc
from appserver.customers import service


class CustomersApi(ApiBase):
    module = "customers"

    @rpc(P.CUSTOMER_READ, write=False)
    def search(self, call: Call, text: Any, page: Any = None) -> dict[str, Any]:
        return service.search(call, text, page)

    @rpc(P.CUSTOMER_READ, write=False)
    def get_file(self, call: Call, customer_id: Any) -> dict[str, Any]:
        return service.get_file(call, customer_id)

    @rpc(P.CUSTOMER_EDIT_CONTACT, write=True)
    def update_contact(self, call: Call, customer_id: Any, version: Any,
                       changes: Any) -> dict[str, Any]:
        return service.update_contact(call, customer_id, version, changes)
