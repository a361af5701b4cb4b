"""Translated names of the revenue modules' permissions, audited methods and record types
(the admin screens and the audit log show them; joined into terms.py's tables)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def revenue_permission_labels() -> dict[str, str]:
    return {
        "job.read": QCoreApplication.translate("AdminTerms", "View batch job progress"),
        "settings.edit": QCoreApplication.translate("AdminTerms", "Change business conventions"),
        "tariff.read": QCoreApplication.translate(
            "AdminTerms", "View tariffs and use the calculator"),
        "tariff.edit": QCoreApplication.translate("AdminTerms", "Draft and import tariffs"),
        "tariff.approve": QCoreApplication.translate("AdminTerms", "Approve tariffs"),
        "reading.read": QCoreApplication.translate("AdminTerms", "View reading books and readings"),
        "reading.enter": QCoreApplication.translate("AdminTerms", "Enter and import readings"),
        "reading.supervise": QCoreApplication.translate(
            "AdminTerms", "Decide on flagged readings and meter changes"),
        "reading.books": QCoreApplication.translate("AdminTerms", "Manage reading books and plans"),
        "bill.read": QCoreApplication.translate("AdminTerms", "View bills"),
        "billing.run": QCoreApplication.translate("AdminTerms", "Start billing runs"),
        "bill.review": QCoreApplication.translate(
            "AdminTerms", "Release or reject bills under review"),
        "bill.correct": QCoreApplication.translate("AdminTerms", "Request bill corrections"),
        "bill.correct_approve": QCoreApplication.translate(
            "AdminTerms", "Approve bill corrections"),
        "payment.read": QCoreApplication.translate("AdminTerms", "View accounts and payments"),
        "payment.post": QCoreApplication.translate("AdminTerms", "Take payments at the counter"),
        "payment.reverse": QCoreApplication.translate("AdminTerms", "Request payment reversals"),
        "payment.reverse_approve": QCoreApplication.translate(
            "AdminTerms", "Approve payment reversals"),
        "cash.close": QCoreApplication.translate("AdminTerms", "Close one's own till"),
        "cash.close_review": QCoreApplication.translate(
            "AdminTerms", "View every clerk's cash close"),
        "arrears.read": QCoreApplication.translate("AdminTerms", "View arrears"),
        "arrears.notice": QCoreApplication.translate(
            "AdminTerms", "Issue reminders and notices, waive penalties"),
        "bank.files": QCoreApplication.translate("AdminTerms", "Exchange bank withholding files"),
        "report.revenue": QCoreApplication.translate("AdminTerms", "Print revenue reports"),
    }


def revenue_method_labels() -> dict[str, str]:
    return {
        "system.get_job": QCoreApplication.translate("AdminTerms", "View job progress"),
        "metering.list_books": QCoreApplication.translate("AdminTerms", "List reading books"),
        "metering.book_points": QCoreApplication.translate("AdminTerms", "View a reading book"),
        "metering.point_history": QCoreApplication.translate("AdminTerms", "View reading history"),
        "metering.readers": QCoreApplication.translate("AdminTerms", "List meter readers"),
        "metering.assign_reader": QCoreApplication.translate("AdminTerms", "Assign meter reader"),
        "metering.move_points": QCoreApplication.translate(
            "AdminTerms", "Move points between books"),
        "metering.create_plans": QCoreApplication.translate("AdminTerms", "Create reading plans"),
        "metering.entry_sheet": QCoreApplication.translate("AdminTerms", "Open reading entry"),
        "metering.save_readings": QCoreApplication.translate("AdminTerms", "Save readings"),
        "metering.import_readings": QCoreApplication.translate("AdminTerms", "Import readings"),
        "metering.exception_queue": QCoreApplication.translate(
            "AdminTerms", "View reading exceptions"),
        "metering.decide": QCoreApplication.translate("AdminTerms", "Decide on a reading"),
        "metering.change_meter": QCoreApplication.translate("AdminTerms", "Record a meter change"),
        "billing.list_tariffs": QCoreApplication.translate("AdminTerms", "List tariffs"),
        "billing.get_tariff_version": QCoreApplication.translate(
            "AdminTerms", "View tariff version"),
        "billing.draft_tariff": QCoreApplication.translate("AdminTerms", "Draft tariff"),
        "billing.edit_tariff_draft": QCoreApplication.translate("AdminTerms", "Edit tariff draft"),
        "billing.submit_tariff": QCoreApplication.translate(
            "AdminTerms", "Submit tariff for approval"),
        "billing.withdraw_tariff": QCoreApplication.translate("AdminTerms", "Withdraw tariff"),
        "billing.approve_tariff": QCoreApplication.translate("AdminTerms", "Approve tariff"),
        "billing.reject_tariff": QCoreApplication.translate("AdminTerms", "Reject tariff"),
        "billing.export_tariff": QCoreApplication.translate("AdminTerms", "Export tariff"),
        "billing.import_tariff": QCoreApplication.translate("AdminTerms", "Import tariff"),
        "billing.calculate": QCoreApplication.translate("AdminTerms", "Calculate a bill"),
        "billing.list_runs": QCoreApplication.translate("AdminTerms", "List billing runs"),
        "billing.start_run": QCoreApplication.translate("AdminTerms", "Start billing run"),
        "billing.get_run": QCoreApplication.translate("AdminTerms", "View billing run"),
        "billing.restart_run": QCoreApplication.translate("AdminTerms", "Restart billing run"),
        "billing.customer_bills": QCoreApplication.translate(
            "AdminTerms", "View a customer's bills"),
        "billing.run_bills": QCoreApplication.translate("AdminTerms", "View a run's bills"),
        "billing.get_bill": QCoreApplication.translate("AdminTerms", "View bill"),
        "billing.explain_bill": QCoreApplication.translate("AdminTerms", "Explain bill"),
        "billing.bill_pdf": QCoreApplication.translate("AdminTerms", "Print bill"),
        "billing.run_bills_pdf": QCoreApplication.translate("AdminTerms", "Print a run's bills"),
        "billing.review_queue": QCoreApplication.translate("AdminTerms", "View bill review queue"),
        "billing.release_bills": QCoreApplication.translate("AdminTerms", "Release bills"),
        "billing.reject_bill": QCoreApplication.translate("AdminTerms", "Reject bill"),
        "billing.preview_correction": QCoreApplication.translate(
            "AdminTerms", "Preview correction"),
        "billing.request_correction": QCoreApplication.translate(
            "AdminTerms", "Request correction"),
        "billing.list_corrections": QCoreApplication.translate("AdminTerms", "List corrections"),
        "billing.get_correction": QCoreApplication.translate("AdminTerms", "View correction"),
        "billing.approve_correction": QCoreApplication.translate(
            "AdminTerms", "Approve correction"),
        "billing.reject_correction": QCoreApplication.translate("AdminTerms", "Reject correction"),
        "payments.account": QCoreApplication.translate("AdminTerms", "View account"),
        "payments.post_payment": QCoreApplication.translate("AdminTerms", "Take payment"),
        "payments.print_receipt": QCoreApplication.translate("AdminTerms", "Print receipt"),
        "payments.receipt_pdf": QCoreApplication.translate("AdminTerms", "View receipt"),
        "payments.request_reversal": QCoreApplication.translate("AdminTerms", "Request reversal"),
        "payments.reversal_requests": QCoreApplication.translate(
            "AdminTerms", "List reversal requests"),
        "payments.decide_reversal": QCoreApplication.translate("AdminTerms", "Decide reversal"),
        "payments.till": QCoreApplication.translate("AdminTerms", "View till"),
        "payments.close_till": QCoreApplication.translate("AdminTerms", "Close till"),
        "payments.till_report": QCoreApplication.translate("AdminTerms", "Print till report"),
        "payments.closes": QCoreApplication.translate("AdminTerms", "List cash closes"),
        "payments.close_report": QCoreApplication.translate("AdminTerms", "Print cash close"),
        "payments.arrears_list": QCoreApplication.translate("AdminTerms", "List arrears"),
        "payments.penalty_detail": QCoreApplication.translate("AdminTerms", "View penalty detail"),
        "payments.waive_penalty": QCoreApplication.translate("AdminTerms", "Waive penalty"),
        "payments.issue_notices": QCoreApplication.translate("AdminTerms", "Issue notices"),
        "payments.notice_pdf": QCoreApplication.translate("AdminTerms", "Print notices"),
        "payments.banks": QCoreApplication.translate("AdminTerms", "List banks"),
        "payments.bank_agreements": QCoreApplication.translate(
            "AdminTerms", "List withholding agreements"),
        "payments.bank_batches": QCoreApplication.translate("AdminTerms", "List bank batches"),
        "payments.bank_export": QCoreApplication.translate("AdminTerms", "Export bank file"),
        "payments.bank_file": QCoreApplication.translate("AdminTerms", "Download bank file"),
        "payments.bank_import": QCoreApplication.translate("AdminTerms", "Import bank result"),
        "payments.bank_reconciliation": QCoreApplication.translate(
            "AdminTerms", "View reconciliation"),
        "reports.report_units": QCoreApplication.translate("AdminTerms", "List report units"),
        "reports.monthly_revenue_figures": QCoreApplication.translate(
            "AdminTerms", "View monthly report figures"),
        "reports.monthly_revenue_pdf": QCoreApplication.translate(
            "AdminTerms", "Print monthly report"),
    }


def revenue_entity_labels() -> dict[str, str]:
    return {
        "tariff_version": QCoreApplication.translate("AdminTerms", "Tariff version"),
        "meter_reading": QCoreApplication.translate("AdminTerms", "Meter reading"),
        "correction_request": QCoreApplication.translate("AdminTerms", "Correction request"),
        "bill": QCoreApplication.translate("AdminTerms", "Bill"),
        "reversal_request": QCoreApplication.translate("AdminTerms", "Reversal request"),
        "payment": QCoreApplication.translate("AdminTerms", "Payment"),
        "billing_run": QCoreApplication.translate("AdminTerms", "Billing run"),
        "bank_batch": QCoreApplication.translate("AdminTerms", "Bank batch"),
        "reading_plan": QCoreApplication.translate("AdminTerms", "Reading plan"),
        "reading_import": QCoreApplication.translate("AdminTerms", "Reading import"),
        "reading_book": QCoreApplication.translate("AdminTerms", "Reading book"),
        "metering_point": QCoreApplication.translate("AdminTerms", "Metering point"),
        "meter": QCoreApplication.translate("AdminTerms", "Meter"),
        "ledger_entry": QCoreApplication.translate("AdminTerms", "Ledger entry"),
        "cash_close": QCoreApplication.translate("AdminTerms", "Cash close"),
        "arrears_notice": QCoreApplication.translate("AdminTerms", "Notice"),
    }
