"""pmis.payments methods: counter payments, receipts, reversals with approval, cash close."""

from __future__ import annotations


class CounterMethods:
    """Mixed into PaymentsApi (payments/api.py); methods are ``@rpc`` like any API method."""
