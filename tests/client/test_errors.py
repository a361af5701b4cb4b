"""One place turns errors into dialogs: translated server text, references, no tracebacks."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from appserver.contract.errors import (
    Conflict,
    InternalError,
    PermissionDenied,
    SessionExpired,
    UserError,
)
from client.core.comm import ServerUnreachable
from client.core.errors import ErrorPresenter, error_text, show_error

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


_parents: list[QWidget] = []  # the boxes live as long as their parent


def shown(qtbot: Any, exc: Exception) -> QMessageBox:
    parent = QWidget()
    qtbot.addWidget(parent)
    _parents[:] = [parent]
    show_error(parent, exc)
    boxes = parent.findChildren(QMessageBox)
    assert len(boxes) == 1 and boxes[0].isVisible()
    return boxes[0]


def test_user_error_shows_the_servers_message(qtbot: Any) -> None:
    box = shown(qtbot, UserError("手机号码为以 1 开头的 11 位数字"))
    assert box.text() == "手机号码为以 1 开头的 11 位数字"
    assert box.icon() == QMessageBox.Icon.Warning


def test_internal_error_shows_a_reference_never_a_traceback(qtbot: Any) -> None:
    box = shown(qtbot, InternalError("Traceback (most recent call last): ...",
                                     {"reference": "E-20261128-0042"}))
    assert "E-20261128-0042" in box.text()
    assert "Traceback" not in box.text()
    assert box.icon() == QMessageBox.Icon.Critical


def test_unreachable_servers_are_named_as_such(qtbot: Any) -> None:
    box = shown(qtbot, ServerUnreachable(["a:1", "b:2"], "refused"))
    assert box.windowTitle() == "No server reachable"


def test_expired_session_offers_a_new_login(qtbot: Any) -> None:
    asked: list[bool] = []
    ErrorPresenter.relogin = lambda: asked.append(True)
    try:
        box = shown(qtbot, SessionExpired("Your session has expired."))
        again = [b for b in box.buttons() if b.text() == "Log in again"]
        assert again
        again[0].click()
        assert asked == [True]
    finally:
        ErrorPresenter.relogin = None


@pytest.mark.parametrize("exc, title", [
    (PermissionDenied("no"), "Not allowed"),
    (Conflict("changed"), "Changed by someone else"),
    (RuntimeError("bug"), "Unexpected error"),
])
def test_titles(exc: Exception, title: str) -> None:
    assert error_text(exc)[0] == title
