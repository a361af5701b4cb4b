"""Wire contract of the bills methods of pmis.billing: the exposed methods (name, is_write)
and their shapes.

Shapes: money and quantities are decimal strings, periods "YYYY-MM", dates ISO-8601.
``page`` is ``{"offset": int, "limit": int}`` (limit ≤ 200).

Bill row (``BillRow``): id, customer_id, metering_point_id, office_id, period, kind
(regular | rebill | backbill), status (review | released | cancelled | rejected), run_id,
corrects_bill_id, review_reason, energy_kwh, amount, due_on, tariff_keys ("JX-RES-ANNUAL@1"),
created_at, released_at.

- customer_bills(account_no, page) -> {"customer": {id, account_no, name, address,
  customer_class}, "rows": [BillRow], "has_more"}: the customer's bills, newest first.
- run_bills(run_id, page) -> {"run_id", "period", "rows": [BillRow + account_no, name],
  "has_more"}.
- get_bill(bill_id) -> {"bill": BillRow + released_by (name), "party": {customer_id,
  account_no, name, customer_class, address, metering_point, multiplier, meter_serial,
  office_name, company_name}, "readings": [{segment, register, previous, current, multiplier,
  energy}] (previous/current None where an energy was given), "lines": [{seq, segment, code,
  quantity, unit_price, amount}] (as stored), "previous_balance", "amount_due",
  "corrected_by_bill_id"}.
- explain_bill(bill_id) -> {"bill_id", "kind", "matches": bool (the recomputed amounts equal
  the stored ones; False is an error shown to the user), "problem": str, "total",
  "stored_total", "segments": [{segment, tariff, days, days_in_period, energy_kwh, subtotal}],
  "lines": [{segment, code, kind, label, label_zh, quantity, unit, unit_price, amount,
  proration, short (one line of arithmetic), explanation: {rule, inputs, table_row,
  rounding, text}, stored_amount, matches}]}. For a rebill/backbill the lines are the
  difference and also carry old_amount and new_amount.
- bill_pdf(bill_id) -> {"filename", "pdf_base64"}: the printed bill (one A4 page).
- run_bills_pdf(run_id, page) -> {"filename", "pdf_base64", "bills", "has_more"}: a run's
  bills as one PDF, at most 200 per call.
- review_queue(page) -> {"rows": [BillRow + account_no, name, amount_at_risk, history:
  [{period, energy_kwh, amount}] (the last three bills)], "total", "has_more"}: bills in
  review of the caller's offices, largest amount at risk (|amount − usual amount|) first.
- release_bills(bill_ids) -> {"released": [id], "already_released": [id]}: each bill posts one
  ledger entry and is settled with prepaid credit; a released bill again is harmless; a
  rejected or cancelled bill refuses the whole call.
- reject_bill(bill_id, reason) -> {"bill": BillRow, "already_rejected": bool}: a bill in
  review becomes void (never in the ledger); the next run of its book bills the point again.
- preview_correction(bill_id, kind, changes) -> Preview: {bill_id, kind, period, old_total,
  new_total, difference, energy_difference, lines: [{segment, code, label, label_zh,
  old_amount, new_amount, amount, explanation}]}. kind: rebill | backbill | refund.
  changes for rebill: {"segment"?: int (1-based, default the last), "readings"?: {register:
  {"previous", "current"}}, "energies"?: {register: kWh}, "multiplier"?, "tariff"?: {"code",
  "version"}, "capacity_kva"?, "contracted_demand_kw"?, "max_demand_kw"?, "power_factor"?};
  for backbill/refund: {"segment"?, "energy_kwh": kWh added / taken off}. A zero difference
  is refused (nothing to correct).
- request_correction(bill_id, kind, changes, reason) -> Correction + {"preview": Preview}.
- list_corrections(criteria {"status"?: pending | approved | rejected}, page) -> {"rows":
  [Correction + account_no, name, bill_amount], "has_more"}.
- get_correction(correction_id) -> Correction + {"preview": Preview | None, "problem"?}.
- approve_correction(correction_id) -> Correction (result_bill_id set): never by the
  requester; posts one ledger adjustment of the difference; a rebill cancels the bill.
- reject_correction(correction_id, reason) -> Correction.

Correction: {id, bill_id, customer_id, office_id, kind, status, period, reason, changes,
difference, energy_difference, requested_by, requested_by_name, requested_at, decided_by,
decided_by_name, decided_at, decision_reason, result_bill_id}.
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
    ("customer_bills", False),
    ("run_bills", False),
    ("get_bill", False),
    ("explain_bill", False),
    ("bill_pdf", False),
    ("run_bills_pdf", False),
    ("review_queue", False),
    ("release_bills", True),
    ("reject_bill", True),
    ("preview_correction", False),
    ("request_correction", True),
    ("list_corrections", False),
    ("get_correction", False),
    ("approve_correction", True),
    ("reject_correction", True),
)

BILL_KINDS = ("regular", "rebill", "backbill")
BILL_STATUSES = ("review", "released", "cancelled", "rejected")
CORRECTION_KINDS = ("rebill", "backbill", "refund")
CORRECTION_STATUSES = ("pending", "approved", "rejected")
