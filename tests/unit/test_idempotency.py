"""Request ids and argument hashes for exactly-once writes."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from appserver.core.idempotency import args_hash, is_valid_request_id


def test_uuids_are_valid_request_ids() -> None:
    assert is_valid_request_id(str(uuid.uuid4()))


@pytest.mark.parametrize("bad", [None, "", "x" * 36, str(uuid.uuid4())[:-1], 12,
                                 uuid.uuid4(), str(uuid.uuid4()) + " "])
def test_other_values_are_not(bad: Any) -> None:
    assert not is_valid_request_id(bad)


def test_args_hash_is_stable_and_sensitive() -> None:
    args = (5, 2, {"phone_mobile": "13912345678", "contact_person": "刘"})
    same = (5, 2, {"contact_person": "刘", "phone_mobile": "13912345678"})
    assert args_hash("customers.update_contact", args) == args_hash(
        "customers.update_contact", same)
    assert args_hash("customers.update_contact", args) != args_hash("admin.update_user", args)
    assert args_hash("m", (5, 2, {"a": "1"})) != args_hash("m", (5, 3, {"a": "1"}))
    assert args_hash("m", ("1",)) != args_hash("m", (1,))
