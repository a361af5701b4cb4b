"""The application pages of the service hall: (title source, translation context, widget).

"Applications" for whoever may read them (the page registers the "application" opener the
work platform's to-do list calls); "Workflows" for those who draft and approve definitions.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from appserver.contract import permissions as P
from client.core.context import AppContext
from client.service.application_list import ApplicationsPage
from client.service.workflow_page import WorkflowPage

CONTEXT = "ApplicationPages"
APPLICATIONS = str(QT_TRANSLATE_NOOP("ApplicationPages", "Applications"))
WORKFLOWS = str(QT_TRANSLATE_NOOP("ApplicationPages", "Workflows"))


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    found: list[tuple[str, str, QWidget]] = []
    if ctx.can(P.APPLICATION_READ):
        found.append((APPLICATIONS, CONTEXT, ApplicationsPage(ctx)))
    if ctx.can(P.WORKFLOW_EDIT):
        found.append((WORKFLOWS, CONTEXT, WorkflowPage(ctx)))
    return found
