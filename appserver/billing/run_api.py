"""pmis.billing methods: billing runs (start, progress, restart) per reading book and period."""

from __future__ import annotations


class RunMethods:
    """Mixed into BillingApi (billing/api.py); methods are ``@rpc`` like any API method."""
