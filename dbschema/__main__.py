"""pmis-db: migrate, seed, create database roles, verify the audit chain."""

from __future__ import annotations

import argparse
import os
import sys
import time

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from dbschema import migrate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pmis-db", description="PMIS database tool")
    parser.add_argument("--url", default=os.environ.get("PMIS_DATABASE_URL"),
                        help="SQLAlchemy URL (default: $PMIS_DATABASE_URL)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("upgrade", help="migrate to the newest schema")
    down = sub.add_parser("downgrade", help="migrate down")
    down.add_argument("revision", nargs="?", default="base")
    seed = sub.add_parser("seed-demo", help="fill an empty database with the demo utility")
    seed.add_argument("--size", type=int, default=20_000)
    seed.add_argument("--seed", type=int, default=2026)
    roles = sub.add_parser("create-roles", help="create pmis_owner/pmis_app/pmis_report")
    roles.add_argument("--database", required=True)
    roles.add_argument("--owner-password", required=True)
    roles.add_argument("--app-password", required=True)
    roles.add_argument("--report-password", required=True)
    sub.add_parser("grant", help="apply the grants (run after each upgrade, as pmis_owner)")
    sub.add_parser("verify-audit", help="check the audit hash chain; exit 1 if broken")
    args = parser.parse_args(argv)
    if not args.url:
        parser.error("--url or PMIS_DATABASE_URL is required")
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    if args.command == "upgrade":
        migrate.upgrade(args.url)
    elif args.command == "downgrade":
        migrate.downgrade(args.url, args.revision)
    elif args.command == "seed-demo":
        from dbschema.seed.demo import is_seeded, seed_demo

        engine = create_engine(args.url)
        if is_seeded(engine):
            print("already seeded; nothing done")
            return 0
        started = time.perf_counter()
        report = seed_demo(engine, args.size, args.seed)
        print(f"seeded {report.customers} customers, {report.offices} org units, "
              f"{report.users} users in {time.perf_counter() - started:.1f} s")
    elif args.command == "create-roles":
        from dbschema.roles import create_roles

        create_roles(args.url, args.database, {"pmis_owner": args.owner_password,
                                               "pmis_app": args.app_password,
                                               "pmis_report": args.report_password})
    elif args.command == "grant":
        from dbschema.roles import apply_grants

        apply_grants(args.url)
    elif args.command == "verify-audit":
        return _verify(args.url)
    return 0


def _verify(url: str) -> int:
    from appserver.core.audit import verify

    with Session(create_engine(url)) as db:
        report = verify(db)
    if report.ok:
        print(f"audit chain intact: {report.rows_checked} rows")
        return 0
    print(f"audit chain BROKEN at seq {report.first_broken_seq} (row id "
          f"{report.first_broken_id}): {report.problem}; {report.rows_checked} rows before it "
          "are intact", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
