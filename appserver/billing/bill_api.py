"""pmis.billing methods: bills, explanations, the review queue, bill PDFs, corrections."""

from __future__ import annotations


class BillMethods:
    """Mixed into BillingApi (billing/api.py); methods are ``@rpc`` like any API method."""
