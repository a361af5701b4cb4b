"""Account numbers: nine digits and a Luhn check digit, so a mistyped digit is caught."""

from __future__ import annotations

ACCOUNT_LENGTH = 10


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # the digit next to the check digit is doubled
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def make_account_no(serial: int) -> str:
    body = f"{serial:09d}"
    if len(body) != ACCOUNT_LENGTH - 1:
        raise ValueError("account serial out of range")
    return body + luhn_digit(body)


def is_valid_account_no(text: str) -> bool:
    return (len(text) == ACCOUNT_LENGTH and text.isascii() and text.isdigit()
            and luhn_digit(text[:-1]) == text[-1])
