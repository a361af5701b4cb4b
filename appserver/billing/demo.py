"""Demo history of the billing module: billing runs of the last three months through the real
billing-run code (released bills, a few held for review).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine


def bill_history(engine: Engine, today: date) -> None:
    """Idempotent: does nothing when the history is already there."""
