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


translate = QCoreApplication.translate


class ErrorPresenter:
    """Knows how to ask for a new login when a session has expired (set by the app)."""

    relogin: Callable[[], object] | None = None


def error_text(exc: Exception) -> tuple[str, str]:
    """(title, text) for an error; never a traceback."""
    if isinstance(exc, ServerUnreachable):
        return translate("Errors", "No server reachable"), translate(
            "Errors",
            "No application server could be reached. Check the network and the server "
            "list in the settings, then try again.",
        )
    if isinstance(exc, InternalError):
        reference = str(exc.details.get("reference", ""))
        return translate("Errors", "Server error"), translate(
            "Errors",
            "The server could not complete the request. Please report reference "
            "number %1 to the administrator.",
        ).replace("%1", reference)
    if isinstance(exc, SessionExpired):
        return translate("Errors", "Session ended"), translate(
            "Errors", "Your session has ended. Please log in again."
        )
    if isinstance(exc, PermissionDenied):
        return translate("Errors", "Not allowed"), exc.message
    if isinstance(exc, Conflict):
        return translate("Errors", "Changed by someone else"), exc.message
    if isinstance(exc, NotFound):
        return translate("Errors", "Not found"), exc.message
    if isinstance(exc, UserError | NeedsConfirmation | PmisError):
        return translate("Errors", "Cannot do that"), exc.message
    log.exception("unexpected client error", exc_info=exc)
    return translate("Errors", "Unexpected error"), translate(
        "Errors", "Something went wrong in the client. Please try again."
    )


def show_error(parent: QWidget | None, exc: Exception) -> None:
    title, text = error_text(exc)
    icon = (
        QMessageBox.Icon.Critical
        if isinstance(exc, InternalError | ServerUnreachable)
        else QMessageBox.Icon.Warning
    )
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if isinstance(exc, SessionExpired) and ErrorPresenter.relogin is not None:
        again = box.addButton(
            translate("Errors", "Log in again"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(again)
        relogin = ErrorPresenter.relogin
        again.clicked.connect(lambda: relogin())
    box.open()
