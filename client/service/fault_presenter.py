"""Intents of the fault repair page -> server calls -> the board, the intake form and the
ticket detail. A refusal is shown where it was asked; a stale version (another dispatcher was
first) reloads the ticket and says so; the grouping proposal (NeedsConfirmation) is shown in
the form, where the clerk joins a ticket or opens a new one.

Signals:
    board_loaded(): the board shows fresh rows from the server.
    ticket_shown(dict): a ticket is shown in the detail.
    recorded(dict): a report was recorded (the ticket it is on).
    proposal_shown(list): the grouping proposal is on the form (the candidate tickets).
    acted(str): an action succeeded ("dispatch", "arrive" …).
    dialog_opened(QDialog): an action's dialog is open (for the tour and tests).
    conflict(str): someone else changed the ticket first; it was reloaded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from appserver.contract.api import OBJECT_SERVICE
from appserver.contract.errors import Conflict, NeedsConfirmation
from client.core.context import AppContext
from client.core.errors import show_error
from client.service import fault_dialogs as dialogs
from client.service.fault_detail import TicketDetail
from client.service.fault_intake_form import IntakeForm


class FaultPresenter(QObject):
    board_loaded = Signal()
    ticket_shown = Signal(dict)
    recorded = Signal(dict)
    proposal_shown = Signal(list)
    acted = Signal(str)
    dialog_opened = Signal(object)
    conflict = Signal(str)

    def __init__(self, ctx: AppContext, page: QWidget, detail: TicketDetail,
                 form: IntakeForm | None, show_board: Callable[[dict[str, Any]], None],
                 criteria: Callable[[], dict[str, Any]]) -> None:
        super().__init__(page)
        self.ctx, self.page, self.detail, self.form = ctx, page, detail, form
        self.show_board, self.criteria = show_board, criteria
        self.crews: list[dict[str, Any]] = []
        self.active: list[dict[str, Any]] = []
        self.dialog: dialogs._Dialog | None = None
        detail.action_requested.connect(self.open_action)
        if form is not None:
            form.where_changed.connect(self.look_up_place)
            form.record_requested.connect(lambda r: self.record({**r, "new_ticket": False}))
            form.join_requested.connect(lambda r, t: self.record({**r, "ticket_id": t}))
            form.new_ticket_requested.connect(lambda r: self.record({**r, "new_ticket": True}))

    def _call(self, key: str, method: str, *args: Any, on_done: Callable[[Any], None],
              on_error: Callable[[Exception], None] | None = None,
              write: bool = False) -> None:
        gateway = self.ctx.gateway
        self.ctx.runner.submit(f"faults.{key}",
                               lambda: gateway.call(OBJECT_SERVICE, method, *args, write=write),
                               on_done, on_error or (lambda exc: show_error(self.page, exc)))

    # -- reading -------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh()
        self._call("crews", "fault_crews", None, on_done=self._crews)
        if self.form is not None:
            self._call("areas", "fault_areas", None,
                       on_done=lambda r: self.form.set_areas(r["areas"]) if self.form else None)

    def _crews(self, crews: list[dict[str, Any]]) -> None:
        self.crews = crews

    def refresh(self) -> None:
        self._call("board", "repair_tickets", self.criteria(), on_done=self._board)

    def _board(self, result: dict[str, Any]) -> None:
        self.show_board(result)
        if self.criteria().get("state", "active") == "active":
            self.active = result["rows"]
        self.board_loaded.emit()

    def open_ticket(self, ticket_id: int) -> None:
        self._call("ticket", "repair_ticket", ticket_id, on_done=self.show_ticket)

    def show_ticket(self, ticket: dict[str, Any]) -> None:
        self.detail.show_ticket(ticket)
        self.ticket_shown.emit(ticket)

    # -- intake --------------------------------------------------------------------------
    def look_up_place(self, where: dict[str, Any]) -> None:
        if not any(where.values()) or self.form is None:
            return
        self._call("place", "fault_candidates", where, on_done=self._place,
                   on_error=lambda _exc: None)  # an unfinished place is not an error yet

    def _place(self, found: dict[str, Any]) -> None:
        if self.form is not None:
            self.form.show_place(found)
            if found.get("candidates"):
                self.proposal_shown.emit(found["candidates"])

    def record(self, report: dict[str, Any]) -> None:
        self._call("record", "report_fault", report, on_done=self._recorded,
                   on_error=self._record_failed, write=True)

    def _recorded(self, result: dict[str, Any]) -> None:
        if self.form is not None:
            self.form.clear()
        self.show_ticket(result["ticket"])
        self.recorded.emit(result["ticket"])
        self.refresh()

    def _record_failed(self, exc: Exception) -> None:
        if isinstance(exc, NeedsConfirmation) and self.form is not None:
            rows = exc.details.get("candidates") or []
            self.form.show_candidates(rows)
            self.proposal_shown.emit(rows)
            return
        show_error(self.page, exc)

    # -- actions -------------------------------------------------------------------------
    def open_action(self, action: str) -> None:
        ticket = self.detail.ticket
        if not ticket:
            return
        dialog = self._dialog(action, ticket)
        if dialog is None:
            return
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._act(action, ticket, dialog.fields()))
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _dialog(self, action: str, ticket: dict[str, Any]) -> dialogs._Dialog | None:
        parent = self.page
        if action == "dispatch":
            return dialogs.DispatchDialog(self.crews, ticket, parent)
        if action in ("arrive", "restore"):
            title = (self.tr("Crew arrived") if action == "arrive"
                     else self.tr("Supply restored"))
            hint = self.tr("Ticket %1: when did it happen?").replace("%1", ticket["reference"])
            return dialogs.TimeNoteDialog(title, hint, action == "restore", parent)
        if action == "close":
            return dialogs.CloseDialog(ticket, parent)
        if action == "cancel":
            return dialogs.CancelDialog(parent)
        if action == "merge":
            return dialogs.MergeDialog(ticket, self.active, parent)
        if action == "correct":
            return dialogs.CorrectTimeDialog(ticket, parent)
        report = self.detail.selected_report()
        if action == "move" and report is not None:
            return dialogs.MoveReportDialog(ticket, report, self.active, parent)
        return None

    def _act(self, action: str, ticket: dict[str, Any], fields: tuple[Any, ...]) -> None:
        tid, version = ticket["id"], ticket["version"]
        calls: dict[str, tuple[Any, ...]] = {
            "dispatch": ("dispatch_crew", tid, version, *fields),
            "arrive": ("crew_arrived", tid, version, *fields),
            "restore": ("supply_restored", tid, version, *fields),
            "close": ("close_repair", tid, version, *fields),
            "cancel": ("cancel_repair", tid, version, *fields),
            "correct": ("correct_repair_time", tid, version, *fields),
            "merge": ("merge_repairs", tid, version, *fields),
        }
        if action == "move":
            report = self.detail.selected_report() or {}
            calls["move"] = ("move_fault_report", report.get("id"), version, *fields)
        method, *args = calls[action]
        self._call("act", method, *args, write=True,
                   on_done=lambda t: self._acted(action, t),
                   on_error=lambda exc: self._act_failed(tid, exc))

    def _acted(self, action: str, ticket: dict[str, Any]) -> None:
        self.show_ticket(ticket)
        self.acted.emit(action)
        self.refresh()

    def _act_failed(self, ticket_id: int, exc: Exception) -> None:
        show_error(self.page, exc)
        if isinstance(exc, Conflict):
            self.conflict.emit(exc.message)
            self.open_ticket(ticket_id)

