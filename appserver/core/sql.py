"""Small SQL helpers shared by the repositories."""

from __future__ import annotations


def escape_like(text: str) -> str:
    """Make user text literal inside a LIKE pattern (use with ``escape="\\\\"``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
