"""The billing pages a user may see: tariffs (tariff_pages) and runs, review, bills
(run_pages), each as (title source, translation context, widget)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from client.billing import bill_pages, run_pages, tariff_pages
from client.core.context import AppContext


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    return run_pages.pages(ctx) + tariff_pages.pages(ctx) + bill_pages.pages(ctx)
