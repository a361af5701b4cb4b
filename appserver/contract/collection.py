"""Wire contract of the collection methods of pmis.payments: (name, is_write) and shapes.

Shapes: money and quantities are decimal strings, periods "YYYY-MM", dates ISO-8601, times
ISO-8601 UTC.

arrears_list(filters, page) -> {rows: [arrears_row], total, has_more, sum_overdue,
                                sum_penalty, counts: {action: n}, today}
  filters = {min_days?: int, min_amount?: money, customer_class?: "" | CUSTOMER_CLASS,
             action?: "" | ACTION};  page = {offset?, limit? (<= 200)}
  Rows are the customers of the caller's offices with overdue bills (plus those waiting for
  reconnection), most urgent first.
arrears_row = {customer_id, account_no, name, customer_class, address, office_name,
               overdue, penalty, total, oldest_due_on|None, days_overdue,
               last_reminder_at|None, notice_at|None, notice_deadline|None, order_at|None,
               action ("" | ACTION), action_deadline|None, last_notice_id|None}
  action: the step due now — "reminder", "notice" (overdue > 30 days after a reminder),
  "disconnect" (the notice's deadline passed), "reconnect" (paid in full after a
  disconnection order; action_deadline = payment + 24 h).

penalty_detail(customer_id) -> {customer_id, account_no, on, debits: [{entry_id, due_on,
  amount, overdue_days, due, posted, rule, explanation}]}

waive_penalty(customer_id, amount, reason) -> {entry_id, customer_id, amount, open_penalty}
  a negative 'adjustment' entry settling open penalty debits, oldest first; amount at most
  the open penalty (after bringing it up to today); reason required (<= 150 characters).

issue_notices(kind, customer_ids) -> {kind, batch_no, notice_ids, count,
                                      notices: [{id, notice_no, customer_id, amount,
                                                 deadline|None}]}
  kind: NOTICE_KIND; every customer must be due for that step (else UserError, nothing
  issued); at most 500 per batch. A disconnection notice's deadline is 7 days (residential)
  or 73 hours (others) after issue.
notice_pdf(notice_ids) -> {filename, pdf_base64}   one page per notice

banks() -> [{code, name, agreements}]
bank_agreements(bank_code, page) -> {rows: [{customer_id, account_no, name, bank_account
  (masked), account_name, active, signed_on}], total, has_more}
bank_batches(page) -> {rows: [batch_row + summary], total, has_more}
bank_export(bank_code) -> {batch: batch_row, filename, content_base64}   docs/bank-files.md
bank_file(batch_id) -> {filename, content_base64}   the same bytes again
bank_import(content_base64) -> {batch, result_id, new_lines, repeated_lines,
  posted_now_count, posted_now_total, summary, failures}
  A file with any problem is refused whole (UserError listing "line N: problem").
bank_reconciliation(batch_id) -> {batch, summary, failures}
batch_row = {id, batch_no, bank_code, bank_name, business_date, created_at, line_count, total}
summary = {paid_count, paid_total, failed_count, failed_total, unanswered_count,
           unanswered_total, posted_count, posted_total, balanced}
failures = [{line_no, account_no, name, amount, reason_code, reason}]
"""

from __future__ import annotations

ACTIONS: tuple[str, ...] = ("reminder", "notice", "disconnect", "reconnect")
NOTICE_KINDS: tuple[str, ...] = ("reminder", "disconnection", "disconnect_order",
                                 "reconnection")
# The notice kind that carries out each step.
KIND_FOR_ACTION: dict[str, str] = {"reminder": "reminder", "notice": "disconnection",
                                   "disconnect": "disconnect_order",
                                   "reconnect": "reconnection"}

METHODS: tuple[tuple[str, bool], ...] = (
    ("arrears_list", False),
    ("penalty_detail", False),
    ("waive_penalty", True),
    ("issue_notices", True),
    ("notice_pdf", False),
    ("banks", False),
    ("bank_agreements", False),
    ("bank_batches", False),
    ("bank_export", True),
    ("bank_file", False),
    ("bank_import", True),
    ("bank_reconciliation", False),
)
