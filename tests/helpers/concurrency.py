"""Run calls at the same moment, for the tests of two people doing one thing at once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from appserver.contract.errors import PmisError


def at_once(calls: list[Callable[[], Any]], timeout_s: float = 60) -> list[Any]:
    """Run the calls in threads released together; their results or the errors they raised."""
    start = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = calls[i]()
        except PmisError as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout_s)
    return results
