"""Reading plain data (parsed TOML or JSON) field by field, with errors that name the path."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal

from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.numbers import parse_decimal

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_LIST = 200


class Fields:
    """One table of plain data; refuses keys it does not know."""

    def __init__(self, data: object, where: str, allowed: tuple[str, ...]) -> None:
        if not isinstance(data, Mapping):
            raise RatingError(where, "must be a table/object")
        unknown = sorted(str(k) for k in data if k not in allowed)
        if unknown:
            raise RatingError(where, f"unknown field(s) {', '.join(unknown)}; "
                                     f"allowed: {', '.join(allowed)}")
        self.data: Mapping[str, object] = data
        self.where = where

    def path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def raw(self, key: str) -> object:
        return self.data.get(key)

    def text(self, key: str, *, max_len: int = 200, default: str | None = None,
             pattern: re.Pattern[str] | None = None) -> str:
        value = self.data.get(key, default)
        if value is None:
            raise RatingError(self.path(key), "is required")
        if not isinstance(value, str):
            raise RatingError(self.path(key), "must be text")
        if len(value) > max_len or _CONTROL_RE.search(value):
            raise RatingError(self.path(key), f"must be at most {max_len} printable characters")
        if pattern is not None and not pattern.match(value):
            raise RatingError(self.path(key), f"{value!r} has the wrong format")
        return value

    def choice(self, key: str, options: tuple[str, ...] | list[str],
               default: str | None = None) -> str:
        value = self.text(key, default=default)
        if value not in options:
            raise RatingError(self.path(key), f"{value!r} is not one of {', '.join(options)}")
        return value

    def integer(self, key: str, low: int, high: int, default: int | None = None) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise RatingError(self.path(key), "must be a whole number")
        if not low <= value <= high:
            raise RatingError(self.path(key), f"must be between {low} and {high}")
        return value

    def optional_integer(self, key: str, low: int, high: int) -> int | None:
        return self.integer(key, low, high) if self.has(key) else None

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise RatingError(self.path(key), "must be true or false")
        return value

    def decimal(self, key: str, places: int, *, allow_negative: bool = False,
                maximum: Decimal | None = None) -> Decimal:
        if not self.has(key):
            raise RatingError(self.path(key), "is required")
        return parse_decimal(self.data[key], self.path(key), places=places,
                             allow_negative=allow_negative, maximum=maximum)

    def optional_decimal(self, key: str, places: int, *, allow_negative: bool = False,
                         maximum: Decimal | None = None) -> Decimal | None:
        if not self.has(key):
            return None
        return self.decimal(key, places, allow_negative=allow_negative, maximum=maximum)

    def decimal_or(self, key: str, places: int, default: Decimal, *,
                   maximum: Decimal | None = None) -> Decimal:
        """The value as written (0.000 stays 0.000, so files round-trip), or ``default``."""
        value = self.optional_decimal(key, places, maximum=maximum)
        return default if value is None else value

    def day(self, key: str) -> date | None:
        value = self.data.get(key)
        if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
            return value
        if isinstance(value, str) and re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise RatingError(self.path(key), "must be a date (YYYY-MM-DD)")

    def table(self, key: str, allowed: tuple[str, ...]) -> Fields | None:
        return Fields(self.data[key], self.path(key), allowed) if self.has(key) else None

    def tables(self, key: str, allowed: tuple[str, ...]) -> list[Fields]:
        return [Fields(item, f"{self.path(key)}[{i}]", allowed)
                for i, item in enumerate(self.items(key))]

    def items(self, key: str) -> list[object]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise RatingError(self.path(key), "must be a list")
        if len(value) > MAX_LIST:
            raise RatingError(self.path(key), f"at most {MAX_LIST} entries")
        return value

    def strings(self, key: str, options: tuple[str, ...]) -> tuple[str, ...]:
        result = []
        for i, item in enumerate(self.items(key)):
            if not isinstance(item, str) or item not in options:
                raise RatingError(f"{self.path(key)}[{i}]",
                                  f"must be one of {', '.join(options)}")
            result.append(item)
        return tuple(result)
