"""pmis.service methods of business applications and workflow definitions.

Shapes: appserver/contract/applications.py. Thin: the rules live in applications_service,
applications_flow, applications_attachments and workflow_service.
"""

from __future__ import annotations

from typing import Any

from appserver.contract import permissions as P
from appserver.core.rpc import Call, rpc
from appserver.service import applications_attachments as attachments
from appserver.service import applications_flow as flow
from appserver.service import applications_service as svc
from appserver.service import workflow_service as workflows


class ApplicationMethods:
    """Mixed into ServiceApi (service/api.py)."""

    @rpc(P.APPLICATION_READ, write=False)
    def application_types(self, call: Call) -> list[dict[str, Any]]:
        return svc.application_types(call)

    @rpc(P.APPLICATION_HANDLE, write=True)
    def register_application(self, call: Call, type_code: Any, customer_id: Any,
                             fields: Any, note: Any) -> dict[str, Any]:
        return svc.register(call, type_code, customer_id, fields, note)

    @rpc(P.APPLICATION_READ, write=False)
    def search_applications(self, call: Call, criteria: Any, page: Any) -> dict[str, Any]:
        return svc.search(call, criteria, page)

    @rpc(P.APPLICATION_READ, write=False)
    def get_application(self, call: Call, application_id: Any) -> dict[str, Any]:
        return svc.get(call, application_id)

    @rpc(P.APPLICATION_HANDLE, write=True)
    def update_application(self, call: Call, application_id: Any, expected_version: Any,
                           fields: Any, note: Any) -> dict[str, Any]:
        return svc.update(call, application_id, expected_version, fields, note)

    @rpc(P.APPLICATION_HANDLE, write=True)
    def advance_application(self, call: Call, application_id: Any, expected_version: Any,
                            to_stage: Any, fields: Any, note: Any) -> dict[str, Any]:
        return flow.advance(call, application_id, expected_version, to_stage, fields, note)

    @rpc(P.APPLICATION_HANDLE, write=True)
    def return_application(self, call: Call, application_id: Any, expected_version: Any,
                           to_stage: Any, reason: Any) -> dict[str, Any]:
        return flow.return_to(call, application_id, expected_version, to_stage, reason)

    @rpc(P.APPLICATION_HANDLE, write=True)
    def suspend_application(self, call: Call, application_id: Any, expected_version: Any,
                            reason: Any) -> dict[str, Any]:
        return flow.suspend(call, application_id, expected_version, reason)

    @rpc(P.APPLICATION_HANDLE, write=True)
    def resume_application(self, call: Call, application_id: Any, expected_version: Any,
                           reason: Any) -> dict[str, Any]:
        return flow.resume(call, application_id, expected_version, reason)

    @rpc(P.APPLICATION_TERMINATE, write=True)
    def terminate_application(self, call: Call, application_id: Any, expected_version: Any,
                              reason: Any) -> dict[str, Any]:
        return flow.terminate(call, application_id, expected_version, reason)

    @rpc(P.APPLICATION_HANDLE, write=True)
    def add_attachment(self, call: Call, application_id: Any, doc_type: Any, filename: Any,
                       content_base64: Any) -> dict[str, Any]:
        return attachments.add(call, application_id, doc_type, filename, content_base64)

    @rpc(P.APPLICATION_READ, write=False)
    def get_attachment(self, call: Call, attachment_id: Any) -> dict[str, Any]:
        return attachments.get(call, attachment_id)

    @rpc(P.APPLICATION_READ, write=False)
    def list_workflows(self, call: Call) -> list[dict[str, Any]]:
        return workflows.list_workflows(call)

    @rpc(P.APPLICATION_READ, write=False)
    def get_workflow(self, call: Call, version_id: Any) -> dict[str, Any]:
        return workflows.get_workflow(call, version_id)

    @rpc(P.WORKFLOW_EDIT, write=True)
    def save_workflow_draft(self, call: Call, code: Any, body: Any) -> dict[str, Any]:
        return workflows.save_draft(call, code, body)

    @rpc(P.WORKFLOW_EDIT, write=True)
    def approve_workflow(self, call: Call, version_id: Any) -> dict[str, Any]:
        return workflows.approve(call, version_id)
