"""Translated labels for the codes the server sends (class, status, match kind, ...).

Each function spells its strings out as literal ``translate`` calls so lupdate finds them;
an unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def customer_class(code: str) -> str:
    return {
        "residential": translate("Labels", "Residential"),
        "commercial": translate("Labels", "Commercial"),
        "large_industry": translate("Labels", "Large industry"),
        "agriculture": translate("Labels", "Agriculture"),
    }.get(code, code)


def status(code: str) -> str:
    return {
        "active": translate("Labels", "Active"),
        "suspended": translate("Labels", "Suspended"),
        "closed": translate("Labels", "Closed"),
    }.get(code, code)


def matched_by(code: str) -> str:
    return {
        "account": translate("Labels", "Account no."),
        "mobile": translate("Labels", "Mobile"),
        "landline": translate("Labels", "Landline"),
        "meter": translate("Labels", "Meter serial"),
        "name": translate("Labels", "Name"),
        "address": translate("Labels", "Address"),
    }.get(code, code)


def id_doc_type(code: str) -> str:
    return {
        "id_card": translate("Labels", "Resident ID card"),
        "business_license": translate("Labels", "Business licence"),
        "passport": translate("Labels", "Passport"),
        "other": translate("Labels", "Other document"),
    }.get(code, code)


def metering_mode(code: str) -> str:
    return {
        "hv_hv": translate("Labels", "HV supply, HV metering"),
        "hv_lv": translate("Labels", "HV supply, LV metering"),
        "lv_lv": translate("Labels", "LV supply, LV metering"),
    }.get(code, code)


def purpose(code: str) -> str:
    return {
        "billing": translate("Labels", "Billing"),
        "check": translate("Labels", "Check metering"),
        "sub": translate("Labels", "Sub-metering"),
    }.get(code, code)


def register(code: str) -> str:
    return {
        "total": translate("Labels", "Total"),
        "peak": translate("Labels", "Peak"),
        "flat": translate("Labels", "Flat"),
        "valley": translate("Labels", "Valley"),
        "sharp": translate("Labels", "Sharp peak"),
        "reactive": translate("Labels", "Reactive"),
        "demand": translate("Labels", "Demand"),
    }.get(code, code)


def contact_field(code: str) -> str:
    return {
        "phone_mobile": translate("Labels", "Mobile"),
        "phone_landline": translate("Labels", "Landline"),
        "contact_person": translate("Labels", "Contact person"),
        "mail_address": translate("Labels", "Mailing address"),
    }.get(code, code)


def server_role(code: str) -> str:
    return {
        "primary": translate("Labels", "primary"),
        "standby": translate("Labels", "standby"),
    }.get(code, code)


def history_action(method: str) -> str:
    return {
        "customers.update_contact": translate("Labels", "Contact changed"),
    }.get(method, method)


def industry(code: str) -> str:
    return {
        "manufacturing": translate("Labels", "Machinery manufacturing"),
        "textiles": translate("Labels", "Textiles"),
        "food": translate("Labels", "Food processing"),
        "chemicals": translate("Labels", "Chemicals"),
        "building_materials": translate("Labels", "Building materials"),
        "electronics": translate("Labels", "Electronics"),
        "trade": translate("Labels", "Trade"),
        "hospitality": translate("Labels", "Hotels and catering"),
        "logistics": translate("Labels", "Logistics"),
        "pharmaceuticals": translate("Labels", "Pharmaceuticals"),
        "agriculture": translate("Labels", "Agriculture"),
    }.get(code, code)


def meter_type(name: str) -> str:
    """Meter types arrive as the catalogue's Chinese names; English users get English."""
    return {
        "单相智能电能表": translate("Labels", "Single-phase smart meter"),
        "三相智能电能表": translate("Labels", "Three-phase smart meter"),
    }.get(name, name)
