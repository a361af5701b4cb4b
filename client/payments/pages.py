"""The collection pages a user may see: the counter and cash close (counter_pages) and
arrears, notices, bank files (collection_pages), each as (title source, context, widget)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from client.core.context import AppContext
from client.payments import collection_pages, counter_pages


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    return counter_pages.pages(ctx) + collection_pages.pages(ctx)
