"""Translated words of the tariff screens: statuses, classes, TOU periods, conventions, and
which of the server's two names (English, Chinese) the UI language shows.

Each function spells its strings out as literal ``translate`` calls so lupdate finds them; an
unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

CONTEXT = "TariffLabels"


translate = QCoreApplication.translate


def chinese() -> bool:
    """The UI language (install_translations sets the default locale)."""
    return QLocale().language() == QLocale.Language.Chinese


def name(row: dict[str, Any], en: str = "name", zh: str = "name_zh") -> str:
    """A server row's name in the UI language (tariffs and bill lines carry both)."""
    return str(row.get(zh) if chinese() and row.get(zh) else row.get(en) or "")


def status(code: str) -> str:
    return {
        "draft": translate("TariffLabels", "Draft"),
        "pending": translate("TariffLabels", "Waiting for approval"),
        "approved": translate("TariffLabels", "Approved"),
        "retired": translate("TariffLabels", "Retired"),
    }.get(code, code)


def customer_class(code: str) -> str:
    return {
        "residential": translate("TariffLabels", "Residential"),
        "commercial_industrial": translate("TariffLabels", "General commercial & industrial"),
        "large_industry": translate("TariffLabels", "Large industry"),
        "agricultural": translate("TariffLabels", "Agricultural production"),
    }.get(code, code)


def period(code: str) -> str:
    return {
        "critical_peak": translate("TariffLabels", "Critical peak"),
        "peak": translate("TariffLabels", "Peak"),
        "flat": translate("TariffLabels", "Flat"),
        "valley": translate("TariffLabels", "Valley"),
        "deep_valley": translate("TariffLabels", "Deep valley"),
    }.get(code, code)


def basis(code: str) -> str:
    return {
        "monthly": translate("TariffLabels", "monthly blocks"),
        "annual": translate("TariffLabels", "annual blocks (cumulative over the tier year)"),
        "capacity": translate("TariffLabels", "by capacity (kVA)"),
        "demand": translate("TariffLabels", "by maximum demand (kW)"),
    }.get(code, code)


def convention(code: str) -> str:
    return {
        "actual": translate("TariffLabels", "calendar days of the month"),
        "thirty": translate("TariffLabels", "30 days a month"),
        "line_half_up": translate("TariffLabels", "each line rounded half-up to 0.01 yuan"),
        "line_half_even": translate("TariffLabels", "each line rounded half-even to 0.01 yuan"),
        "basic_energy": translate("TariffLabels", "basic + energy charges"),
        "basic_energy_surcharges": translate("TariffLabels", "basic + energy charges + surcharges"),
        "flat": translate("TariffLabels", "added to the flat period"),
        "pro_rata": translate("TariffLabels", "shared over the TOU periods"),
        "surcharge": translate("TariffLabels", "surcharge"),
        "energy": translate("TariffLabels", "energy"),
    }.get(code, code)


def unit(code: str) -> str:
    return {
        "kWh": translate("TariffLabels", "kWh"),
        "yuan": translate("TariffLabels", "yuan"),
        "kVA·month": translate("TariffLabels", "kVA·month"),
        "kW·month": translate("TariffLabels", "kW·month"),
        "yuan/kVA·month": translate("TariffLabels", "yuan/kVA·month"),
        "yuan/kW·month": translate("TariffLabels", "yuan/kW·month"),
    }.get(code, code)
