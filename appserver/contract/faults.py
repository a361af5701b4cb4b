"""Wire contract of pmis.service fault repair (owned by the fault repair work)."""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = ()
