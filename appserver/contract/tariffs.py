"""Wire contract of the tariffs methods: the exposed methods (name, is_write) and their shapes.

Shapes: money and quantities are decimal strings, periods "YYYY-MM", dates ISO-8601.
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
)
