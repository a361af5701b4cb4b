"""The meter-reading pages a user may see: (title source, translation context, widget)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from appserver.contract import permissions as P
from client.core.context import AppContext
from client.metering.books_page import BooksPage
from client.metering.entry_page import EntryPage
from client.metering.exceptions_page import ExceptionsPage
from client.metering.import_page import ImportPage

CONTEXT = "MeteringPages"


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    found: list[tuple[str, str, QWidget]] = []
    if ctx.can(P.READING_READ):
        found.append(("Reading books", CONTEXT, BooksPage(ctx)))
    if ctx.can(P.READING_ENTER):
        found.append(("Reading entry", CONTEXT, EntryPage(ctx)))
        found.append(("Import", CONTEXT, ImportPage(ctx)))
    if ctx.can(P.READING_SUPERVISE):
        found.append(("Exceptions", CONTEXT, ExceptionsPage(ctx)))
    return found


def _titles_for_lupdate() -> None:
    """The page titles as literal translate calls, so lupdate finds them."""
    from PySide6.QtCore import QCoreApplication

    for title in (QCoreApplication.translate("MeteringPages", "Reading books"),
                  QCoreApplication.translate("MeteringPages", "Reading entry"),
                  QCoreApplication.translate("MeteringPages", "Import"),
                  QCoreApplication.translate("MeteringPages", "Exceptions")):
        del title
