"""The application's fields as an effect needs them: strings parsed into the customer file's
types, each refusal naming the field in the caller's language.

The workflow engine already checked each value's shape against the definition when it was
entered; an effect checks again what it relies on (a value may be optional in the definition
but needed by the file, e.g. the meter serial of a connection)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal

from appserver.contract.codec import CodecError, date_from_wire, decimal_from_wire
from appserver.contract.errors import UserError
from appserver.core.i18n import CALL_LOCALE, MESSAGES, msg

_RATIO_RE = re.compile(r"^\s*([1-9][0-9]{0,5})\s*/\s*([1-9][0-9]{0,3})\s*$")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
METER_REGISTERS = ("total", "peak", "flat", "valley", "reactive", "demand")


class Fields:
    """Typed reads of ``{name: str}``; a missing or blank value is "" (absent)."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self.values = values
        self.locale = CALL_LOCALE.get()

    def msg(self, key: str, **params: object) -> str:
        return msg(self.locale, key, **params)

    def fail(self, name: str, problem_key: str, **params: object) -> UserError:
        key = f"eff_field_{name}"
        label = msg(self.locale, key) if key in MESSAGES else name
        return UserError(msg(self.locale, "invalid_field", field=label,
                             problem=msg(self.locale, problem_key, **params)), {"field": name})

    def raw(self, name: str) -> str:
        value = self.values.get(name)
        return value.strip() if isinstance(value, str) else ""

    def text(self, name: str, max_len: int, *, required: bool = True, default: str = "",
             pattern: re.Pattern[str] | None = None, pattern_key: str = "bad_format") -> str:
        value = self.raw(name)
        if not value:
            if required and not default:
                raise self.fail(name, "required")
            return default
        if len(value) > max_len:
            raise self.fail(name, "too_long", limit=max_len)
        if _CONTROL_RE.search(value) or (pattern is not None and not pattern.match(value)):
            raise self.fail(name, pattern_key)
        return value

    def choice(self, name: str, allowed: Iterable[str], default: str = "") -> str:
        options = tuple(allowed)
        value = self.raw(name) or default
        if not value:
            raise self.fail(name, "required")
        if value not in options:
            raise self.fail(name, "not_allowed_value", allowed=", ".join(options))
        return value

    def decimal(self, name: str, low: Decimal, high: Decimal, places: int = 2,
                default: Decimal | None = None) -> Decimal:
        value = self.raw(name)
        if not value:
            if default is None:
                raise self.fail(name, "required")
            return default
        try:
            number = decimal_from_wire(value, places)
        except CodecError:
            raise self.fail(name, "bad_decimal", places=places) from None
        if not low <= number <= high:
            raise self.fail(name, "out_of_range", low=low, high=high)
        return number

    def integer(self, name: str, low: int, high: int, default: int) -> int:
        value = self.raw(name)
        if not value:
            return default
        if not value.isascii() or not value.isdigit():
            raise self.fail(name, "bad_format")
        number = int(value)
        if not low <= number <= high:
            raise self.fail(name, "out_of_range", low=low, high=high)
        return number

    def day(self, name: str, default: date | None = None) -> date:
        value = self.raw(name)
        if not value:
            if default is None:
                raise self.fail(name, "required")
            return default
        try:
            return date_from_wire(value)
        except CodecError:
            raise self.fail(name, "bad_date") from None

    def ratio(self, name: str) -> tuple[int, int]:
        """"100/5" -> (100, 5); absent -> 1/1 (direct connection)."""
        value = self.raw(name)
        if not value:
            return 1, 1
        found = _RATIO_RE.match(value)
        if found is None:
            raise self.fail(name, "eff_ratio_format")
        return int(found.group(1)), int(found.group(2))

    def registers(self, name: str, default: str) -> str:
        """The meter's registers in the customer file's order ("total,peak,flat,valley")."""
        value = self.raw(name) or default
        names = [part.strip() for part in value.split(",")]
        if "total" not in names or any(n not in METER_REGISTERS for n in names) or len(
                set(names)) != len(names):
            raise self.fail(name, "eff_registers_format")
        return ",".join(r for r in METER_REGISTERS if r in names)
