"""The customer statement (客户对账单) as an A4 PDF in the caller's language: header, bills,
payments, 12 months of consumption with a bar chart, open debts today and the balance.

Built with platypus (flowing tables over as many pages as the history needs) in the embedded
CJK font of ``appserver.core.pdf``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from appserver.contract.codec import period_to_wire
from appserver.core.pdf import cjk_font, style, yuan
from appserver.service.statement_data import Statement

# label -> (English, 简体中文)
LABELS: dict[str, tuple[str, str]] = {
    "title": ("Customer statement", "客户对账单"),
    "office": ("Office", "营业所"), "account": ("Account", "户号"), "name": ("Customer", "户名"),
    "address": ("Supply address", "用电地址"), "class": ("Class", "用电类别"),
    "tariff": ("Tariff", "电价"), "meter": ("Meter", "电能表"),
    "range": ("Period", "对账期间"), "printed": ("Printed", "打印时间"),
    "by": ("Printed by", "经办人"),
    "bills": ("Bills", "电费账单"), "period": ("Period", "电费年月"), "kwh": ("kWh", "电量(kWh)"),
    "amount": ("Amount (yuan)", "金额(元)"), "due": ("Due", "缴费截止日"),
    "status": ("Status", "状态"), "paid": ("paid", "已结清"),
    "part": ("part paid, open {open}", "部分缴纳，尚欠 {open}"),
    "unpaid": ("unpaid", "未缴"), "overdue": ("overdue", "已逾期"),
    "rebill": ("correction", "退补"), "backbill": ("back bill", "追补"),
    "payments": ("Payments", "缴费记录"), "date": ("Date", "日期"),
    "receipt": ("Receipt", "收据号"), "channel": ("Channel", "渠道"),
    "reversed": ("reversed", "已冲正"),
    "consumption": ("Consumption, last 12 months", "近 12 个月用电量"),
    "debts": ("Open debts today", "截至今日欠费明细"), "kind": ("Item", "项目"),
    "kind_bill": ("Electricity bill", "电费"), "kind_penalty": ("Late-payment penalty", "违约金"),
    "kind_adjustment": ("Adjustment", "调整"), "kind_refund": ("Refund", "退款"),
    "kind_reversal": ("Reversal", "冲正"),
    "open": ("Open (yuan)", "欠费(元)"),
    "none": ("None.", "无。"),
    "totals": ("Totals", "合计"),
    "billed": ("Billed in the period", "期间应收电费"),
    "paid_in": ("Paid in the period", "期间实收"),
    "arrears": ("Arrears today", "当前欠费"),
    "penalties": ("of which penalties", "其中违约金"),
    "balance": ("Balance today (owed; negative = prepaid)",
                "当前账户余额（正数为欠费，负数为预存）"),
    "penalty_due": ("Late-payment penalty accrued to today, not yet posted",
                    "截至今日应计未入账的违约金"),
    "total_due": ("To settle the account today", "今日结清应缴金额"),
    "footer": ("This statement lists the records of the marketing system at the time of "
               "printing.", "本对账单依据打印时营销系统记录生成，如有疑问请咨询营业厅。"),
}


def render(s: Statement, *, chinese: bool, printed_at: str, printed_by: str,
           class_name: str, channel_names: dict[str, str]) -> bytes:
    t = _labeller(chinese)
    font = cjk_font()
    body, small = style("stmt-body", 9), style("stmt-small", 7.5)
    head, title = style("stmt-head", 11, 15), style("stmt-title", 16, 20, alignment=1)
    cell = style("stmt-cell", 8.5)

    def wrap(text: str) -> Paragraph:  # long addresses wrap inside their cell
        return Paragraph(escape(text), cell)

    story: list[Flowable] = [
        Paragraph(escape(s.company), style("stmt-company", 12, 16, alignment=1)),
        Paragraph(t("title"), title), Spacer(1, 3 * mm),
        _grid([[t("account"), s.account_no, t("name"), s.name],
               [t("address"), wrap(s.address), t("class"), class_name],
               [t("tariff"), s.tariff, t("meter"), s.meter],
               [t("office"), s.office, t("range"),
                f"{period_to_wire(s.from_period)} — {period_to_wire(s.to_period)}"],
               [t("printed"), printed_at, t("by"), printed_by]],
              font, [26 * mm, 66 * mm, 22 * mm, 66 * mm], header=False),
        Spacer(1, 4 * mm), Paragraph(t("bills"), head)]
    bill_rows = [[period_to_wire(b.period) + ("" if b.kind == "regular" else f" ({t(b.kind)})"),
                  f"{b.energy_kwh:,}", yuan(b.amount), b.due_on.isoformat(),
                  _bill_status(t, b.open_amount, b.amount, b.due_on < s.today)]
                 for b in s.bills]
    bill_head = [t("period"), t("kwh"), t("amount"), t("due"), t("status")]
    story.append(_grid([bill_head, *bill_rows], font,
                       [28 * mm, 30 * mm, 32 * mm, 28 * mm, 62 * mm], numeric=(1, 2))
                 if bill_rows else Paragraph(t("none"), body))
    story += [Spacer(1, 4 * mm), Paragraph(t("payments"), head)]
    pay_rows = [[p.day.isoformat(), p.receipt_no, channel_names.get(p.channel, p.channel),
                 yuan(p.amount) + (f"  ({t('reversed')})" if p.reversed else "")]
                for p in s.payments]
    story.append(_grid([[t("date"), t("receipt"), t("channel"), t("amount")], *pay_rows],
                       font, [30 * mm, 50 * mm, 40 * mm, 60 * mm], numeric=(3,))
                 if pay_rows else Paragraph(t("none"), body))
    story += [Spacer(1, 4 * mm), Paragraph(t("consumption"), head),
              _grid([[period_to_wire(p)[2:] for p, _ in s.consumption],
                     [f"{k:,.0f}" for _, k in s.consumption]], font, [15 * mm] * 12,
                    numeric=tuple(range(12)), size=7),
              Spacer(1, 2 * mm), _Bars(s.consumption, font)]
    story += [Spacer(1, 4 * mm), Paragraph(t("debts"), head)]
    debt_rows = [[t(f"kind_{d.entry_type}"), period_to_wire(d.period) if d.period else "",
                  d.due_on.isoformat() + (f" ({t('overdue')})" if d.overdue else ""),
                  yuan(d.open_amount)] for d in s.debts]
    story.append(_grid([[t("kind"), t("period"), t("due"), t("open")], *debt_rows], font,
                       [50 * mm, 30 * mm, 50 * mm, 50 * mm], numeric=(3,))
                 if debt_rows else Paragraph(t("none"), body))
    story += [Spacer(1, 4 * mm), Paragraph(t("totals"), head),
              _grid([[t("billed"), yuan(s.billed)], [t("paid_in"), yuan(s.paid)],
                     [t("arrears"), yuan(s.arrears)], [t("penalties"), yuan(s.penalties)],
                     [t("balance"), yuan(s.balance)],
                     [t("penalty_due"), yuan(s.penalty_due)],
                     [t("total_due"), yuan(max(s.total_due, Decimal("0.00")))]],
                    font, [120 * mm, 60 * mm],
                    header=False, numeric=(1,)),
              Spacer(1, 6 * mm), Paragraph(t("footer"), small)]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm, title=t("title"),
                            author=s.company, initialFontName=font)  # not Helvetica
    doc.build(story, onFirstPage=_page_number(font), onLaterPages=_page_number(font))
    return out.getvalue()


Label = Callable[..., str]


def _labeller(chinese: bool) -> Label:
    def t(key: str, **params: object) -> str:
        en, zh = LABELS[key]
        return (zh if chinese else en).format(**params)
    return t


def _bill_status(t: Label, open_amount: Decimal, amount: Decimal, past_due: bool) -> str:
    if open_amount <= 0:
        return t("paid")
    text = t("part", open=yuan(open_amount)) if open_amount < amount else t("unpaid")
    return f"{text} ({t('overdue')})" if past_due else text


def _grid(rows: list[list[Any]], font: str, widths: list[float], *, header: bool = True,
          numeric: tuple[int, ...] = (), size: float = 8.5) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for col in numeric:
        commands.append(("ALIGN", (col, 1 if header else 0), (col, -1), "RIGHT"))
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4ECF5")))
    else:
        commands.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")))
        if len(widths) == 4:
            commands.append(("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#F2F2F2")))
    table.setStyle(TableStyle(commands))
    return table


class _Bars(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """The 12-month consumption as bars, drawn on the canvas in the embedded font (a
    reportlab Drawing would select the unembedded Helvetica for its initial state)."""

    def __init__(self, months: list[tuple[int, Decimal]], font: str) -> None:
        super().__init__()
        self.months, self.font = months, font
        self.width, self.height = 180 * mm, 40 * mm

    def draw(self) -> None:
        c = self.canv
        top = max((k for _, k in self.months), default=Decimal(0)) or Decimal(1)
        left, bottom, plot_h = 10 * mm, 6 * mm, self.height - 12 * mm
        step = (self.width - left) / len(self.months)
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.4)
        c.line(left, bottom, self.width, bottom)
        c.setFont(self.font, 6.5)
        for i, (period, kwh) in enumerate(self.months):
            # Drawing needs plain numbers; the figures are only drawn, never added up.
            h = plot_h * int(kwh * 1000 // top) / 1000
            x = left + i * step + step * 0.2
            c.setFillColor(colors.HexColor("#3A7BC8"))
            c.rect(x, bottom, step * 0.6, h, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawCentredString(x + step * 0.3, bottom - 3 * mm, period_to_wire(period)[2:])
            if kwh:
                c.drawCentredString(x + step * 0.3, bottom + h + 1 * mm, f"{kwh:,.0f}")


def _page_number(font: str) -> Callable[[Any, Any], None]:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 7)
        canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, f"{doc.page}")
        canvas.restoreState()
    return draw
