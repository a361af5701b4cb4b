"""Every search pattern can be served by an index on PostgreSQL. The plans checked are those of
the statements the search really sends, captured while it runs.

On 500 rows a sequential scan is honestly the cheapest plan, so the planner is told to avoid
one (enable_seqscan = off): if no index can serve a pattern (a plain btree under C.UTF-8 for a
prefix LIKE, a substring without trigrams), PostgreSQL still has to fall back to a Seq Scan and
the test fails. Plans at production size are measured by tests/bench."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import Connection, event, select, text
from sqlalchemy.orm import Session

from dbschema.models import Customer, Meter
from tests.helpers.api import Clients, office_id

pytestmark = pytest.mark.pg


def _texts(db: Session) -> dict[str, str]:
    c = db.scalars(select(Customer).where(Customer.office_id == office_id(db, "DH"),
                                          Customer.customer_class == "commercial")
                   .order_by(Customer.id).limit(1)).one()
    serial = db.scalars(select(Meter.serial).order_by(Meter.id).limit(1)).one()
    return {"account": c.account_no[:6], "meter": serial[:8],
            "mobile": c.phone_mobile[-5:], "landline": c.phone_landline[-6:],
            "name": c.name[:3], "address": c.address[3:9]}


def _captured(conn: Connection, run: Any) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def grab(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        if "LIKE" in statement.upper():
            seen.append((statement, params))

    event.listen(conn, "before_cursor_execute", grab)
    try:
        run()
    finally:
        event.remove(conn, "before_cursor_execute", grab)
    return seen


@pytest.mark.parametrize("kind", ["account", "meter", "mobile", "landline", "name", "address"])
def test_search_pattern_uses_an_index(api: Clients, db: Session, pg_connection: Connection,
                                      kind: str) -> None:
    query = _texts(db)[kind]
    client = api.as_user("dh.clerk1")
    statements = _captured(pg_connection, lambda: client.customers("search", query))
    assert statements, "the search sent no LIKE statement"
    pg_connection.execute(text("ANALYZE customer; ANALYZE meter"))
    pg_connection.execute(text("SET LOCAL enable_seqscan = off"))
    for statement, params in statements:
        plan = "\n".join(pg_connection.exec_driver_sql(f"EXPLAIN {statement}", params)
                         .scalars())
        assert not unserved_scans(plan), plan


SEQ_SCAN = re.compile(r"Seq Scan on (customer|meter|service_point|metering_point)\b")
# An index scan of the searched tables (named by table, or by index for bitmap scans).
INDEX_SCAN = re.compile(
    r"Index (Only )?Scan .*\bon (customer|meter|ix_customer_\w+|ix_meter_\w+)\b")


def unserved_scans(plan: str) -> list[str]:
    """Plan nodes that read a table or an index without a search condition: a Seq Scan, or
    an index of the searched tables walked end to end (with enable_seqscan off the planner
    may pick any index as a cheaper way to read every row). Joined lookup tables may be
    read whole: at 500 rows that is what the planner should do."""
    bad = []
    for node in re.split(r"\n\s*->\s*", plan):
        head = node.splitlines()[0] if node else ""
        if SEQ_SCAN.search(head) or (INDEX_SCAN.search(head) and "Index Cond" not in node):
            bad.append(head.strip())
    return bad


def test_the_plan_check_can_fail(pg_connection: Connection) -> None:
    """An unindexed pattern (suffix LIKE on the account number) does show a Seq Scan."""
    pg_connection.execute(text("SET LOCAL enable_seqscan = off"))
    plan = "\n".join(pg_connection.execute(
        text("EXPLAIN SELECT id FROM customer WHERE account_no LIKE '%0057' LIMIT 21"))
        .scalars())
    assert unserved_scans(plan), plan
