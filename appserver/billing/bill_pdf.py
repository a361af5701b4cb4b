"""The printed bill (电费通知单): one A4 page per bill, a run's bills as one PDF.

Drawn on reportlab's canvas rather than with platypus tables: a bill has a fixed layout, and
the canvas is several times faster (the goal is 500 bills per second, see
tests/bench/bench_bill_pdf.py). Every string is in the embedded CJK font (core/pdf.py).

``sheets`` gathers what the bills show (a few queries for any number of bills, each bill
rated again from its stored request for the line explanations); ``render`` only draws.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from appserver.billing import bill_repository as repo
from appserver.billing import bill_service as bills
from appserver.contract.codec import period_to_wire
from appserver.contract.errors import UserError
from appserver.core.dates import business_date
from appserver.core.pdf import cjk_font, pdf_result, yuan
from appserver.core.rpc import Call
from dbschema.models import Bill

# Binary (compressed) streams instead of ASCII85 text: a fifth of the rendering time went
# into reportlab's pure-Python ASCII85 encoder; every PDF reader takes binary streams.
rl_config.useA85 = 0
WIDTH, HEIGHT = A4
LEFT, RIGHT = 42.0, WIDTH - 42.0
SLIP_TOP = 200.0  # the payment slip below the cut line
ROOM_FOR_ROWS = 300.0  # points between the table heads and the totals
REGISTER_NAMES = {"total": "总", "critical_peak": "尖峰", "peak": "峰", "flat": "平",
                  "valley": "谷", "deep_valley": "深谷", "reactive": "无功"}
TITLES = {"regular": "电费通知单", "rebill": "电费更正通知单（退补）",
          "backbill": "电费追补/退费通知单（退补）"}
STATUS_NOTES = {"review": "待审核 — 非正式账单，请勿缴费 / held for review, not payable",
                "rejected": "已作废 / rejected, void",
                "cancelled": "已被更正单取代 / cancelled by a rebill"}


@dataclass(frozen=True)
class SheetLine:
    label: str
    how: str  # one line of arithmetic (quantity × price …) or new − old for a correction
    amount: Decimal


@dataclass(frozen=True)
class SheetReading:
    register: str
    previous: str
    current: str
    multiplier: str
    energy: str


@dataclass(frozen=True)
class BillSheet:
    """Everything one printed bill shows, as plain values."""

    bill_id: int
    kind: str
    status: str
    corrects_bill_id: int | None
    company: str
    office: str
    account_no: str
    name: str
    address: str
    point_code: str
    meter_serial: str
    multiplier: str
    period: str
    issued_on: date
    due_on: date
    energy_kwh: Decimal
    readings: tuple[SheetReading, ...]
    lines: tuple[SheetLine, ...]
    total: Decimal
    previous_balance: Decimal

    @property
    def amount_due(self) -> Decimal:
        return max(self.previous_balance + self.total, Decimal("0.00"))


def sheets(db: Session, bills_: Sequence[Bill], issued_on: date) -> list[BillSheet]:
    parties = repo.parties(db, bills_)
    balances = repo.previous_balances(db, bills_)
    stored = repo.lines(db, [b.id for b in bills_])
    made = []
    for b in bills_:
        explained = bills.recompute(db, b, stored[b.id])
        if not explained.matches:  # never print amounts the bill does not hold
            raise bills.RecomputeMismatch(b.id)
        made.append(sheet(b, parties[b.id], balances[b.id], explained.lines, issued_on))
    return made


def sheet(b: Bill, party: repo.BillParty, previous: Decimal, lines: list[dict[str, Any]],
          issued_on: date) -> BillSheet:
    """One bill's page from the bill, who it is for, the balance before it and its lines as
    explained (bill_service.recompute)."""
    request = bills.request_of(b)
    several = len(request.segments) > 1
    readings = tuple(SheetReading(
        REGISTER_NAMES.get(r["register"], r["register"])
        + (f"（第{r['segment']}段）" if several else ""),
        r["previous"] or "—", r["current"] or "—", bills.trimmed(Decimal(r["multiplier"])),
        bills.trimmed(Decimal(r["energy"])))
        for r in bills.readings(request))
    printed = tuple(SheetLine(line["label_zh"] + (f"（第{line['segment']}段）" if several
                                                  else ""),
                              line["short"], Decimal(line["amount"])) for line in lines)
    return BillSheet(b.id, b.kind, b.status, b.corrects_bill_id, party.company_name,
                     party.office_name, party.account_no, party.name, party.address,
                     party.point_code, party.meter_serial, bills.trimmed(party.multiplier),
                     period_to_wire(b.period), issued_on, b.due_on, b.energy_kwh, readings,
                     printed, b.amount, previous)


# -- drawing ---------------------------------------------------------------------------------

def render(pages: Sequence[BillSheet], title: str = "PMIS bills") -> bytes:
    out = io.BytesIO()
    font = cjk_font()
    # The CJK font from the first operator on: no unembedded standard font in the file.
    canvas = Canvas(out, pagesize=A4, pageCompression=1, invariant=1, initialFontName=font,
                    initialFontSize=9)
    canvas.setTitle(title)
    canvas.setAuthor("PMIS")
    for sheet in pages:
        _Page(canvas, font, sheet).draw()
        canvas.showPage()
    canvas.save()
    return out.getvalue()


class _Page:
    """One bill's page. All text goes into one text object per page (one BT … ET block):
    a text object per string, as ``drawString`` makes, cost a third of the time."""

    def __init__(self, canvas: Canvas, font: str, sheet: BillSheet) -> None:
        self.c, self.font, self.s = canvas, font, sheet
        self.y = HEIGHT - 50
        # Rows get closer together (never off the page) when a bill has many segments.
        self.row = min(13.0, ROOM_FOR_ROWS / max(1, len(sheet.readings) + len(sheet.lines)))
        self.t = canvas.beginText()
        self.size = 0.0

    def text(self, x: float, y: float, value: str, size: float = 9,
             align: str = "left") -> None:
        if size != self.size:
            self.t.setFont(self.font, size)
            self.size = size
        if align != "left":
            width = stringWidth(value, self.font, size)
            x -= width if align == "right" else width / 2
        self.t.setTextOrigin(x, y)
        self.t.textOut(value)

    def draw(self) -> None:
        self.header()
        self.party()
        self.reading_table()
        self.line_table()
        self.totals()
        self.slip()
        self.c.drawText(self.t)

    def header(self) -> None:
        s = self.s
        self.text(WIDTH / 2, self.y, s.company, 16, "centre")
        self.text(WIDTH / 2, self.y - 18, s.office, 10, "centre")
        self.text(WIDTH / 2, self.y - 40, TITLES.get(s.kind, TITLES["regular"]), 14, "centre")
        self.text(RIGHT, self.y - 58, f"账单号 Bill no. {s.bill_id}    账期 Period {s.period}"
                                      f"    出账日期 Issued {s.issued_on.isoformat()}", 8,
                  "right")
        if s.corrects_bill_id is not None:
            self.text(LEFT, self.y - 58, f"更正账单 Corrects bill {s.corrects_bill_id}", 8)
        note = STATUS_NOTES.get(s.status)
        if note:
            self.t.setFillColorRGB(0.75, 0.1, 0.1)
            self.text(WIDTH / 2, self.y - 72, note, 10, "centre")
            self.t.setFillColorRGB(0, 0, 0)
        self.y -= 84
        self.c.line(LEFT, self.y, RIGHT, self.y)

    def party(self) -> None:
        s = self.s
        rows = ((f"户名 Name：{s.name}", f"户号 Account：{s.account_no}"),
                (f"用电地址 Address：{s.address}", ""),
                (f"计量点 Metering point：{s.point_code}",
                 f"电能表 Meter：{s.meter_serial}    倍率 Multiplier：{s.multiplier}"))
        for left, right in rows:
            self.y -= 15
            self.text(LEFT, self.y, left, 9.5)
            if right:
                self.text(WIDTH / 2 + 40, self.y, right, 9.5)
        self.y -= 10

    def reading_table(self) -> None:
        columns = (LEFT, LEFT + 150, LEFT + 250, LEFT + 350, RIGHT)
        self.table_head(("示数 Register", "上次示数 Previous", "本次示数 Current",
                         "倍率 Multiplier", "电量 kWh / kvarh"), columns)
        for r in self.s.readings:
            self.y -= self.row
            self.text(columns[0] + 4, self.y, r.register)
            self.text(columns[2] - 8, self.y, r.previous, align="right")
            self.text(columns[3] - 8, self.y, r.current, align="right")
            self.text(columns[4] - 80, self.y, r.multiplier, align="right")
            self.text(columns[4] - 4, self.y, r.energy, align="right")
        self.y -= 6
        self.c.line(LEFT, self.y, RIGHT, self.y)
        self.y -= 8

    def line_table(self) -> None:
        columns = (LEFT, LEFT + 190, RIGHT - 90, RIGHT)
        self.table_head(("计费项目 Item", "计算 How computed", "金额 Amount (元)"), columns)
        for line in self.s.lines:
            self.y -= self.row
            self.text(columns[0] + 4, self.y, line.label)
            self.text(columns[1] + 4, self.y, line.how, 8)
            self.text(columns[3] - 4, self.y, yuan(line.amount), align="right")
        self.y -= 6
        self.c.line(LEFT, self.y, RIGHT, self.y)

    def table_head(self, titles: tuple[str, ...], columns: tuple[float, ...]) -> None:
        self.y -= 16
        self.c.setFillColorRGB(0.92, 0.94, 0.97)
        self.c.rect(LEFT, self.y - 4, RIGHT - LEFT, 15, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)
        for i, title in enumerate(titles):
            if i == len(titles) - 1:  # the amounts' column, aligned right
                self.text(RIGHT - 4, self.y, title, 8.5, "right")
            else:
                self.text(columns[i] + 4, self.y, title, 8.5)

    def totals(self) -> None:
        s = self.s
        rows = (("本期电量 Energy (kWh)", f"{s.energy_kwh.normalize():f}"),
                ("本期电费 This bill (元)", yuan(s.total)),
                ("上期结余 Previous balance (元)", yuan(s.previous_balance)),
                ("应交金额 Amount due (元)", yuan(s.amount_due)),
                ("缴费截止日期 Due date", s.due_on.isoformat()))
        for i, (label, value) in enumerate(rows):
            self.y -= 15
            size = 11 if i == 3 else 9.5
            self.text(RIGHT - 200, self.y, label, size)
            self.text(RIGHT - 4, self.y, value, size, "right")
        if s.previous_balance < 0:
            self.y -= 13
            self.text(RIGHT - 4, self.y, "预存电费先行抵扣 / prepaid credit is used first", 8,
                      "right")

    def slip(self) -> None:
        s, c = self.s, self.c
        c.setDash(4, 3)
        c.line(LEFT - 10, SLIP_TOP, RIGHT + 10, SLIP_TOP)
        c.setDash()
        self.text(WIDTH / 2, SLIP_TOP + 4, "沿此线剪下 cut here", 7, "centre")
        self.text(WIDTH / 2, SLIP_TOP - 24, "缴费回执联 Payment slip", 13, "centre")
        c.rect(LEFT, 50, RIGHT - LEFT, SLIP_TOP - 90, stroke=1, fill=0)
        rows = ((f"户号 Account：{s.account_no}", f"户名 Name：{s.name}"),
                (f"账期 Period：{s.period}", f"账单号 Bill no.：{s.bill_id}"),
                (f"应交金额 Amount due：{yuan(s.amount_due)} 元",
                 f"缴费截止日期 Due date：{s.due_on.isoformat()}"),
                (f"收款单位 Payee：{s.company}", f"营业所 Office：{s.office}"),
                ("收款人 Received by：__________", "日期 Date：__________"))
        y = SLIP_TOP - 50
        for left, right in rows:
            self.text(LEFT + 10, y, left, 10 if "应交" in left else 9.5)
            self.text(WIDTH / 2 + 20, y, right, 9.5)
            y -= 18


# -- the printing methods ----------------------------------------------------------------------

RUN_PDF_MAX = 200  # bills per batch PDF: a bigger one would pass the wire's message limit


def print_bill(call: Call, bill_id: Any) -> dict[str, Any]:
    b = bills.load_bill(call, bill_id)
    return pdf_result(f"bill-{b.id}-{period_to_wire(b.period)}.pdf",
                      _checked(call, [b], f"Bill {b.id}"))


def print_run(call: Call, run_id: Any, page: Any) -> dict[str, Any]:
    run, _office = bills.load_run(call, run_id)
    p = call.v.mapping(page or {}, "page", ("offset", "limit"))
    offset = call.v.integer(p.get("offset", 0), "offset", 0, 10_000_000)
    limit = call.v.integer(p.get("limit", RUN_PDF_MAX), "limit", 1, RUN_PDF_MAX)
    found = repo.run_bills(call.db, run.id, offset, limit + 1)
    if not found:
        raise UserError(call.msg("bills_run_nothing_to_print"))
    shown = found[:limit]
    data = _checked(call, shown, f"Billing run {run.id}")
    return pdf_result(f"bills-run-{run.id}-{offset + 1}-{offset + len(shown)}.pdf", data) | {
        "bills": len(shown), "has_more": len(found) > limit}


def _checked(call: Call, bills_: Sequence[Bill], title: str) -> bytes:
    try:
        return render(sheets(call.db, bills_, business_date(call.now)), title)
    except bills.RecomputeMismatch as exc:
        raise UserError(call.msg("bills_recompute_mismatch", bill=exc.bill_id),
                        {"bill_id": exc.bill_id}) from None
