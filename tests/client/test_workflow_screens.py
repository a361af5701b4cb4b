"""The Workflows page on the real server in process: the versions of every business type,
the stages and TOML text of one, a draft imported from a file (and a broken file refused
with the server's reason), the four-eyes approval, the export."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from client.core.context import AppContext
from client.service.workflow_page import WorkflowPage

WAIT = 10_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _page(qtbot: Any, ctx: AppContext) -> WorkflowPage:
    with qtbot.waitSignal(ctx.runner.idle, timeout=WAIT, raising=False):
        page = WorkflowPage(ctx)
        qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.version) and ctx.runner.pending == 0, timeout=WAIT)
    return page


def _select(qtbot: Any, page: WorkflowPage, code: str, status: str) -> dict[str, Any]:
    row = next(i for i, r in enumerate(page.versions.rows)
               if r["code"] == code and r["status"] == status)
    with qtbot.waitSignal(page.version_shown, timeout=WAIT) as shown:
        page.select(row)
    return dict(shown.args[0])


def _error_text(page: WorkflowPage) -> str:
    box = page.findChild(QMessageBox, "errorBox")
    assert box is not None
    text = box.text()
    box.close()
    return text


def test_versions_stages_and_text(qtbot: Any, login: Any, qtmodeltester: Any,
                                  tmp_path: Path) -> None:
    page = _page(qtbot, login("manager"))
    qtmodeltester.check(page.versions)
    assert {r["code"] for r in page.versions.rows} >= {"new_lv_residential", "new_hv_dual"}
    version = _select(qtbot, page, "new_lv_residential", "approved")
    qtmodeltester.check(page.stages)
    codes = [r["code"] for r in page.stages.rows]
    assert codes[:2] == ["acceptance", "site_survey"] and codes[-1] == "archive"
    role = [c.key for c in page.stages.columns].index("role")
    assert page.stages.data(page.stages.index(1, role)) == "Service engineer"
    assert page.text.toPlainText().startswith("# Workflow of")
    assert not page.approve_button.isEnabled()  # approved already
    out = tmp_path / "exported.toml"
    page.export_to(str(out))
    assert out.read_text(encoding="utf-8") == version["body"]


def test_import_a_draft_then_approve_by_someone_else(qtbot: Any, login: Any,
                                                     tmp_path: Path) -> None:
    manager = _page(qtbot, login("manager"))
    current = _select(qtbot, manager, "meter_test", "approved")
    latest = max(int(r["version"]) for r in manager.versions.rows if r["code"] == "meter_test")
    body = re.sub(r"(?m)^version = \d+", f"version = {latest + 1}", current["body"])
    draft = tmp_path / "meter_test.toml"
    draft.write_text(body, encoding="utf-8")
    with qtbot.waitSignal(manager.saved, timeout=WAIT) as saved:
        manager.import_file(str(draft))
    assert saved.args[0]["status"] == "draft"
    qtbot.waitUntil(lambda: manager.version.get("status") == "draft"
                    and "body" in manager.version, timeout=WAIT)
    assert manager.approve_button.isEnabled()

    manager.approve()  # one's own draft: the server refuses (four eyes)
    qtbot.waitUntil(lambda: manager.findChild(QMessageBox, "errorBox") is not None,
                    timeout=WAIT)
    assert _error_text(manager)  # the server's reason, in a message box
    assert manager.version["status"] == "draft"

    admin = _page(qtbot, login("admin"))
    _select(qtbot, admin, "meter_test", "draft")
    with qtbot.waitSignal(admin.saved, timeout=WAIT) as approved:
        admin.approve_button.click()
    assert approved.args[0]["status"] == "approved"
    qtbot.waitUntil(lambda: admin.ctx.runner.pending == 0, timeout=WAIT)
    statuses = {int(r["version"]): r["status"] for r in admin.versions.rows
                if r["code"] == "meter_test"}
    assert statuses[latest + 1] == "approved" and statuses[int(current["version"])] == "retired"


def test_a_broken_draft_is_refused_with_the_reason(qtbot: Any, login: Any,
                                                  tmp_path: Path) -> None:
    page = _page(qtbot, login("manager"))
    _select(qtbot, page, "tariff_change", "approved")
    broken = tmp_path / "broken.toml"
    broken.write_text('code = "tariff_change"\nversion = 99\n[[stages]\n', encoding="utf-8")
    page.import_file(str(broken))
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorBox") is not None, timeout=WAIT)
    assert "definition" in _error_text(page).lower()
    assert not any(r["version"] == 99 for r in page.versions.rows)
