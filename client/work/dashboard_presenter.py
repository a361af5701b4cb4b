"""Intents of the office dashboard -> task runner -> view: offices, figures, drill-down,
the export written to the chosen file, records opened from the list."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from appserver.contract import api as contract
from appserver.contract import permissions as P
from client.core.context import AppContext
from client.core.errors import show_error
from client.work import terms
from client.work.dashboard_view import DashboardView

OFFICES_KEY, FIGURES_KEY = "work.dashboard.offices", "work.dashboard.figures"
ITEMS_KEY, EXPORT_KEY = "work.dashboard.items", "work.dashboard.export"
DRILL_PAGE = 200


def dashboard_offices(gateway: Any, can_read_org: bool) -> list[dict[str, Any]]:
    """The offices (not halls, not the company) the user sees; [] if the tree is closed."""
    if not can_read_org:
        return []
    units = gateway.call(contract.OBJECT_ADMIN, "list_offices")
    return [u for u in units if u["kind"] == "office"]


def write_export(result: dict[str, Any], path: str) -> int:
    """Write the server's file to ``path``; the number of bytes written."""
    content = base64.b64decode(result["content_base64"])
    Path(path).write_bytes(content)
    return len(content)


class DashboardPresenter(QObject):
    """Signals:
    loaded(): the figures are shown.
    items_loaded(): the drill-down list is shown.
    exported(str, int): the export was written to (path, rows).
    """

    loaded = Signal()
    items_loaded = Signal()
    exported = Signal(str, int)

    def __init__(self, ctx: AppContext, view: DashboardView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        view.load_requested.connect(self.load)
        view.drill_requested.connect(self.drill)
        view.export_requested.connect(self.export)
        view.open_requested.connect(self.open_item)

    def start(self) -> None:
        gateway, can_read_org = self.ctx.gateway, self.ctx.can(P.ADMIN_ORG_READ)
        self.view.set_busy(True, self.tr("Loading…"))
        self.ctx.runner.submit(
            OFFICES_KEY,
            lambda: dashboard_offices(gateway, can_read_org),
            self._offices,
            self._failed,
        )

    def _offices(self, offices: list[dict[str, Any]]) -> None:
        self.view.set_offices(offices, all_too=len(offices) != 1)
        self.load(*self.view.selection())

    def load(self, office_id: int | None, from_day: str, to_day: str) -> None:
        gateway = self.ctx.gateway
        self.view.set_busy(True, self.tr("Computing the figures…"))
        self.ctx.runner.submit(
            FIGURES_KEY,
            lambda: gateway.call(contract.OBJECT_WORK, "dashboard", office_id, from_day, to_day),
            self._show,
            self._failed,
        )

    def _show(self, figures: dict[str, Any]) -> None:
        self.view.set_busy(False)
        self.view.show_figures(figures)
        self.loaded.emit()
        if self.view.criteria is None:  # at first the office's open work, most urgent first
            office = self.view.selection()[0]
            self.drill({"office_id": office, "status": "open"}, self.tr("Open work"))

    def drill(self, criteria: dict[str, Any], title: str) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit(
            ITEMS_KEY,
            lambda: gateway.call(
                contract.OBJECT_WORK, "list_items", criteria, {"offset": 0, "limit": DRILL_PAGE}
            ),
            lambda result: self._items(result, title, criteria),
            self._failed,
        )

    def _items(self, result: dict[str, Any], title: str, criteria: dict[str, Any]) -> None:
        self.view.show_items(result["rows"], int(result["total"]), title, criteria)
        self.items_loaded.emit()

    def export(self, file_format: str, path: str) -> None:
        criteria = self.view.criteria
        if criteria is None:
            return
        gateway = self.ctx.gateway
        self.view.set_busy(True, self.tr("Exporting…"))
        self.ctx.runner.submit(
            EXPORT_KEY,
            lambda: _export(gateway, criteria, file_format, path),
            lambda rows: self._exported(path, rows),
            self._failed,
        )

    def _exported(self, path: str, rows: int) -> None:
        self.view.set_busy(
            False, self.tr("%1 items saved to %2").replace("%1", f"{rows:,}").replace("%2", path)
        )
        self.exported.emit(path, rows)

    def open_item(self, item: dict[str, Any]) -> None:
        if self.ctx.open_record(str(item["source"]), int(item["source_id"])):
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Cannot open"),
            self.tr("%1 %2 cannot be opened here: you have no page for this kind of record.")
            .replace("%1", terms.source_name(str(item["source"])))
            .replace("%2", str(item.get("reference") or "")),
            QMessageBox.StandardButton.Ok,
            self.view,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _failed(self, exc: Exception) -> None:
        self.view.set_busy(False)
        show_error(self.view, exc)


def _export(gateway: Any, criteria: dict[str, Any], file_format: str, path: str) -> int:
    """On the runner thread: ask the server for the file and write it (no UI here)."""
    result = gateway.call(contract.OBJECT_WORK, "export_items", criteria, file_format)
    write_export(result, path)
    return int(result["rows"])
