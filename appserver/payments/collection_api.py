"""pmis.payments methods: penalties, arrears, disconnection notices, bank withholding files."""

from __future__ import annotations


class CollectionMethods:
    """Mixed into PaymentsApi (payments/api.py); methods are ``@rpc`` like any API method."""
