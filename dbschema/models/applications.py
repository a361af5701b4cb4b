"""Models of the applications module (filled in by the applications work)."""

from __future__ import annotations
