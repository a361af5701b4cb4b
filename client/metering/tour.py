"""Demo tour steps: reading books, the plan of this month, keyboard entry, an import with its
report, the exception queue (screenshots in both languages).
"""

from __future__ import annotations

from typing import Any

USER = ("dh.reader", "demo1234")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
