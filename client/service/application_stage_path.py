"""The stage path of an application: a row of labelled steps, done / current / ahead.

Each step shows its number and name, the role that works it and its limit in working days.
Done steps are green with a tick, the current one is blue (grey while suspended, red when the
application was terminated there), steps ahead are outlined grey; an optional step that the
application passed by is shown struck through.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget

STYLES = {
    "done": "background:#e8f5e9; border:1px solid #66bb6a; color:#1b5e20;",
    "current": "background:#1565c0; border:1px solid #0d47a1; color:white;",
    "paused": "background:#e0e0e0; border:1px solid #757575; color:#212121;",
    "ended": "background:#fdecea; border:1px solid #c62828; color:#b71c1c;",
    "ahead": "background:white; border:1px solid #bdbdbd; color:#616161;",
    "skipped": "background:white; border:1px dashed #bdbdbd; color:#9e9e9e;",
}


def stage_states(stages: Sequence[dict[str, Any]], application: dict[str, Any]) -> list[str]:
    """done / current / paused / ended / ahead / skipped for each stage of the definition.

    ``path`` (the server's stages from the first to the current one, returns cut back) tells
    which stages were walked; without it, every stage before the current one counts as done.
    """
    codes = [str(s["code"]) for s in stages]
    current = str(application.get("stage") or "")
    status = str(application.get("status") or "")
    walked = [str(c) for c in application.get("path") or ()] or codes[
        :codes.index(current) + 1 if current in codes else 0]
    position = codes.index(current) if current in codes else len(codes)
    states = []
    for index, code in enumerate(codes):
        if code == current and status != "completed":
            states.append({"suspended": "paused", "terminated": "ended"}.get(status, "current"))
        elif code in walked:
            states.append("done")
        elif index < position or status == "completed":
            states.append("skipped")
        else:
            states.append("ahead")
    return states


class StagePath(QScrollArea):
    """Shows the path; ``show_path`` rebuilds it, ``retranslate`` re-words it."""

    def __init__(self, role_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role_name = role_name
        self.setObjectName("stagePath")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stages: list[dict[str, Any]] = []
        self.states: list[str] = []
        self.steps: list[QLabel] = []
        self._build()

    def _build(self) -> None:
        inner = QWidget(self)
        row = QHBoxLayout(inner)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(4)
        self.steps = []
        for index, (stage, state) in enumerate(zip(self.stages, self.states, strict=True)):
            if index:
                arrow = QLabel("›", inner)
                arrow.setStyleSheet("color:#9e9e9e; font-size:18px;")
                row.addWidget(arrow)
            step = QLabel(inner)
            step.setObjectName(f"step_{stage['code']}")
            step.setTextFormat(Qt.TextFormat.RichText)
            step.setAlignment(Qt.AlignmentFlag.AlignCenter)
            step.setStyleSheet(f"QLabel {{ {STYLES[state]} border-radius:6px; padding:4px 8px; }}")
            step.setProperty("state", state)
            row.addWidget(step)
            self.steps.append(step)
        row.addStretch(1)
        self.setWidget(inner)
        self.retranslate()
        self.setFixedHeight(inner.sizeHint().height() + 6
                            + self.horizontalScrollBar().sizeHint().height())

    def show_path(self, stages: Sequence[dict[str, Any]], application: dict[str, Any]) -> None:
        self.stages = list(stages)
        self.states = stage_states(self.stages, application)
        self._build()

    def retranslate(self) -> None:
        for index, (step, stage, state) in enumerate(
                zip(self.steps, self.stages, self.states, strict=True)):
            tick = "✓ " if state == "done" else ""
            name = str(stage.get("name") or stage["code"])
            if state == "skipped":
                name = f"<s>{name}</s>"
            detail = self.tr("%1 · %2 d").replace("%1", self.role_name(str(stage.get("role"))))
            detail = detail.replace("%2", str(stage.get("days", "")))
            step.setText(f"<b>{tick}{index + 1}. {name}</b><br><small>{detail}</small>")
            step.setToolTip(self._tip(state))

    def _tip(self, state: str) -> str:
        return {"done": self.tr("Done"), "current": self.tr("Current stage"),
                "paused": self.tr("Current stage, suspended"),
                "ended": self.tr("Terminated at this stage"), "ahead": self.tr("Ahead"),
                "skipped": self.tr("Not needed for this application")}.get(state, "")

    def state_of(self, code: str) -> str:
        for stage, state in zip(self.stages, self.states, strict=True):
            if stage["code"] == code:
                return state
        return ""

