"""pmis.service methods of complaints and suggestions (shapes: appserver/contract/complaints.py)."""

from __future__ import annotations

from typing import Any

from appserver.contract import permissions as P
from appserver.core.rpc import Call, rpc
from appserver.service import complaint_service as service


class ComplaintMethods:
    @rpc(P.COMPLAINT_READ, write=False)
    def complaint_codes(self, call: Call) -> dict[str, Any]:
        return service.complaint_codes(call)

    @rpc(P.COMPLAINT_READ, write=False)
    def list_complaints(self, call: Call, filters: Any = None,
                        page: Any = None) -> dict[str, Any]:
        return service.list_complaints(call, filters, page)

    @rpc(P.COMPLAINT_READ, write=False)
    def get_complaint(self, call: Call, complaint_id: Any) -> dict[str, Any]:
        return service.get(call, complaint_id)

    @rpc(P.COMPLAINT_HANDLE, write=True)
    def register_complaint(self, call: Call, data: Any) -> dict[str, Any]:
        return service.register(call, data)

    @rpc(P.COMPLAINT_HANDLE, write=True)
    def assign_complaint(self, call: Call, complaint_id: Any, version: Any,
                         assignee: Any) -> dict[str, Any]:
        return service.assign(call, complaint_id, version, assignee)

    @rpc(P.COMPLAINT_HANDLE, write=True)
    def record_complaint_contact(self, call: Call, complaint_id: Any, version: Any,
                                 note: Any) -> dict[str, Any]:
        return service.record_contact(call, complaint_id, version, note)

    @rpc(P.COMPLAINT_HANDLE, write=True)
    def pause_complaint(self, call: Call, complaint_id: Any, version: Any,
                        reason: Any) -> dict[str, Any]:
        return service.pause(call, complaint_id, version, reason)

    @rpc(P.COMPLAINT_HANDLE, write=True)
    def resume_complaint(self, call: Call, complaint_id: Any, version: Any) -> dict[str, Any]:
        return service.resume(call, complaint_id, version)

    @rpc(P.COMPLAINT_HANDLE, write=True)
    def reply_complaint(self, call: Call, complaint_id: Any, version: Any,
                        text: Any) -> dict[str, Any]:
        return service.reply(call, complaint_id, version, text)

    @rpc(P.COMPLAINT_HANDLE, write=True)
    def record_complaint_callback(self, call: Call, complaint_id: Any, version: Any,
                                  satisfaction: Any, note: Any) -> dict[str, Any]:
        return service.callback(call, complaint_id, version, satisfaction, note)

    @rpc(P.COMPLAINT_HANDLE, write=True)
    def close_complaint(self, call: Call, complaint_id: Any, version: Any,
                        note: Any) -> dict[str, Any]:
        return service.close(call, complaint_id, version, note)

    @rpc(P.COMPLAINT_HANDLE, write=True)
    def reopen_complaint(self, call: Call, complaint_id: Any, version: Any,
                         reason: Any) -> dict[str, Any]:
        return service.reopen(call, complaint_id, version, reason)
