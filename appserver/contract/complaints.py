"""Wire contract of pmis.service complaints and suggestions (owned by the complaints work)."""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = ()
