"""The collector stays off runner threads even though serpent re-enables it on every message."""

from __future__ import annotations

import gc
from typing import Any

import serpent

from client.core.gcguard import collect_on_ui_thread


def test_serpent_cannot_turn_automatic_collection_back_on(qapp: Any) -> None:
    collect_on_ui_thread(qapp)  # idempotent: the package fixture has done it already
    serpent.loads(serpent.dumps({"amount": "1.00"}))  # what every Pyro5 call does
    assert gc.isenabled()  # serpent switched the flag back on …
    before = gc.get_stats()[0]["collections"]
    garbage = [[index] for index in range(50_000)]  # far past the default 700 threshold
    assert gc.get_stats()[0]["collections"] == before  # … yet nothing collected by itself
    assert len(garbage) == 50_000
