"""Reminders and disconnection notices as a PDF: A4, one page per notice, Chinese with
English labels, embedded CJK font.

A disconnection notice states the amount owed, the exact deadline (date and time at the
office), what happens after it and the rules it rests on; a reminder states the amount and
asks for payment. Orders and reconnections print as work slips with the same layout.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from appserver.core.dates import OFFICE_ZONE
from appserver.core.pdf import cjk_font, style, yuan

TITLES = {"reminder": "电费催缴通知书 Payment reminder",
          "disconnection": "欠费停电通知书 Notice of disconnection for arrears",
          "disconnect_order": "欠费停电工作单 Disconnection order",
          "reconnection": "复电工作单 Reconnection order"}
CLASS_LABELS = {"residential": "居民 Residential", "commercial": "一般工商业 Commercial",
                "large_industry": "大工业 Large industry", "agriculture": "农业生产 Agriculture"}


@dataclass(frozen=True)
class NoticeFacts:
    kind: str
    notice_no: str
    office_name: str
    account_no: str
    customer_name: str
    address: str
    customer_class: str
    amount: Decimal
    penalty: Decimal
    oldest_due_on: date | None
    issued_at: datetime
    deadline: datetime | None
    notice_hours: int  # the notice period given, for the rules text


def local(moment: datetime) -> str:
    return moment.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M")


def rules_text(f: NoticeFacts) -> list[str]:
    rate = ("居民用户每日按欠费总额的千分之一计收 (residential: 1‰ per day)"
            if f.customer_class == "residential" else
            "当年欠费每日千分之二、跨年欠费每日千分之三 (2‰ per day for the current year, "
            "3‰ for earlier years)")
    lines = [f"1. 逾期未交电费按《供电营业规则》第九十八条加收违约金：{rate}；"
             "违约金总额不足 1 元的按 1 元收取。 Late payment bears a penalty under art. 98 of "
             "the Rules for Electricity Supply; a total below 1 yuan is charged as 1 yuan."]
    if f.kind in ("disconnection", "disconnect_order"):
        period = (f"{f.notice_hours // 24} 日" if f.notice_hours % 24 == 0
                  else f"{f.notice_hours // 24} 日 {f.notice_hours % 24} 小时")
        lines.append(f"2. 欠费逾期超过 30 日且经催缴仍未交清的，供电企业在提前 {period}"
                     "通知后可按规定程序中止供电。 Arrears overdue more than 30 days after a "
                     "reminder may lead to disconnection after this notice period.")
        lines.append("3. 交清全部欠费及违约金后，将在 24 小时内恢复供电。 Supply is restored "
                     "within 24 hours after the arrears are paid in full.")
    return lines


def _facts_table(f: NoticeFacts) -> Table:
    value = style("nv", 10)
    rows: list[list[Any]] = [
        ["通知书编号 Notice no.", f.notice_no],
        ["户号 Account no.", f.account_no],
        ["户名 Customer", Paragraph(f.customer_name, value)],
        ["用电地址 Address", Paragraph(f.address, value)],
        ["用电类别 Class", CLASS_LABELS.get(f.customer_class, f.customer_class)],
        ["欠费总额 Amount owed", f"¥ {yuan(f.amount)}"],
        ["其中违约金 of which penalty", f"¥ {yuan(f.penalty)}"],
        ["最早应缴日 Oldest due date",
         f.oldest_due_on.isoformat() if f.oldest_due_on else "—"],
        ["发出时间 Issued", local(f.issued_at)],
    ]
    if f.deadline is not None:
        rows.append(["缴费期限 Pay by", f"{local(f.deadline)} (北京时间 Beijing time)"])
    table = Table([[Paragraph(a, style("nl", 9)), b] for a, b in rows],
                  colWidths=[50 * mm, 120 * mm])
    highlight = 5 if f.deadline is None else len(rows) - 1
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), cjk_font(), 10),
        ("FONTSIZE", (1, 5), (1, 5), 13), ("LEADING", (1, 5), (1, 5), 16),
        ("FONTSIZE", (1, highlight), (1, highlight), 13),
        ("LEADING", (1, highlight), (1, highlight), 16),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def _page(f: NoticeFacts) -> list[Any]:
    body = style("nb", 10, leading=15)
    if f.kind == "disconnection" and f.deadline is not None:
        intro = (f"尊敬的客户：您的电费已逾期，截至本通知发出时共欠 {yuan(f.amount)} 元。请于 "
                 f"{local(f.deadline)} 前交清，逾期未交清的，我单位将依法中止供电。"
                 f" Dear customer: your account is in arrears of {yuan(f.amount)} yuan. "
                 f"Unless it is paid in full by {local(f.deadline)}, supply will be "
                 "disconnected.")
    elif f.kind == "reminder":
        intro = (f"尊敬的客户：您的电费已逾期，共欠 {yuan(f.amount)} 元，请尽快缴纳。"
                 f" Dear customer: your account is overdue by {yuan(f.amount)} yuan; "
                 "please pay as soon as possible.")
    else:
        intro = ("本工作单由营业所开具，请按规定时限执行。 Work order issued by the office; "
                 "carry it out within the time limit.")
    story: list[Any] = [Paragraph(TITLES[f.kind], style("nt", 16, alignment=1)),
                        Spacer(1, 2 * mm),
                        Paragraph(f.office_name, style("no", 10, alignment=1)),
                        Spacer(1, 6 * mm), Paragraph(intro, body), Spacer(1, 5 * mm),
                        _facts_table(f), Spacer(1, 6 * mm),
                        Paragraph("说明 Rules", style("nh", 11))]
    story += [Paragraph(line, body) for line in rules_text(f)]
    story += [Spacer(1, 10 * mm),
              Paragraph(f"{f.office_name}（盖章 seal）    {local(f.issued_at)[:10]}",
                        style("ns", 10, alignment=2))]
    return story


def build(notices: list[NoticeFacts]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="Arrears notices", author="PMIS",
                            initialFontName=cjk_font())  # no unembedded Helvetica either
    story: list[Any] = []
    for i, facts in enumerate(notices):
        if i:
            story.append(PageBreak())
        story += _page(facts)
    doc.build(story)
    return buf.getvalue()
