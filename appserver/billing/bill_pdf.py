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
from appserver.billing.rating import RatingRequest
from appserver.billing.tariff_store import approved_catalog
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
    catalog = approved_catalog(db)
    made = []
    for b in bills_:
        explained = bills.recompute(db, b, stored[b.id], catalog)
        if not explained.matches:  # never print amounts the bill does not hold
            raise bills.RecomputeMismatch(b.id)
        made.append(sheet(b, parties[b.id], balances[b.id], explained.lines,
                          explained.request, issued_on))
    return made


def sheet(b: Bill, party: repo.BillParty, previous: Decimal, lines: list[dict[str, Any]],
          request: RatingRequest, issued_on: date) -> BillSheet:
    """One bill's page from the bill, who it is for, the balance before it, its lines as
    explained and its (parsed) stored request (bill_service.recompute)."""
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
# A fixed layout: everything that is the same on every bill (rules, table heads, labels, the
# slip's frame) is drawn once per PDF as a form and placed on each page; a page draws only
# its own values. That halves the strings reportlab encodes per page.

FRAME = "bill-frame"
READINGS_TOP, READINGS_ROOM = 641.0, 82.0  # head baseline; points for the reading rows
LINES_TOP, LINES_ROOM = 526.0, 180.0
TOTALS_TOP = 309.0
READING_COLUMNS = (LEFT + 4, LEFT + 142, LEFT + 242, LEFT + 320, RIGHT - 4)  # x of each
LINE_COLUMNS = (LEFT + 4, LEFT + 194, RIGHT - 4)
TOTAL_LABELS = ("本期电量 Energy (kWh)", "本期电费 This bill (元)",
                "上期结余 Previous balance (元)", "应交金额 Amount due (元)",
                "缴费截止日期 Due date")


def render(pages: Sequence[BillSheet], title: str = "PMIS bills") -> bytes:
    out = io.BytesIO()
    font = cjk_font()
    # The CJK font from the first operator on: no unembedded standard font in the file.
    canvas = Canvas(out, pagesize=A4, pageCompression=1, invariant=1, initialFontName=font,
                    initialFontSize=9)
    canvas.setTitle(title)
    canvas.setAuthor("PMIS")
    _frame(canvas, font)
    for sheet in pages:
        canvas.doForm(FRAME)
        _Page(canvas, font, sheet).draw()
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _frame(canvas: Canvas, font: str) -> None:
    canvas.beginForm(FRAME)
    t = _Text(canvas, font)
    canvas.line(LEFT, 708, RIGHT, 708)
    for top, titles, columns in (
            (READINGS_TOP, ("示数 Register", "上次示数 Previous", "本次示数 Current",
                            "倍率 Multiplier", "电量 kWh / kvarh"), READING_COLUMNS),
            (LINES_TOP, ("计费项目 Item", "计算 How computed", "金额 Amount (元)"),
             LINE_COLUMNS)):
        canvas.setFillColorRGB(0.92, 0.94, 0.97)
        canvas.rect(LEFT, top - 4, RIGHT - LEFT, 15, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        for i, title in enumerate(titles):
            last = i == len(titles) - 1  # the numbers' column, aligned right
            t.put(RIGHT - 4 if last else columns[i], top, title, 8.5,
                  "right" if last else "left")
    canvas.line(LEFT, READINGS_TOP - READINGS_ROOM - 12, RIGHT, READINGS_TOP - READINGS_ROOM - 12)
    canvas.line(LEFT, LINES_TOP - LINES_ROOM - 12, RIGHT, LINES_TOP - LINES_ROOM - 12)
    for i, label in enumerate(TOTAL_LABELS):
        t.put(RIGHT - 200, TOTALS_TOP - 15 * i, label, 11 if i == 3 else 9.5)
    canvas.setDash(4, 3)
    canvas.line(LEFT - 10, SLIP_TOP, RIGHT + 10, SLIP_TOP)
    canvas.setDash()
    t.put(WIDTH / 2, SLIP_TOP + 4, "沿此线剪下 cut here", 7, "centre")
    t.put(WIDTH / 2, SLIP_TOP - 24, "缴费回执联 Payment slip", 13, "centre")
    canvas.rect(LEFT, 50, RIGHT - LEFT, SLIP_TOP - 90, stroke=1, fill=0)
    t.put(LEFT + 10, SLIP_TOP - 122, "收款人 Received by：__________", 9.5)
    t.put(WIDTH / 2 + 20, SLIP_TOP - 122, "日期 Date：__________", 9.5)
    canvas.drawText(t.text)
    canvas.endForm()


class _Text:
    """All text of a page in one text object (one BT … ET block): a text object per
    string, as ``drawString`` makes, cost a third of the time."""

    def __init__(self, canvas: Canvas, font: str) -> None:
        self.text, self.font, self.size = canvas.beginText(), font, 0.0

    def put(self, x: float, y: float, value: str, size: float = 9,
            align: str = "left") -> None:
        if size != self.size:
            self.text.setFont(self.font, size)
            self.size = size
        if align != "left":
            width = stringWidth(value, self.font, size)
            x -= width if align == "right" else width / 2
        self.text.setTextOrigin(x, y)
        self.text.textOut(value)


class _Page:
    """One bill's own values on the frame."""

    def __init__(self, canvas: Canvas, font: str, sheet: BillSheet) -> None:
        self.c, self.s = canvas, sheet
        self.t = _Text(canvas, font)
        self.put = self.t.put

    def draw(self) -> None:
        self.header()
        self.party()
        self.reading_rows()
        self.line_rows()
        self.totals()
        self.slip()
        self.c.drawText(self.t.text)

    def header(self) -> None:
        s, put = self.s, self.put
        put(WIDTH / 2, 792, s.company, 16, "centre")
        put(WIDTH / 2, 774, s.office, 10, "centre")
        put(WIDTH / 2, 752, TITLES.get(s.kind, TITLES["regular"]), 14, "centre")
        put(RIGHT, 734, f"账单号 Bill no. {s.bill_id}    账期 Period {s.period}"
                        f"    出账日期 Issued {s.issued_on.isoformat()}", 8, "right")
        if s.corrects_bill_id is not None:
            put(LEFT, 734, f"更正账单 Corrects bill {s.corrects_bill_id}", 8)
        note = STATUS_NOTES.get(s.status)
        if note:
            self.t.text.setFillColorRGB(0.75, 0.1, 0.1)
            put(WIDTH / 2, 720, note, 10, "centre")
            self.t.text.setFillColorRGB(0, 0, 0)

    def party(self) -> None:
        s, put = self.s, self.put
        put(LEFT, 693, f"户名 Name：{s.name}", 9.5)
        put(WIDTH / 2 + 40, 693, f"户号 Account：{s.account_no}", 9.5)
        put(LEFT, 678, f"用电地址 Address：{s.address}", 9.5)
        put(LEFT, 663, f"计量点 Metering point：{s.point_code}", 9.5)
        put(WIDTH / 2 + 40, 663, f"电能表 Meter：{s.meter_serial}    倍率 Multiplier："
                                 f"{s.multiplier}", 9.5)

    def reading_rows(self) -> None:
        # Rows get closer together (never out of their box) when a bill has many segments.
        step = min(13.0, READINGS_ROOM / max(1, len(self.s.readings)))
        x = READING_COLUMNS
        for i, r in enumerate(self.s.readings, start=1):
            y = READINGS_TOP - step * i
            self.put(x[0], y, r.register, min(9, step - 1))
            self.put(x[2] - 12, y, r.previous, min(9, step - 1), "right")
            self.put(x[3] - 12, y, r.current, min(9, step - 1), "right")
            self.put(x[4] - 80, y, r.multiplier, min(9, step - 1), "right")
            self.put(x[4], y, r.energy, min(9, step - 1), "right")

    def line_rows(self) -> None:
        step = min(13.0, LINES_ROOM / max(1, len(self.s.lines)))
        for i, line in enumerate(self.s.lines, start=1):
            y = LINES_TOP - step * i
            self.put(LINE_COLUMNS[0], y, line.label, min(9, step - 1))
            self.put(LINE_COLUMNS[1], y, line.how, min(8, step - 1))
            self.put(LINE_COLUMNS[2], y, yuan(line.amount), min(9, step - 1), "right")

    def totals(self) -> None:
        s = self.s
        values = (f"{s.energy_kwh.normalize():f}", yuan(s.total), yuan(s.previous_balance),
                  yuan(s.amount_due), s.due_on.isoformat())
        for i, value in enumerate(values):
            self.put(RIGHT - 4, TOTALS_TOP - 15 * i, value, 11 if i == 3 else 9.5, "right")
        if s.previous_balance < 0:
            self.put(RIGHT - 4, TOTALS_TOP - 88, "预存电费先行抵扣 / prepaid credit is used "
                                                 "first", 8, "right")

    def slip(self) -> None:
        s, put = self.s, self.put
        y = SLIP_TOP - 50
        for left, right in ((f"户号 Account：{s.account_no}", f"户名 Name：{s.name}"),
                            (f"账期 Period：{s.period}", f"账单号 Bill no.：{s.bill_id}"),
                            (f"应交金额 Amount due：{yuan(s.amount_due)} 元",
                             f"缴费截止日期 Due date：{s.due_on.isoformat()}"),
                            (f"收款单位 Payee：{s.company}", f"营业所 Office：{s.office}")):
            put(LEFT + 10, y, left, 9.5)
            put(WIDTH / 2 + 20, y, right, 9.5)
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
