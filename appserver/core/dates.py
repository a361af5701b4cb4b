"""Business dates: the calendar day at the office (Asia/Shanghai), from the server's clock."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

OFFICE_ZONE = ZoneInfo("Asia/Shanghai")


def business_date(now: datetime) -> date:
    """The posting date of something done at ``now`` (a UTC-aware timestamp)."""
    return now.astimezone(OFFICE_ZONE).date()


def month_days(period: int) -> int:
    """Days in the billing period yyyymm."""
    year, month = divmod(period, 100)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def add_months(period: int, months: int) -> int:
    """yyyymm + n months (n may be negative)."""
    year, month = divmod(period, 100)
    index = year * 12 + (month - 1) + months
    return (index // 12) * 100 + index % 12 + 1
