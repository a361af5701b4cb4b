"""The "Repair crews" page of dispatchers: the office's crews, and a form to add one or edit
the chosen one (name, phone, members, area served, active). A stale version (someone else
edited first) reloads the list and says so.

Signals:
    loaded(): the list shows fresh rows.
    saved(dict): a crew was created or changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from appserver.contract.api import OBJECT_SERVICE
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.table import DataTable
from client.service import fault_models as fm


class CrewsPage(QWidget):
    loaded = Signal()
    saved = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultCrewsPage")
        self.ctx = ctx
        self.model = fm.crews_model(self)
        self.table = DataTable(self.model, self)
        self.table.clicked.connect(self._choose)
        self.table.activated.connect(self._choose)
        self.crew: dict[str, Any] | None = None
        self.name, self.phone = QLineEdit(self), QLineEdit(self)
        self.members, self.area = QLineEdit(self), QLineEdit(self)
        self.active = QCheckBox(self)
        self.active.setChecked(True)
        self.labels = {k: QLabel(self) for k in ("name", "phone", "members", "area")}
        self.heading = QLabel(self)
        self.save, self.new = QPushButton(self), QPushButton(self)
        self.save.setDefault(True)
        self.save.clicked.connect(self.save_crew)
        self.new.clicked.connect(lambda: self.edit(None))
        form = QFormLayout()
        for key, widget in (("name", self.name), ("phone", self.phone),
                            ("members", self.members), ("area", self.area)):
            form.addRow(self.labels[key], widget)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.new)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.heading)
        side.addLayout(form)
        side.addLayout(buttons)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        texts = {"name": self.tr("Crew name"), "phone": self.tr("Phone"),
                 "members": self.tr("Members"), "area": self.tr("Area served")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.active.setText(self.tr("Active (can be dispatched)"))
        self.save.setText(self.tr("Save"))
        self.new.setText(self.tr("New crew"))
        self.heading.setText(self.tr("New crew") if self.crew is None
                             else self.tr("Edit %1").replace("%1", self.crew["name"]))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(self.model.columns) - 1)

    def _call(self, method: str, *args: Any, on_done: Any, write: bool = False) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit(f"crews.{method}",
                               lambda: gateway.call(OBJECT_SERVICE, method, *args, write=write),
                               on_done, self._failed)

    def refresh(self) -> None:
        self._call("fault_crews", None, on_done=self._show)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.loaded.emit()

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit(self.model.row_at(index.row()))

    def edit(self, crew: dict[str, Any] | None) -> None:
        self.crew = crew
        values = crew or {}
        self.name.setText(values.get("name", ""))
        self.phone.setText(values.get("phone", ""))
        self.members.setText(values.get("members", ""))
        self.area.setText(values.get("area_served", ""))
        self.active.setChecked(values.get("active", True))
        self.retranslate()
        self.name.setFocus()

    def fields(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "phone": self.phone.text().strip(),
                "members": self.members.text().strip(),
                "area_served": self.area.text().strip(), "active": self.active.isChecked()}

    def save_crew(self) -> None:
        fields = self.fields()
        if self.crew is None:
            self._call("create_crew", None, fields, on_done=self._saved, write=True)
            return
        changes = {k: v for k, v in fields.items() if self.crew.get(k) != v}
        self._call("update_crew", self.crew["id"], self.crew["version"], changes,
                   on_done=self._saved, write=True)

    def _saved(self, crew: dict[str, Any]) -> None:
        self.edit(crew)
        self.saved.emit(crew)
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        show_error(self, exc)
        self.refresh()
