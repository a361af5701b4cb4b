"""A plain-text table of a rating result, for people at a terminal and for the docs."""

from __future__ import annotations

from appserver.billing.rating.lines import RatingResult
from appserver.billing.rating.numbers import plain

HEADER = ("seg", "code", "label", "quantity", "unit", "unit price", "amount")


def result_table(result: RatingResult, *, chinese: bool = False,
                 explain: bool = False) -> str:
    rows = [HEADER]
    notes: list[str] = []
    for line in result.lines:
        rows.append((str(line.segment), line.code, line.label_zh if chinese else line.label,
                     plain(line.quantity), line.unit, plain(line.unit_price),
                     plain(line.amount)))
        if explain and line.explanation is not None:
            notes.append(f"  {line.segment} {line.code}: {line.explanation.text(chinese)}")
    widths = [max(_width(r[i]) for r in rows) for i in range(len(HEADER))]
    text = [_row(r, widths) for r in rows]
    text.append(_row(("", "", "total", "", "", "", plain(result.total)), widths))
    if notes:
        text += ["", "explanations:", *notes]
    return "\n".join(text)


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _row(cells: tuple[str, ...], widths: list[int]) -> str:
    parts = []
    for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        pad = " " * (width - _width(cell))
        parts.append(pad + cell if i in (3, 5, 6) else cell + pad)
    return "  ".join(parts).rstrip()
