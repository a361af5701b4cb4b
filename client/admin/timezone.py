"""Timestamps travel as UTC ISO-8601; people read them in the office's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DISPLAY_ZONE = ZoneInfo("Asia/Shanghai")


def local_text(wire: str, zone: ZoneInfo = DISPLAY_ZONE) -> str:
    """'2026-11-28T21:34:45+00:00' -> '2026-11-29 05:34:45' in the display zone."""
    try:
        value = datetime.fromisoformat(wire)
    except ValueError:
        return wire
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")


def day_range_utc(first: date, last: date, zone: ZoneInfo = DISPLAY_ZONE) -> tuple[str, str]:
    """Whole local days first..last as a half-open UTC range [from, to) in wire format."""
    start = datetime.combine(first, time.min, zone)
    end = datetime.combine(last + timedelta(days=1), time.min, zone)
    return (start.astimezone(UTC).isoformat(timespec="seconds"),
            end.astimezone(UTC).isoformat(timespec="seconds"))


def local_today(zone: ZoneInfo = DISPLAY_ZONE) -> date:
    """Today in the display zone (the workstation's clock may run on UTC)."""
    return datetime.now(zone).date()
