"""The cash close report (收费日结单) as a PDF: totals per tender type, expected and counted cash,
the difference, then every payment and reversal of the day. Until the clerk has closed, the
report is marked provisional."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from appserver.contract.codec import date_to_wire
from appserver.core.dates import OFFICE_ZONE
from appserver.core.pdf import cjk_font, pdf_result, style, yuan
from appserver.payments.receipt_pdf import TENDER_LABELS
from dbschema.models import CashClose

if TYPE_CHECKING:
    from appserver.payments.cash_close import Day


def _grid(rows: list[list[Any]], widths: list[float], head: bool = True) -> Table:
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), cjk_font(), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
    table.setStyle(TableStyle(commands))
    return table


def render(day: Day, close: CashClose | None) -> dict[str, str]:
    name = f"cash-close-{day.clerk_id}-{date_to_wire(day.business_date)}.pdf"
    return pdf_result(name, build(day, close))


def build(day: Day, close: CashClose | None) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"Cash close {day.clerk} {day.business_date}", author="PMIS",
                            initialFontName=cjk_font())  # else Helvetica, not embedded
    state = "已日结 Closed" if close else "未日结（临时） Provisional — not closed"
    story: list[Any] = [
        Paragraph("收费日结单 Daily cash close", style("t", 16, alignment=1)),
        Spacer(1, 3 * mm),
        Paragraph(f"收费员 Clerk: {day.clerk}　营业厅 Hall: {day.office_name}　"
                  f"营业日期 Date: {date_to_wire(day.business_date)}　{state}", style("h", 9)),
        Spacer(1, 3 * mm),
    ]
    head = ["缴费方式 Tender", "笔数 Count", "收款 Payments", "冲正笔数 Reversals",
            "冲正金额 Reversed", "净额 Net"]
    rows: list[list[Any]] = [head]
    for key, t in sorted(day.tenders.items()):
        rows.append([TENDER_LABELS.get(key, key), t.payment_count, yuan(t.payments_total),
                     t.reversal_count, yuan(t.reversals_total), yuan(t.net_total)])
    tot = day.totals
    rows.append(["合计 Total", tot.payment_count, yuan(tot.payments_total), tot.reversal_count,
                 yuan(tot.reversals_total), yuan(tot.net_total)])
    story += [_grid(rows, [40, 22, 30, 28, 30, 30]), Spacer(1, 4 * mm)]
    cash = [["应有现金 Expected cash", yuan(day.expected_cash)]]
    if close is not None:
        closed_at = close.closed_at.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M")
        cash += [["清点现金 Counted cash", yuan(close.counted_cash)],
                 ["差额 Difference", yuan(close.difference)],
                 ["日结时间 Closed at", closed_at]]
        if close.note:
            cash.append(["备注 Note", Paragraph(close.note, style("n", 8.5))])
    story += [_grid(cash, [60, 60], head=False), Spacer(1, 5 * mm)]
    story.append(Paragraph("收款明细 Payments", style("s", 11)))
    lines: list[list[Any]] = [["收据号 Receipt", "时间 Time", "客户 Customer", "方式 Tender",
                               "金额 Amount"]]
    for r in day.payments:
        p = r[0]
        lines.append([p.receipt_no, p.received_at.astimezone(OFFICE_ZONE).strftime("%H:%M:%S"),
                      Paragraph(f"{r.account_no} {r.customer_name}", style("c", 8)),
                      TENDER_LABELS.get(p.tender_type, p.tender_type), yuan(p.amount)])
    story += [_grid(lines, [42, 20, 64, 26, 28]), Spacer(1, 4 * mm)]
    if day.reversals:
        story.append(Paragraph("冲正明细 Reversals", style("s2", 11)))
        rev: list[list[Any]] = [["收据号 Receipt", "客户 Customer", "原因 Reason",
                                 "审批 Approved by", "金额 Amount"]]
        for r in day.reversals:
            rev.append([r[1].receipt_no, Paragraph(f"{r.account_no} {r.name}", style("c2", 8)),
                        Paragraph(r[0].reason, style("c3", 8)), r.decided_by_name or "",
                        yuan(r[1].amount)])
        story.append(_grid(rev, [42, 46, 46, 26, 20]))
    story += [Spacer(1, 10 * mm),
              Paragraph("收费员签字 Clerk ____________　　复核 Supervisor ____________",
                        style("sig", 9))]
    doc.build(story)
    return buf.getvalue()
