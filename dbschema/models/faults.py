"""Models of the faults module (filled in by the faults work)."""

from __future__ import annotations
