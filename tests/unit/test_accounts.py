"""Account numbers carry a Luhn check digit so that any single mistyped digit is caught."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from appserver.contract.accounts import ACCOUNT_LENGTH, is_valid_account_no, make_account_no

SERIALS = st.integers(min_value=0, max_value=10**9 - 1)


def test_known_value() -> None:
    assert make_account_no(100_000_005) == "1000000057"  # as seeded for demo customer 5
    assert is_valid_account_no("1000000057")


@given(SERIALS)
def test_generated_numbers_are_valid(serial: int) -> None:
    account = make_account_no(serial)
    assert len(account) == ACCOUNT_LENGTH and account.isdigit()
    assert is_valid_account_no(account)
    assert int(account[:-1]) == serial


@given(SERIALS, st.integers(min_value=0, max_value=ACCOUNT_LENGTH - 1),
       st.integers(min_value=1, max_value=9))
def test_every_single_digit_typo_is_detected(serial: int, position: int, shift: int) -> None:
    account = make_account_no(serial)
    wrong = str((int(account[position]) + shift) % 10)
    typo = account[:position] + wrong + account[position + 1:]
    assert not is_valid_account_no(typo)


def test_every_single_digit_typo_of_one_number_exhaustively() -> None:
    account = make_account_no(123_456_789)
    typos = {account[:i] + d + account[i + 1:] for i in range(ACCOUNT_LENGTH)
             for d in "0123456789" if d != account[i]}
    assert len(typos) == 90
    assert not any(is_valid_account_no(t) for t in typos)


@given(SERIALS, st.integers(min_value=0, max_value=ACCOUNT_LENGTH - 2))
def test_most_adjacent_swaps_are_detected(serial: int, position: int) -> None:
    account = make_account_no(serial)
    a, b = account[position], account[position + 1]
    swapped = account[:position] + b + a + account[position + 2:]
    if a != b and {a, b} != {"0", "9"}:  # Luhn's one blind spot
        assert not is_valid_account_no(swapped)


@pytest.mark.parametrize("bad", ["", "123456789", "10000000570", "100000005a", " 100000005",
                                 "1000000058", "１０００００００５７", "１０００００００５7"])
def test_malformed_numbers_are_invalid(bad: str) -> None:
    assert not is_valid_account_no(bad)


@pytest.mark.parametrize("serial", [-1, 10**9])
def test_serial_out_of_range(serial: int) -> None:
    with pytest.raises(ValueError):
        make_account_no(serial)
