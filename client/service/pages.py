"""The service hall pages a user may see: business applications (application_pages),
complaints and consultations (complaint_pages), fault repair (fault_pages)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from client.core.context import AppContext
from client.service import application_pages, complaint_pages, fault_pages


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    return application_pages.pages(ctx) + complaint_pages.pages(ctx) + fault_pages.pages(ctx)
