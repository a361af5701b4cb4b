"""Wire contract of the pmis.payments counter methods: (name, is_write) and their shapes.

The pmis.payments object is the counter methods + the collection methods.

Shapes: money and quantities are decimal strings, periods "YYYY-MM", dates ISO-8601.

account(customer_id) -> {
    customer: {id, account_no, name, address, customer_class, office_name, status,
               phone_mobile},
    balance, owes, prepaid,            # balance > 0 owes; < 0 prepaid credit
    penalty_today,                     # accrued, posted when money is taken
    total_due,                         # owes + penalty_today (the counter's default amount)
    debts: [{entry_id, entry_type ("bill"|"penalty"|…), period|None, posted_on, due_on|None,
             amount, open_amount, overdue_days, penalty_today}],   # oldest first
    payments: [payment_row],           # the last ten, newest first
    till_closed: bool,                 # the caller's till for today
}
payment_row = {payment_id, receipt_no, business_date, received_at, amount, tender_type,
               channel, clerk, state ("posted"|"reversal_pending"|"reversed")}

post_payment({customer_id, amount, tender_type, tendered?, reference?, balance_seen?}) -> {
    payment_id, receipt_no, customer_id, amount, tendered|None, change|None, tender_type,
    business_date, received_at, settled: [{entry_id, entry_type, period|None, amount}],
    balance_after, owes, prepaid}
  tender_type: COUNTER_TENDERS; tendered (cash) >= amount, change = tendered - amount.
  balance_seen: the balance the clerk's screen showed; if the account changed meanwhile
  (another clerk took money) the payment is refused with Conflict, nothing written.
  Money beyond the debts stays as prepaid credit used by the next bill.

print_receipt(payment_id) -> {payment_id, print_no, is_copy}
  logs a print: the first is the original, every later one a copy. Small on purpose: the
  idempotency record of a write keeps its result, and a PDF would bloat it.
receipt_pdf(payment_id, print_no) -> {"filename", "pdf_base64"}
  the PDF of a logged print; a copy carries "COPY / 副本" across the page.

request_reversal(payment_id, reason) -> reversal_row
reversal_requests({status?: "pending"|"approved"|"rejected"|"all"}) -> {rows: [reversal_row]}
decide_reversal(request_id, decision ("approve"|"reject"), note) -> reversal_row
  by a different person than the requester; approval posts a 'reversal' ledger entry, undoes
  the payment's allocations and settles again (the debts reopen). It counts in the
  requesting clerk's till on the approval's business date.
reversal_row = {id, payment_id, receipt_no, customer_id, account_no, customer_name, amount,
                tender_type, paid_on, reason, status, requested_by, requested_at,
                decided_by|None, decided_at|None, decision_note}

till(business_date|None) -> day_summary of the caller (None: today)
close_till(counted_cash, note) -> close_row   (today; final; one per clerk and date)
till_report(business_date|None) -> pdf (the caller's day; "provisional" until closed)
closes(business_date) -> {rows: [close_row | open till row]}   (one's offices)
close_report(close_id) -> pdf
day_summary = {business_date, clerk, office_name, tenders: [tender_row], totals: tender_row,
               expected_cash, payments: [payment_row + customer_name],
               reversals: [reversal_row], closed: close_row|None}
tender_row = {tender_type, payment_count, payments_total, reversal_count, reversals_total,
              net_total}
close_row = {close_id|None, clerk, clerk_id, office_name, business_date, status
             ("closed"|"open"), payment_count, reversal_count, payments_total,
             reversals_total, net_total, expected_cash, counted_cash|None,
             difference|None, note, closed_at|None}
"""

from __future__ import annotations

COUNTER_TENDERS: tuple[str, ...] = ("cash", "card", "cheque", "transfer", "mobile")
REVERSAL_FILTERS: tuple[str, ...] = ("pending", "approved", "rejected", "all")
REVERSAL_DECISIONS: tuple[str, ...] = ("approve", "reject")

METHODS: tuple[tuple[str, bool], ...] = (
    ("account", False),
    ("post_payment", True),
    ("print_receipt", True),
    ("receipt_pdf", False),
    ("request_reversal", True),
    ("reversal_requests", False),
    ("decide_reversal", True),
    ("till", False),
    ("close_till", True),
    ("till_report", False),
    ("closes", False),
    ("close_report", False),
)


def object_methods() -> tuple[tuple[str, bool], ...]:
    from appserver.contract import collection

    return METHODS + collection.METHODS
