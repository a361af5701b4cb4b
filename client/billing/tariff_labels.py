"""Translated words of the tariff screens: statuses, classes, TOU periods, conventions, and
which of the server's two names (English, Chinese) the UI language shows.

Each function spells its strings out as literal ``translate`` calls so lupdate finds them; an
unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

CONTEXT = "TariffLabels"


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def chinese() -> bool:
    """The UI language (install_translations sets the default locale)."""
    return QLocale().language() == QLocale.Language.Chinese


def name(row: dict[str, Any], en: str = "name", zh: str = "name_zh") -> str:
    """A server row's name in the UI language (tariffs and bill lines carry both)."""
    return str(row.get(zh) if chinese() and row.get(zh) else row.get(en) or "")


def status(code: str) -> str:
    return {
        "draft": translate("Draft"),
        "pending": translate("Waiting for approval"),
        "approved": translate("Approved"),
        "retired": translate("Retired"),
    }.get(code, code)


def customer_class(code: str) -> str:
    return {
        "residential": translate("Residential"),
        "commercial_industrial": translate("General commercial & industrial"),
        "large_industry": translate("Large industry"),
        "agricultural": translate("Agricultural production"),
    }.get(code, code)


def period(code: str) -> str:
    return {
        "critical_peak": translate("Critical peak"),
        "peak": translate("Peak"),
        "flat": translate("Flat"),
        "valley": translate("Valley"),
        "deep_valley": translate("Deep valley"),
    }.get(code, code)


def basis(code: str) -> str:
    return {
        "monthly": translate("monthly blocks"),
        "annual": translate("annual blocks (cumulative over the tier year)"),
        "capacity": translate("by capacity (kVA)"),
        "demand": translate("by maximum demand (kW)"),
    }.get(code, code)


def convention(code: str) -> str:
    return {
        "actual": translate("calendar days of the month"),
        "thirty": translate("30 days a month"),
        "line_half_up": translate("each line rounded half-up to 0.01 yuan"),
        "line_half_even": translate("each line rounded half-even to 0.01 yuan"),
        "basic_energy": translate("basic + energy charges"),
        "basic_energy_surcharges": translate("basic + energy charges + surcharges"),
        "flat": translate("added to the flat period"),
        "pro_rata": translate("shared over the TOU periods"),
        "surcharge": translate("surcharge"),
        "energy": translate("energy"),
    }.get(code, code)


def unit(code: str) -> str:
    return {
        "kWh": translate("kWh"),
        "yuan": translate("yuan"),
        "kVA·month": translate("kVA·month"),
        "kW·month": translate("kW·month"),
        "yuan/kVA·month": translate("yuan/kVA·month"),
        "yuan/kW·month": translate("yuan/kW·month"),
    }.get(code, code)
