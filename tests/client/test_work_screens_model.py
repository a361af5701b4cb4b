"""The to-do table model on its own: time left in both languages, risk colours, the live
countdown driven by a fake time source (no sleeping), qtmodeltester on every work model."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QPixmap

from client.core.i18n import install_translations
from client.work import dashboard_models as DM
from client.work import terms
from client.work.todo_model import BREACHED_BG, NEAR_BG, PAUSED_FG, WorkItemsModel


class FakeTime:
    """Monotonic seconds the test moves by hand."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


def item(item_id: int, **over: Any) -> dict[str, Any]:
    base = {"id": item_id, "office_id": 1, "source": "application", "source_id": item_id,
            "sla_type": "lv_residential", "type_name": "LV residential", "step": "survey",
            "step_name": "Site survey", "reference": f"YK-{item_id:04d}", "title": "王伟",
            "customer_id": None, "assigned_role": "service_engineer", "assigned_user_id": None,
            "assigned_user_name": None, "clock": "working", "budget_s": 3 * 86_400,
            "opened_at": "2026-11-27T01:00:00+00:00", "due_at": "2026-12-02T01:00:00+00:00",
            "status": "open", "time_left_s": 2 * 86_400 + 3 * 3600 + 15 * 60, "risk": "ok",
            "paused_at": None, "pause_reason": "", "escalated_at": None, "closed_at": None,
            "breached": None, "outcome": ""}
    return {**base, **over}


def texts(model: WorkItemsModel, key: str) -> list[str]:
    column = next(i for i, c in enumerate(model.columns) if c.key == key)
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_time_left_format() -> None:
    assert terms.time_left(2 * 86_400 + 3 * 3600 + 15 * 60, "working") == "2 d 03:15"
    assert terms.time_left(-12 * 60, "working") == "-0:12 overdue"
    assert terms.time_left(44 * 60 + 59, "continuous") == "0:44:59"
    assert terms.time_left(-(86_400 + 60), "continuous") == "-1 d 00:01 overdue"
    assert terms.time_left(None, "working") == ""


def test_time_left_in_chinese(qapp: Any) -> None:
    install_translations("zh_CN")
    try:
        assert terms.time_left(2 * 86_400 + 3 * 3600 + 15 * 60, "working") == "2 天 03:15"
        assert terms.time_left(-12 * 60, "working") == "超时 0:12"
        assert terms.risk_name("near") == "临近超时"
    finally:
        install_translations("en")
    assert QCoreApplication.translate("WorkTerms", "Overdue") == "Overdue"


def test_risk_colours_and_markers(qtmodeltester: Any) -> None:
    model = WorkItemsModel(now=FakeTime())
    model.set_rows([
        item(1, risk="breached", time_left_s=-720, escalated_at="2026-11-28T01:00:00+00:00"),
        item(2, risk="near", time_left_s=3600),
        item(3, risk="predicted"),
        item(4, status="paused", risk="paused", due_at=None, pause_reason="awaiting documents"),
        item(5),
    ])
    qtmodeltester.check(model)
    background = [model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole)
                  for r in range(5)]
    assert isinstance(background[0], QBrush) and background[0].color() == BREACHED_BG
    assert isinstance(background[1], QBrush) and background[1].color() == NEAR_BG
    assert background[2] is None and background[3] is None and background[4] is None
    paused_fg = model.data(model.index(3, 2), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(paused_fg, QBrush) and paused_fg.color() == PAUSED_FG
    risk_col = next(i for i, c in enumerate(model.columns) if c.key == "risk")
    marker = model.data(model.index(2, risk_col), Qt.ItemDataRole.DecorationRole)
    assert isinstance(marker, QPixmap) and not marker.isNull()
    bold = model.data(model.index(0, 0), Qt.ItemDataRole.FontRole)
    assert isinstance(bold, QFont) and bold.bold()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
    assert texts(model, "risk") == ["Overdue · escalated", "Near breach", "Predicted late",
                                    "Paused · awaiting documents", "On time"]
    assert texts(model, "time_left_s")[:2] == ["-0:12 overdue", "1:00"]
    assert texts(model, "due_at")[3] == ""  # a paused clock has no deadline


def test_live_countdown_seconds_for_continuous_minutes_for_working(qtbot: Any) -> None:
    clock = FakeTime()
    model = WorkItemsModel(now=clock)
    model.set_rows([item(1, clock="continuous", time_left_s=45 * 60, sla_type="fault_urban"),
                    item(2, clock="working", time_left_s=3 * 3600),
                    item(3, status="paused", risk="paused", time_left_s=600, due_at=None)])
    assert texts(model, "time_left_s") == ["0:45:00", "3:00", "0:10"]
    clock.value += 1
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.tick()
    assert changed.args[0].row() == 0 and changed.args[1].row() == 0  # only the fault moved
    assert texts(model, "time_left_s") == ["0:44:59", "3:00", "0:10"]
    clock.value += 59
    model.tick()
    assert texts(model, "time_left_s") == ["0:44:00", "2:59", "0:10"]
    model.working_today = False  # a day off: the working clock stands still
    clock.value += 600
    model.tick()
    assert texts(model, "time_left_s") == ["0:34:00", "3:00", "0:10"]


def test_countdown_crossing_the_deadline_turns_the_row_red() -> None:
    clock = FakeTime()
    model = WorkItemsModel(now=clock)
    model.set_rows([item(1, clock="continuous", time_left_s=5, risk="near")])
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == NEAR_BG
    clock.value += 6
    model.tick()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == BREACHED_BG
    assert texts(model, "time_left_s") == ["-0:00:01 overdue"]
    model.set_rows([item(1, clock="continuous", time_left_s=-1, risk="breached")])  # refresh
    assert texts(model, "time_left_s") == ["-0:00:01 overdue"]


@pytest.mark.parametrize("make", [DM.stage_model, DM.achievement_model, DM.throughput_model,
                                  DM.daily_model])
def test_dashboard_models(qtmodeltester: Any, make: Any) -> None:
    model = make()
    model.set_rows([{"sla_type": "complaint", "type_name": "Complaint", "step": "reply",
                     "step_name": "Reply", "open": 3, "paused": 0, "near": 1, "breached": 1,
                     "closed": 20, "on_time": 19, "rate": "95.0", "user_id": 7,
                     "name": "李娜", "avg_hours": "12.5", "day": "2026-11-02",
                     "opened": 4}])
    qtmodeltester.check(model)
    shown = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert any(s in ("95.0 %", "Complaint", "李娜", "2026-11-02") for s in shown)
    assert DM.rate(None) == "—" and DM.hours("3.25") == "3.2"


def test_round_the_clock_item_turns_amber_at_its_warning() -> None:
    clock = FakeTime()
    model = WorkItemsModel(now=clock)
    model.set_rows([item(1, clock="continuous", time_left_s=10 * 60, risk="ok",
                         due_at="2026-11-27T02:25:00+00:00",
                         warn_at="2026-11-27T02:16:00+00:00")])  # 9 minutes of reserve
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    clock.value += 59
    model.tick()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    clock.value += 1
    model.tick()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == NEAR_BG
    assert texts(model, "risk") == ["Near breach"]
