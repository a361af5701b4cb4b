"""Wire contract of pmis.service consultations and printed customer statements (owned by the
complaints work).

Consultation channels: counter, phone, online. Topics: bills, payments, consumption, arrears,
tariffs, business_procedure, outage, statement (a printed statement), other.

log_consultation({channel?, topic, customer_id?, caller_name?, caller_phone?, question,
    answer?, duration_s? (0..14400)}) -> consultation_row
list_consultations({day? "YYYY-MM-DD" (default today), topic?, channel?, customer_id?,
    mine?: bool}, {offset?, limit? <= 500}) -> {day, rows: [consultation_row], total,
    has_more, by_topic: [{topic, name, count}]}          newest first, the caller's offices
consultation_row = {id, office_id, channel, channel_name, topic, topic_name,
    customer_id|None, account_no, caller_name, caller_phone, question, answer, duration_s,
    created_at, clerk}

statement_pdf(customer_id, from_period? "YYYY-MM", to_period? "YYYY-MM") -> {"filename",
    "pdf_base64", from_period, to_period, balance, arrears, penalty_due}
    balance: the ledger today; arrears: its open debits; penalty_due: late-payment penalty
    accrued to today and not yet posted (what the counter's account shows as penalty_today).
    default: the 12 months up to the current one; at most 36 months; in the caller's
    language. Permission consultation.log, the customer's office.
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
    ("log_consultation", True),
    ("list_consultations", False),
    ("statement_pdf", False),
)
