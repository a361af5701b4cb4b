"""Translated names of the service hall's and work platform's roles, permissions, audited
methods and record types (joined into terms.py's tables)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminTerms", text)


def service_role_labels() -> dict[str, str]:
    return {
        "service_engineer": _t("Service engineer"),
        "metering_technician": _t("Metering technician"),
    }


def service_permission_labels() -> dict[str, str]:
    return {
        "application.read": _t("View business applications"),
        "application.handle": _t("Register and work business applications"),
        "application.terminate": _t("Terminate business applications"),
        "workflow.edit": _t("Draft and approve workflow definitions"),
        "complaint.read": _t("View complaints"),
        "complaint.handle": _t("Record and handle complaints"),
        "consultation.log": _t("Log consultations and print statements"),
        "fault.read": _t("View fault reports"),
        "fault.handle": _t("Record fault reports"),
        "fault.dispatch": _t("Dispatch repair crews"),
        "work.todo": _t("Use one's to-do list"),
        "work.dashboard": _t("View the office work dashboard"),
        "calendar.edit": _t("Edit the working-day calendar"),
    }


def service_method_labels() -> dict[str, str]:
    """Audit-log names of the service.* and work.* methods (each area adds its own)."""
    return {
        "service.application_types": _t("View business application types"),
        "service.register_application": _t("Register an application"),
        "service.search_applications": _t("Search applications"),
        "service.get_application": _t("View an application"),
        "service.update_application": _t("Edit application data"),
        "service.advance_application": _t("Complete an application stage"),
        "service.return_application": _t("Return an application to an earlier stage"),
        "service.suspend_application": _t("Suspend an application"),
        "service.resume_application": _t("Resume an application"),
        "service.terminate_application": _t("Terminate an application"),
        "service.add_attachment": _t("Attach a scanned document"),
        "service.get_attachment": _t("View a scanned document"),
        "service.list_workflows": _t("View workflow definitions"),
        "service.get_workflow": _t("View a workflow version"),
        "service.save_workflow_draft": _t("Draft a workflow version"),
        "service.approve_workflow": _t("Approve a workflow version"),
        "service.fault_crews": _t("View repair crews"),
        "service.create_crew": _t("Create a repair crew"),
        "service.update_crew": _t("Edit a repair crew"),
        "service.fault_areas": _t("View transformer areas for faults"),
        "service.fault_candidates": _t("Look up the same outage"),
        "service.report_fault": _t("Record a fault report"),
        "service.repair_tickets": _t("View repair tickets"),
        "service.repair_ticket": _t("View a repair ticket"),
        "service.dispatch_crew": _t("Dispatch a repair crew"),
        "service.crew_arrived": _t("Record crew arrival"),
        "service.supply_restored": _t("Record supply restored"),
        "service.close_repair": _t("Close a repair ticket"),
        "service.cancel_repair": _t("Cancel a repair ticket"),
        "service.correct_repair_time": _t("Correct a repair time"),
        "service.move_fault_report": _t("Move a fault report"),
        "service.merge_repairs": _t("Merge repair tickets"),
        "service.complaint_codes": _t("View complaint code lists"),
        "service.list_complaints": _t("List complaints"),
        "service.get_complaint": _t("View a complaint"),
        "service.register_complaint": _t("Register a complaint or suggestion"),
        "service.assign_complaint": _t("Assign a complaint"),
        "service.record_complaint_contact": _t("Record contact with a complainant"),
        "service.pause_complaint": _t("Pause a complaint's clock"),
        "service.resume_complaint": _t("Resume a complaint's clock"),
        "service.reply_complaint": _t("Reply to a complaint"),
        "service.record_complaint_callback": _t("Record a complaint callback"),
        "service.close_complaint": _t("Close a complaint"),
        "service.reopen_complaint": _t("Reopen a complaint"),
        "service.log_consultation": _t("Log a consultation"),
        "service.list_consultations": _t("View the consultation log"),
        "service.statement_pdf": _t("Print a customer statement"),
        "work.take_item": _t("Take a work item"),
        "work.assign_item": _t("Assign a work item"),
        "work.set_calendar_day": _t("Edit the working-day calendar"),
        "work.escalate": _t("Escalate overdue work items"),
        "work.todo": _t("View to-do list"),
        "work.list_items": _t("List work items"),
        "work.dashboard": _t("View work dashboard"),
        "work.export_items": _t("Export work items"),
        "work.calendar": _t("View working-day calendar"),
    }


def service_entity_labels() -> dict[str, str]:
    """Audit-log names of the record types the service and work methods write."""
    return {
        "application": _t("Business application"),
        "workflow_definition": _t("Workflow version"),
        "repair_crew": _t("Repair crew"),
        "repair_ticket": _t("Repair ticket"),
        "fault_report": _t("Fault report"),
        "complaint": _t("Complaint"),
        "consultation": _t("Consultation"),
        "work_item": _t("Work item"),
        "calendar_day": _t("Calendar day"),
    }
