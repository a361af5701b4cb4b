"""Translated names of the service hall's and work platform's roles, permissions, audited
methods and record types (joined into terms.py's tables)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def service_role_labels() -> dict[str, str]:
    return {
        "service_engineer": QCoreApplication.translate("AdminTerms", "Service engineer"),
        "metering_technician": QCoreApplication.translate("AdminTerms", "Metering technician"),
    }


def service_permission_labels() -> dict[str, str]:
    return {
        "application.read": QCoreApplication.translate("AdminTerms", "View business applications"),
        "application.handle": QCoreApplication.translate(
            "AdminTerms", "Register and work business applications"),
        "application.terminate": QCoreApplication.translate(
            "AdminTerms", "Terminate business applications"),
        "workflow.edit": QCoreApplication.translate(
            "AdminTerms", "Draft and approve workflow definitions"),
        "complaint.read": QCoreApplication.translate("AdminTerms", "View complaints"),
        "complaint.handle": QCoreApplication.translate(
            "AdminTerms", "Record and handle complaints"),
        "consultation.log": QCoreApplication.translate(
            "AdminTerms", "Log consultations and print statements"),
        "fault.read": QCoreApplication.translate("AdminTerms", "View fault reports"),
        "fault.handle": QCoreApplication.translate("AdminTerms", "Record fault reports"),
        "fault.dispatch": QCoreApplication.translate("AdminTerms", "Dispatch repair crews"),
        "work.todo": QCoreApplication.translate("AdminTerms", "Use one's to-do list"),
        "work.dashboard": QCoreApplication.translate(
            "AdminTerms", "View the office work dashboard"),
        "calendar.edit": QCoreApplication.translate("AdminTerms", "Edit the working-day calendar"),
    }


def service_method_labels() -> dict[str, str]:
    """Audit-log names of the service.* and work.* methods (each area adds its own)."""
    return {
        "service.application_types": QCoreApplication.translate(
            "AdminTerms", "View business application types"),
        "service.register_application": QCoreApplication.translate(
            "AdminTerms", "Register an application"),
        "service.search_applications": QCoreApplication.translate(
            "AdminTerms", "Search applications"),
        "service.get_application": QCoreApplication.translate("AdminTerms", "View an application"),
        "service.update_application": QCoreApplication.translate(
            "AdminTerms", "Edit application data"),
        "service.advance_application": QCoreApplication.translate(
            "AdminTerms", "Complete an application stage"),
        "service.return_application": QCoreApplication.translate(
            "AdminTerms", "Return an application to an earlier stage"),
        "service.suspend_application": QCoreApplication.translate(
            "AdminTerms", "Suspend an application"),
        "service.resume_application": QCoreApplication.translate(
            "AdminTerms", "Resume an application"),
        "service.terminate_application": QCoreApplication.translate(
            "AdminTerms", "Terminate an application"),
        "service.add_attachment": QCoreApplication.translate(
            "AdminTerms", "Attach a scanned document"),
        "service.get_attachment": QCoreApplication.translate(
            "AdminTerms", "View a scanned document"),
        "service.list_workflows": QCoreApplication.translate(
            "AdminTerms", "View workflow definitions"),
        "service.get_workflow": QCoreApplication.translate("AdminTerms", "View a workflow version"),
        "service.save_workflow_draft": QCoreApplication.translate(
            "AdminTerms", "Draft a workflow version"),
        "service.approve_workflow": QCoreApplication.translate(
            "AdminTerms", "Approve a workflow version"),
        "service.fault_crews": QCoreApplication.translate("AdminTerms", "View repair crews"),
        "service.create_crew": QCoreApplication.translate("AdminTerms", "Create a repair crew"),
        "service.update_crew": QCoreApplication.translate("AdminTerms", "Edit a repair crew"),
        "service.fault_areas": QCoreApplication.translate(
            "AdminTerms", "View transformer areas for faults"),
        "service.fault_candidates": QCoreApplication.translate(
            "AdminTerms", "Look up the same outage"),
        "service.report_fault": QCoreApplication.translate("AdminTerms", "Record a fault report"),
        "service.repair_tickets": QCoreApplication.translate("AdminTerms", "View repair tickets"),
        "service.repair_ticket": QCoreApplication.translate("AdminTerms", "View a repair ticket"),
        "service.dispatch_crew": QCoreApplication.translate("AdminTerms", "Dispatch a repair crew"),
        "service.crew_arrived": QCoreApplication.translate("AdminTerms", "Record crew arrival"),
        "service.supply_restored": QCoreApplication.translate(
            "AdminTerms", "Record supply restored"),
        "service.close_repair": QCoreApplication.translate("AdminTerms", "Close a repair ticket"),
        "service.cancel_repair": QCoreApplication.translate("AdminTerms", "Cancel a repair ticket"),
        "service.correct_repair_time": QCoreApplication.translate(
            "AdminTerms", "Correct a repair time"),
        "service.move_fault_report": QCoreApplication.translate(
            "AdminTerms", "Move a fault report"),
        "service.merge_repairs": QCoreApplication.translate("AdminTerms", "Merge repair tickets"),
        "service.complaint_codes": QCoreApplication.translate(
            "AdminTerms", "View complaint code lists"),
        "service.list_complaints": QCoreApplication.translate("AdminTerms", "List complaints"),
        "service.get_complaint": QCoreApplication.translate("AdminTerms", "View a complaint"),
        "service.register_complaint": QCoreApplication.translate(
            "AdminTerms", "Register a complaint or suggestion"),
        "service.assign_complaint": QCoreApplication.translate("AdminTerms", "Assign a complaint"),
        "service.record_complaint_contact": QCoreApplication.translate(
            "AdminTerms", "Record contact with a complainant"),
        "service.pause_complaint": QCoreApplication.translate(
            "AdminTerms", "Pause a complaint's clock"),
        "service.resume_complaint": QCoreApplication.translate(
            "AdminTerms", "Resume a complaint's clock"),
        "service.reply_complaint": QCoreApplication.translate("AdminTerms", "Reply to a complaint"),
        "service.record_complaint_callback": QCoreApplication.translate(
            "AdminTerms", "Record a complaint callback"),
        "service.close_complaint": QCoreApplication.translate("AdminTerms", "Close a complaint"),
        "service.reopen_complaint": QCoreApplication.translate("AdminTerms", "Reopen a complaint"),
        "service.log_consultation": QCoreApplication.translate("AdminTerms", "Log a consultation"),
        "service.list_consultations": QCoreApplication.translate(
            "AdminTerms", "View the consultation log"),
        "service.statement_pdf": QCoreApplication.translate(
            "AdminTerms", "Print a customer statement"),
        "work.take_item": QCoreApplication.translate("AdminTerms", "Take a work item"),
        "work.assign_item": QCoreApplication.translate("AdminTerms", "Assign a work item"),
        "work.set_calendar_day": QCoreApplication.translate(
            "AdminTerms", "Edit the working-day calendar"),
        "work.escalate": QCoreApplication.translate("AdminTerms", "Escalate overdue work items"),
        "work.todo": QCoreApplication.translate("AdminTerms", "View to-do list"),
        "work.list_items": QCoreApplication.translate("AdminTerms", "List work items"),
        "work.dashboard": QCoreApplication.translate("AdminTerms", "View work dashboard"),
        "work.export_items": QCoreApplication.translate("AdminTerms", "Export work items"),
        "work.calendar": QCoreApplication.translate("AdminTerms", "View working-day calendar"),
    }


def service_entity_labels() -> dict[str, str]:
    """Audit-log names of the record types the service and work methods write."""
    return {
        "application": QCoreApplication.translate("AdminTerms", "Business application"),
        "workflow_definition": QCoreApplication.translate("AdminTerms", "Workflow version"),
        "repair_crew": QCoreApplication.translate("AdminTerms", "Repair crew"),
        "repair_ticket": QCoreApplication.translate("AdminTerms", "Repair ticket"),
        "fault_report": QCoreApplication.translate("AdminTerms", "Fault report"),
        "complaint": QCoreApplication.translate("AdminTerms", "Complaint"),
        "consultation": QCoreApplication.translate("AdminTerms", "Consultation"),
        "work_item": QCoreApplication.translate("AdminTerms", "Work item"),
        "calendar_day": QCoreApplication.translate("AdminTerms", "Calendar day"),
    }
