"""The Consultations page on the real API in process: the day's log with topic counts and
filters, a quick entry from the keyboard, refusal of an empty question."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from client.core.context import AppContext
from client.core.widgets.keys import type_text
from client.service.consultation_page import ConsultationsPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: Any, clerk_ctx: AppContext) -> ConsultationsPage:
    widget = ConsultationsPage(clerk_ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.form.topic.count() > 0, timeout=20000)
    clerk_ctx.runner.wait_idle(15000)
    return widget


def test_today_and_a_quick_entry(qtbot: Any, page: ConsultationsPage,
                                 qtmodeltester: Any) -> None:
    qtmodeltester.check(page.model)
    before = page.model.rowCount()
    assert before >= 1  # the demo's consultations of today
    assert "consultations" in page.summary.text()
    form = page.form
    form.topic.setCurrentIndex(form.topic.findData("tariffs"))
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    type_text(form.caller_phone, "13911112222")
    form.question.setFocus()
    type_text(form.question, "峰谷电价怎么申请？")
    type_text(form.answer, "可在营业厅或网上申请")
    with qtbot.waitSignal(page.logged, timeout=15000) as logged:
        qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    row = logged.args[0]
    assert row["topic"] == "tariffs" and row["channel"] == "phone"
    assert row["caller_phone"] == "13911112222" and row["duration_s"] >= 0
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=15000)
    assert page.model.row_at(0)["id"] == row["id"]  # newest first
    assert form.question.toPlainText() == "" and form.topic.currentData() == "tariffs"


def test_filters(qtbot: Any, page: ConsultationsPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.topic.setCurrentIndex(page.topic.findData("bills"))
    assert all(r["topic"] == "bills" for r in page.model.rows)
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.day.setDate(QDate.currentDate().addDays(-400))
    assert page.model.rowCount() == 0


def test_an_empty_question_is_refused(qtbot: Any, page: ConsultationsPage,
                                      monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr("client.service.consultation_page.show_error",
                        lambda parent, exc: shown.append(str(exc)))
    qtbot.mouseClick(page.form.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert "Question" in shown[0] and page.form.save.isEnabled()
