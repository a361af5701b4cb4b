"""Wire contract of the pmis.payments counter methods: (name, is_write) and their shapes.

The pmis.payments object is the counter methods + the collection methods.

Shapes: money and quantities are decimal strings, periods "YYYY-MM", dates ISO-8601.
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
)


def object_methods() -> tuple[tuple[str, bool], ...]:
    from appserver.contract import collection

    return METHODS + collection.METHODS
