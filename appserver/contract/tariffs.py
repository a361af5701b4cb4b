"""Wire contract of the tariffs methods: the exposed methods (name, is_write) and their shapes.

Shapes: money and quantities are decimal strings, periods "YYYY-MM", dates ISO-8601.

``VersionRow`` (one tariff version)::

    {"id": int, "code": str, "version": int, "key": "CODE@N", "name": str, "name_zh": str,
     "customer_class": "residential" | "commercial_industrial" | "large_industry" |
                       "agricultural",
     "effective_from": "YYYY-MM-DD", "effective_to": "YYYY-MM-DD" | None (open-ended),
     "status": "draft" | "pending" | "approved" | "retired",
     "drafted_by_id": int | None (None: installed from the shipped files),
     "drafted_by": str, "drafted_at": ISO timestamp, "approved_by": str,
     "approved_at": ISO timestamp | None, "note": str (the reason of the last rejection)}

``Inputs`` (what the calculator asks for with this version)::

    {"tou": None | "required" | "optional", "tou_periods": [period, ...],
     "annual_tiers": bool, "monthly_tiers": bool, "basic": None | "capacity" | "demand",
     "contracted_demand": bool, "power_factor": bool, "loss_kva": ["400", ...]}

Methods (``pmis.billing``):

- ``list_tariffs()`` -> ``{"tariffs": [{"code", "name", "name_zh", "customer_class",
  "versions": [VersionRow (+ "inputs": Inputs on approved versions), ...]}]}`` — codes
  sorted, versions by number; the code's names are its latest version's. tariff.read
- ``get_tariff_version(version_id)`` -> VersionRow + ``{"body": TOML text, "file_name":
  "CODE.vN.toml", "inputs": Inputs, "summary": {"energy": {"price", "tiers": {"basis",
  "blocks": [{"from", "upto" | None, "price", "adder"}]} | None, "tou": {"required",
  "flat_price", "periods": [{"period", "price", "ratio" | None}]} | None}, "basic": {"basis",
  "price", "unit", "demand_rule": {"name", "floor_ratio", "excess_threshold_ratio",
  "excess_multiplier"} | None} | None, "power_factor": {"standard", "base"} | None,
  "per_kwh": [{"code", "label", "label_zh", "rate", "kind", "exempt_classes": [...]}],
  "fixed": [{"code", "label", "label_zh", "amount"}], "minimum": {"amount"} | None,
  "percentage": [{"code", "label", "label_zh", "rate"}], "loss": {"allocation", "rows":
  [{"kva", "kwh_per_month"}]} | None, "conventions": {"day_count", "rounding",
  "quantity_places", "price_places"}, "notes": str}}``. tariff.read
- ``draft_tariff(toml_text)`` -> VersionRow: a new draft (a new code, or the next version of
  a code). The text is parsed and validated by the rating engine; its errors name the field
  (``details["field"]``) in the caller's language. The version number must be above every
  existing version of the code; the dates must not overlap an approved or pending version,
  except the open-ended approved version it follows (approval ends that one). tariff.edit
- ``edit_tariff_draft(version_id, toml_text)`` -> VersionRow: replace a draft's text (same
  code); the editor becomes its drafter. tariff.edit
- ``submit_tariff(version_id)`` -> VersionRow: draft -> pending. tariff.edit
- ``withdraw_tariff(version_id)`` -> VersionRow: pending -> draft. tariff.edit
- ``approve_tariff(version_id)`` -> VersionRow: pending -> approved, by someone other than
  the drafter (a CHECK constraint holds it too); the open-ended approved version it follows
  gets ``effective_to`` = its ``effective_from`` − 1 day (column and TOML body).
  tariff.approve
- ``reject_tariff(version_id, reason)`` -> VersionRow: pending -> draft with ``note`` =
  reason (1–200 characters); not by the drafter. tariff.approve
- ``export_tariff(version_id)`` -> ``{"file_name": "CODE.vN.toml", "text": TOML, "status"}``.
  tariff.read
- ``import_tariff(file_name, toml_text)`` -> VersionRow: a file's text as a new draft (same
  rules as ``draft_tariff``; errors start with the file name). tariff.edit
- ``calculate(request)`` -> the engine's response (docs/rating.md "Response JSON"):
  ``{"segments": [{"segment", "tariff", "days", "days_in_period", "energy_kwh",
  "subtotal"}], "lines": [{"segment", "code", "kind", "label", "label_zh", "quantity",
  "unit", "unit_price", "amount", "proration", "explanation": {"rule", "inputs",
  "table_row", "rounding", "text"}}], "total", "tariffs": [{"key", "code", "version",
  "name", "name_zh", "customer_class"}]}``. ``request`` is the request JSON of
  ``python -m appserver.billing.rating`` (numbers as strings or ints, never floats; at most
  2,000 values, 8 levels, 2,000 characters per text); tariffs by code come from the
  approved versions. tariff.read
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
    ("list_tariffs", False),
    ("get_tariff_version", False),
    ("draft_tariff", True),
    ("edit_tariff_draft", True),
    ("submit_tariff", True),
    ("withdraw_tariff", True),
    ("approve_tariff", True),
    ("reject_tariff", True),
    ("export_tariff", False),
    ("import_tariff", True),
    ("calculate", False),
)
