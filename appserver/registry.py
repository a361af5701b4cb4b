"""Which API class serves which object id (the daemon registers these; tests enumerate them)."""

from __future__ import annotations

from collections.abc import Callable

from appserver.admin.api import AdminApi
from appserver.billing.api import BillingApi
from appserver.contract import api as contract
from appserver.core.api_base import ApiBase
from appserver.core.runtime import Runtime
from appserver.customers.api import CustomersApi
from appserver.metering.api import MeteringApi
from appserver.payments.api import PaymentsApi
from appserver.reports.api import ReportsApi
from appserver.service.api import ServiceApi
from appserver.system.api import SystemApi
from appserver.work.api import WorkApi

API_CLASSES: dict[str, type[ApiBase]] = {
    contract.OBJECT_SYSTEM: SystemApi,
    contract.OBJECT_ADMIN: AdminApi,
    contract.OBJECT_CUSTOMERS: CustomersApi,
    contract.OBJECT_METERING: MeteringApi,
    contract.OBJECT_BILLING: BillingApi,
    contract.OBJECT_PAYMENTS: PaymentsApi,
    contract.OBJECT_REPORTS: ReportsApi,
    contract.OBJECT_SERVICE: ServiceApi,
    contract.OBJECT_WORK: WorkApi,
}


def make_apis(runtime: Runtime, holds_lease: Callable[[], bool]) -> dict[str, ApiBase]:
    """One instance of every API class for one app server (or one test)."""
    apis: dict[str, ApiBase] = {}
    for object_id, cls in API_CLASSES.items():
        if cls is SystemApi:
            apis[object_id] = SystemApi(runtime, holds_lease)
        else:
            apis[object_id] = cls(runtime)
    return apis
