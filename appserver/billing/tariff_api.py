"""pmis.billing methods: tariffs as data, approval, import/export, the calculator."""

from __future__ import annotations


class TariffMethods:
    """Mixed into BillingApi (billing/api.py); methods are ``@rpc`` like any API method."""
