"""The one place that turns server errors into dialogs.

The server's messages arrive already translated (the gateway sends the locale). Dialogs are
opened window-modal but not with ``exec()``, so the event loop (and the scripted tour) goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from appserver.contract.errors import (
    Conflict,
    InternalError,
    NeedsConfirmation,
    NotFound,
    PermissionDenied,
    PmisError,
    SessionExpired,
    UserError,
)
from client.core.comm import ServerUnreachable

log = logging.getLogger("pmis.client.errors")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


class ErrorPresenter:
    """Knows how to ask for a new login when a session has expired (set by the app)."""

    relogin: Callable[[], None] | None = None


def error_text(exc: Exception) -> tuple[str, str]:
    """(title, text) for an error; never a traceback."""
    if isinstance(exc, ServerUnreachable):
        return _tr("No server reachable"), _tr(
            "No application server could be reached. Check the network and the server "
            "list in the settings, then try again.")
    if isinstance(exc, InternalError):
        reference = str(exc.details.get("reference", ""))
        return _tr("Server error"), _tr(
            "The server could not complete the request. Please report reference "
            "number %1 to the administrator.").replace("%1", reference)
    if isinstance(exc, SessionExpired):
        return _tr("Session ended"), _tr("Your session has ended. Please log in again.")
    if isinstance(exc, PermissionDenied):
        return _tr("Not allowed"), exc.message
    if isinstance(exc, Conflict):
        return _tr("Changed by someone else"), exc.message
    if isinstance(exc, NotFound):
        return _tr("Not found"), exc.message
    if isinstance(exc, UserError | NeedsConfirmation | PmisError):
        return _tr("Cannot do that"), exc.message
    log.exception("unexpected client error", exc_info=exc)
    return _tr("Unexpected error"), _tr(
        "Something went wrong in the client. Please try again.")


def show_error(parent: QWidget | None, exc: Exception) -> None:
    title, text = error_text(exc)
    icon = (QMessageBox.Icon.Critical if isinstance(exc, InternalError | ServerUnreachable)
            else QMessageBox.Icon.Warning)
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if isinstance(exc, SessionExpired) and ErrorPresenter.relogin is not None:
        again = box.addButton(_tr("Log in again"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(again)
        relogin = ErrorPresenter.relogin
        again.clicked.connect(lambda: relogin())
    box.open()
