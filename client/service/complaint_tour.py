"""Demo tour steps of the service hall (complaints): screenshots in both languages."""

from __future__ import annotations

from typing import Any

USER = ("dh.clerk1", "demo1234")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
