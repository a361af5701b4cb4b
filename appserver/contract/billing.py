"""Wire contract of pmis.billing runs: the exposed methods (name, is_write) and their shapes.

``METHODS`` of the pmis.billing object is tariffs + runs + bills (``OBJECT_METHODS``).

Shapes: money and quantities are decimal strings, periods "YYYY-MM", dates ISO-8601.
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
)


def object_methods() -> tuple[tuple[str, bool], ...]:
    from appserver.contract import bills, tariffs

    return tariffs.METHODS + METHODS + bills.METHODS
