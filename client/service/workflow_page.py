"""The "Workflows" page (workflow.edit): each business type's definition versions, the stages
of the selected version and its TOML text; import a draft from a .toml file, approve a draft
(someone other than its author: the server refuses otherwise and says why), export the text.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from appserver.contract.api import OBJECT_SERVICE
from client.admin.terms import AdminTerms
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.table import DataTable
from client.service.application_models import stages_model, workflow_versions_model


def stages_of(version: dict[str, Any]) -> list[dict[str, Any]]:
    """The stages of a version: the server's list, else read from its TOML text."""
    if version.get("stages"):
        return list(version["stages"])
    try:
        data = tomllib.loads(str(version.get("body") or ""))
    except tomllib.TOMLDecodeError:
        return []
    stages = data.get("stages") or data.get("stage") or []
    if isinstance(stages, dict):
        stages = [{"code": code, **body} for code, body in stages.items()]
    names = ("name_zh", "name") if _chinese() else ("name_en", "name")
    shown = []
    for stage in stages:
        if isinstance(stage, dict):
            row = dict(stage)
            row["name"] = next((str(stage[k]) for k in names if stage.get(k)), stage.get("code"))
            shown.append(row)
    return shown


def _chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese  # set by install_translations


class WorkflowPage(QWidget):
    """Signals:
        loaded(): the list of versions is shown.
        version_shown(dict): a version's stages and text are shown.
        saved(dict): a draft was imported or approved (the version).
    """

    loaded = Signal()
    version_shown = Signal(dict)
    saved = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workflowPage")
        self.ctx = ctx
        self.version: dict[str, Any] = {}
        self.versions = workflow_versions_model(self)
        self.version_table = DataTable(self.versions, self)
        self.version_table.setObjectName("workflowVersions")
        self.stages = stages_model(AdminTerms.role, self)
        self.stage_table = DataTable(self.stages, self)
        self.stage_table.setObjectName("workflowStages")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("workflowText")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.detail = QTabWidget(self)
        self.detail.addTab(self.stage_table, "")
        self.detail.addTab(self.text, "")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.refresh_button, self.import_button = QPushButton(self), QPushButton(self)
        self.approve_button, self.export_button = QPushButton(self), QPushButton(self)
        self.approve_button.setObjectName("approveWorkflowButton")
        self._layout()
        self.refresh_button.clicked.connect(self.load)
        self.import_button.clicked.connect(self.choose_import)
        self.approve_button.clicked.connect(self.approve)
        self.export_button.clicked.connect(self.choose_export)
        self.version_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._selected(current.row()))
        self.retranslate()
        self._enable()
        self.load()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for button in (self.refresh_button, self.import_button, self.approve_button,
                       self.export_button):
            bar.addWidget(button)
        bar.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.version_table)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("&Refresh"))
        self.import_button.setText(self.tr("&Import draft…"))
        self.approve_button.setText(self.tr("&Approve"))
        self.approve_button.setToolTip(self.tr("Approve the selected draft (not your own): new "
                                               "applications of the type then use it"))
        self.export_button.setText(self.tr("&Export…"))
        self.detail.setTabText(0, self.tr("Stages"))
        self.detail.setTabText(1, self.tr("Definition (TOML)"))
        self._show_heading()

    def _show_heading(self) -> None:
        v = self.version
        if not v:
            self.heading.setText(self.tr("Select a version to see its stages and text."))
            return
        self.heading.setText(self.tr("%1, version %2: %3 stages").replace(
            "%1", str(v.get("name") or v.get("code"))).replace("%2", str(v.get("version")))
            .replace("%3", str(self.stages.rowCount())))

    def _enable(self) -> None:
        v = self.version
        self.approve_button.setEnabled(v.get("status") == "draft")
        self.export_button.setEnabled(bool(v.get("body")))

    # -- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit("workflows.list", lambda: gateway.call(
            OBJECT_SERVICE, "list_workflows"), self._listed, self._failed)

    def _listed(self, workflows: list[dict[str, Any]]) -> None:
        selected = self.version.get("id")
        rows = [{**v, "name": w.get("name") or w.get("code")}
                for w in workflows for v in w.get("versions") or ()]
        self.versions.set_rows(rows)
        index = next((i for i, r in enumerate(rows) if r["id"] == selected), 0 if rows else -1)
        if index >= 0:
            self.select(index)
        self.loaded.emit()

    def select(self, row: int) -> None:
        """Select a version row and show it (again, when it already was the current one)."""
        self.version_table.selectRow(row)
        self._selected(row)

    def _selected(self, row: int) -> None:
        if not 0 <= row < self.versions.rowCount():
            return
        chosen = self.versions.row_at(row)
        gateway, vid = self.ctx.gateway, int(chosen["id"])
        self.ctx.runner.submit("workflows.get", lambda: gateway.call(
            OBJECT_SERVICE, "get_workflow", vid), lambda v: self._show(chosen, v),
            self._failed)

    def _show(self, row: dict[str, Any], version: dict[str, Any]) -> None:
        self.version = {**version, "name": row.get("name")}
        self.stages.set_rows(stages_of(version))
        self.text.setPlainText(str(version.get("body") or ""))
        self._show_heading()
        self._enable()
        self.version_shown.emit(self.version)

    def _failed(self, exc: Exception) -> None:
        show_error(self, exc)

    # -- import, approve, export ---------------------------------------------------------------

    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a workflow draft"), "", self.tr("Workflow definitions (*.toml)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        try:
            body = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self._say(self.tr("The file %1 cannot be read as UTF-8 text.").replace("%1", path))
            return
        code = self._code_of(body)
        if not code:
            self._say(self.tr("Select the business type the draft is for, or name it in the "
                              "file (code = \"…\")."))
            return
        gateway = self.ctx.gateway
        self.ctx.runner.submit("workflows.save", lambda: gateway.call(
            OBJECT_SERVICE, "save_workflow_draft", code, body, write=True), self._saved,
            self._failed)

    def _code_of(self, body: str) -> str:
        try:
            data = tomllib.loads(body)
        except tomllib.TOMLDecodeError:
            data = {}  # the server says what is wrong with it
        return str(data.get("code") or self.version.get("code") or "")

    def approve(self) -> None:
        if self.version.get("status") != "draft":
            return
        gateway, vid = self.ctx.gateway, int(self.version["id"])
        self.ctx.runner.submit("workflows.approve", lambda: gateway.call(
            OBJECT_SERVICE, "approve_workflow", vid, write=True), self._saved, self._failed)

    def _saved(self, version: dict[str, Any]) -> None:
        self.version = dict(version)
        self.saved.emit(version)
        self.load()

    def choose_export(self) -> None:
        v = self.version
        name = f"{v.get('code', 'workflow')}-v{v.get('version', '')}.toml"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the definition"), name, self.tr("Workflow definitions (*.toml)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        Path(path).write_text(str(self.version.get("body") or ""), encoding="utf-8")

    def _say(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot import"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
