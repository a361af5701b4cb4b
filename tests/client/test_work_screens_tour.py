"""The work platform's tour steps (office head and counter clerk) run in process on the
seeded demo with the fixture's items: every screenshot is taken and is a picture."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from client.core.main_window import MainWindow
from tests.client import work_fixture
from tests.client.work_fixture import WorkFixture

work_db = work_fixture.work_db
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class ShotTaker:
    """What client.tour.Tour offers the module steps: shot and idle."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.shots: list[Path] = []

    def shot(self, name: str, widget: QWidget) -> None:
        QApplication.processEvents()
        path = self.out / f"{len(self.shots) + 1:02d}_{name}.png"
        assert widget.grab().save(str(path))
        self.shots.append(path)

    def idle(self, app: Any, step: str) -> None:
        assert app.runner.wait_idle(20000), step


class AppStub:
    def __init__(self, runner: Any) -> None:
        self.runner = runner


@pytest.mark.parametrize(("module", "names"), [
    ("client.work.tour", ["work_todo", "work_todo_escalated", "work_assign",
                          "work_dashboard_chart", "work_dashboard_drill",
                          "work_dashboard_daily", "work_calendar", "work_calendar_day"]),
    ("client.work.clerk_tour", ["work_clerk_todo", "work_clerk_queue", "work_clerk_taken",
                                "work_clerk_opened"]),
])
def test_tour_steps(qtbot: Any, work_db: tuple[str, WorkFixture], tmp_path: Path,
                    module: str, names: list[str]) -> None:
    steps = importlib.import_module(module)
    ctx = work_fixture.work_ctx(work_db[0], steps.USER[0], tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    taker = ShotTaker(tmp_path)
    try:
        ctx.runner.wait_idle(20000)
        steps.steps(taker, AppStub(ctx.runner), window)
        ctx.runner.wait_idle(20000)
    finally:
        window.ping_timer.stop()
        ctx.runner.wait_idle(5000)
        ctx.runner.shutdown()
    assert [p.stem[3:] for p in taker.shots] == names
    for path in taker.shots:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 300
