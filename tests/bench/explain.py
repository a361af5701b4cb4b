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
            statement = repository.search_statement(visible_offices(db, username),
                                                    classify(search_text), PAGE_LIMIT)
            if statement is None:
                return "(no query: nothing to search)"
            compiled = statement.compile(dialect=engine.dialect,
                                         compile_kwargs={"render_postcompile": True})
            sql = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + str(compiled)
            rows = db.connection().exec_driver_sql(sql, compiled.params).all()
            return "\n".join(r[0] for r in rows)
    finally:
        engine.dispose()
