"""Demo tour steps: starting a billing run and its progress to the end (screenshots in both
languages).
"""

from __future__ import annotations

from typing import Any

USER = ("dh.reader", "demo1234")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
