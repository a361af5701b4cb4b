"""Input validation on the server: types, lengths, ranges and formats, in the caller's language.

Every failure raises ``UserError`` before anything is written, naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from appserver.contract.codec import CodecError, date_from_wire, decimal_from_wire, period_from_wire
from appserver.contract.errors import UserError
from appserver.core.i18n import field_label, msg

# [0-9], not \d: \d also matches full-width and other Unicode digits.
MOBILE_RE = re.compile(r"^1[0-9]{10}$")
LANDLINE_RE = re.compile(r"^([0-9]{3,4}-)?[0-9]{7,8}$")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Validator:
    def __init__(self, locale: str) -> None:
        self.locale = locale

    def fail(self, field: str, problem_key: str, **params: object) -> UserError:
        problem = msg(self.locale, problem_key, **params)
        label = field_label(self.locale, field)
        return UserError(msg(self.locale, "invalid_field", field=label, problem=problem),
                         {"field": field})

    def text(self, value: Any, field: str, max_len: int, *, required: bool = True,
             pattern: re.Pattern[str] | None = None, pattern_key: str = "bad_format") -> str:
        if value is not None and not isinstance(value, str):
            raise self.fail(field, "not_text")
        text: str = (value or "").strip()
        if len(text) > max_len:
            raise self.fail(field, "too_long", limit=max_len)
        if _CONTROL_RE.search(text):
            raise self.fail(field, "bad_format")
        if required and not text:
            raise self.fail(field, "required")
        if text and pattern is not None and not pattern.match(text):
            raise self.fail(field, pattern_key)
        return text

    def integer(self, value: Any, field: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(field, "not_integer")
        if not low <= value <= high:
            raise self.fail(field, "out_of_range", low=low, high=high)
        return value

    def optional_integer(self, value: Any, field: str, low: int, high: int) -> int | None:
        return None if value is None else self.integer(value, field, low, high)

    def boolean(self, value: Any, field: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(field, "bad_format")
        return value

    def choice(self, value: Any, field: str, allowed: Iterable[str]) -> str:
        options = tuple(allowed)
        if not isinstance(value, str) or value not in options:
            raise self.fail(field, "not_allowed_value", allowed=", ".join(options))
        return value

    def mapping(self, value: Any, field: str, allowed_keys: Iterable[str]) -> dict[str, Any]:
        if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
            raise self.fail(field, "bad_format")
        unknown = set(value) - set(allowed_keys)
        if unknown:
            raise self.fail(field, "unknown_fields", names=", ".join(sorted(map(str, unknown))))
        return dict(value)

    def string_list(self, value: Any, field: str, max_items: int, max_len: int) -> list[str]:
        if not isinstance(value, list | tuple) or len(value) > max_items:
            raise self.fail(field, "bad_format")
        return [self.text(v, field, max_len) for v in value]

    def decimal(self, value: Any, field: str, low: Decimal, high: Decimal,
                places: int = 2) -> Decimal:
        """A plain decimal string (no float, NaN, exponent or excess places) in a range."""
        try:
            number = decimal_from_wire(value, places)
        except CodecError:
            raise self.fail(field, "bad_decimal", places=places) from None
        if not low <= number <= high:
            raise self.fail(field, "out_of_range", low=low, high=high)
        return number

    def money(self, value: Any, field: str, low: Decimal = Decimal("0.01"),
              high: Decimal = Decimal("9999999999.99")) -> Decimal:
        return self.decimal(value, field, low, high, 2)

    def day(self, value: Any, field: str) -> date:
        try:
            return date_from_wire(value)
        except CodecError:
            raise self.fail(field, "bad_date") from None

    def period(self, value: Any, field: str = "period") -> int:
        """ "YYYY-MM" -> yyyymm."""
        try:
            return period_from_wire(value)
        except ValueError:
            raise self.fail(field, "bad_period") from None

    def id_list(self, value: Any, field: str, max_items: int) -> list[int]:
        if not isinstance(value, list | tuple) or not value or len(value) > max_items:
            raise self.fail(field, "bad_list", limit=max_items)
        return [self.integer(v, field, 1, 2**62) for v in value]

    def mobile(self, value: Any, field: str) -> str:
        return self.text(value, field, 11, required=False, pattern=MOBILE_RE,
                         pattern_key="bad_phone_mobile")

    def landline(self, value: Any, field: str) -> str:
        return self.text(value, field, 13, required=False, pattern=LANDLINE_RE,
                         pattern_key="bad_phone_landline")
