"""The fault repair pages of the service hall: (title source, translation context, widget).

"Fault repair" for whoever may read faults (intake for fault.handle, actions for
fault.dispatch; the page registers the "fault" opener of the to-do list); "Repair crews" for
dispatchers.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from appserver.contract import permissions as P
from client.core.context import AppContext
from client.service.fault_crews_page import CrewsPage
from client.service.fault_page import FaultRepairPage

CONTEXT = "FaultPages"
FAULTS = str(QT_TRANSLATE_NOOP("FaultPages", "Fault repair"))
CREWS = str(QT_TRANSLATE_NOOP("FaultPages", "Repair crews"))


def pages(ctx: AppContext) -> list[tuple[str, str, QWidget]]:
    found: list[tuple[str, str, QWidget]] = []
    if ctx.can(P.FAULT_READ):
        found.append((FAULTS, CONTEXT, FaultRepairPage(ctx)))
    if ctx.can(P.FAULT_DISPATCH):
        found.append((CREWS, CONTEXT, CrewsPage(ctx)))
    return found
