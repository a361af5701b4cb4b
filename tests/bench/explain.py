"""EXPLAIN ANALYZE of the statement the app server runs for one search text."""

from __future__ import annotations

from sqlalchemy.orm import Session

from appserver.core.db import make_engine
from appserver.customers import repository
from appserver.customers.service import classify
from tests.bench.samples import visible_offices

PAGE_LIMIT = 21  # offset 0 + limit 20 + 1 to know whether there is more


def explain_search(url: str, username: str, search_text: str) -> str:
    engine = make_engine(url)
    try:
        with Session(engine) as db:
            found = repository.search_statement(visible_offices(db, username),
                                                classify(search_text), PAGE_LIMIT)
            if found is None:
                return "(no query: nothing to search)"
            statement, params = found
            expanded = statement.compile(dialect=engine.dialect).construct_expanded_state(params)
            sql = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + expanded.statement
            rows = db.connection().exec_driver_sql(sql, expanded.parameters).all()
            return "\n".join(r[0] for r in rows)
    finally:
        engine.dispose()
