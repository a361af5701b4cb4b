"""The dialogs of an application's actions: complete a stage, return it, suspend / resume /
terminate with a reason, add a document, view an image document.

Dialogs only collect input and emit it; the presenter calls the server and either closes the
dialog (``done_ok``) or shows the server's message in it (``show_problem``).
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from appserver.contract.applications import ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES
from client.service.application_form import Field, FieldForm

PROBLEM_STYLE = "color: #c62828;"


class _ActionDialog(QDialog):
    """Buttons OK/Cancel, a problem line; ``submitted`` carries the collected input.

    Signals:
        submitted(dict): the input, when OK is pressed and it is complete.
    """

    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = QFormLayout()
        self.problem = QLabel(self)
        self.problem.setObjectName("dialogProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)

    def _submit(self) -> None:
        data = self.collect()
        if data is not None:
            self.set_busy(True)
            self.submitted.emit(data)

    def collect(self) -> dict[str, Any] | None:
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.set_busy(False)

    def done_ok(self) -> None:
        self.accept()


def _reason_edit(parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName("reason")
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class CompleteStageDialog(_ActionDialog):
    """Complete the current stage: where to go next (when there is a choice) and the fields the
    stage requires (pre-filled with what the application holds)."""

    def __init__(self, stage_name: str, next_stages: Sequence[tuple[str, str]],
                 fields: Sequence[Field], values: dict[str, Any], note: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completeStageDialog")
        self.stage_name, self.last = stage_name, not next_stages
        self.only_next = next_stages[0][1] if len(next_stages) == 1 else ""
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.next_stage = QComboBox(self)
        self.next_stage.setObjectName("nextStage")
        for code, name in next_stages:
            self.next_stage.addItem(name, code)
        self.next_label = QLabel(self)
        self.next_label.setBuddy(self.next_stage)
        self.form.addRow(self.intro)
        if len(next_stages) > 1:
            self.form.addRow(self.next_label, self.next_stage)
        else:
            self.next_stage.setVisible(False)
            self.next_label.setVisible(False)
        self.fields = FieldForm(self)
        self.fields.set_fields(fields, values)
        self.form.addRow(self.fields)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(500)
        self.note.setText(note)  # the application's note: kept unless changed here
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        self.form.addRow(self.note_label, self.note)
        self.finish_layout()
        self.retranslate()
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complete stage"))
        if self.last:
            text = self.tr("Complete \u201c%1\u201d, the last stage: the application is "
                           "completed and its effect applied to the customer file.")
        elif self.only_next:
            text = self.tr("Complete \u201c%1\u201d and pass the application on to "
                           "\u201c%2\u201d.").replace("%2", self.only_next)
        else:
            text = self.tr("Complete \u201c%1\u201d and choose the next stage.")
        self.intro.setText(text.replace("%1", self.stage_name))
        self.next_label.setText(self.tr("&Next stage:"))
        self.note_label.setText(self.tr("N&ote:"))
        self.ok_button.setText(self.tr("&Complete stage"))

    def collect(self) -> dict[str, Any] | None:
        missing = self.fields.missing_required()
        if missing:
            self.show_problem(self.tr("Please fill in: %1").replace("%1", ", ".join(missing)))
            return None
        to_stage = self.next_stage.currentData() if self.next_stage.count() > 1 else None
        return {"to_stage": to_stage, "fields": self.fields.values(),
                "note": self.note.text().strip()}


class ReturnDialog(_ActionDialog):
    """Send the application back to an earlier stage of its path, with a reason."""

    def __init__(self, stages: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.stage = QComboBox(self)
        self.stage.setObjectName("returnStage")
        for code, name in stages:
            self.stage.addItem(name, code)
        self.stage.setCurrentIndex(self.stage.count() - 1)  # usually the stage just before
        self.stage_label = QLabel(self)
        self.stage_label.setBuddy(self.stage)
        self.reason = _reason_edit(self)
        self.reason_label = QLabel(self)
        self.reason_label.setBuddy(self.reason)
        self.form.addRow(self.stage_label, self.stage)
        self.form.addRow(self.reason_label, self.reason)
        self.finish_layout()
        self.retranslate()
        self.resize(460, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Return to an earlier stage"))
        self.stage_label.setText(self.tr("&Back to:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.ok_button.setText(self.tr("&Return"))

    def collect(self) -> dict[str, Any] | None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.show_problem(self.tr("Please give the reason."))
            return None
        return {"to_stage": self.stage.currentData(), "reason": reason}


class ReasonDialog(_ActionDialog):
    """Suspend, resume or terminate with a reason; terminating asks for a confirmation tick."""

    def __init__(self, action: str, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{action}Dialog")
        self.action, self.number = action, number
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.reason = _reason_edit(self)
        self.reason_label = QLabel(self)
        self.reason_label.setBuddy(self.reason)
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("confirmTerminate")
        self.form.addRow(self.intro)
        self.form.addRow(self.reason_label, self.reason)
        if action == "terminate":
            self.intro.setStyleSheet(PROBLEM_STYLE)
            self.form.addRow(self.confirm)
            self.confirm.toggled.connect(lambda on: self.ok_button.setEnabled(on))
            self.ok_button.setEnabled(False)
        else:
            self.confirm.setVisible(False)
        self.finish_layout()
        self.retranslate()
        self.resize(480, self.sizeHint().height())

    def retranslate(self) -> None:
        texts = {
            "suspend": (self.tr("Suspend application"), self.tr(
                "The clock of %1 stops while the customer is awaited."), self.tr("&Suspend")),
            "resume": (self.tr("Resume application"), self.tr(
                "The clock of %1 runs again from where it stopped."), self.tr("&Resume")),
            "terminate": (self.tr("Terminate application"), self.tr(
                "%1 ends for good: its open work is cancelled and it cannot be resumed."),
                self.tr("&Terminate")),
        }
        title, intro, button = texts[self.action]
        self.setWindowTitle(title)
        self.intro.setText(intro.replace("%1", self.number))
        self.reason_label.setText(self.tr("&Reason:"))
        self.confirm.setText(self.tr("&Yes, terminate this application"))
        self.ok_button.setText(button)

    def set_busy(self, busy: bool) -> None:
        confirmed = self.action != "terminate" or self.confirm.isChecked()
        self.ok_button.setEnabled(not busy and confirmed)

    def collect(self) -> dict[str, Any] | None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.show_problem(self.tr("Please give the reason."))
            return None
        if self.action == "terminate" and not self.confirm.isChecked():
            return None
        return {"reason": reason}


class AddDocumentDialog(_ActionDialog):
    """Pick the kind of document and a scanned file (PDF, PNG, JPEG); sent as base64."""

    def __init__(self, documents: Sequence[tuple[str, str]], missing: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addDocumentDialog")
        self.doc_type = QComboBox(self)
        self.doc_type.setObjectName("docType")
        for code, name in documents:
            self.doc_type.addItem(name, code)
        if missing:  # the first document the stage still needs
            found = self.doc_type.findData(missing[0])
            self.doc_type.setCurrentIndex(max(0, found))
        self.doc_label = QLabel(self)
        self.doc_label.setBuddy(self.doc_type)
        self.path = QLineEdit(self)
        self.path.setObjectName("documentPath")
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.choose_file)
        self.file_label = QLabel(self)
        self.file_label.setBuddy(self.path)
        line = QHBoxLayout()
        line.addWidget(self.path, 1)
        line.addWidget(self.browse)
        self.form.addRow(self.doc_label, self.doc_type)
        self.form.addRow(self.file_label, line)
        self.finish_layout()
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add document"))
        self.doc_label.setText(self.tr("&Document:"))
        self.file_label.setText(self.tr("&File:"))
        self.browse.setText(self.tr("&Browse…"))
        self.path.setPlaceholderText(self.tr("a scan as PDF, PNG or JPEG, at most %1 MB")
                                     .replace("%1", str(ATTACHMENT_MAX_BYTES // (1024 * 1024))))
        self.ok_button.setText(self.tr("&Add"))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the scanned document"), self.path.text(),
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.path.setText(path)

    def collect(self) -> dict[str, Any] | None:
        path = Path(self.path.text().strip())
        if path.suffix.lower().lstrip(".") not in ATTACHMENT_TYPES:
            self.show_problem(self.tr("Choose a PDF, PNG or JPEG file."))
            return None
        try:
            content = path.read_bytes()
        except OSError:
            self.show_problem(self.tr("The file cannot be read."))
            return None
        if len(content) > ATTACHMENT_MAX_BYTES:
            self.show_problem(self.tr("The file is larger than %1 MB.")
                              .replace("%1", str(ATTACHMENT_MAX_BYTES // (1024 * 1024))))
            return None
        return {"doc_type": self.doc_type.currentData(), "filename": path.name,
                "content_base64": base64.b64encode(content).decode("ascii")}


class ImageDialog(QDialog):
    """A scanned image, scaled to the window (the whole page visible), scrollable at 100 %."""

    def __init__(self, title: str, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(content)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area = QScrollArea(self)
        self.area.setWidget(self.image)
        self.area.setWidgetResizable(True)
        self.fit = QCheckBox(self)
        self.fit.setChecked(True)
        self.fit.toggled.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.fit)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self.resize(760, 900)

    def retranslate(self) -> None:
        self.fit.setText(self.tr("&Fit to window"))
        if self.pixmap.isNull():
            self.image.setText(self.tr("This image cannot be shown."))

    @property
    def loaded(self) -> bool:
        return not self.pixmap.isNull()

    def _show(self) -> None:
        if self.pixmap.isNull():
            return
        if self.fit.isChecked():
            size = self.area.viewport().size()
            self.image.setPixmap(self.pixmap.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.image.setPixmap(self.pixmap)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._show()
