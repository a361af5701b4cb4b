"""A tariff version's summary (``get_tariff_version``) as HTML in the UI language: what the
engine will bill — blocks, TOU prices, basic charge, power factor standard, per-kWh charges
with their exemptions, fixed/minimum/percentage charges, the loss table and conventions."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from client.billing import tariff_labels as labels

CONTEXT = "TariffSummary"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    return (f"<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:"
            f"collapse'><tr>{head}</tr>{body}</table>")


def _section(title: str, content: str) -> str:
    return f"<h4>{escape(title)}</h4>{content}"


def summary_html(version: dict[str, Any]) -> str:
    s = version["summary"]
    until = version.get("effective_to") or _t("open-ended")
    parts = [f"<h3>{escape(version['key'])} — {escape(labels.name(version))}</h3>",
             "<p>" + escape(_t("Class: %1 · effective %2 to %3 · %4")
                            .replace("%1", labels.customer_class(version["customer_class"]))
                            .replace("%2", version["effective_from"]).replace("%3", until)
                            .replace("%4", labels.status(version["status"]))) + "</p>",
             _people(version), _energy(s["energy"])]
    parts += [_basic(s["basic"]), _power_factor(s["power_factor"]), _per_kwh(s["per_kwh"]),
              _others(s), _loss(s["loss"]), _conventions(s["conventions"])]
    if s.get("notes"):
        parts.append(_section(_t("Notes"), f"<p>{escape(s['notes'])}</p>"))
    return "".join(p for p in parts if p)


def _people(v: dict[str, Any]) -> str:
    text = _t("Drafted by %1").replace("%1", v.get("drafted_by") or _t("installation"))
    if v.get("approved_by"):
        text += " · " + _t("approved by %1").replace("%1", v["approved_by"])
    if v.get("note"):
        text += " · " + _t("returned: %1").replace("%1", v["note"])
    return f"<p>{escape(text)}</p>"


def _energy(e: dict[str, Any]) -> str:
    out = []
    if e.get("price"):
        out.append(f"<p>{escape(_t('Single price: %1 yuan/kWh').replace('%1', e['price']))}</p>")
    tiers = e.get("tiers")
    if tiers:
        rows = [[str(i), f"{b['from']} – {b['upto'] or '∞'}", b["price"], b["adder"]]
                for i, b in enumerate(tiers["blocks"], start=1)]
        out.append(f"<p>{escape(labels.basis(tiers['basis']))}</p>" + _table(
            [_t("Tier"), _t("kWh"), _t("Price (yuan/kWh)"), _t("TOU adder")], rows))
    tou = e.get("tou")
    if tou:
        rows = [[labels.period(p["period"]), p["price"],
                 _t("%1 × flat").replace("%1", p["ratio"]) if p["ratio"] else ""]
                for p in tou["periods"]]
        need = _t("TOU registers required") if tou["required"] else _t(
            "TOU optional: total-only usage is billed at the price or tiers above")
        out.append(f"<p>{escape(need)}</p>" + _table(
            [_t("Period"), _t("Price (yuan/kWh)"), _t("Ratio")], rows))
    return _section(_t("Energy charge"), "".join(out))


def _basic(b: dict[str, Any] | None) -> str:
    if b is None:
        return ""
    text = f"{labels.basis(b['basis'])}: {b['price']} {labels.unit(b['unit'])}"
    rule = b.get("demand_rule")
    if rule:
        text += " · " + _t("rule %1: at least %2 × contracted demand").replace(
            "%1", rule["name"]).replace("%2", rule["floor_ratio"])
        if rule.get("excess_threshold_ratio"):
            text += ", " + _t("above %1 × contracted at %2 × price").replace(
                "%1", rule["excess_threshold_ratio"]).replace("%2", rule["excess_multiplier"])
    return _section(_t("Basic charge"), f"<p>{escape(text)}</p>")


def _power_factor(pf: dict[str, Any] | None) -> str:
    if pf is None:
        return ""
    text = _t("Standard %1, applied to %2").replace("%1", pf["standard"]).replace(
        "%2", labels.convention(pf["base"]))
    return _section(_t("Power factor adjustment"), f"<p>{escape(text)}</p>")


def _per_kwh(items: list[dict[str, Any]]) -> str:
    if not items:
        return ""
    rows = [[labels.name(c, "label", "label_zh"), labels.convention(c["kind"]), c["rate"],
             ", ".join(labels.customer_class(x) for x in c["exempt_classes"]) or "—"]
            for c in items]
    return _section(_t("Per-kWh charges and surcharges"), _table(
        [_t("Item"), _t("Kind"), _t("Rate (yuan/kWh)"), _t("Exempt classes")], rows))


def _others(s: dict[str, Any]) -> str:
    rows = [[labels.name(c, "label", "label_zh"), _t("%1 yuan a month").replace(
        "%1", c["amount"])] for c in s["fixed"]]
    if s.get("minimum"):
        rows.append([_t("Minimum charge"), _t("%1 yuan a month").replace(
            "%1", s["minimum"]["amount"])])
    rows += [[labels.name(c, "label", "label_zh"), _t("%1 of every line before it").replace(
        "%1", c["rate"])] for c in s["percentage"]]
    if not rows:
        return ""
    return _section(_t("Fixed, minimum and percentage charges"),
                    _table([_t("Item"), _t("Amount")], rows))


def _loss(loss: dict[str, Any] | None) -> str:
    if loss is None:
        return ""
    rows = [[r["kva"], r["kwh_per_month"]] for r in loss["rows"]]
    return _section(_t("Transformer loss table"),
                    f"<p>{escape(labels.convention(loss['allocation']))}</p>"
                    + _table([_t("Transformer (kVA)"), _t("Loss (kWh a month)")], rows))


def _conventions(c: dict[str, Any]) -> str:
    text = " · ".join([
        _t("days: %1").replace("%1", labels.convention(c["day_count"])),
        _t("rounding: %1").replace("%1", labels.convention(c["rounding"])),
        _t("derived kWh to %1 places").replace("%1", str(c["quantity_places"])),
        _t("derived prices to %1 places").replace("%1", str(c["price_places"]))])
    return _section(_t("Conventions"), f"<p>{escape(text)}</p>")
