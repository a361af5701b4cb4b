"""The Consultations page: a quick entry form on top (the duration counts itself from the
first keystroke) and the day's consultation log of the office below, with its filters.

Signals (of the page):
    logged(dict): a consultation was saved.
    loaded(): the day's list was (re)loaded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from appserver.contract import api as contract
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.customer_picker import CustomerPicker
from client.core.widgets.table import DataTable
from client.service.complaint_form import fill
from client.service.complaint_models import consultations_model

SVC = contract.OBJECT_SERVICE


class ConsultationForm(QGroupBox):
    """Channel, topic, who (optional), the question and the answer. No server calls."""

    submitted = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultationForm")
        self.timer = QElapsedTimer()
        self.channel = QComboBox(self)
        self.channel.setObjectName("consultationChannel")
        self.topic = QComboBox(self)
        self.topic.setObjectName("consultationTopic")
        self.picker = CustomerPicker(ctx, self)
        self.caller_name = QLineEdit(self)
        self.caller_name.setMaxLength(50)
        self.caller_phone = QLineEdit(self)
        self.caller_phone.setMaxLength(20)
        self.question = QPlainTextEdit(self)
        self.question.setObjectName("question")
        self.question.setTabChangesFocus(True)
        self.question.setMaximumHeight(70)
        self.answer = QPlainTextEdit(self)
        self.answer.setObjectName("answer")
        self.answer.setTabChangesFocus(True)
        self.answer.setMaximumHeight(70)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, 240)
        self.save = QPushButton(self)
        self.save.setObjectName("saveConsultation")
        self.save.setDefault(True)
        self.save.setShortcut(QKeySequence("Ctrl+Return"))
        self.captions: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form, key, widget in ((left, "channel", self.channel), (left, "topic", self.topic),
                                  (left, "customer", self.picker),
                                  (left, "caller_name", self.caller_name),
                                  (left, "caller_phone", self.caller_phone),
                                  (right, "question", self.question),
                                  (right, "answer", self.answer),
                                  (right, "minutes", self.minutes)):
            caption = QLabel(self)
            caption.setBuddy(widget)
            self.captions[key] = caption
            form.addRow(caption, widget)
        right.addRow(self.save)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.save.clicked.connect(lambda: self.submitted.emit(self.data()))
        self.question.textChanged.connect(self._started)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Log a consultation"))
        for key, text in (("channel", self.tr("C&hannel:")), ("topic", self.tr("&Topic:")),
                          ("customer", self.tr("C&ustomer:")),
                          ("caller_name", self.tr("Caller's &name:")),
                          ("caller_phone", self.tr("Caller's &phone:")),
                          ("question", self.tr("&Question:")),
                          ("answer", self.tr("&Answer given:")),
                          ("minutes", self.tr("&Duration (min):"))):
            self.captions[key].setText(text)
        self.caller_name.setPlaceholderText(self.tr("Optional"))
        self.caller_phone.setPlaceholderText(self.tr("Optional"))
        self.save.setText(self.tr("&Save  (Ctrl+Enter)"))
        self.minutes.setSpecialValueText(self.tr("under a minute"))
        self.picker.retranslate()

    def set_codes(self, codes: dict[str, Any]) -> None:
        fill(self.channel, codes["consultation_channels"])
        fill(self.topic, [t for t in codes["topics"] if t["code"] != "statement"])

    def _started(self) -> None:
        if not self.timer.isValid() and self.question.toPlainText():
            self.timer.start()

    def data(self) -> dict[str, Any]:
        elapsed = self.timer.elapsed() // 1000 if self.timer.isValid() else 0
        seconds = max(self.minutes.value() * 60, int(elapsed)) if self.minutes.value() \
            else int(elapsed)
        result: dict[str, Any] = {"channel": self.channel.currentData(),
                                  "topic": self.topic.currentData(),
                                  "question": self.question.toPlainText().strip(),
                                  "answer": self.answer.toPlainText().strip(),
                                  "duration_s": min(seconds, 4 * 3600)}
        customer = self.picker.customer()
        if customer is not None:
            result["customer_id"] = customer["id"]
        for key, edit in (("caller_name", self.caller_name),
                          ("caller_phone", self.caller_phone)):
            if edit.text().strip():
                result[key] = edit.text().strip()
        return result

    def clear(self) -> None:
        """Ready for the next caller (channel and topic stay: the queue is often alike)."""
        self.picker.set_customer(None)
        for edit in (self.caller_name, self.caller_phone):
            edit.clear()
        self.question.clear()
        self.answer.clear()
        self.minutes.setValue(0)
        self.timer.invalidate()
        self.topic.setFocus(Qt.FocusReason.OtherFocusReason)


class ConsultationsPage(QWidget):
    logged = Signal(dict)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultationsPage")
        self.ctx = ctx
        self.form = ConsultationForm(ctx, self)
        self.model = consultations_model(self)
        self.table = DataTable(self.model, self)
        self.table.setObjectName("consultationTable")
        self.day = QDateEdit(self)
        self.day.setObjectName("consultationDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.day_chosen = False  # until the clerk picks a day: the server's business day
        self.topic = QComboBox(self)
        self.topic.setObjectName("topicFilter")
        self.mine = QCheckBox(self)
        self.mine.setObjectName("mineOnly")
        self.reload = QPushButton(self)
        self.reload.setShortcut(QKeySequence("F5"))
        self.summary = QLabel(self)
        self.summary.setObjectName("topicCounts")
        self.summary.setWordWrap(True)
        self.day_caption, self.topic_caption = QLabel(self), QLabel(self)
        self.day_caption.setBuddy(self.day)
        self.topic_caption.setBuddy(self.topic)
        filters = QHBoxLayout()
        for widget in (self.day_caption, self.day, self.topic_caption, self.topic, self.mine):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.form.submitted.connect(self.save)
        self.day.dateChanged.connect(self._day_changed)
        self.topic.currentIndexChanged.connect(self.load)
        self.mine.toggled.connect(self.load)
        self.reload.clicked.connect(self.load)
        self._codes: dict[str, Any] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.form.retranslate()
        self.day_caption.setText(self.tr("D&ay:"))
        self.topic_caption.setText(self.tr("T&opic:"))
        self.mine.setText(self.tr("&Mine only"))
        self.reload.setText(self.tr("&Reload"))
        self.start()

    def start(self) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("consultations.codes",
                               lambda: gateway.call(SVC, "complaint_codes"),
                               self._got_codes, self._failed)

    def _got_codes(self, codes: dict[str, Any]) -> None:
        self._codes = codes
        self.form.set_codes(codes)
        fill(self.topic, codes["topics"], self.tr("All"))
        self.load()

    def _day_changed(self) -> None:
        self.day_chosen = True
        self.load()

    def filters(self) -> dict[str, Any]:
        result: dict[str, Any] = {"mine": self.mine.isChecked()}
        if self.day_chosen:
            result["day"] = self.day.date().toString("yyyy-MM-dd")
        if self.topic.currentData():
            result["topic"] = self.topic.currentData()
        return result

    def load(self) -> None:
        gateway, filters = self.ctx.gateway, self.filters()
        self.ctx.runner.submit("consultations.list",
                               lambda: gateway.call(SVC, "list_consultations", filters,
                                                    {"limit": 500}),
                               self._listed, self._failed)

    def _listed(self, result: dict[str, Any]) -> None:
        self.day.blockSignals(True)
        self.day.setDate(QDate.fromString(result["day"], "yyyy-MM-dd"))
        self.day.blockSignals(False)
        self.model.set_rows(result["rows"])
        counts = "  ·  ".join(f"{t['name']} {t['count']}" for t in result["by_topic"])
        self.summary.setText(self.tr("%1 consultations: %2").replace("%1", str(result["total"]))
                             .replace("%2", counts or "—"))
        self.loaded.emit()

    def save(self, data: dict[str, Any]) -> None:
        gateway = self.ctx.gateway
        self.form.save.setEnabled(False)
        self.ctx.runner.submit("consultations.log",
                               lambda: gateway.call(SVC, "log_consultation", data, write=True),
                               self._saved, self._save_failed)

    def _saved(self, row: dict[str, Any]) -> None:
        self.form.save.setEnabled(True)
        self.form.clear()
        self.load()
        self.logged.emit(row)

    def _save_failed(self, exc: Exception) -> None:
        self.form.save.setEnabled(True)
        show_error(self.form, exc)

    def _failed(self, exc: Exception) -> None:
        show_error(self, exc)
