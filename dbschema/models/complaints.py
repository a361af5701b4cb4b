"""Models of the complaints module (filled in by the complaints work)."""

from __future__ import annotations
