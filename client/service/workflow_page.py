"""The "Workflows" page (workflow.edit): each business type's definition versions, the stages
of the selected version and its TOML text; import a draft from a .toml file, approve a draft
(someone other than its author: the server refuses otherwise and says why), export the text.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
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
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.table import DataTable
from client.service.application_models import stages_model, workflow_versions_model


def stages_of(version: dict[str, Any]) -> list[dict[str, Any]]:
    """The stages of a version read from its TOML text, with what they list named in the
    language shown (docs/workflows.md: [[fields]], [[documents]], [[stages]])."""
    try:
        data = tomllib.loads(str(version.get("body") or ""))
    except tomllib.TOMLDecodeError:
        return []
    zh = _chinese()

    def named(items: Any, key: str, en: str, cn: str) -> dict[str, str]:
        return {str(i[key]): str(i.get(cn if zh else en) or i.get(en) or i[key])
                for i in items or () if isinstance(i, dict) and key in i}

    stages = [s for s in data.get("stages") or () if isinstance(s, dict) and "code" in s]
    stage_names = named(stages, "code", "name", "name_zh")
    fields = named(data.get("fields"), "name", "label", "label_zh")
    documents = named(data.get("documents"), "code", "name", "name_zh")
    return [{**stage, "name": stage_names[str(stage["code"])],
             "next_names": [stage_names.get(str(c), str(c)) for c in stage.get("next") or ()],
             "fields_names": [fields.get(str(c), str(c)) for c in stage.get("fields") or ()],
             "documents_names": [documents.get(str(c), str(c))
                                 for c in stage.get("documents") or ()]}
            for stage in stages]


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
        self.stages = stages_model(self)
        self.stage_table = DataTable(self.stages, self)
        self.stage_table.setObjectName("workflowStages")
        self.stage_table.setWordWrap(True)  # the last column (the fields) wraps, not elides
        self.stages.modelReset.connect(self._wrap_last_column)
        self.stage_table.horizontalHeader().sectionResized.connect(
            lambda *_: self.stage_table.resizeRowsToContents())
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

    def _wrap_last_column(self) -> None:
        """The fields column takes the width left (stretching) and wraps its text."""
        header = self.stage_table.horizontalHeader()
        for key in ("next", "documents"):  # lists wrap too, within a sensible width
            column = [c.key for c in self.stages.columns].index(key)
            header.resizeSection(column, min(header.sectionSize(column), 200))
        header.resizeSection(header.count() - 1, 80)  # the stretch then fills the rest
        self.stage_table.resizeRowsToContents()

    def changeEvent(self, event: QEvent) -> None:
        """Another language: the type names and stage names are read again in it."""
        if event.type() == QEvent.Type.LanguageChange and self.versions.rowCount():
            self.load()
        super().changeEvent(event)

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
