"""The data of an application, checked field by field against its definition.

Every value travels as a string; each field's kind says what the string must look like. A
refusal names the field in the caller's language (the label comes from the definition).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from appserver.contract.codec import CodecError, date_from_wire, decimal_from_wire
from appserver.contract.errors import UserError
from appserver.core.i18n import field_label, msg
from appserver.core.validation import MOBILE_RE
from appserver.service.workflow_definition import Definition, FieldSpec
from dbschema.models.customers import CUSTOMER_CLASSES, VOLTAGE_LEVELS

REGISTERS = ("total", "peak", "flat", "valley", "reactive", "demand")
_RATIO_RE = re.compile(r"^[1-9][0-9]{0,5}/[1-9][0-9]{0,3}$")
_INTEGER_RE = re.compile(r"^-?[0-9]{1,12}$")
MAX_FIELDS = 60


def label(spec: FieldSpec, locale: str) -> str:
    return spec.label_zh if locale == "zh_CN" else spec.label


class FieldChecker:
    """Checks values for one definition in one language; ``tariff_codes``: approved codes."""

    def __init__(self, definition: Definition, locale: str, tariff_codes: frozenset[str]):
        self.definition, self.locale, self.tariff_codes = definition, locale, tariff_codes

    def fail(self, spec: FieldSpec, key: str, **params: object) -> UserError:
        problem = msg(self.locale, key, **params)
        return UserError(msg(self.locale, "invalid_field", field=label(spec, self.locale),
                             problem=problem), {"field": spec.name})

    def values(self, raw: Any, *, registering: bool) -> dict[str, str]:
        """The checked values of ``raw`` ({name: str}); "" clears an optional field."""
        if not isinstance(raw, dict) or len(raw) > MAX_FIELDS or not all(
                isinstance(k, str) for k in raw):
            raise UserError(msg(self.locale, "invalid_field", field=self._arg("fields"),
                                problem=msg(self.locale, "bad_format")), {"field": "fields"})
        unknown = sorted(k for k in raw if self.definition.field(k) is None)
        if unknown:
            raise UserError(msg(self.locale, "invalid_field", field=self._arg("fields"),
                                problem=msg(self.locale, "unknown_fields",
                                            names=", ".join(unknown))), {"field": "fields"})
        checked: dict[str, str] = {}
        for spec in self.definition.fields:
            value = raw.get(spec.name)
            if value is None or (isinstance(value, str) and not value.strip()):
                if spec.required and (registering or spec.name in raw):
                    raise self.fail(spec, "app_required_field")
                if spec.name in raw:
                    checked[spec.name] = ""
                continue
            checked[spec.name] = self.value(spec, value)
        return checked

    def _arg(self, name: str) -> str:
        return field_label(self.locale, name)

    def value(self, spec: FieldSpec, value: Any) -> str:
        if not isinstance(value, str):
            raise self.fail(spec, "not_text")
        text = value.strip()
        if len(text) > spec.max_length or re.search(r"[\x00-\x1f\x7f]", text):
            raise self.fail(spec, "too_long" if len(text) > spec.max_length else "bad_format",
                            limit=spec.max_length)
        check = getattr(self, f"_{spec.kind}")
        result: str = check(spec, text)
        return result

    # -- one method per kind ------------------------------------------------------------
    def _text(self, spec: FieldSpec, text: str) -> str:
        return text

    def _decimal(self, spec: FieldSpec, text: str) -> str:
        try:
            number = decimal_from_wire(text, spec.places)
        except CodecError:
            raise self.fail(spec, "bad_decimal", places=spec.places) from None
        self._range(spec, number)
        return str(number)

    def _integer(self, spec: FieldSpec, text: str) -> str:
        if not _INTEGER_RE.match(text):
            raise self.fail(spec, "not_integer")
        self._range(spec, Decimal(text))
        return str(int(text))

    def _range(self, spec: FieldSpec, number: Decimal) -> None:
        if (spec.low is not None and number < spec.low) or (
                spec.high is not None and number > spec.high):
            raise self.fail(spec, "out_of_range", low=spec.low, high=spec.high)

    def _date(self, spec: FieldSpec, text: str) -> str:
        try:
            return date_from_wire(text).isoformat()
        except CodecError:
            raise self.fail(spec, "bad_date") from None

    def _one_of(self, spec: FieldSpec, text: str, allowed: tuple[str, ...]) -> str:
        if text not in allowed:
            raise self.fail(spec, "not_allowed_value", allowed=", ".join(allowed))
        return text

    def _choice(self, spec: FieldSpec, text: str) -> str:
        return self._one_of(spec, text, tuple(c.value for c in spec.choices))

    def _customer_class(self, spec: FieldSpec, text: str) -> str:
        return self._one_of(spec, text, CUSTOMER_CLASSES)

    def _voltage(self, spec: FieldSpec, text: str) -> str:
        return self._one_of(spec, text, VOLTAGE_LEVELS)

    def _tariff_code(self, spec: FieldSpec, text: str) -> str:
        if text not in self.tariff_codes:
            raise self.fail(spec, "app_unknown_tariff")
        return text

    def _mobile(self, spec: FieldSpec, text: str) -> str:
        if not MOBILE_RE.match(text):
            raise self.fail(spec, "bad_phone_mobile")
        return text

    def _ratio(self, spec: FieldSpec, text: str) -> str:
        if not _RATIO_RE.match(text):
            raise self.fail(spec, "app_bad_ratio")
        return text

    def _registers(self, spec: FieldSpec, text: str) -> str:
        parts = [p.strip() for p in text.split(",")]
        if ("total" not in parts or any(p not in REGISTERS for p in parts)
                or len(set(parts)) != len(parts)):
            raise self.fail(spec, "app_bad_registers", allowed=", ".join(REGISTERS))
        return ",".join(parts)
