"""The small dialog behind each complaint action: a note, a reason or the reply text, the
satisfaction of a callback, the person or role of an assignment. No server calls.

Signals:
    confirmed(dict): {"text"?, "satisfaction"?, "assignee"?} of the filled-in dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from client.service.complaint_form import fill
from client.work import terms


class ComplaintActionDialog(QDialog):
    confirmed = Signal(dict)

    def __init__(self, action: str, codes: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"complaintDialog_{action}")
        self.action = action
        self.text: QPlainTextEdit | None = None
        self.choice: QComboBox | None = None
        form = QFormLayout(self)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        form.addRow(self.prompt)
        if action == "callback":
            self.choice = QComboBox(self)
            self.choice.setObjectName("satisfaction")
            fill(self.choice, codes.get("satisfaction", []))
            form.addRow(self.tr("&Satisfaction:"), self.choice)
        if action == "assign":
            self.choice = QComboBox(self)
            self.choice.setObjectName("assignee")
            entries = [{"code": f"role:{r['code']}", "name": terms.role_name(r["code"])}
                       for r in codes.get("roles", [])]
            entries += [{"code": f"user:{u['id']}", "name": f"{u['full_name']} ({u['username']})"}
                        for u in codes.get("users", [])]
            fill(self.choice, entries)
            form.addRow(self.tr("&Assign to:"), self.choice)
        if action not in ("resume", "assign"):
            self.text = QPlainTextEdit(self)
            self.text.setObjectName("actionText")
            self.text.setTabChangesFocus(True)
            form.addRow(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {"contact": (self.tr("Record contact"),
                              self.tr("How and when was the customer reached, what was agreed?")),
                  "reply": (self.tr("Reply"), self.tr("The answer given to the customer (the "
                                                      "resolution):")),
                  "pause": (self.tr("Pause the clock"),
                            self.tr("What are we waiting for from the customer?")),
                  "callback": (self.tr("Callback"),
                               self.tr("The customer was called back: how satisfied are they?")),
                  "close": (self.tr("Close"), self.tr("A closing note (optional):")),
                  "reopen": (self.tr("Reopen"),
                             self.tr("Why is this reopened? A new reply is due in 7 working "
                                     "days.")),
                  "assign": (self.tr("Assign"), self.tr("Who handles this from now on?"))}
        title, prompt = titles.get(self.action, (self.action, ""))
        self.setWindowTitle(title)
        self.prompt.setText(prompt)

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        if self.text is not None:
            result["text"] = self.text.toPlainText().strip()
        if self.choice is not None:
            key = "assignee" if self.action == "assign" else "satisfaction"
            result[key] = self.choice.currentData()
        return result

    def _ok(self) -> None:
        self.confirmed.emit(self.values())
