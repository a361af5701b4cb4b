"""What every PDF the server makes shares: the embedded CJK font, page styles, money text.

reportlab embeds a subset of a TrueType font; WenQuanYi Zen Hei (a TTC, first face) is the
CJK font that works (Debian's Noto CJK has PostScript outlines reportlab refuses, and the
built-in STSong-Light is not embedded, so it depends on the viewer). The font is looked up
in resources/fonts first, then where Debian's fonts-wqy-zenhei installs it.
"""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "PMIS-CJK"
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
FONT_CANDIDATES = (RESOURCES / "fonts" / "wqy-zenhei.ttc",
                   Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))
_lock = threading.Lock()


class FontMissing(RuntimeError):
    """No CJK font to embed: install fonts-wqy-zenhei (installer/dev.sh does as root)."""


def cjk_font() -> str:
    """Register the CJK font once per process and return its reportlab name."""
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            path = next((p for p in FONT_CANDIDATES if p.exists()), None)
            if path is None:
                raise FontMissing("no CJK font found: " + ", ".join(map(str,
                                                                         FONT_CANDIDATES)))
            pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    return FONT


def style(name: str, size: float = 9, leading: float | None = None,
          alignment: int = 0) -> ParagraphStyle:
    """A paragraph style in the CJK font (alignment: 0 left, 1 centre, 2 right)."""
    return ParagraphStyle(name, fontName=cjk_font(), fontSize=size,
                          leading=leading or size * 1.3, alignment=alignment,
                          wordWrap="CJK")


def yuan(amount: Decimal) -> str:
    """1234567.5 -> "1,234,567.50" (amounts on paper always show fen)."""
    return f"{amount.quantize(Decimal('0.01')):,}"


def pdf_result(filename: str, data: bytes) -> dict[str, str]:
    """The wire shape of every printed document (client: widgets/pdf_view.pdf_from_wire)."""
    import base64

    return {"filename": filename, "pdf_base64": base64.b64encode(data).decode("ascii")}
