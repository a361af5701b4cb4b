"""How a search text is read: which patterns it can mean."""

from __future__ import annotations

import pytest

from appserver.customers.service import classify


@pytest.mark.parametrize("text, expected", [
    ("100", [("account", "100")]),
    ("1000", [("account", "1000"), ("mobile", "1000"), ("landline", "1000"),
              ("meter", "1000")]),
    ("1000000057", [("account", "1000000057"), ("mobile", "1000000057"),
                    ("landline", "1000000057"), ("meter", "1000000057")]),
    ("13912345678", [("mobile", "13912345678"), ("landline", "13912345678"),
                     ("meter", "13912345678")]),
    ("zj3100", [("meter", "ZJ3100")]),
    ("SX31000123", [("meter", "SX31000123")]),
    ("王", [("name", "王")]),
    ("王小芳", [("name", "王小芳"), ("address", "王小芳")]),
    ("八一大道", [("name", "八一大道"), ("address", "八一大道")]),
    ("南昌 公司", [("name", "南昌 公司"), ("address", "南昌 公司")]),
])
def test_classify(text: str, expected: list[tuple[str, str]]) -> None:
    assert classify(text) == expected


def test_every_pattern_kind_is_reachable() -> None:
    kinds = {k for t in ("1000", "ab12", "王小芳") for k, _ in classify(t)}
    assert kinds == {"account", "mobile", "landline", "meter", "name", "address"}
