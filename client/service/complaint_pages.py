"""The complaint pages of the service hall: (title source, translation context, widget).

"Complaints" for whoever may read complaints (intake and actions for complaint.handle; the
page registers the "complaint" opener of the to-do list); "Consultations" for those who keep
the consultation log (consultation.log).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from appserver.contract import permissions as P
from client.core.context import AppContext
from client.service.complaint_page import ComplaintsPage
from client.service.consultation_page import ConsultationsPage

CONTEXT = "ComplaintPages"
COMPLAINTS = str(QT_TRANSLATE_NOOP("ComplaintPages", "Complaints"))
CONSULTATIONS = str(QT_TRANSLATE_NOOP("ComplaintPages", "Consultations"))


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    found: list[tuple[str, str, QWidget]] = []
    if ctx.can(P.COMPLAINT_READ):
        found.append((COMPLAINTS, CONTEXT, ComplaintsPage(ctx)))
    if ctx.can(P.CONSULTATION_LOG):
        found.append((CONSULTATIONS, CONTEXT, ConsultationsPage(ctx)))
    return found
