"""The payment receipt (收款收据) as a PDF: A5, Chinese with English labels, embedded font.

It shows the amount in figures and in capital numerals (the customer's protection against a
changed figure), what the money settled, the balance right after it, who took it and where.
A reprint carries "COPY / 副本" across the page; a reversed payment says so.
"""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from appserver.contract.codec import period_to_wire
from appserver.core.dates import OFFICE_ZONE
from appserver.core.pdf import cjk_font, pdf_result, style, yuan
from appserver.payments import counter_repository as repo
from appserver.payments.money_words import capital
from dbschema.models import Payment

TENDER_LABELS = {"cash": "现金 Cash", "card": "银行卡 Card", "cheque": "支票 Cheque",
                 "transfer": "转账 Transfer", "mobile": "移动支付 Mobile",
                 "withholding": "代扣 Withholding"}
ENTRY_LABELS = {"bill": "电费 Bill", "penalty": "违约金 Penalty", "refund": "退款 Refund",
                "adjustment": "调整 Adjustment", "reversal": "冲正 Reversal"}


def render(db: Session, payment: Payment, copy: bool) -> dict[str, str]:
    entry = repo.payment_entry(db, payment.id)
    assert entry is not None, "a payment always has its ledger entry"
    found = repo.customer_with_office(db, payment.customer_id)
    assert found is not None
    customer = found[0]
    reversed_ = repo.reversal_of(db, entry.id) is not None
    facts = {
        "receipt_no": payment.receipt_no,
        "customer": f"{customer.account_no}  {customer.name}",
        "address": customer.address,
        "amount": payment.amount,
        "tender": TENDER_LABELS.get(payment.tender_type, payment.tender_type),
        "tendered": payment.tendered, "change": payment.change_given,
        "settled": _settled(db, entry.id, payment.received_at),
        "balance_after": repo.balance_through(db, payment.customer_id, entry.id),
        "clerk": repo.user_name(db, payment.clerk_id),
        "hall": repo.office_name(db, payment.office_id),
        "time": payment.received_at.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M:%S"),
        "reference": payment.reference,
    }
    data = build(facts, copy=copy, reversed_=reversed_)
    return pdf_result(f"receipt-{payment.receipt_no}{'-copy' if copy else ''}.pdf", data)


def _settled(db: Session, entry_id: int, at: datetime) -> list[tuple[str, Decimal]]:
    rows = []
    for _id, entry_type, period, amount in repo.settled_by(db, entry_id, at):
        label = ENTRY_LABELS.get(entry_type, entry_type)
        rows.append((f"{label} {period_to_wire(period) if period else ''}".strip(), amount))
    return rows


def _balance_text(balance: Decimal) -> str:
    if balance > 0:
        return f"欠费 Owes {yuan(balance)}"
    if balance < 0:
        return f"预存 Prepaid {yuan(-balance)}"
    return "已结清 Settled 0.00"


def build(f: dict[str, Any], copy: bool = False, reversed_: bool = False) -> bytes:
    """The receipt from plain facts (also what the tests and the benchmark feed it)."""
    buf = io.BytesIO()
    font = cjk_font()
    doc = SimpleDocTemplate(buf, pagesize=A5, leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm,
                            title=f"Receipt {f['receipt_no']}", author="PMIS",
                            initialFontName=font)  # else Helvetica, not embedded
    label, value = style("rl", 9), style("rv", 10)
    rows: list[list[Any]] = [
        ["收据号 Receipt no.", f["receipt_no"]],
        ["客户 Customer", f["customer"]],
        ["地址 Address", Paragraph(f["address"], value)],
        ["金额 Amount", f"¥ {yuan(f['amount'])}"],
        ["大写 In words", f"人民币{capital(f['amount'])}"],
        ["缴费方式 Tender", f["tender"]],
    ]
    if f.get("tendered") is not None:
        rows += [["实收 Tendered", yuan(f["tendered"])], ["找零 Change", yuan(f["change"])]]
    if f.get("reference"):
        rows.append(["凭证号 Reference", f["reference"]])
    settled = "\n".join(f"{what}: {yuan(amount)}" for what, amount in f["settled"])
    rows += [["本次结清 Settled", Paragraph(settled.replace("\n", "<br/>") or "—", value)],
             ["缴费后余额 Balance after", _balance_text(f["balance_after"])],
             ["收费员 Clerk", f["clerk"]], ["营业厅 Hall", f["hall"]],
             ["时间 Time", f["time"]]]
    table = Table([[Paragraph(str(a), label), b] for a, b in rows],
                  colWidths=[38 * mm, 86 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 10),
        ("FONTSIZE", (1, 3), (1, 3), 14),
        ("LEADING", (1, 3), (1, 3), 17),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    title = "收款收据 Payment receipt"
    story = [Paragraph(title, style("t", 15, alignment=1)), Spacer(1, 3 * mm)]
    if reversed_:
        story.append(Paragraph("已冲正 REVERSED", style("rv2", 12, alignment=1)))
    story += [table, Spacer(1, 4 * mm),
              Paragraph("请妥善保管本收据。 Please keep this receipt.", style("foot", 8))]

    def mark(canvas: Any, _doc: Any) -> None:
        if copy:
            canvas.saveState()
            canvas.setFont(font, 46)
            canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.25))
            canvas.translate(A5[0] / 2, A5[1] / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, "COPY / 副本")
            canvas.restoreState()

    doc.build(story, onFirstPage=mark, onLaterPages=mark)
    return buf.getvalue()
