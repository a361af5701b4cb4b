"""Demo tour steps of the work platform: screenshots in both languages."""

from __future__ import annotations

from typing import Any

USER = ("dh.head", "demo1234")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
