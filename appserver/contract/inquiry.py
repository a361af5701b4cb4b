"""Wire contract of pmis.service consultations and printed customer statements (owned by the
complaints work)."""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = ()
