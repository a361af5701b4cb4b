"""Qt's own messages for the client and the tour: known-harmless noise is dropped, the rest
goes to the log. Not installed under pytest-qt, which captures Qt messages itself."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("pmis.qt")

# The offscreen platform (the demo's tour) says this each time a dialog opens.
HARMLESS = ("This plugin does not support propagateSizeHints()",)

_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
           QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
           QtMsgType.QtFatalMsg: logging.CRITICAL}


def _handle(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message in HARMLESS:
        return
    log.log(_LEVELS.get(kind, logging.WARNING), "%s", message)


def install() -> None:
    qInstallMessageHandler(_handle)
