"""Translated labels for the codes the server sends (class, status, match kind, ...).

Each function spells its strings out as literal ``translate`` calls so lupdate finds them;
an unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def customer_class(code: str) -> str:
    return {
        "residential": _t("Residential"),
        "commercial": _t("Commercial"),
        "large_industry": _t("Large industry"),
        "agriculture": _t("Agriculture"),
    }.get(code, code)


def status(code: str) -> str:
    return {
        "active": _t("Active"),
        "suspended": _t("Suspended"),
        "closed": _t("Closed"),
    }.get(code, code)


def matched_by(code: str) -> str:
    return {
        "account": _t("Account no."),
        "mobile": _t("Mobile"),
        "landline": _t("Landline"),
        "meter": _t("Meter serial"),
        "name": _t("Name"),
        "address": _t("Address"),
    }.get(code, code)


def id_doc_type(code: str) -> str:
    return {
        "id_card": _t("Resident ID card"),
        "business_license": _t("Business licence"),
        "passport": _t("Passport"),
        "other": _t("Other document"),
    }.get(code, code)


def metering_mode(code: str) -> str:
    return {
        "hv_hv": _t("HV supply, HV metering"),
        "hv_lv": _t("HV supply, LV metering"),
        "lv_lv": _t("LV supply, LV metering"),
    }.get(code, code)


def purpose(code: str) -> str:
    return {
        "billing": _t("Billing"),
        "check": _t("Check metering"),
        "sub": _t("Sub-metering"),
    }.get(code, code)


def register(code: str) -> str:
    return {
        "total": _t("Total"),
        "peak": _t("Peak"),
        "flat": _t("Flat"),
        "valley": _t("Valley"),
        "sharp": _t("Sharp peak"),
        "reactive": _t("Reactive"),
        "demand": _t("Demand"),
    }.get(code, code)


def contact_field(code: str) -> str:
    return {
        "phone_mobile": _t("Mobile"),
        "phone_landline": _t("Landline"),
        "contact_person": _t("Contact person"),
        "mail_address": _t("Mailing address"),
    }.get(code, code)


def server_role(code: str) -> str:
    return {
        "primary": _t("primary"),
        "standby": _t("standby"),
    }.get(code, code)


def history_action(method: str) -> str:
    return {
        "customers.update_contact": _t("Contact changed"),
    }.get(method, method)
