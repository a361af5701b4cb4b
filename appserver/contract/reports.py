"""Wire contract of pmis.reports: the exposed methods (name, is_write) and their shapes.

Shapes: money and quantities are decimal strings, periods "YYYY-MM", dates ISO-8601.

``report_units()`` -> [{"id", "code", "name", "kind": "company"|"bureau"|"office",
"depth": 0 for the company}] — the units the caller may report on, in tree order.

``monthly_revenue_figures(period "YYYY-MM", org_unit_id int)`` -> the report's numbers:
  {"period", "as_of" (the report date: last day of the period, or today before it ends),
   "settled_as_of" (when the settlement of the period's bills is measured: the end of the
   month after the period, when those bills fall due, or today if earlier),
   "unit": {id, code, name, kind}, "company": name, "offices": [{id, code, name}],
   "billing": {"by_class": [Row], "by_office": [Row], "total": Row}
       Row = {"key": class or office id, "bills": int, "energy": kWh, "amount": yuan},
   "review": {"by_office": [Row], "total": Row, "reasons": [{reason, bills, amount}]},
   "comparison": {"periods": [this, previous, same month last year],
       "by_class": [{"key", "energy": [3], "amount": [3], "energy_vs_prev",
                     "energy_vs_last_year", "amount_vs_prev", "amount_vs_last_year"}],
       "total": {same without key}, "cash": [3], "cash_vs_prev", "cash_vs_last_year"}
       (changes in percent, 2 places, null when the earlier figure is zero),
   "collection": {"by_channel": [{channel, tender, payments, amount}],
       "by_office": [{key, payments, amount}], "by_class": [...], "total": {payments, amount},
       "reversed_in_month": {payments, amount}, "earlier_reversed": {payments, amount},
       "net": amount},
   "rates": {"by_office": [RateRow], "total": RateRow}
       RateRow = {key, billed, settled, settlement_rate, opening_overdue, falling_due,
                  receivables_due, cash, collection_rate} (rates in percent, 2 places, or null),
   "ageing": {"buckets": ["1-30", "31-60", "61-90", "91-180", "181+"],
       "by_class": [AgeRow], "by_office": [AgeRow], "total": AgeRow}
       AgeRow = {key, customers: [5 ints], amounts: [5], customers_total, amount_total,
                 not_due},
   "top_arrears": [{customer_id, account_no, name, customer_class, office_id, overdue,
                    oldest_due, days_overdue}] (at most 20),
   "penalties": {"by_office": [{key, charged, charged_amount, waived, waived_amount, net}],
                 "total": {...}},
   "corrections": {"by_kind": [{key: rebill|backbill|cancel|adjustment, entries, amount}],
                   "by_office": [{key, entries, amount}], "total": {entries, amount}}}

``monthly_revenue_pdf(period, org_unit_id)`` -> {"filename", "pdf_base64"} (A4, < 4 MiB).
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
    ("report_units", False),
    ("monthly_revenue_figures", False),
    ("monthly_revenue_pdf", False),
)
