"""The dialogs of a repair ticket's actions: dispatch (crew and time), a recorded time with a
note (arrival, restoration), close (cause and result), cancel (reason), merge (target ticket),
correct a time (which, when, why). Each returns the arguments for the server call; the
server validates (a time in the future or before the report is refused there, in words)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from client.core.formats import OFFICE_ZONE
from client.service.fault_models import cancel_reasons

ZONE = QTimeZone(b"Asia/Shanghai")


class TimeField(QWidget):
    """"Now" (the server's clock) or a given office-local time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = QRadioButton(self)
        self.given = QRadioButton(self)
        self.now.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.now)
        group.addButton(self.given)
        self.edit = QDateTimeEdit(QDateTime.currentDateTime(ZONE), self)
        self.edit.setTimeZone(ZONE)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setEnabled(False)
        self.given.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.now, self.given, self.edit):
            layout.addWidget(w)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.now.setText(self.tr("Now"))
        self.given.setText(self.tr("At"))

    def set_given(self, iso: str) -> None:
        moment = datetime.fromisoformat(iso).astimezone(OFFICE_ZONE)
        self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), ZONE))
        self.given.setChecked(True)

    def value(self) -> str | None:
        if self.now.isChecked():
            return None
        seconds = self.edit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


class _Dialog(QDialog):
    """A small form with OK / Cancel; ``fields`` is what the server call needs."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def fields(self) -> tuple[Any, ...]:
        raise NotImplementedError


class DispatchDialog(_Dialog):
    def __init__(self, crews: list[dict[str, Any]], ticket: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultDispatchDialog")
        self.crew = QComboBox(self)
        for crew in crews:
            if crew.get("active"):
                self.crew.addItem(f"{crew['name']}  {crew['phone']}  {crew['area_served']}",
                                  crew["id"])
        if ticket.get("crew_id"):
            self.crew.setCurrentIndex(max(0, self.crew.findData(ticket["crew_id"])))
        self.when = TimeField(self)
        self.crew_label, self.when_label = QLabel(self), QLabel(self)
        self.form.addRow(self.crew_label, self.crew)
        self.form.addRow(self.when_label, self.when)
        self.ticket = ticket
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dispatch a crew"))
        self.hint.setText(self.tr("Ticket %1: %2").replace("%1", self.ticket["reference"])
                          .replace("%2", self.ticket["title"]))
        self.crew_label.setText(self.tr("Crew"))
        self.when_label.setText(self.tr("Dispatched"))
        self.when.retranslate()

    def fields(self) -> tuple[Any, ...]:
        return (self.crew.currentData(), self.when.value())


class TimeNoteDialog(_Dialog):
    """Arrival (no note) or restoration (with a result note)."""

    def __init__(self, title: str, hint: str, with_note: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultTimeDialog")
        self.setWindowTitle(title)
        self.hint.setText(hint)
        self.when, self.when_label = TimeField(self), QLabel(self)
        self.form.addRow(self.when_label, self.when)
        self.note: QPlainTextEdit | None = None
        self.note_label = QLabel(self)
        if with_note:
            self.note = QPlainTextEdit(self)
            self.note.setTabChangesFocus(True)
            self.note.setFixedHeight(70)
            self.form.addRow(self.note_label, self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.when_label.setText(self.tr("Time"))
        self.note_label.setText(self.tr("Result"))
        self.when.retranslate()

    def fields(self) -> tuple[Any, ...]:
        when = self.when.value()
        return (when,) if self.note is None else (when, self.note.toPlainText())


class CloseDialog(_Dialog):
    def __init__(self, ticket: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultCloseDialog")
        self.cause, self.note = QLineEdit(self), QPlainTextEdit(self)
        self.note.setPlainText(ticket.get("result_note") or "")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.cause_label, self.note_label = QLabel(self), QLabel(self)
        self.form.addRow(self.cause_label, self.cause)
        self.form.addRow(self.note_label, self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the ticket"))
        self.hint.setText(self.tr("Record what caused the fault and what was done."))
        self.cause_label.setText(self.tr("Cause"))
        self.note_label.setText(self.tr("Result"))

    def fields(self) -> tuple[Any, ...]:
        return (self.cause.text(), self.note.toPlainText())


class CancelDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultCancelDialog")
        self.kind, self.reason = QComboBox(self), QLineEdit(self)
        self.kind_label, self.reason_label = QLabel(self), QLabel(self)
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.reason_label, self.reason)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel the ticket"))
        self.hint.setText(self.tr("A duplicate or false report: the ticket and its reports "
                                  "end without a commitment verdict."))
        self.kind_label.setText(self.tr("Reason"))
        self.reason_label.setText(self.tr("Explanation"))
        current = self.kind.currentData()
        self.kind.clear()
        for code, text in cancel_reasons().items():
            self.kind.addItem(text, code)
        if current:
            self.kind.setCurrentIndex(self.kind.findData(current))

    def fields(self) -> tuple[Any, ...]:
        return (self.kind.currentData(), self.reason.text())


class MergeDialog(_Dialog):
    """Merge this ticket into another active ticket of the office (the earlier one)."""

    def __init__(self, ticket: dict[str, Any], others: list[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultMergeDialog")
        self.ticket = ticket
        self.target, self.target_label = QComboBox(self), QLabel(self)
        for row in others:
            if row["id"] != ticket["id"]:
                self.target.addItem(f"{row['reference']}  {row['transformer_area']}  "
                                    f"{row['title']}", row["id"])
        self.form.addRow(self.target_label, self.target)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge into another ticket"))
        self.hint.setText(self.tr("The reports of %1 join the chosen ticket (one outage); "
                                  "%1 is cancelled as merged. The commitment runs from the "
                                  "earlier ticket's first report.")
                          .replace("%1", self.ticket["reference"]))
        self.target_label.setText(self.tr("Into ticket"))

    def fields(self) -> tuple[Any, ...]:
        return (self.target.currentData(),)


class CorrectTimeDialog(_Dialog):
    def __init__(self, ticket: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultCorrectDialog")
        self.ticket = ticket
        self.which, self.when, self.reason = QComboBox(self), TimeField(self), QLineEdit(self)
        self.when.given.setChecked(True)
        self.which_label, self.when_label = QLabel(self), QLabel(self)
        self.reason_label = QLabel(self)
        self.form.addRow(self.which_label, self.which)
        self.form.addRow(self.when_label, self.when)
        self.form.addRow(self.reason_label, self.reason)
        self.which.currentIndexChanged.connect(self._current)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct a recorded time"))
        self.hint.setText(self.tr("The correction is kept in the timeline and the audit log; "
                                  "the commitment clocks follow it."))
        self.which_label.setText(self.tr("Time"))
        self.when_label.setText(self.tr("Correct time"))
        self.reason_label.setText(self.tr("Why"))
        self.when.retranslate()
        names = {"dispatched": self.tr("Dispatched"), "arrived": self.tr("Crew arrived"),
                 "restored": self.tr("Supply restored")}
        self.which.blockSignals(True)
        self.which.clear()
        for code, text in names.items():
            if self.ticket.get(f"{code}_at"):
                self.which.addItem(text, code)
        self.which.blockSignals(False)
        self._current()

    def _current(self) -> None:
        code = self.which.currentData()
        if code and self.ticket.get(f"{code}_at"):
            self.when.set_given(self.ticket[f"{code}_at"])

    def fields(self) -> tuple[Any, ...]:
        return (self.which.currentData(), self.when.value(), self.reason.text())


class MoveReportDialog(MergeDialog):
    """Move one report to another active ticket (a different outage, or the same one)."""

    def __init__(self, ticket: dict[str, Any], report: dict[str, Any],
                 others: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        self.report = report
        super().__init__(ticket, others, parent)
        self.setObjectName("faultMoveDialog")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move a report"))
        self.hint.setText(self.tr("Report %1 moves to the chosen ticket; a ticket left "
                                  "without reports is cancelled as merged.")
                          .replace("%1", self.report["reference"]))
        self.target_label.setText(self.tr("To ticket"))
