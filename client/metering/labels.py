"""Translated names of the metering codes the server sends (flags, statuses, reasons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def flag(code: str) -> str:
    return {
        "backwards": translate("MeteringTerms", "Lower than last reading"),
        "rollover": translate("MeteringTerms", "Register rolled over"),
        "no_previous": translate("MeteringTerms", "No previous reading"),
        "zero": translate("MeteringTerms", "Zero consumption"),
        "high": translate("MeteringTerms", "Far above history"),
        "low": translate("MeteringTerms", "Far below history"),
        "tou_sum": translate("MeteringTerms", "TOU registers do not add up"),
        "meter_changed": translate("MeteringTerms", "Meter replaced this period"),
        "missing": translate("MeteringTerms", "Missing reading"),
    }.get(code, code)


def flags(codes: list[str]) -> str:
    return "; ".join(flag(c) for c in codes)


def reading_status(code: str | None) -> str:
    if not code:
        return ""
    return {
        "pending": translate("MeteringTerms", "Pending"),
        "valid": translate("MeteringTerms", "Valid"),
        "flagged": translate("MeteringTerms", "Flagged"),
        "approved": translate("MeteringTerms", "Approved"),
        "estimated": translate("MeteringTerms", "Estimated"),
        "reread": translate("MeteringTerms", "Sent for re-read"),
        "superseded": translate("MeteringTerms", "Superseded"),
        "missing": translate("MeteringTerms", "Missing"),
    }.get(code, code)


def plan_status(code: str | None) -> str:
    if not code:
        return translate("MeteringTerms", "No plan")
    return {
        "open": translate("MeteringTerms", "Open"),
        "imported": translate("MeteringTerms", "Imported"),
        "validated": translate("MeteringTerms", "Validated"),
        "billing": translate("MeteringTerms", "Billing"),
        "billed": translate("MeteringTerms", "Billed"),
    }.get(code, code)


def reject_reason(code: str) -> str:
    return {
        "bad_header": translate("MeteringTerms", "Header is not the documented one"),
        "column_count": translate("MeteringTerms", "Wrong number of columns"),
        "bad_serial": translate("MeteringTerms", "Bad meter serial"),
        "bad_date": translate("MeteringTerms", "Bad or out-of-window date"),
        "total_missing": translate("MeteringTerms", "Total is missing"),
        "bad_number": translate("MeteringTerms", "Bad number"),
        "bad_format": translate("MeteringTerms", "Bad format"),
        "unknown_meter": translate("MeteringTerms", "Unknown meter"),
        "duplicate": translate("MeteringTerms", "Meter twice in the file"),
        "no_plan": translate("MeteringTerms", "No reading plan for the period"),
        "plan_billed": translate("MeteringTerms", "Plan already billed"),
        "meter_removed": translate("MeteringTerms", "Meter removed"),
    }.get(code, code)


def register(name: str) -> str:
    return {
        "total": translate("MeteringTerms", "Total"),
        "peak": translate("MeteringTerms", "Peak"),
        "flat": translate("MeteringTerms", "Flat"),
        "valley": translate("MeteringTerms", "Valley"),
        "critical_peak": translate("MeteringTerms", "Critical peak"),
        "deep_valley": translate("MeteringTerms", "Deep valley"),
        "reactive": translate("MeteringTerms", "Reactive"),
        "max_demand": translate("MeteringTerms", "Max demand"),
    }.get(name, name)


def estimated_mark(row: dict[str, object] | None) -> str:
    """What a reading shows beside its value when it was estimated."""
    if row and row.get("estimated"):
        return translate("MeteringTerms", "(estimated)")
    return ""
