"""Amounts in Chinese capital numerals as receipts print them, and the receipt's font."""

from __future__ import annotations

from decimal import Decimal

import pytest

from appserver.payments.money_words import capital
from appserver.payments.receipt_pdf import build


@pytest.mark.parametrize("amount, words", [
    ("0", "零元整"),
    ("0.05", "伍分"),
    ("0.50", "伍角整"),
    ("1", "壹元整"),
    ("10", "壹拾元整"),
    ("20.00", "贰拾元整"),
    ("101.10", "壹佰零壹元壹角整"),
    ("1005", "壹仟零伍元整"),
    ("1010", "壹仟零壹拾元整"),
    ("1000.05", "壹仟元零伍分"),
    ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("10000.01", "壹万元零壹分"),
    ("100000", "壹拾万元整"),
    ("100100", "壹拾万零壹佰元整"),
    ("105000", "壹拾万伍仟元整"),
    ("100000005", "壹亿零伍元整"),
    ("100005000", "壹亿零伍仟元整"),
    ("1234567890.12", "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分"),
    ("-12.30", "负壹拾贰元叁角整"),
])
def test_capital_numerals(amount: str, words: str) -> None:
    assert capital(Decimal(amount)) == words


def test_capital_refuses_what_it_cannot_write() -> None:
    for bad in (Decimal("NaN"), Decimal("Infinity"), Decimal("1e16")):
        with pytest.raises(ValueError):
            capital(bad)


def test_receipt_embeds_its_font_and_marks_copies() -> None:
    facts = {"receipt_no": "R0092026112900001", "customer": "1000001501  谢文华",
             "address": "南昌市青山南路474号", "amount": Decimal("283.00"), "tender": "现金 Cash",
             "tendered": Decimal("300.00"), "change": Decimal("17.00"),
             "settled": [("电费 Bill 2026-08", Decimal("283.00"))],
             "balance_after": Decimal("-0.00"), "clerk": "王小芳", "hall": "东湖八一大道营业厅",
             "time": "2026-11-29 09:01:00", "reference": ""}
    original, copy = build(facts), build(facts, copy=True)
    for pdf in (original, copy):
        assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf and b"Helvetica" not in pdf
    assert len(copy) > len(original)  # the COPY / 副本 mark
