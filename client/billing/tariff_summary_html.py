"""A tariff version's summary (``get_tariff_version``) as HTML in the UI language: what the
engine will bill — blocks, TOU prices, basic charge, power factor standard, per-kWh charges
with their exemptions, fixed/minimum/percentage charges, the loss table and conventions."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from client.billing import tariff_labels as labels

CONTEXT = "TariffSummary"


translate = QCoreApplication.translate


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f"<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:"
        f"collapse'><tr>{head}</tr>{body}</table>"
    )


def _section(title: str, content: str) -> str:
    return f"<h4>{escape(title)}</h4>{content}"


def summary_html(version: dict[str, Any]) -> str:
    s = version["summary"]
    until = version.get("effective_to") or translate("TariffSummary", "open-ended")
    parts = [
        f"<h3>{escape(version['key'])} — {escape(labels.name(version))}</h3>",
        "<p>"
        + escape(
            translate("TariffSummary", "Class: %1 · effective %2 to %3 · %4")
            .replace("%1", labels.customer_class(version["customer_class"]))
            .replace("%2", version["effective_from"])
            .replace("%3", until)
            .replace("%4", labels.status(version["status"]))
        )
        + "</p>",
        _people(version),
        _energy(s["energy"]),
    ]
    parts += [
        _basic(s["basic"]),
        _power_factor(s["power_factor"]),
        _per_kwh(s["per_kwh"]),
        _others(s),
        _loss(s["loss"]),
        _conventions(s["conventions"]),
    ]
    if s.get("notes"):
        parts.append(_section(translate("TariffSummary", "Notes"), f"<p>{escape(s['notes'])}</p>"))
    return "".join(p for p in parts if p)


def _people(v: dict[str, Any]) -> str:
    if v.get("drafted_by"):
        text = translate("TariffSummary", "Drafted by %1").replace("%1", v["drafted_by"])
    else:
        text = translate("TariffSummary", "Installed from the shipped tariff files")
    if v.get("approved_by"):
        text += " · " + translate("TariffSummary", "approved by %1").replace("%1", v["approved_by"])
    if v.get("note"):
        text += " · " + translate("TariffSummary", "returned: %1").replace("%1", v["note"])
    return f"<p>{escape(text)}</p>"


def _energy(e: dict[str, Any]) -> str:
    out = []
    if e.get("price"):
        single = translate("TariffSummary", "Single price: %1 yuan/kWh")
        out.append(f"<p>{escape(single.replace('%1', e['price']))}</p>")
    tiers = e.get("tiers")
    if tiers:
        with_adder = bool(e.get("tou"))  # adders apply to TOU prices only
        rows = [
            [str(i), f"{b['from']} – {b['upto'] or '∞'}", b["price"]]
            + ([b["adder"]] if with_adder else [])
            for i, b in enumerate(tiers["blocks"], start=1)
        ]
        headers = [
            translate("TariffSummary", "Tier"),
            translate("TariffSummary", "kWh"),
            translate("TariffSummary", "Price (yuan/kWh)"),
        ]
        if with_adder:
            headers.append(translate("TariffSummary", "TOU adder"))
        out.append(f"<p>{escape(labels.basis(tiers['basis']))}</p>" + _table(headers, rows))
    tou = e.get("tou")
    if tou:
        rows = [
            [
                labels.period(p["period"]),
                p["price"],
                translate("TariffSummary", "%1 × flat").replace("%1", p["ratio"])
                if p["ratio"]
                else "",
            ]
            for p in tou["periods"]
        ]
        need = (
            translate("TariffSummary", "TOU registers required")
            if tou["required"]
            else translate(
                "TariffSummary",
                "TOU optional: total-only usage is billed at the price or tiers above",
            )
        )
        out.append(
            f"<p>{escape(need)}</p>"
            + _table(
                [
                    translate("TariffSummary", "Period"),
                    translate("TariffSummary", "Price (yuan/kWh)"),
                    translate("TariffSummary", "Ratio"),
                ],
                rows,
            )
        )
    return _section(translate("TariffSummary", "Energy charge"), "".join(out))


def _basic(b: dict[str, Any] | None) -> str:
    if b is None:
        return ""
    text = f"{labels.basis(b['basis'])}: {b['price']} {labels.unit(b['unit'])}"
    rule = b.get("demand_rule")
    if rule:
        text += " · " + translate(
            "TariffSummary", "rule %1: at least %2 × contracted demand"
        ).replace("%1", rule["name"]).replace("%2", rule["floor_ratio"])
        if rule.get("excess_threshold_ratio"):
            text += ", " + translate(
                "TariffSummary", "above %1 × contracted at %2 × price"
            ).replace("%1", rule["excess_threshold_ratio"]).replace("%2", rule["excess_multiplier"])
    return _section(translate("TariffSummary", "Basic charge"), f"<p>{escape(text)}</p>")


def _power_factor(pf: dict[str, Any] | None) -> str:
    if pf is None:
        return ""
    text = (
        translate("TariffSummary", "Standard %1, applied to %2")
        .replace("%1", pf["standard"])
        .replace("%2", labels.convention(pf["base"]))
    )
    return _section(translate("TariffSummary", "Power factor adjustment"), f"<p>{escape(text)}</p>")


def _per_kwh(items: list[dict[str, Any]]) -> str:
    if not items:
        return ""
    rows = [
        [
            labels.name(c, "label", "label_zh"),
            labels.convention(c["kind"]),
            c["rate"],
            ", ".join(labels.customer_class(x) for x in c["exempt_classes"]) or "—",
        ]
        for c in items
    ]
    return _section(
        translate("TariffSummary", "Per-kWh charges and surcharges"),
        _table(
            [
                translate("TariffSummary", "Item"),
                translate("TariffSummary", "Kind"),
                translate("TariffSummary", "Rate (yuan/kWh)"),
                translate("TariffSummary", "Exempt classes"),
            ],
            rows,
        ),
    )


def _others(s: dict[str, Any]) -> str:
    rows = [
        [
            labels.name(c, "label", "label_zh"),
            translate("TariffSummary", "%1 yuan a month").replace("%1", c["amount"]),
        ]
        for c in s["fixed"]
    ]
    if s.get("minimum"):
        rows.append(
            [
                translate("TariffSummary", "Minimum charge"),
                translate("TariffSummary", "%1 yuan a month").replace("%1", s["minimum"]["amount"]),
            ]
        )
    rows += [
        [
            labels.name(c, "label", "label_zh"),
            translate("TariffSummary", "%1 of every line before it").replace("%1", c["rate"]),
        ]
        for c in s["percentage"]
    ]
    if not rows:
        return ""
    return _section(
        translate("TariffSummary", "Fixed, minimum and percentage charges"),
        _table([translate("TariffSummary", "Item"), translate("TariffSummary", "Amount")], rows),
    )


def _loss(loss: dict[str, Any] | None) -> str:
    if loss is None:
        return ""
    rows = [[r["kva"], r["kwh_per_month"]] for r in loss["rows"]]
    return _section(
        translate("TariffSummary", "Transformer loss table"),
        f"<p>{escape(labels.convention(loss['allocation']))}</p>"
        + _table(
            [
                translate("TariffSummary", "Transformer (kVA)"),
                translate("TariffSummary", "Loss (kWh a month)"),
            ],
            rows,
        ),
    )


def _conventions(c: dict[str, Any]) -> str:
    text = " · ".join(
        [
            translate("TariffSummary", "days: %1").replace("%1", labels.convention(c["day_count"])),
            translate("TariffSummary", "rounding: %1").replace(
                "%1", labels.convention(c["rounding"])
            ),
            translate("TariffSummary", "derived kWh to %1 places").replace(
                "%1", str(c["quantity_places"])
            ),
            translate("TariffSummary", "derived prices to %1 places").replace(
                "%1", str(c["price_places"])
            ),
        ]
    )
    return _section(translate("TariffSummary", "Conventions"), f"<p>{escape(text)}</p>")
