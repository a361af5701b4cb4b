"""Give a work item to a person of the office, or back to its role's queue."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from client.work import terms


def candidates(users: list[dict[str, Any]], item: dict[str, Any]) -> list[dict[str, Any]]:
    """Unlocked people; those holding the item's role first, then by name."""
    role = item.get("assigned_role")
    people = [u for u in users if not u.get("locked")]
    return sorted(
        people,
        key=lambda u: (
            role not in u.get("roles", []),
            str(u.get("full_name") or u.get("username")),
        ),
    )


class AssignDialog(QDialog):
    """Modal choice of a person; ``chosen_user_id()`` is None for "back to the queue"."""

    def __init__(
        self, item: dict[str, Any], users: list[dict[str, Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setMinimumWidth(480)
        self.item = item
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.person = QComboBox(self)
        self.person.setObjectName("assignPerson")
        self.person.setMinimumContentsLength(28)
        self.person_label = QLabel(self)
        self.person_label.setBuddy(self.person)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.person_label, self.person)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.users = candidates(users, item)
        self.retranslate()
        current = self.person.findData(item.get("assigned_user_id"))
        self.person.setCurrentIndex(max(0, current))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign work item"))
        item = self.item
        self.summary.setText(
            self.tr("%1 · %2 · %3")
            .replace("%1", str(item.get("reference")))
            .replace("%2", str(item.get("step_name")))
            .replace("%3", str(item.get("title")))
        )
        self.person_label.setText(self.tr("&Person:"))
        chosen = self.person.currentData()
        self.person.clear()
        queue = terms.role_name(self.item.get("assigned_role")) or self.tr("the role")
        self.person.addItem(self.tr("Nobody: back to the queue of %1").replace("%1", queue), None)
        for user in self.users:
            roles = ", ".join(terms.role_name(r) for r in user.get("roles", []))
            self.person.addItem(
                f"{user.get('full_name') or user['username']} ({user['username']}) · {roles}",
                user["id"],
            )
        if chosen is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(chosen)))

    def chosen_user_id(self) -> int | None:
        value = self.person.currentData()
        return None if value is None else int(value)
