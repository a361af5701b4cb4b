"""How values from the wire are shown: timestamps in the office's zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")  # DESIGN.md: displayed in the office's zone


def local_time(iso: str | None) -> str:
    """An ISO-8601 UTC timestamp as office-local 'YYYY-MM-DD HH:MM' ('' when absent)."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M")
