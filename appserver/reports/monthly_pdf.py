"""The monthly revenue and collection report as an A4 PDF (portrait, landscape where the
tables are wide), in the caller's language, with the embedded CJK font in text and charts.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from appserver.contract.codec import period_to_wire
from appserver.core.dates import OFFICE_ZONE
from appserver.core.i18n import msg
from appserver.core.pdf import style, yuan
from appserver.reports import charts
from appserver.reports.pdf_layout import (
    doc_template,
    draw_header,
    frame_width,
    grid,
    numbered_canvas,
)

Flow = list[Any]


class Words:
    """The report's words in one language, and how it writes numbers."""

    def __init__(self, locale: str) -> None:
        self.locale = locale

    def __call__(self, key: str, **params: object) -> str:
        return msg(self.locale, key, **params)

    def cls(self, key: str) -> str:
        return self(f"rep_class_{key}")

    def bucket(self, label: str) -> str:
        return self("rep_pdf_days", bucket=label.replace("181+", ">180").replace("-", "–"))


def kwh(value: Decimal) -> str:
    if value == value.to_integral_value():
        return f"{value:,.0f}"
    return f"{value.quantize(Decimal('0.01')):,}"


def pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}"


def count(value: int) -> str:
    return f"{value:,}"


def _h1(text: str) -> Paragraph:
    return Paragraph(text, style("rep-h1", 12, leading=16))


def _h2(text: str) -> Paragraph:
    return Paragraph(text, style("rep-h2", 10, leading=14))


def _note(text: str) -> Paragraph:
    return Paragraph(text, style("rep-note", 8, leading=11))


def _gap(height: float = 4) -> Spacer:
    return Spacer(1, height * mm)


def _section(title: str, *flowables: Any) -> list[Any]:
    """A heading with its table (and chart) on one page when they fit on one; a heading
    never stays alone at the foot of a page."""
    return [CondPageBreak(40 * mm), KeepTogether([_h2(title), _gap(1.5), *flowables]),
            _gap()]


def _widths(total: float, first: float, n: int) -> list[float]:
    return [first] + [(total - first) / n] * n


class MonthlyReport:
    """Builds the flowables of one report from ``service.build``'s figures."""

    def __init__(self, data: dict[str, Any], locale: str) -> None:
        self.d = data
        self.w = Words(locale)
        self.office = {o["id"]: o["name"] for o in data["offices"]}
        self.portrait = frame_width("portrait")
        self.landscape = frame_width("landscape")

    # -- summary and billing ---------------------------------------------------------------

    def summary(self) -> Flow:
        w, d = self.w, self.d
        rates, ageing = d["rates"]["total"], d["ageing"]["total"]
        rows = [
            (w("rep_pdf_billed_bills"), count(d["billing"]["total"]["bills"])),
            (w("rep_pdf_billed_energy"), kwh(d["billing"]["total"]["energy"])),
            (w("rep_pdf_billed_amount"), yuan(d["billing"]["total"]["amount"])),
            (w("rep_pdf_cash_yuan"), yuan(d["collection"]["total"]["amount"])),
            (w("rep_pdf_settlement_rate"), pct(rates["settlement_rate"])),
            (w("rep_pdf_collection_rate"), pct(rates["collection_rate"])),
            (w("rep_pdf_arrears_customers"), count(ageing["customers_total"])),
            (w("rep_pdf_overdue_arrears"), yuan(ageing["amount_total"])),
            (w("rep_pdf_penalties_net"), yuan(d["penalties"]["total"]["net"])),
            (w("rep_pdf_corrections_net"), yuan(d["corrections"]["total"]["amount"])),
            (w("rep_pdf_review_bills"), count(d["review"]["total"]["bills"])),
        ]
        table = grid([w("rep_pdf_summary"), ""], [list(r) for r in rows], [250, 150],
                     total_rows=0, spans=[("SPAN", (0, 0), (1, 0))])
        title = w("rep_pdf_title")
        names = [d["company"]] if d["unit"]["kind"] == "company" else [d["company"],
                                                                         d["unit"]["name"]]
        sub = " · ".join([*names, period_to_wire(d["period"])])
        return [_h1(title), _gap(1), _note(sub), _note(w("rep_pdf_as_of",
                                                          day=d["as_of"].isoformat())),
                _gap(3), table, _gap()]

    def _bill_rows(self, rows: Sequence[dict[str, Any]], name: Any) -> list[list[Any]]:
        total = self.d["billing"]["total"]["amount"]
        out = []
        for r in rows:
            share = "—" if total <= 0 else f"{r['amount'] * 100 / total:.1f}%"
            out.append([name(r["key"]), count(r["bills"]), kwh(r["energy"]),
                        yuan(r["amount"]), share])
        return out

    def billing(self) -> Flow:
        w, b = self.w, self.d["billing"]
        head = [w("rep_pdf_class"), w("rep_pdf_bills"), w("rep_pdf_energy"),
                w("rep_pdf_amount"), w("rep_pdf_share")]
        t = b["total"]
        total = [w("rep_pdf_total"), count(t["bills"]), kwh(t["energy"]), yuan(t["amount"]),
                 "100.0%" if t["amount"] > 0 else "—"]
        widths = _widths(self.portrait, 150, 4)
        by_class = grid(head, [*self._bill_rows(b["by_class"], w.cls), total], widths)
        head_office = [w("rep_pdf_office"), *head[1:]]
        by_office = grid(head_office, [*self._bill_rows(b["by_office"], self.office.get),
                                       total], widths)
        class_chart = charts.bar_chart(w("rep_pdf_chart_amount_class"),
                                       [w.cls(r["key"]) for r in b["by_class"]],
                                       [[charts.whole(r["amount"]) for r in b["by_class"]]],
                                       width=self.portrait)
        office_names = [self.office[r["key"]] for r in b["by_office"]]
        office_chart = charts.bar_chart(
            w("rep_pdf_chart_amount_office"), office_names,
            [[charts.whole(r["amount"]) for r in b["by_office"]]], width=self.portrait)
        return [*_section(w("rep_pdf_billing") + " · " + w("rep_pdf_by_class"), by_class,
                          _gap(2), class_chart),
                *_section(w("rep_pdf_billing") + " · " + w("rep_pdf_by_office"), by_office,
                          _gap(2), office_chart)]

    # -- collection --------------------------------------------------------------------------

    def collection(self) -> Flow:
        w, c = self.w, self.d["collection"]
        rows = [[w(f"rep_channel_{r['channel']}"), w(f"rep_tender_{r['tender']}"),
                 count(r["payments"]), yuan(r["amount"])] for r in c["by_channel"]]
        t = c["total"]
        rows.append([w("rep_pdf_total"), "", count(t["payments"]), yuan(t["amount"])])
        widths = [150, 130, (self.portrait - 280) / 2, (self.portrait - 280) / 2]
        by_channel = grid([w("rep_pdf_channel"), w("rep_pdf_tender"), w("rep_pdf_payments"),
                           w("rep_pdf_amount")], rows, widths, numeric_from=2)
        names = [f"{w('rep_channel_' + r['channel'])}·{w('rep_tender_' + r['tender'])}"
                 for r in c["by_channel"]]
        pie = charts.pie_chart(w("rep_pdf_chart_channels"), names,
                               [charts.whole(r["amount"]) for r in c["by_channel"]],
                               width=self.portrait)
        office_rows = [[self.office[r["key"]], count(r["payments"]), yuan(r["amount"])]
                       for r in c["by_office"]]
        office_rows.append([w("rep_pdf_total"), count(t["payments"]), yuan(t["amount"])])
        by_office = grid([w("rep_pdf_office"), w("rep_pdf_payments"), w("rep_pdf_amount")],
                         office_rows, _widths(self.portrait, 150, 2))
        same, earlier = c["reversed_in_month"], c["earlier_reversed"]
        moves = grid(["", w("rep_pdf_payments"), w("rep_pdf_amount")], [
            [w("rep_pdf_cash_collected"), count(t["payments"]), yuan(t["amount"])],
            [w("rep_pdf_earlier_reversed"), count(earlier["payments"]),
             yuan(-earlier["amount"])],
            [w("rep_pdf_net_cash"), "", yuan(c["net"])],
            [w("rep_pdf_reversed_in_month"), count(same["payments"]), yuan(same["amount"])],
        ], _widths(self.portrait, 250, 2), total_rows=0)
        return _section(w("rep_pdf_collection") + " · " + w("rep_pdf_by_channel"),
                        by_channel, _gap(2), pie, _gap(2), by_office, _gap(2), moves)

    # -- landscape: comparison, rates, ageing ----------------------------------------------

    def comparison(self) -> Flow:
        w, c = self.w, self.d["comparison"]
        periods = [period_to_wire(p) for p in c["periods"]]
        head = [w("rep_pdf_class")]
        for unit in ("rep_pdf_energy", "rep_pdf_amount"):
            head += [f"{w(unit)}<br/>{w(k)} {p}" for k, p in
                     zip(("rep_pdf_this_month", "rep_pdf_prev_month", "rep_pdf_last_year"),
                         periods, strict=True)]
            head += [w("rep_pdf_vs_prev"), w("rep_pdf_vs_last_year")]

        def line(name: str, r: dict[str, Any]) -> list[Any]:
            return [name, *[kwh(v) for v in r["energy"]], pct(r["energy_vs_prev"]),
                    pct(r["energy_vs_last_year"]), *[yuan(v) for v in r["amount"]],
                    pct(r["amount_vs_prev"]), pct(r["amount_vs_last_year"])]

        rows = [line(w.cls(r["key"]), r) for r in c["by_class"]]
        rows.append(line(w("rep_pdf_total"), c["total"]))
        cash = c["cash"]
        rows.append([w("rep_pdf_cash_collected"), "", "", "", "", "", *[yuan(v) for v in cash],
                     pct(c["cash_vs_prev"]), pct(c["cash_vs_last_year"])])
        widths = [100, 70, 70, 70, 42, 42, 76, 76, 76, 42, 42]  # class, energy ×5, amount ×5
        scale = self.landscape / sum(widths)
        table = grid(head, rows, [x * scale for x in widths], total_rows=2)
        chart = charts.bar_chart(
            w("rep_pdf_chart_comparison"), [w.cls(r["key"]) for r in c["by_class"]],
            [[charts.whole(r["amount"][i]) for r in c["by_class"]] for i in range(3)],
            [f"{w(k)} {p}" for k, p in zip(("rep_pdf_this_month", "rep_pdf_prev_month",
                                            "rep_pdf_last_year"), periods, strict=True)],
            width=self.landscape, height=165)
        return _section(w("rep_pdf_comparison"), table, _gap(2), chart)

    def rates(self) -> Flow:
        w, r = self.w, self.d["rates"]
        keys = ("billed", "settled", "settlement_rate", "opening_overdue", "falling_due",
                "receivables_due", "cash", "collection_rate")
        labels = ("rep_pdf_billed", "rep_pdf_settled", "rep_pdf_settlement_rate",
                  "rep_pdf_opening_overdue", "rep_pdf_falling_due", "rep_pdf_receivables_due",
                  "rep_pdf_cash_collected", "rep_pdf_collection_rate")

        def line(name: str, row: dict[str, Any]) -> list[Any]:
            return [name, *[pct(row[k]) if k.endswith("rate") else yuan(row[k]) for k in keys]]

        rows = [line(self.office[row["key"]], row) for row in r["by_office"]]
        rows.append(line(w("rep_pdf_total"), r["total"]))
        day = self.d["settled_as_of"].isoformat()
        table = grid([w("rep_pdf_office"), *[w(k, day=day) for k in labels]], rows,
                     _widths(self.landscape, 130, len(keys)))
        return _section(w("rep_pdf_rates"), table, _gap(1),
                        _note(w("rep_pdf_def_settlement", day=day)),
                        _note(w("rep_pdf_def_cash_rate")))

    def _ageing_table(self, first: str, rows: Sequence[dict[str, Any]], name: Any) -> Any:
        w, total = self.w, self.d["ageing"]["total"]
        buckets = [w.bucket(b) for b in self.d["ageing"]["buckets"]]
        groups = [*buckets, w("rep_pdf_overdue_total")]
        top = [first]
        for g in groups:
            top += [g, ""]
        top.append(w("rep_pdf_not_due"))
        head = ["", *[w(k) for _ in groups
                         for k in ("rep_pdf_customers_short", "rep_pdf_amount")], ""]
        spans = [("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(len(groups))]
        spans += [("SPAN", (0, 0), (0, 1)), ("SPAN", (13, 0), (13, 1))]

        def line(label: str, r: dict[str, Any]) -> list[Any]:
            cells: list[Any] = [label]
            for n, amount in zip(r["customers"], r["amounts"], strict=True):
                cells += [count(n), yuan(amount)]
            return [*cells, count(r["customers_total"]), yuan(r["amount_total"]),
                    yuan(r["not_due"])]

        body = [line(name(r["key"]), r) for r in rows] + [line(w("rep_pdf_total"), total)]
        widths = [96] + [38, 62] * 6 + [62]
        scale = self.landscape / sum(widths)
        return grid(head, body, [x * scale for x in widths], header_rows=[top], spans=spans,
                    font_size=7.5)

    def ageing(self) -> Flow:
        w, a = self.w, self.d["ageing"]
        by_class = self._ageing_table(w("rep_pdf_class"), a["by_class"], w.cls)
        by_office = self._ageing_table(w("rep_pdf_office"), a["by_office"], self.office.get)
        chart = charts.bar_chart(
            w("rep_pdf_chart_ageing"), [w.bucket(b) for b in a["buckets"]],
            [[charts.whole(r["amounts"][i]) for i in range(5)] for r in a["by_class"]],
            [w.cls(r["key"]) for r in a["by_class"]], width=self.landscape, height=160)
        return [*_section(w("rep_pdf_ageing") + " · " + w("rep_pdf_by_class"), by_class),
                *_section(w("rep_pdf_ageing") + " · " + w("rep_pdf_by_office"), by_office),
                KeepTogether([chart]), _gap(1), _note(w("rep_pdf_def_ageing"))]

    # -- portrait again: the detail ----------------------------------------------------------

    def top_arrears(self) -> Flow:
        w, rows = self.w, self.d["top_arrears"]
        title = w("rep_pdf_top", n=len(rows) if rows else 20)
        if not rows:
            return _section(title, _note(w("rep_pdf_none")))
        body = [[str(i), r["account_no"], r["name"], w.cls(r["customer_class"]),
                 self.office[r["office_id"]], yuan(r["overdue"]),
                 r["oldest_due"].isoformat(), count(r["days_overdue"])]
                for i, r in enumerate(rows, start=1)]
        widths = [22, 58, 140, 72, 78, 70, 58, 40]
        scale = self.portrait / sum(widths)
        table = grid(["#", w("rep_pdf_account"), w("rep_pdf_name"), w("rep_pdf_class"),
                      w("rep_pdf_office"), w("rep_pdf_overdue"), w("rep_pdf_oldest_due"),
                      w("rep_pdf_days_overdue")], body, [x * scale for x in widths],
                     total_rows=0, numeric_from=5)
        return _section(title, table)

    def penalties_and_corrections(self) -> Flow:
        w, p, c = self.w, self.d["penalties"], self.d["corrections"]
        keys = ("charged", "charged_amount", "waived", "waived_amount", "net")

        def pline(name: str, r: dict[str, Any]) -> list[Any]:
            return [name, *[yuan(r[k]) if k.endswith(("amount", "net")) else count(r[k])
                            for k in keys]]

        prows = [pline(self.office[r["key"]], r) for r in p["by_office"]]
        prows.append(pline(w("rep_pdf_total"), p["total"]))
        penalties = grid([w("rep_pdf_office"), *[w(f"rep_pdf_{k}") for k in keys]], prows,
                         _widths(self.portrait, 150, 5))
        crows = [[w(f"rep_fix_{r['key']}"), count(r["entries"]), yuan(r["amount"])]
                 for r in c["by_kind"]]
        crows.append([w("rep_pdf_total"), count(c["total"]["entries"]),
                      yuan(c["total"]["amount"])])
        head = [w("rep_pdf_kind"), w("rep_pdf_entries"), w("rep_pdf_amount")]
        by_kind = grid(head, crows, _widths(self.portrait, 150, 2))
        orows = [[self.office[r["key"]], count(r["entries"]), yuan(r["amount"])]
                 for r in c["by_office"]]
        orows.append(crows[-1])
        by_office = grid([w("rep_pdf_office"), *head[1:]], orows,
                         _widths(self.portrait, 150, 2))
        return [*_section(w("rep_pdf_penalties"), penalties),
                *_section(w("rep_pdf_corrections"), by_kind, _gap(2), by_office)]

    def review(self) -> Flow:
        w, r = self.w, self.d["review"]
        head = [w("rep_pdf_office"), w("rep_pdf_bills"), w("rep_pdf_energy"),
                w("rep_pdf_amount")]
        rows = [[self.office[x["key"]], count(x["bills"]), kwh(x["energy"]), yuan(x["amount"])]
                for x in r["by_office"]]
        t = r["total"]
        rows.append([w("rep_pdf_total"), count(t["bills"]), kwh(t["energy"]),
                     yuan(t["amount"])])
        flow: list[Any] = [grid(head, rows, _widths(self.portrait, 150, 3))]
        if r["reasons"]:
            reasons = [[x["reason"] or "—", count(x["bills"]), yuan(x["amount"])]
                       for x in r["reasons"]]
            flow += [_gap(2), grid([w("rep_pdf_reason"), w("rep_pdf_bills"),
                                    w("rep_pdf_amount")], reasons,
                                   _widths(self.portrait, 250, 2), total_rows=0)]
        return _section(w("rep_pdf_review"), *flow)

    def definitions(self) -> Flow:
        w = self.w
        keys = ("rep_pdf_def_report_date", "rep_pdf_def_billed", "rep_pdf_def_collection",
                "rep_pdf_def_settlement", "rep_pdf_def_cash_rate", "rep_pdf_def_ageing",
                "rep_pdf_def_other")
        day = self.d["settled_as_of"].isoformat()
        body = [Paragraph(w(k, day=day), style("rep-def", 9, leading=13)) for k in keys]
        return [_h2(w("rep_pdf_definitions")), _gap(2),
                *[x for p in body for x in (p, _gap(2))]]

    def story(self) -> Flow:
        return [*self.summary(), *self.billing(), *self.collection(),
                NextPageTemplate("landscape"), PageBreak(), *self.comparison(),
                *self.rates(), *self.ageing(),
                NextPageTemplate("portrait"), PageBreak(), *self.top_arrears(),
                *self.penalties_and_corrections(), *self.review(),
                PageBreak(), *self.definitions()]


def render_monthly(data: dict[str, Any], locale: str, now: datetime, printed_by: str) -> bytes:
    w = Words(locale)
    left = w("rep_pdf_header", company=data["company"], unit=data["unit"]["name"],
             period=period_to_wire(data["period"]))
    if data["unit"]["kind"] == "company":  # not "company · company · period"
        left = left.replace(f"{data['company']} · ", "", 1)
    at = now.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M")
    right = w("rep_pdf_printed", at=at, by=printed_by)
    buffer = io.BytesIO()
    doc = doc_template(buffer, w("rep_pdf_title"),
                       lambda canvas, _doc: draw_header(canvas, left, right))
    doc.build(MonthlyReport(data, locale).story(),
              canvasmaker=numbered_canvas(lambda n, total: w("rep_pdf_page", page=n,
                                                             pages=total)))
    return buffer.getvalue()

