"""The printed bill: the CJK font is embedded (not left to the viewer) and the Chinese text is
really in the file; a run prints as one PDF with a page per bill."""

from __future__ import annotations

import base64
import importlib.util
import io
import re
import shutil
import subprocess
import zlib
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from tests.appserver.test_bills import BILLING, customer
from tests.helpers.api import Clients, office_id
from tests.helpers.bills import make_bill, make_run

pytestmark = pytest.mark.pg
HAVE_PYPDF = importlib.util.find_spec("pypdf") is not None


def _pdf(result: dict[str, str]) -> bytes:
    data = base64.b64decode(result["pdf_base64"])
    assert data.startswith(b"%PDF-")
    return data


def _texts(data: bytes) -> tuple[str, int]:
    """The page text and the page count: pypdf if installed, else poppler's pdftotext, else
    the characters the fonts' ToUnicode maps name (enough to prove Chinese glyphs are used)."""
    if HAVE_PYPDF:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        return "\n".join(p.extract_text() for p in reader.pages), len(reader.pages)
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    tool = shutil.which("pdftotext")
    if tool:
        done = subprocess.run([tool, "-layout", "-", "-"], input=data, capture_output=True,
                              check=True)
        return done.stdout.decode("utf-8"), pages
    return "".join(_mapped_characters(data)), pages


def _mapped_characters(data: bytes) -> set[str]:
    found: set[str] = set()
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:  # a decompressor object ignores the end-of-line before "endstream"
            text = zlib.decompressobj().decompress(raw)
        except zlib.error:
            text = raw
        for code in re.findall(rb"<[0-9A-Fa-f]{2}> <([0-9A-Fa-f]{4})>", text):
            found.add(chr(int(code, 16)))
    return found


def _fonts_embedded(data: bytes) -> tuple[bool, bool]:
    """(a TrueType font program is embedded, every font in the file is embedded)."""
    if HAVE_PYPDF:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        descriptors = []
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descriptors.append(font.get("/FontDescriptor"))
        embedded = [d is not None and "/FontFile2" in d.get_object() for d in descriptors]
        return any(embedded), all(embedded)
    has = b"/FontFile2" in data
    return has, has and b"/Helvetica" not in data


def test_bill_pdf_embeds_the_cjk_font_and_shows_chinese(api: Clients, db: Session) -> None:
    c = customer(db)
    bill = make_bill(db, c.id, 203010, api.clock.now(), units=Decimal(120), status="released")
    data = _pdf(api.as_user("dh.clerk1").call(BILLING, "bill_pdf", bill.id))
    some, every = _fonts_embedded(data)
    assert some and every
    text, pages = _texts(data)
    assert pages == 1
    if HAVE_PYPDF or shutil.which("pdftotext"):
        flat = re.sub(r"\s+", "", text)
        for expected in ("电费通知单", "缴费回执联", c.name, c.account_no, "67.10",
                         "电度电费", "70kWh×0.58=40.60", "2030-10"):
            assert expected in flat, expected
    else:
        assert set("电费通知单缴费回执联" + c.name) <= set(text)


def test_run_pdf_has_a_page_per_bill(api: Clients, db: Session) -> None:
    now = api.clock.now()
    run = make_run(db, office_id(db, "DH"), 203010, now, "T-PDF-1")
    for i in range(4):
        make_bill(db, customer(db, n=i).id, 203010, now, run_id=run.id, units=Decimal(50 + i))
    result = api.as_user("dh.reader").call(BILLING, "run_bills_pdf", run.id, {"limit": 3})
    assert result["bills"] == 3 and result["has_more"]
    text, pages = _texts(_pdf(result))
    assert pages == 3
    assert "待审核" in text or not text  # bills still in review say they are not payable
