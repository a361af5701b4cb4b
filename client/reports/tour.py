"""Demo tour steps: the monthly revenue and collection report PDF (screenshots in both languages).
"""

from __future__ import annotations

from typing import Any

USER = ("manager", "demo1234")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
