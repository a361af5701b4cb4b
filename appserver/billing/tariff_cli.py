"""Tariff files in and out of the database, for installation and for the price office.

    python -m appserver.billing.tariff_cli --url URL export DIR [--all]
    python -m appserver.billing.tariff_cli --url URL import FILE... [--approved]

``export`` writes every approved version (``--all``: every version, drafts included) as
``DIR/<CODE>.v<N>.toml``, the text exactly as stored. ``import`` reads each file as a new
draft under the same rules as the client's "Import file…" (validated by the rating engine,
version above the latest, no overlapping dates); drafts are then submitted and approved by
two people in the client. ``--approved`` is for installation only: the files stand for
tariffs the price authority already approved, so they are added as approved versions (the
open-ended version each follows is ended the day before), as ``install_shipped_tariffs``
does for ``resources/tariffs``. Every import is written to the audit log as user ``-``
(method ``tariff_cli.import``). Exits 2 with the reason when a file is refused; nothing of
that run is kept then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.billing.rating.toml_io import file_name
from appserver.billing.tariff_service import Actor, create_version, parse
from appserver.contract.errors import UserError
from appserver.core import audit
from appserver.core.audit import AuditEntry
from appserver.core.clock import SystemClock
from appserver.core.db import make_engine
from dbschema.models import TariffVersion


def export(db: Session, directory: Path, everything: bool) -> list[Path]:
    q = select(TariffVersion).order_by(TariffVersion.code, TariffVersion.version)
    if not everything:
        q = q.where(TariffVersion.status == "approved")
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for row in db.scalars(q):
        path = directory / file_name(parse(row.body, "en"))
        path.write_text(row.body, encoding="utf-8")
        written.append(path)
    return written


def import_files(db: Session, paths: list[Path], approved: bool) -> list[str]:
    now = SystemClock().now()
    actor = Actor(db, None, now, "en")
    keys, entries = [], []
    for path in paths:
        body = path.read_text(encoding="utf-8")
        tariff = parse(body, "en", path.name)
        row = create_version(actor, tariff, body, "approved" if approved else "draft")
        keys.append(f"{row.code}@{row.version} ({row.status})")
        entries.append(AuditEntry(method="tariff_cli.import", outcome="ok", username="-",
                                  entity_type="tariff_version", entity_id=row.id,
                                  client_host="cli",
                                  details={"file_name": path.name, "status": row.status}))
    audit.append(db, entries, now)
    return keys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m appserver.billing.tariff_cli",
                                     description="Tariff files in and out of the database.")
    parser.add_argument("--url", required=True, help="database URL (SQLAlchemy)")
    sub = parser.add_subparsers(dest="command", required=True)
    out = sub.add_parser("export", help="write tariff versions as TOML files")
    out.add_argument("directory", type=Path)
    out.add_argument("--all", action="store_true", help="drafts and pending versions too")
    inn = sub.add_parser("import", help="read TOML files as drafts")
    inn.add_argument("files", type=Path, nargs="+")
    inn.add_argument("--approved", action="store_true",
                     help="installation only: add the files as approved versions")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    engine = make_engine(args.url)
    try:
        with Session(engine) as db, db.begin():
            if args.command == "export":
                for path in export(db, args.directory, args.all):
                    print(path)
            else:
                for key in import_files(db, args.files, args.approved):
                    print(key)
    except (UserError, OSError) as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
