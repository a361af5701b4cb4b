"""Server-side input validation: types, lengths, ranges and formats, refused with a
translated message that names the field."""

from __future__ import annotations

import re
from typing import Any

import pytest

from appserver.contract.errors import UserError
from appserver.core.validation import Validator

V = Validator("en")


def _refused(fn: Any, *args: Any, **kw: Any) -> UserError:
    with pytest.raises(UserError) as exc:
        fn(*args, **kw)
    return exc.value


def test_text_is_trimmed_and_checked() -> None:
    assert V.text("  王小芳 ", "name", 10) == "王小芳"
    assert V.text(None, "note", 10, required=False) == ""
    err = _refused(V.text, "x" * 11, "name", 10)
    # The message names the field as the form does; details keep the technical key.
    assert err.details == {"field": "name"} and err.message == "Name: at most 10 characters"
    assert _refused(V.text, "", "name", 10).message == "Name: is required"
    assert _refused(V.text, "   ", "name", 10).message == "Name: is required"
    assert _refused(V.text, "", "ticket", 10).message == "ticket: is required"


def test_field_names_are_translated() -> None:
    err = _refused(Validator("zh_CN").mobile, "1390628846", "phone_mobile")
    assert err.message.startswith("手机：") and err.details == {"field": "phone_mobile"}


@pytest.mark.parametrize("bad", [12, 1.5, b"bytes", ["a"], {"a": 1}, True])
def test_text_refuses_non_strings(bad: Any) -> None:
    assert _refused(V.text, bad, "name", 10).message == "Name: must be text"


@pytest.mark.parametrize("bad", ["a\x00b", "bell\x07", "esc\x1b[0m", "del\x7f"])
def test_text_refuses_control_characters(bad: str) -> None:
    _refused(V.text, bad, "name", 20)


def test_text_pattern() -> None:
    code = re.compile(r"^[A-Z]{2}$")
    assert V.text("AB", "code", 2, pattern=code) == "AB"
    _refused(V.text, "ab", "code", 2, pattern=code)


def test_integers_and_ranges() -> None:
    assert V.integer(5, "n", 1, 10) == 5
    assert V.optional_integer(None, "n", 1, 10) is None
    for bad in (True, False, "5", 5.0, None):
        assert _refused(V.integer, bad, "n", 1, 10).message == "n: must be a whole number"
    assert _refused(V.integer, 11, "n", 1, 10).message == "n: must be between 1 and 10"
    _refused(V.integer, 0, "n", 1, 10)


def test_booleans_choices_and_mappings() -> None:
    assert V.boolean(True, "b") is True
    for bad in (1, 0, "true", None):
        _refused(V.boolean, bad, "b")
    assert V.choice("hall", "kind", ("office", "hall")) == "hall"
    assert "office, hall" in _refused(V.choice, "bureau", "kind", ("office", "hall")).message
    assert V.mapping({"a": 1}, "data", ("a", "b")) == {"a": 1}
    assert "c, d" in _refused(V.mapping, {"a": 1, "d": 2, "c": 3}, "data", ("a",)).message
    for not_a_mapping in (["a"], "a=1", None, 3):
        _refused(V.mapping, not_a_mapping, "data", ("a",))


def test_string_lists() -> None:
    assert V.string_list(["a", " b "], "roles", 3, 5) == ["a", "b"]
    assert V.string_list(("a",), "roles", 3, 5) == ["a"]
    for bad in ("a", ["a", "b", "c", "d"], [1], ["toolong"], None):
        _refused(V.string_list, bad, "roles", 3, 5)


@pytest.mark.parametrize("good", ["13912345678", "19900000000", ""])
def test_mobile_numbers(good: str) -> None:
    assert V.mobile(good, "phone_mobile") == good


@pytest.mark.parametrize("bad", ["1391234567", "139123456789", "23912345678", "1391234567x",
                                 "139-1234-5678", "+8613912345678", "１3912345678",
                                 "139１2345678"])
def test_bad_mobile_numbers(bad: str) -> None:
    err = _refused(V.mobile, bad, "phone_mobile")
    assert err.details == {"field": "phone_mobile"}


@pytest.mark.parametrize("good", ["0791-8612345", "010-12345678", "8612345", "86123456", ""])
def test_landlines(good: str) -> None:
    assert V.landline(good, "phone_landline") == good


@pytest.mark.parametrize("bad", ["0791-861234", "07-8612345", "0791--8612345", "861234",
                                 "861234567", "abcdefg", "0791 8612345", "８612345"])
def test_bad_landlines(bad: str) -> None:
    _refused(V.landline, bad, "phone_landline")


def test_messages_follow_the_locale() -> None:
    err = _refused(Validator("zh_CN").text, "", "姓名", 10)
    assert err.message == "姓名：不能为空"
