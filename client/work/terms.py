"""How the work platform shows the server's codes and clocks, in the user's language.

Deadlines and time left come from the server (``appserver/work/items.py``); this module only
formats them. Unknown codes fall back to the code itself, so a role or source added on the
server still shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "WorkTerms"
DAY_S = 86_400

translate = QCoreApplication.translate


def risk_name(code: str) -> str:
    return {
        "breached": translate("WorkTerms", "Overdue"),
        "near": translate("WorkTerms", "Near breach"),
        "predicted": translate("WorkTerms", "Predicted late"),
        "paused": translate("WorkTerms", "Paused"),
        "ok": translate("WorkTerms", "On time"),
    }.get(code, code)


def source_name(code: str) -> str:
    return {
        "application": translate("WorkTerms", "Application"),
        "complaint": translate("WorkTerms", "Complaint"),
        "fault": translate("WorkTerms", "Fault repair"),
    }.get(code, code)


def role_name(code: str | None) -> str:
    if not code:
        return ""
    return {
        "counter_clerk": translate("WorkTerms", "Counter clerks"),
        "office_head": translate("WorkTerms", "Office head"),
        "service_engineer": translate("WorkTerms", "Service engineers"),
        "metering_technician": translate("WorkTerms", "Metering technicians"),
        "reading_supervisor": translate("WorkTerms", "Reading supervisors"),
        "manager": translate("WorkTerms", "Managers"),
        "admin": translate("WorkTerms", "Administrators"),
    }.get(code, code)


def clock_name(code: str) -> str:
    return {
        "working": translate("WorkTerms", "Working days"),
        "continuous": translate("WorkTerms", "Around the clock"),
    }.get(code, code)


def duration(seconds: int, clock: str) -> str:
    """Clock seconds as "2 d 03:15"; under a day "3:15", or "0:44:59" around the clock
    (a repair crew's minutes matter, and that clock is counted down every second)."""
    days, rest = divmod(abs(seconds), DAY_S)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return translate("WorkTerms", "{days} d {hh:02d}:{mm:02d}").format(
            days=days, hh=hours, mm=minutes
        )
    if clock == "continuous":
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{hours}:{minutes:02d}"


def time_left(seconds: int | None, clock: str) -> str:
    """The time left of an item ("" once finished); overdue: "-0:12 overdue"."""
    if seconds is None:
        return ""
    if seconds < 0:
        return translate("WorkTerms", "-{time} overdue").format(time=duration(seconds, clock))
    return duration(seconds, clock)
