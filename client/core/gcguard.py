"""Python's cyclic garbage collector runs only on the UI thread.

The collector runs in whichever thread happens to allocate when a threshold is crossed —
often a task runner thread in the middle of a server call. If it then finalises Qt wrappers
that belong to the UI thread while the UI thread is building widgets, the process crashes
(seen as a segmentation fault in "Garbage-collecting" on a runner thread while the main
window was being built). So automatic collection is switched off and a UI-thread timer
collects instead: the young generations often, everything now and then.

Switched off by a zero threshold, not only by ``gc.disable()``: serpent, Pyro5's serializer,
calls ``gc.enable()`` after every message it reads or writes, which silently turned automatic
collection back on (a collection on a runner thread then deadlocked the tour: the runner held
Qt's connection lock while waiting for the GIL that the UI thread held while waiting for that
lock). With threshold 0 the collector never starts by itself, enabled or not.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

DEFAULT_THRESHOLDS = gc.get_threshold()
YOUNG_INTERVAL_MS = 500
FULL_EVERY = 60  # ticks: a full collection about every 30 s


class UiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("uiThreadCollector")
        self._ticks = 0
        self.timer = QTimer(self)
        self.timer.setInterval(YOUNG_INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        self._ticks += 1
        gc.collect(2 if self._ticks % FULL_EVERY == 0 else 1)


def collect_on_ui_thread(app: QCoreApplication) -> UiThreadCollector:
    """Disable automatic collection; collect from ``app``'s thread (idempotent)."""
    existing = app.findChild(UiThreadCollector, "uiThreadCollector")
    if isinstance(existing, UiThreadCollector):
        return existing
    gc.disable()
    gc.set_threshold(0)
    return UiThreadCollector(app)


def restore_automatic_collection() -> None:
    """Back to Python's defaults (tests that end a client session)."""
    gc.set_threshold(*DEFAULT_THRESHOLDS)
    gc.enable()
