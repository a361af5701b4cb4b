"""pmis.service methods of fault repair (shapes: appserver/contract/faults.py)."""

from __future__ import annotations

from typing import Any

from appserver.contract import permissions as P
from appserver.core.rpc import Call, rpc
from appserver.service import fault_actions, fault_board, fault_crews, fault_intake


class FaultMethods:
    @rpc(P.FAULT_READ, write=False)
    def fault_crews(self, call: Call, office_id: Any) -> list[dict[str, Any]]:
        return fault_crews.list_crews(call, office_id)

    @rpc(P.FAULT_DISPATCH, write=True)
    def create_crew(self, call: Call, office_id: Any, crew: Any) -> dict[str, Any]:
        return fault_crews.create_crew(call, office_id, crew)

    @rpc(P.FAULT_DISPATCH, write=True)
    def update_crew(self, call: Call, crew_id: Any, version: Any,
                    changes: Any) -> dict[str, Any]:
        return fault_crews.update_crew(call, crew_id, version, changes)

    @rpc(P.FAULT_READ, write=False)
    def fault_areas(self, call: Call, office_id: Any) -> dict[str, Any]:
        return fault_board.list_areas(call, office_id)

    @rpc(P.FAULT_READ, write=False)
    def fault_candidates(self, call: Call, where: Any) -> dict[str, Any]:
        return fault_intake.candidates(call, where)

    @rpc(P.FAULT_HANDLE, write=True)
    def report_fault(self, call: Call, report: Any) -> dict[str, Any]:
        return fault_intake.intake(call, report)

    @rpc(P.FAULT_READ, write=False)
    def repair_tickets(self, call: Call, criteria: Any) -> dict[str, Any]:
        return fault_board.list_tickets(call, criteria)

    @rpc(P.FAULT_READ, write=False)
    def repair_ticket(self, call: Call, ticket_id: Any) -> dict[str, Any]:
        return fault_board.get_ticket(call, ticket_id)

    @rpc(P.FAULT_DISPATCH, write=True)
    def dispatch_crew(self, call: Call, ticket_id: Any, version: Any, crew_id: Any,
                      at: Any) -> dict[str, Any]:
        return fault_actions.dispatch(call, ticket_id, version, crew_id, at)

    @rpc(P.FAULT_DISPATCH, write=True)
    def crew_arrived(self, call: Call, ticket_id: Any, version: Any, at: Any) -> dict[str, Any]:
        return fault_actions.arrive(call, ticket_id, version, at)

    @rpc(P.FAULT_DISPATCH, write=True)
    def supply_restored(self, call: Call, ticket_id: Any, version: Any, at: Any,
                        note: Any) -> dict[str, Any]:
        return fault_actions.restore(call, ticket_id, version, at, note)

    @rpc(P.FAULT_DISPATCH, write=True)
    def close_repair(self, call: Call, ticket_id: Any, version: Any, cause: Any,
                     note: Any) -> dict[str, Any]:
        return fault_actions.close(call, ticket_id, version, cause, note)

    @rpc(P.FAULT_DISPATCH, write=True)
    def cancel_repair(self, call: Call, ticket_id: Any, version: Any, reason_kind: Any,
                      reason: Any) -> dict[str, Any]:
        return fault_actions.cancel(call, ticket_id, version, reason_kind, reason)

    @rpc(P.FAULT_DISPATCH, write=True)
    def correct_repair_time(self, call: Call, ticket_id: Any, version: Any, which: Any,
                            at: Any, reason: Any) -> dict[str, Any]:
        return fault_actions.correct_time(call, ticket_id, version, which, at, reason)

    @rpc(P.FAULT_DISPATCH, write=True)
    def move_fault_report(self, call: Call, report_id: Any, version: Any,
                          target_id: Any) -> dict[str, Any]:
        return fault_actions.move_report(call, report_id, version, target_id)

    @rpc(P.FAULT_DISPATCH, write=True)
    def merge_repairs(self, call: Call, source_id: Any, version: Any,
                      target_id: Any) -> dict[str, Any]:
        return fault_actions.merge(call, source_id, version, target_id)
