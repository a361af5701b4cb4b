"""Every admin string has a Chinese translation, and the pages switch language live."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QWidget

from appserver.contract.api import OBJECT_ADMIN
from client import i18n_build
from client.admin.audit_view import AuditView
from client.admin.pages import admin_pages, page_title
from client.admin.roles_view import RolesView
from client.admin.views import UsersView
from client.core.context import AppContext
from client.core.tasks import TaskRunner
from tests.helpers.inprocess import InProcessGateway

ADMIN_SOURCES = sorted((i18n_build.ROOT / "client" / "admin").glob("*.py"))


@pytest.fixture(scope="module")
def admin_qm(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    """The admin strings compiled the way the client's pipeline does it (lupdate, glossary,
    lrelease), but into a temporary folder."""
    ts_file = tmp_path_factory.mktemp("i18n") / "admin_zh_CN.ts"
    i18n_build.extract(ts_file, "zh_CN", ADMIN_SOURCES)
    missing = i18n_build.fill(ts_file, "zh_CN", i18n_build.load_glossary())
    return i18n_build.compile_qm(ts_file), missing


@pytest.fixture
def chinese(admin_qm: tuple[Path, list[Any]]) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(admin_qm[0]))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_every_admin_string_has_a_chinese_translation(admin_qm: tuple[Path, list[Any]]
                                                      ) -> None:
    assert admin_qm[1] == []


def test_pages_switch_language_live(qtbot: Any, tmp_path: Path, request: Any) -> None:
    gateway = InProcessGateway()
    gateway.login("admin", "demo1234")
    settings = QSettings(str(tmp_path / "client.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(gateway, TaskRunner(), settings, gateway.call(OBJECT_ADMIN, "whoami"))
    pages = admin_pages(ctx)
    for _title, page in pages:
        qtbot.addWidget(page)
    assert ctx.runner.wait_idle(10_000)
    users, roles, audit = pages[0][1], pages[1][1], pages[3][1]
    assert isinstance(users, UsersView) and isinstance(roles, RolesView)
    assert isinstance(audit, AuditView)
    assert users.search_button.text() == "&Search"

    request.getfixturevalue("chinese")
    for _title, page in pages:  # what the main window does on QEvent.LanguageChange
        for widget in [page, *page.findChildren(QWidget)]:
            retranslate = getattr(widget, "retranslate", None)
            if callable(retranslate):
                retranslate()
    assert [page_title(page) for _t, page in pages] == ["用户", "角色", "组织机构", "审计日志"]
    assert users.search_button.text() == "查询(&S)"
    assert users.pager.label.text() == "第 1-16 个用户，共 16 个"
    assert users.pager.next_button.text() == "下一页(&X) >"
    assert users.model.headerData(0, Qt.Orientation.Horizontal) == "用户名"
    assert users.model.index(0, 3).data() == "系统管理员"
    assert "系统管理员" in roles.caption.text()
    assert audit.outcome_filter.itemText(0) == "全部"
    assert audit.outcome_filter.itemText(2) == "拒绝"
    assert audit.pager.label.text().startswith("第 1 页")
    ctx.runner.shutdown()
