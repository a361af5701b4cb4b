"""The customer file (360 view): identity, contacts, and tables for the rest. No server calls.

Signals:
    edit_contact_requested(): the clerk wants to correct the contact data.
    statement_requested(): print the customer statement (consultation.log users).
    reload_requested(): fetch the file again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.core import labels
from client.core.widgets.rows_model import RowsModel
from client.core.widgets.table import DataTable
from client.customers import models

IDENTITY_FIELDS = ("name", "account_no", "customer_class", "industry", "voltage_level",
                   "id_doc", "office_name", "status", "opened_on")
CONTACT_FIELDS = ("phone_mobile", "phone_landline", "contact_person", "address", "mail_address")


class _Form(QGroupBox):
    """A titled form of read-only values keyed by field name."""

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in keys:
            caption, value = QLabel(self), QLabel(self)
            value.setObjectName(f"value_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.captions[key], self.values[key] = caption, value
            self.form.addRow(caption, value)

    def set_values(self, values: dict[str, str]) -> None:
        for key, label in self.values.items():
            label.setText(values.get(key, "") or "—")


class CustomerFileView(QWidget):
    edit_contact_requested = Signal()
    reload_requested = Signal()
    statement_requested = Signal()

    def __init__(self, can_edit: bool, parent: QWidget | None = None,
                 can_print_statement: bool = False) -> None:
        super().__init__(parent)
        self.customer: dict[str, Any] = {}
        self.service_points = models.service_points_model(self)
        self.metering_points = models.metering_points_model(self)
        self.meters = models.meters_model(self)
        self.history = models.history_model(self)
        self.title = QLabel(self)
        self.title.setObjectName("fileTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.edit = QPushButton(self)
        self.edit.setObjectName("editContactButton")
        self.edit.setEnabled(False)
        self.edit.setVisible(can_edit)
        self.edit.setShortcut(QKeySequence("Ctrl+E"))
        self.reload = QPushButton(self)
        self.reload.setShortcut(QKeySequence("F5"))
        self.statement = QPushButton(self)
        self.statement.setObjectName("printStatementButton")
        self.statement.setEnabled(False)
        self.statement.setVisible(can_print_statement)
        self.statement.setShortcut(QKeySequence("Ctrl+P"))
        self.identity = _Form(IDENTITY_FIELDS, self)
        self.contacts = _Form(CONTACT_FIELDS, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fileTabs")
        self.tables: list[tuple[DataTable, RowsModel]] = []
        for model in (self.service_points, self.metering_points, self.meters, self.history):
            table = DataTable(model, self)
            self.tables.append((table, model))
            self.tabs.addTab(table, "")
        self._layout()
        self.edit.clicked.connect(self.edit_contact_requested)
        self.statement.clicked.connect(self.statement_requested)
        self.reload.clicked.connect(self.reload_requested)
        self.retranslate()

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.reload)
        head.addWidget(self.statement)
        head.addWidget(self.edit)
        forms = QHBoxLayout()
        forms.addWidget(self.identity, 1)
        forms.addWidget(self.contacts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(forms)
        layout.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        self.identity.setTitle(self.tr("Identity"))
        self.contacts.setTitle(self.tr("Contacts"))
        captions = {
            "name": self.tr("Name"), "account_no": self.tr("Account no."),
            "customer_class": self.tr("Customer class"), "industry": self.tr("Industry"),
            "voltage_level": self.tr("Voltage level"), "id_doc": self.tr("Identity document"),
            "office_name": self.tr("Office"), "status": self.tr("Status"),
            "opened_on": self.tr("Customer since"), "phone_mobile": self.tr("Mobile"),
            "phone_landline": self.tr("Landline"), "contact_person": self.tr("Contact person"),
            "address": self.tr("Address"), "mail_address": self.tr("Mailing address"),
        }
        for form in (self.identity, self.contacts):
            for key, caption in form.captions.items():
                caption.setText(self.tr("%1:").replace("%1", captions[key]))
        self.edit.setText(self.tr("&Edit contact…"))
        self.reload.setText(self.tr("&Reload"))
        self.statement.setText(self.tr("&Print statement…"))
        self._retitle_tabs()

    def _retitle_tabs(self) -> None:
        titles = (self.tr("Service points (%1)"), self.tr("Metering points (%1)"),
                  self.tr("Meters on site (%1)"), self.tr("Change history (%1)"))
        for position, (title, (_table, model)) in enumerate(zip(titles, self.tables,
                                                                strict=True)):
            self.tabs.setTabText(position, title.replace("%1", str(model.rowCount())))

    def show_loading(self) -> None:
        self.title.setText(self.tr("Loading the customer file…"))
        self.edit.setEnabled(False)
        self.statement.setEnabled(False)

    def show_failed(self) -> None:
        self.title.setText(self.tr("The customer file could not be loaded."))
        self.edit.setEnabled(False)

    def show_file(self, file: dict[str, Any]) -> None:
        c = self.customer = dict(file["customer"])
        self.title.setText(f"{c['name']}  ·  {c['account_no']}")
        self.identity.set_values({
            **{k: str(c.get(k) or "") for k in IDENTITY_FIELDS},
            "customer_class": labels.customer_class(c.get("customer_class", "")),
            "status": labels.status(c.get("status", "")),
            "industry": labels.industry(c.get("industry", "")),
            "id_doc": f"{labels.id_doc_type(c.get('id_doc_type', ''))}  {c.get('id_doc_no', '')}",
        })
        self.contacts.set_values({k: str(c.get(k) or "") for k in CONTACT_FIELDS})
        self.service_points.set_rows(file.get("service_points", []))
        self.metering_points.set_rows(file.get("metering_points", []))
        self.meters.set_rows(file.get("meters", []))
        self.history.set_rows(file.get("history", []))
        self._retitle_tabs()
        self.edit.setEnabled(True)
        self.statement.setEnabled(True)
