"""Intents of the calendar page -> task runner -> view; the dialog that changes a day."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from appserver.contract import api as contract
from client.core.context import AppContext
from client.core.errors import show_error
from client.work.calendar_view import CalendarView

YEAR_KEY, WRITE_KEY = "work.calendar", "work.calendar.write"
NAME_MAX = 60


class DayDialog(QDialog):
    """What a day is: a holiday, a make-up working day, or a normal day of its week."""

    def __init__(
        self, day: str, entry: dict[str, Any] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDayDialog")
        self.setMinimumWidth(340)
        self.day = day
        weekday = date.fromisoformat(day).isoweekday()
        self.weekend = weekday >= 6
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setText(f"{day} · {QLocale().dayName(weekday)}")
        self.kinds = QButtonGroup(self)
        self.holiday, self.workday, self.normal = (QRadioButton(self) for _ in range(3))
        for button, kind in (
            (self.holiday, "holiday"),
            (self.workday, "workday"),
            (self.normal, None),
        ):
            button.setProperty("kind", kind)
            self.kinds.addButton(button)
        current = str(entry["kind"]) if entry else ""
        {"holiday": self.holiday, "workday": self.workday}.get(current, self.normal).setChecked(
            True
        )
        self.name = QLineEdit(self)
        self.name.setObjectName("calendarDayName")
        self.name.setMaxLength(NAME_MAX)
        self.name.setText(str(entry.get("name", "")) if entry else "")
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The server's rule: a holiday is a weekday off, a make-up working day a weekend day
        # worked; the other choice would change nothing, so it is not offered.
        self.holiday.setVisible(not self.weekend)
        self.workday.setVisible(self.weekend)
        self.kinds.buttonToggled.connect(lambda _b, _on: self._enable())
        self.name.textChanged.connect(lambda _t: self._enable())
        layout = QVBoxLayout(self)
        for widget in (
            self.title,
            self.holiday,
            self.workday,
            self.normal,
            self.name_label,
            self.name,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Calendar day"))
        self.holiday.setText(self.tr("&Holiday (no work)"))
        self.workday.setText(self.tr("&Make-up working day"))
        self.normal.setText(
            self.tr("&Normal: a weekend day off")
            if self.weekend
            else self.tr("&Normal: a working weekday")
        )
        self.name_label.setText(self.tr("N&ame (e.g. National Day):"))

    def _enable(self) -> None:
        """A holiday or make-up day needs its name (e.g. 国庆节)."""
        named = self.kind() is not None
        self.name.setEnabled(named)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not named or bool(self.name.text().strip()))

    def kind(self) -> str | None:
        checked = self.kinds.checkedButton()
        value = checked.property("kind") if checked is not None else None
        return None if value is None else str(value)


class CalendarPresenter(QObject):
    """Signals:
    loaded(): the year is shown.
    dialog_opened(QDialog): the day dialog or the refusal message opened (tour and tests).
    """

    loaded = Signal()
    dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, view: CalendarView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        view.year_requested.connect(self.load)
        view.day_clicked.connect(self.edit_day)

    def start(self) -> None:
        self.load(self.view.year.value())

    def load(self, year: int) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit(
            YEAR_KEY,
            lambda: gateway.call(contract.OBJECT_WORK, "calendar", year),
            self._show,
            self._failed,
        )

    def _show(self, data: dict[str, Any]) -> None:
        self.view.show_year(data)
        self.loaded.emit()

    def edit_day(self, day: str, entry: dict[str, Any] | None) -> None:
        if not self.view.editable:
            self._refuse()
            return
        dialog = DayDialog(day, entry, self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.set_day(day, dialog.kind(), dialog.name.text().strip())
        )
        dialog.open()
        self.dialog_opened.emit(dialog)

    def set_day(self, day: str, kind: str | None, name: str) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit(
            WRITE_KEY,
            lambda: gateway.call(
                contract.OBJECT_WORK, "set_calendar_day", day, kind, name, write=True
            ),
            self._show,
            self._failed,
        )

    def _refuse(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Calendar"),
            self.tr(
                "You may look at the working-day calendar but not change "
                "it. Holidays and make-up working days are set by office "
                "heads."
            ),
            QMessageBox.StandardButton.Ok,
            self.view,
        )
        box.setObjectName("calendarRefused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.dialog_opened.emit(box)

    def _failed(self, exc: Exception) -> None:
        show_error(self.view, exc)
