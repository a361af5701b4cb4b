"""Python's cyclic garbage collector runs only on the UI thread.

The collector runs in whichever thread happens to allocate when a threshold is crossed —
often a task runner thread in the middle of a server call. If it then finalises Qt wrappers
that belong to the UI thread while the UI thread is building widgets, the process crashes
(seen as a segmentation fault in "Garbage-collecting" on a runner thread while the main
window was being built). So automatic collection is switched off and a UI-thread timer
collects instead: the young generations often, everything now and then.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

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
    return UiThreadCollector(app)
