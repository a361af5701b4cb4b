"""Demo history of the metering module: reading books (with readers), tariff assignments for every
metering point, reading plans and twelve months of validated readings, and this month's readings
imported but not yet validated (a few of them flagged).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine


def seed_reading_data(engine: Engine, today: date) -> None:
    """Idempotent: does nothing when the history is already there."""
