"""pmis.billing methods: billing runs, bills, the review queue, bill PDFs, corrections."""

from __future__ import annotations


class RunMethods:
    """Mixed into BillingApi (billing/api.py); methods are ``@rpc`` like any API method."""
