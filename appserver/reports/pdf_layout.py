"""Page furniture of the printed reports: A4 portrait and landscape page templates, the
header (company, unit, period, printed at/by), "page x of y" footers and the table style.

"Page x of y" needs the page count before the pages are finished: ``NumberedCanvas`` keeps
each page's drawing state and writes the footers when the document is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from appserver.core.pdf import cjk_font, style

MARGIN = 14 * mm
HEADER_H = 12 * mm
FOOTER_H = 9 * mm
HEAD_BG = colors.HexColor("#dde6f2")
TOTAL_BG = colors.HexColor("#f1f1f1")
GRID = colors.HexColor("#9aa5b1")


def numbered_canvas(page_text: Callable[[int, int], str]) -> type[Canvas]:
    """A canvas class that writes ``page_text(page, pages)`` at the foot of every page."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # reportlab otherwise selects Helvetica in every page's preamble: a font that is
            # not embedded, listed in every page although no text uses it.
            kwargs["initialFontName"] = cjk_font()
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.setFont(cjk_font(), 8)
                self.drawCentredString(width / 2, MARGIN - 4 * mm, page_text(number, total))
                super().showPage()
            super().save()

    return NumberedCanvas


def doc_template(buffer: Any, title: str, header: Callable[[Canvas, Any], None]
                 ) -> BaseDocTemplate:
    """A4 document with the page templates "portrait" and "landscape"."""
    doc = BaseDocTemplate(buffer, pagesize=A4, title=title, leftMargin=MARGIN,
                          rightMargin=MARGIN, topMargin=MARGIN + HEADER_H,
                          bottomMargin=MARGIN + FOOTER_H)
    templates = []
    for name, size in (("portrait", A4), ("landscape", landscape(A4))):
        frame = Frame(MARGIN, MARGIN + FOOTER_H, size[0] - 2 * MARGIN,
                      size[1] - 2 * MARGIN - HEADER_H - FOOTER_H, id=name,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(id=name, frames=[frame], pagesize=size, onPage=header))
    doc.addPageTemplates(templates)
    return doc


def draw_header(canvas: Canvas, left: str, right: str) -> None:
    width, height = canvas._pagesize
    top = height - MARGIN
    canvas.saveState()
    canvas.setFont(cjk_font(), 8)
    canvas.drawString(MARGIN, top - 4 * mm, left)
    canvas.drawRightString(width - MARGIN, top - 4 * mm, right)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 6 * mm, width - MARGIN, top - 6 * mm)
    canvas.restoreState()


def frame_width(orientation: str) -> float:
    size = A4 if orientation == "portrait" else landscape(A4)
    width: float = size[0] - 2 * MARGIN  # points: reportlab's unit, a float
    return width


def grid(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
         *, total_rows: int = 1, numeric_from: int = 1, font_size: float = 8,
         header_rows: Sequence[Sequence[str]] = (), spans: Sequence[Any] = ()) -> Table:
    """A ruled table: wrapped header cells, right-aligned numbers from column
    ``numeric_from``, the last ``total_rows`` rows shaded as totals."""
    head_style = style("rep-head", font_size, alignment=1)
    cell_style = style("rep-cell", font_size)
    heads = [[Paragraph(h, head_style) for h in extra] for extra in header_rows]
    heads.append([Paragraph(h, head_style) for h in header])
    body = [[Paragraph(c, cell_style) if isinstance(c, str) and i < numeric_from else c
             for i, c in enumerate(row)] for row in rows]
    table = Table(heads + body, colWidths=list(widths), repeatRows=len(heads))
    n_head = len(heads)
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size * 1.25),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, n_head - 1), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (numeric_from, n_head), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *spans,
    ]
    if total_rows and rows:
        commands.append(("BACKGROUND", (0, -total_rows), (-1, -1), TOTAL_BG))
    table.setStyle(TableStyle(commands))
    return table
