"""Permission names (the only strings roles grant) and the default roles.

Access is default-deny: a method needs exactly one permission; a role is a set of them.
"""

from __future__ import annotations

# -- permissions -------------------------------------------------------------------------
SYSTEM_PING = "system.ping"  # any logged-in user
CUSTOMER_READ = "customer.read"
CUSTOMER_EDIT_CONTACT = "customer.edit_contact"
ADMIN_USERS_READ = "admin.users.read"
ADMIN_USERS_WRITE = "admin.users.write"
ADMIN_ORG_READ = "admin.org.read"
ADMIN_ORG_WRITE = "admin.org.write"
AUDIT_READ = "audit.read"
JOB_READ = "job.read"  # progress of batch jobs of one's offices
SETTINGS_EDIT = "settings.edit"  # named business conventions (penalty year boundary …)
# tariffs: reading and the calculator; drafting; approving another person's draft
TARIFF_READ = "tariff.read"
TARIFF_EDIT = "tariff.edit"
TARIFF_APPROVE = "tariff.approve"
# meter reading
READING_READ = "reading.read"
READING_ENTER = "reading.enter"  # keyboard entry and file import
READING_SUPERVISE = "reading.supervise"  # exception queue decisions, estimates
READING_BOOKS = "reading.books"  # reading books, plans, assignment of readers
# billing
BILL_READ = "bill.read"
BILLING_RUN = "billing.run"
BILL_REVIEW = "bill.review"  # release or hold bills of the review queue
BILL_CORRECT = "bill.correct"  # request cancel/rebill or back-billing
BILL_CORRECT_APPROVE = "bill.correct_approve"
# collection
PAYMENT_READ = "payment.read"
PAYMENT_POST = "payment.post"
PAYMENT_REVERSE = "payment.reverse"  # request a reversal
PAYMENT_REVERSE_APPROVE = "payment.reverse_approve"  # the second person
CASH_CLOSE = "cash.close"  # one's own till
CASH_CLOSE_REVIEW = "cash.close_review"  # every clerk's closes of one's offices
ARREARS_READ = "arrears.read"
ARREARS_NOTICE = "arrears.notice"  # reminders and disconnection notices
BANK_FILES = "bank.files"  # withholding export and result import
# reports
REPORT_REVENUE = "report.revenue"
# service hall: business applications (业扩报装 and the other business types)
APPLICATION_READ = "application.read"
APPLICATION_HANDLE = "application.handle"  # register; work the stages of one's role
APPLICATION_TERMINATE = "application.terminate"  # end an application for good
WORKFLOW_EDIT = "workflow.edit"  # draft and approve workflow definitions
# complaints, consultations, statements
COMPLAINT_READ = "complaint.read"
COMPLAINT_HANDLE = "complaint.handle"
CONSULTATION_LOG = "consultation.log"  # the consultation log and printed statements
# fault repair
FAULT_READ = "fault.read"
FAULT_HANDLE = "fault.handle"  # intake, grouping
FAULT_DISPATCH = "fault.dispatch"  # crews, dispatch, arrival and restoration times
# work platform
WORK_TODO = "work.todo"  # one's own to-do list
WORK_DASHBOARD = "work.dashboard"  # the office dashboard and its export
CALENDAR_EDIT = "calendar.edit"  # holidays and make-up working days

ALL_PERMISSIONS: tuple[str, ...] = (
    SYSTEM_PING,
    CUSTOMER_READ,
    CUSTOMER_EDIT_CONTACT,
    ADMIN_USERS_READ,
    ADMIN_USERS_WRITE,
    ADMIN_ORG_READ,
    ADMIN_ORG_WRITE,
    AUDIT_READ,
    JOB_READ,
    SETTINGS_EDIT,
    TARIFF_READ,
    TARIFF_EDIT,
    TARIFF_APPROVE,
    READING_READ,
    READING_ENTER,
    READING_SUPERVISE,
    READING_BOOKS,
    BILL_READ,
    BILLING_RUN,
    BILL_REVIEW,
    BILL_CORRECT,
    BILL_CORRECT_APPROVE,
    PAYMENT_READ,
    PAYMENT_POST,
    PAYMENT_REVERSE,
    PAYMENT_REVERSE_APPROVE,
    CASH_CLOSE,
    CASH_CLOSE_REVIEW,
    ARREARS_READ,
    ARREARS_NOTICE,
    BANK_FILES,
    REPORT_REVENUE,
    APPLICATION_READ,
    APPLICATION_HANDLE,
    APPLICATION_TERMINATE,
    WORKFLOW_EDIT,
    COMPLAINT_READ,
    COMPLAINT_HANDLE,
    CONSULTATION_LOG,
    FAULT_READ,
    FAULT_HANDLE,
    FAULT_DISPATCH,
    WORK_TODO,
    WORK_DASHBOARD,
    CALENDAR_EDIT,
)

# -- roles -------------------------------------------------------------------------------
ROLE_ADMIN = "admin"
ROLE_CLERK = "counter_clerk"
ROLE_READING_SUPERVISOR = "reading_supervisor"
ROLE_OFFICE_HEAD = "office_head"
ROLE_MANAGER = "manager"
ROLE_AUDITOR = "auditor"
ROLE_ENGINEER = "service_engineer"  # site survey, supply plan, checks; repair dispatch
ROLE_METER_TECH = "metering_technician"  # meter installation, energising, meter tests

_SERVICE_DESK = (APPLICATION_READ, APPLICATION_HANDLE, COMPLAINT_READ, COMPLAINT_HANDLE,
                 CONSULTATION_LOG, FAULT_READ, FAULT_HANDLE, WORK_TODO)

DEFAULT_ROLES: dict[str, tuple[str, ...]] = {
    ROLE_ADMIN: ALL_PERMISSIONS,
    ROLE_CLERK: (SYSTEM_PING, CUSTOMER_READ, CUSTOMER_EDIT_CONTACT, TARIFF_READ, BILL_READ,
                 PAYMENT_READ, PAYMENT_POST, PAYMENT_REVERSE, CASH_CLOSE, ARREARS_READ,
                 *_SERVICE_DESK),
    ROLE_READING_SUPERVISOR: (SYSTEM_PING, CUSTOMER_READ, TARIFF_READ, JOB_READ, READING_READ,
                              READING_ENTER, READING_SUPERVISE, READING_BOOKS, BILL_READ,
                              BILLING_RUN, BILL_REVIEW, BILL_CORRECT),
    ROLE_OFFICE_HEAD: (SYSTEM_PING, CUSTOMER_READ, CUSTOMER_EDIT_CONTACT, AUDIT_READ,
                       ADMIN_USERS_READ, ADMIN_ORG_READ, JOB_READ, TARIFF_READ, READING_READ,
                       READING_SUPERVISE, BILL_READ, BILL_REVIEW, BILL_CORRECT_APPROVE,
                       PAYMENT_READ, PAYMENT_REVERSE_APPROVE, CASH_CLOSE_REVIEW, ARREARS_READ,
                       ARREARS_NOTICE, BANK_FILES, REPORT_REVENUE, *_SERVICE_DESK,
                       APPLICATION_TERMINATE, FAULT_DISPATCH, WORK_DASHBOARD, CALENDAR_EDIT),
    ROLE_MANAGER: (SYSTEM_PING, CUSTOMER_READ, ADMIN_ORG_READ, JOB_READ, SETTINGS_EDIT,
                   TARIFF_READ, TARIFF_EDIT, TARIFF_APPROVE, READING_READ, BILL_READ,
                   PAYMENT_READ, CASH_CLOSE_REVIEW, ARREARS_READ, REPORT_REVENUE,
                   APPLICATION_READ, COMPLAINT_READ, FAULT_READ, WORKFLOW_EDIT, WORK_DASHBOARD),
    ROLE_AUDITOR: (SYSTEM_PING, CUSTOMER_READ, AUDIT_READ, ADMIN_USERS_READ, ADMIN_ORG_READ,
                   JOB_READ, TARIFF_READ, READING_READ, BILL_READ, PAYMENT_READ, ARREARS_READ,
                   REPORT_REVENUE, APPLICATION_READ, COMPLAINT_READ, FAULT_READ,
                   WORK_DASHBOARD),
    ROLE_ENGINEER: (SYSTEM_PING, CUSTOMER_READ, TARIFF_READ, APPLICATION_READ,
                    APPLICATION_HANDLE, COMPLAINT_READ, FAULT_READ, FAULT_HANDLE,
                    FAULT_DISPATCH, WORK_TODO),
    ROLE_METER_TECH: (SYSTEM_PING, CUSTOMER_READ, READING_READ, APPLICATION_READ,
                      APPLICATION_HANDLE, FAULT_READ, WORK_TODO),
}
