"""TaskRunner: work off the UI thread, results on it, latest request wins."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread

from client.core.tasks import TaskRunner


def test_result_arrives_on_the_ui_thread_and_work_runs_elsewhere(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker"] = QThread.currentThread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["ui"] = QThread.currentThread()

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit("k", work, done)
    app = QCoreApplication.instance()
    assert app is not None
    assert seen["value"] == 42
    assert seen["ui"] is app.thread()
    assert seen["worker"] is not app.thread()


def test_latest_request_wins_even_when_the_older_one_finishes_last(qtbot: Any) -> None:
    runner = TaskRunner()
    release_old = threading.Event()
    delivered: list[str] = []

    def old() -> str:
        release_old.wait(5)
        return "old"

    runner.submit("search", old, delivered.append)
    runner.submit("search", lambda: "new", delivered.append)
    qtbot.waitUntil(lambda: delivered == ["new"], timeout=5000)
    release_old.set()
    assert runner.wait_idle(5000)
    assert delivered == ["new"]


def test_other_keys_are_not_stale(qtbot: Any) -> None:
    runner = TaskRunner()
    delivered: list[str] = []
    runner.submit("a", lambda: "a", delivered.append)
    runner.submit("b", lambda: "b", delivered.append)
    assert runner.wait_idle(5000)
    assert sorted(delivered) == ["a", "b"]


def test_errors_go_to_on_error_and_stale_errors_are_dropped(qtbot: Any) -> None:
    runner = TaskRunner()
    errors: list[str] = []
    gate = threading.Event()

    def fail_late() -> None:
        gate.wait(5)
        raise ValueError("late")

    def fail_now() -> None:
        raise ValueError("now")

    runner.submit("k", fail_late, lambda _r: None, lambda e: errors.append(str(e)))
    runner.submit("k", fail_now, lambda _r: None, lambda e: errors.append(str(e)))
    qtbot.waitUntil(lambda: errors == ["now"], timeout=5000)
    gate.set()
    assert runner.wait_idle(5000)
    assert errors == ["now"]


def test_busy_signal_brackets_the_work(qtbot: Any) -> None:
    runner = TaskRunner()
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    runner.submit("x", lambda: 1, lambda _v: None)
    runner.submit("y", lambda: 2, lambda _v: None)
    assert runner.wait_idle(5000)
    assert states == [True, False]
    assert runner.pending == 0


def test_delivered_keys_are_forgotten(qtbot: Any) -> None:
    runner = TaskRunner()
    for n in range(50):
        runner.submit(f"customers.file.{n}", lambda: None, lambda _v: None)
    assert runner.wait_idle(5000)
    assert runner._latest == {}


def test_an_answer_for_a_deleted_page_is_dropped(qtbot: Any) -> None:
    """A page closed while its call ran must not receive (and crash on) the late answer."""
    import shiboken6
    from PySide6.QtWidgets import QLabel

    runner = TaskRunner()
    release = threading.Event()
    label = QLabel()
    def late_answer() -> str:
        release.wait(5)
        return "late"

    runner.submit("page", late_answer, label.setText)
    shiboken6.delete(label)  # the page is closed before the answer comes
    with qtbot.waitSignal(runner.idle, timeout=5000):
        release.set()
    assert runner.pending == 0
