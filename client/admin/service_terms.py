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
        "repair_crew": _t("Repair crew"),
        "repair_ticket": _t("Repair ticket"),
        "fault_report": _t("Fault report"),
        "work_item": _t("Work item"),
        "calendar_day": _t("Calendar day"),
    }
