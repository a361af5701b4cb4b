"""The pure helpers of the admin screens: time zones, details text, labels, input rules."""

from __future__ import annotations

from datetime import date

import pytest

from client.admin.dialogs import USERNAME_PATTERN, password_strong
from client.admin.models import action_text, compact_details, entity_text, pretty_details, preview
from client.admin.office_model import office_choices
from client.admin.presenter import fetch_references, write_key
from client.admin.terms import CHILD_KIND, AdminTerms
from client.admin.timezone import day_range_utc, local_text, local_today


def test_local_text_shows_shanghai_time() -> None:
    assert local_text("2026-11-28T21:34:45+00:00") == "2026-11-29 05:34:45"
    assert local_text("2026-11-28T21:34:45") == "2026-11-29 05:34:45"  # naive means UTC
    assert local_text("not a time") == "not a time"


def test_day_range_is_half_open_in_utc() -> None:
    assert day_range_utc(date(2026, 1, 1), date(2026, 1, 1)) == (
        "2025-12-31T16:00:00+00:00", "2026-01-01T16:00:00+00:00")
    assert day_range_utc(date(2026, 2, 28), date(2026, 3, 1))[1] == "2026-03-01T16:00:00+00:00"


def test_local_today_is_shanghai_today() -> None:
    from datetime import UTC, datetime, timedelta
    assert local_today() == (datetime.now(UTC) + timedelta(hours=8)).date()


def test_details_are_compact_in_the_table_and_pretty_in_full() -> None:
    stored = '{"reason": "on leave", "action": "locked"}'
    assert compact_details(stored) == '{"action":"locked","reason":"on leave"}'
    assert pretty_details(stored) == '{\n  "action": "locked",\n  "reason": "on leave"\n}'
    assert compact_details('{"name": "东湖"}') == '{"name":"东湖"}'  # readable, not \\u escapes
    assert compact_details("{}") == "" and compact_details(None) == ""
    assert compact_details("plain text") == "plain text"
    assert preview("x" * 10, 5) == "xxxx…" and preview("short", 5) == "short"


def test_entity_text_names_the_record() -> None:
    assert entity_text({"entity_type": "user", "entity_id": 7}) == "User #7"
    assert entity_text({"entity_type": "", "entity_id": None}) == ""
    assert entity_text({"entity_type": "bill", "entity_id": 3}) == "Bill #3"
    assert entity_text({"entity_type": "new_thing", "entity_id": 3}) == "new_thing #3"


def test_terms_fall_back_to_the_code() -> None:
    assert AdminTerms.role("counter_clerk") == "Counter clerk"
    assert AdminTerms.role("new_role") == "new_role"
    assert AdminTerms.permission("audit.read") == "Read the audit log"
    assert AdminTerms.kind("hall") == "Service hall"
    assert AdminTerms.outcome("denied") == "Denied"


def test_every_default_role_and_permission_has_a_label() -> None:
    from appserver.contract.permissions import ALL_PERMISSIONS, DEFAULT_ROLES
    assert all(AdminTerms.role(r) != r for r in DEFAULT_ROLES)
    assert all(AdminTerms.permission(p) != p for p in ALL_PERMISSIONS)


def test_every_exposed_method_has_an_audit_label() -> None:
    from appserver.contract.api import METHODS
    for obj, methods in METHODS.items():
        module = obj.removeprefix("pmis.")
        for name, _write in methods:
            assert AdminTerms.method(f"{module}.{name}") != f"{module}.{name}"


def test_lock_and_unlock_are_told_apart() -> None:
    row = {"method": "admin.set_user_locked", "details": '{"action": "unlocked"}'}
    assert action_text(row) == "Unlock user"
    assert action_text({**row, "details": '{"action": "locked"}'}) == "Lock user"
    assert action_text({"method": "billing.run", "details": ""}) == "billing.run"


def test_child_kinds_mirror_the_org_levels() -> None:
    assert CHILD_KIND == {"company": "bureau", "bureau": "office", "office": "hall"}


def test_office_choices_follow_the_tree() -> None:
    offices = [{"id": 4, "name": "东湖", "path": "/1/2/4/"},
               {"id": 1, "name": "公司", "path": "/1/"},
               {"id": 2, "name": "城区", "path": "/1/2/"}]
    assert office_choices(offices) == [(1, "公司"), (2, "城区"), (4, "东湖")]


@pytest.mark.parametrize(("password", "ok"), [
    ("abcd1234", True), ("abcdefgh", False), ("12345678", False), ("ab12", False),
    ("a1" * 100, True), ("a1" * 100 + "x", False)])
def test_password_rule_matches_the_server(password: str, ok: bool) -> None:
    assert password_strong(password) is ok


def test_username_pattern() -> None:
    import re
    assert re.fullmatch(USERNAME_PATTERN, "dh.clerk1")
    assert not re.fullmatch(USERNAME_PATTERN, "1abc")
    assert not re.fullmatch(USERNAME_PATTERN, "ab")


def test_each_write_gets_its_own_runner_key() -> None:
    assert write_key("create_user") != write_key("create_user")


def test_fetch_references_reads_offices_and_role_names() -> None:
    calls: list[tuple[str, str]] = []

    class Gateway:
        def call(self, obj: str, method: str, *args: object, write: bool = False) -> object:
            calls.append((obj, method))
            if method == "list_roles":
                return [{"name": "admin", "permissions": []}]
            return [{"id": 1, "name": "公司", "path": "/1/"}]

    offices, roles = fetch_references(Gateway())
    assert roles == ["admin"] and offices[0]["id"] == 1
    assert calls == [("pmis.admin", "list_offices"), ("pmis.admin", "list_roles")]
