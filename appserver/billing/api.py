"""pmis.billing: one API object composed of the tariff, run and bill methods."""

from __future__ import annotations

from appserver.billing.bill_api import BillMethods
from appserver.billing.run_api import RunMethods
from appserver.billing.tariff_api import TariffMethods
from appserver.core.api_base import ApiBase


class BillingApi(TariffMethods, RunMethods, BillMethods, ApiBase):
    module = "billing"
