"""Runs server calls off the UI thread; results come back on the UI thread (latest wins).

"Be careful not to call any UI routines in the background operation": ``fn`` runs on a pool
thread and must only talk to the gateway; ``on_done``/``on_error`` run on the UI thread.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("pmis.client.tasks")
T = TypeVar("T")


@dataclass
class _Task:
    key: str
    seq: int
    on_done: Callable[[Any], None]
    on_error: Callable[[Exception], None] | None


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, seq: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._seq = seq
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            self._runner._finished.emit(self._seq, None, exc)
            return
        self._runner._finished.emit(self._seq, result, None)


class TaskRunner(QObject):
    """Submits work to a thread pool; a newer submit with the same key makes older results stale.

    Signals:
        busy_changed(bool): work started (True) or everything delivered (False).
        idle(): every submitted task has been delivered or dropped.
    """

    _finished = Signal(int, object, object)
    busy_changed = Signal(bool)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._seq = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._pending: dict[int, _Task] = {}
        self.default_error: Callable[[Exception], None] | None = None
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def submit(self, key: str, fn: Callable[[], T], on_done: Callable[[T], None],
               on_error: Callable[[Exception], None] | None = None) -> None:
        seq = next(self._seq)
        self._latest[key] = seq
        was_idle = not self._pending
        self._pending[seq] = _Task(key, seq, on_done, on_error)
        if was_idle:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self, seq, fn))

    def _deliver(self, seq: int, result: object, error: object) -> None:
        task = self._pending.pop(seq, None)
        try:
            if task is not None and self._latest.get(task.key) == seq:
                del self._latest[task.key]  # keys (one per customer opened) must not pile up
                self._dispatch(task, result, error)
            elif task is not None:
                log.debug("dropping stale result of %s #%s", task.key, seq)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)
                self.idle.emit()

    def _dispatch(self, task: _Task, result: object, error: object) -> None:
        if _receiver_gone(task.on_done):
            # The page that asked was closed (or a test ended) while the call ran: its
            # widgets are gone, and a late answer has nowhere to go.
            log.debug("dropping the result of %s: its receiver was deleted", task.key)
            return
        if error is None:
            task.on_done(result)
            return
        assert isinstance(error, Exception)
        handler = task.on_error or self.default_error
        if handler is None:
            log.error("unhandled error in %s: %s", task.key, error)
            return
        handler(error)

    def wait_idle(self, ms: int = 5000) -> bool:
        """Process events until every task is delivered (tests and the scripted tour)."""
        deadline = QDeadlineTimer(ms)
        while self._pending and not deadline.hasExpired():
            self._pool.waitForDone(10)
            QCoreApplication.processEvents()
        return not self._pending

    def shutdown(self, ms: int = 3000) -> None:
        self._latest.clear()
        self._pool.waitForDone(ms)


def _receiver_gone(callback: Callable[..., object]) -> bool:
    """True when ``callback`` is a method of a Qt object whose C++ side was deleted."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)
