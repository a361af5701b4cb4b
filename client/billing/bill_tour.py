"""Demo tour steps: the review queue, a bill with its line explanations, the bill PDF, a correction
request (screenshots in both languages).
"""

from __future__ import annotations

from typing import Any

USER = ("dh.reader", "demo1234")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
