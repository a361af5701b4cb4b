"""Intents of the tariff calculator -> task runner -> view.

``build_request`` (pure, tested without widgets) turns the form's texts into the rating
request of docs/rating.md; the server checks every value (decimal strings, never floats).

Signals:
    ready(): the approved tariffs are in the combo.
    calculated(dict): a result is shown.
    failed(str): the server refused the request (the message is shown).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from appserver.contract import api as contract
from appserver.contract.errors import UserError
from client.billing.tariff_calc_view import TOU_PERIODS, CalculatorView
from client.core.context import AppContext
from client.core.errors import show_error

# form key -> (where in the request, request key)
_SEGMENT_FIELDS = {"capacity": "capacity_kva", "max_demand": "max_demand_kw",
                   "contracted_demand": "contracted_demand_kw", "transformer": "transformer_kva"}
_REGISTERS = ("total", *TOU_PERIODS, "reactive")


def build_request(code: str, values: dict[str, str]) -> dict[str, Any]:
    """The rating request for one whole-period segment; blank fields are left out (the
    engine says which one it needs). Texts are passed on as typed: the server validates."""
    segment: dict[str, Any] = {"registers": {k: values[k] for k in _REGISTERS
                                             if values.get(k)}}
    days = values.get("days", "")
    if days:
        segment["days"] = int(days) if days.isdigit() and len(days) <= 3 else days
    for key, name in _SEGMENT_FIELDS.items():
        if values.get(key):
            segment[name] = values[key]
    request: dict[str, Any] = {"tariff": code, "segments": [segment]}
    if values.get("period"):
        request["period"] = values["period"]
    if values.get("ytd"):
        request["ytd_kwh"] = values["ytd"]
    return request


def inputs_for(versions: list[dict[str, Any]], period: str) -> dict[str, Any]:
    """The inputs of the approved version effective on the first day of ``period`` (the one
    the server will rate with), else of the latest approved version."""
    approved = [v for v in versions if v["status"] == "approved"]
    day = f"{period}-01"
    for v in approved:
        if v["effective_from"] <= day and (v["effective_to"] is None
                                           or day <= v["effective_to"]):
            return dict(v.get("inputs") or {})
    return dict(approved[-1].get("inputs") or {}) if approved else {}


class CalculatorPresenter(QObject):
    ready = Signal()
    calculated = Signal(dict)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, view: CalculatorView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.versions: dict[str, list[dict[str, Any]]] = {}
        view.tariff_changed.connect(self._tariff_changed)
        view.period.editingFinished.connect(lambda: self._tariff_changed(view.code()))
        view.calculate_requested.connect(self.calculate)

    def _submit(self, key: str, fn: Any, on_done: Any, on_error: Any) -> None:
        view = self.view  # an answer after the page was closed (log out) has nowhere to go
        self.ctx.runner.submit(key, fn,
                               lambda result: on_done(result) if shiboken6.isValid(view) else None,
                               lambda exc: on_error(exc) if shiboken6.isValid(view) else None)

    def load(self) -> None:
        gateway = self.ctx.gateway
        self._submit("tariffs.calculator.list",
                     lambda: gateway.call(contract.OBJECT_BILLING, "list_tariffs"),
                     self._listed, lambda exc: show_error(self.view, exc))

    def _listed(self, result: dict[str, Any]) -> None:
        approved = [t for t in result["tariffs"]
                    if any(v["status"] == "approved" for v in t["versions"])]
        self.versions = {t["code"]: t["versions"] for t in approved}
        self.view.set_tariffs(approved)
        self._tariff_changed(self.view.code())
        self.ready.emit()

    def _tariff_changed(self, code: str) -> None:
        self.view.show_fields(inputs_for(self.versions.get(code, []),
                                         self.view.period.text().strip()))
        self.view.clear_result()

    def calculate(self) -> None:
        code = self.view.code()
        if not code:
            return
        request = build_request(code, self.view.values())
        gateway = self.ctx.gateway
        self._submit("tariffs.calculator.rate",
                     lambda: gateway.call(contract.OBJECT_BILLING, "calculate", request),
                     self._done, self._failed)

    def _done(self, result: dict[str, Any]) -> None:
        self.view.show_result(result)
        self.calculated.emit(result)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            self.view.show_problem(exc.message, exc.details.get("field"))
            self.failed.emit(exc.message)
        else:
            show_error(self.view, exc)
