"""Table models of the admin screens, fed with the server's plain rows (no calls here)."""

from __future__ import annotations

import json
from typing import Any

from client.admin.table_base import Row, RowTableModel
from client.admin.terms import AdminTerms
from client.admin.timezone import local_text

DETAILS_PREVIEW = 90  # characters of compact JSON shown in the table; the rest in a tooltip


class UserTableModel(RowTableModel):
    """One user per row: username, name, office, roles, status, lock reason."""

    def headers(self) -> list[str]:
        return [self.tr("Username"), self.tr("Full name"), self.tr("Office"),
                self.tr("Roles"), self.tr("Status"), self.tr("Lock reason")]

    def cell(self, row: Row, column: int) -> str:
        if column == 0:
            return str(row["username"])
        if column == 1:
            return str(row["full_name"])
        if column == 2:
            return str(row["office_name"])
        if column == 3:
            return self.tr(", ").join(AdminTerms.role(r) for r in row["roles"])
        if column == 4:
            return self.tr("Locked") if row["locked"] else self.tr("Active")
        return str(row.get("locked_reason") or "")

    def tooltip(self, row: Row, column: int) -> str | None:
        if column == 5 and row.get("locked_reason"):
            return str(row["locked_reason"])
        return None

    def warns(self, row: Row, column: int) -> bool:
        return column == 4 and bool(row["locked"])


class RoleTableModel(RowTableModel):
    """Roles as the server defines them: translated name, code, number of permissions."""

    def headers(self) -> list[str]:
        return [self.tr("Role"), self.tr("Code"), self.tr("Permissions")]

    def cell(self, row: Row, column: int) -> str:
        if column == 0:
            return AdminTerms.role(row["name"])
        if column == 1:
            return str(row["name"])
        return str(len(row["permissions"]))


class PermissionTableModel(RowTableModel):
    """The permissions of one role, each with what it allows in words."""

    def headers(self) -> list[str]:
        return [self.tr("Permission"), self.tr("Allows")]

    def cell(self, row: Row, column: int) -> str:
        return str(row["name"]) if column == 0 else AdminTerms.permission(row["name"])

    def set_permissions(self, names: list[str]) -> None:
        self.set_rows([{"name": n} for n in names])


class AuditTableModel(RowTableModel):
    """One audit record per row; details compact in the cell, in full in the tooltip."""

    COLUMNS = ("seq", "at", "username", "action", "method", "outcome", "record",
               "client_host", "details")

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"),
                self.tr("Method"), self.tr("Outcome"), self.tr("Record"),
                self.tr("Workstation"), self.tr("Details")]

    def cell(self, row: Row, column: int) -> str:
        key = self.COLUMNS[column]
        if key == "at":
            return local_text(str(row["at"]))
        if key == "action":
            return action_text(row)
        if key == "outcome":
            return AdminTerms.outcome(str(row["outcome"]))
        if key == "record":
            return entity_text(row)
        if key == "details":
            return preview(compact_details(row.get("details")))
        return str(row[key])

    def tooltip(self, row: Row, column: int) -> str | None:
        key = self.COLUMNS[column]
        if key == "details":
            return pretty_details(row.get("details"))
        if key in ("action", "method") and row.get("request_id"):
            return self.tr("Request id: {0}").format(row["request_id"])
        return None

    def warns(self, row: Row, column: int) -> bool:
        return self.COLUMNS[column] == "outcome" and row["outcome"] != "ok"


def action_text(row: Row) -> str:
    """What was done, in words; one method (set_user_locked) does two things."""
    details = _parsed(row.get("details"))
    done = details.get("action") if isinstance(details, dict) else None
    if row["method"] == "admin.set_user_locked" and done in ("locked", "unlocked"):
        return AdminTerms.method(f"admin.set_user_locked.{done}")
    return AdminTerms.method(str(row["method"]))


def entity_text(row: Row) -> str:
    kind = str(row.get("entity_type") or "")
    if not kind:
        return ""
    ident = row.get("entity_id")
    label = str(row.get("entity_label") or "")
    if label:  # as people know the record: account and name, user name, unit name
        return f"{AdminTerms.entity(kind)} {label}"
    return f"{AdminTerms.entity(kind)} #{ident}" if ident is not None else AdminTerms.entity(kind)


def _parsed(details: Any) -> Any:
    """The server stores details as a JSON text; older rows or odd values stay as they are."""
    if isinstance(details, str):
        try:
            return json.loads(details)
        except ValueError:
            return details
    return details


def compact_details(details: Any) -> str:
    value = _parsed(details)
    if value in (None, "", {}):
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def pretty_details(details: Any) -> str:
    value = _parsed(details)
    if value in (None, "", {}):
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


def preview(text: str, limit: int = DETAILS_PREVIEW) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
