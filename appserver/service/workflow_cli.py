"""The shipped workflow definitions into a new installation's database.

    python -m appserver.service.workflow_cli --url URL install

Adds resources/workflows/*.toml as approved versions of the business types that have no
version yet (the demo seeding does the same); running it again changes nothing. Later
versions are drafted and approved by two people in the client.
"""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.orm import Session

from appserver.core.clock import SystemClock
from appserver.core.db import make_engine
from appserver.service.workflow_definition import DefinitionError
from appserver.service.workflow_store import install_shipped_workflows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workflow_cli", description=__doc__)
    parser.add_argument("--url", required=True, help="database URL")
    parser.add_argument("command", choices=("install",))
    args = parser.parse_args(argv)
    engine = make_engine(args.url)
    try:
        with Session(engine) as db, db.begin():
            added = install_shipped_workflows(db, SystemClock().now())
    except DefinitionError as exc:
        print(f"refused: {exc.key} {exc.params}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"{added} workflow definitions installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
