"""``pmis-client`` / ``python -m client``: start the desktop client."""

from __future__ import annotations

import argparse
import logging
import sys

from appserver.contract.api import LOCALES


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pmis-client", description="PMIS desktop client")
    parser.add_argument("--server", action="append", default=[], metavar="HOST:PORT",
                        help="app server to use, repeatable, primary first (overrides settings)")
    parser.add_argument("--lang", choices=LOCALES, help="language (default: settings/system)")
    parser.add_argument("--user", help="user name to log in with (demo)")
    parser.add_argument("--password", help="password for --user (demo only)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    from client.app import Options, run
    from client.core import qtlog

    qtlog.install()

    options = Options(servers=args.server, language=args.lang, username=args.user,
                      password=args.password)
    return run(options, [sys.argv[0]])


if __name__ == "__main__":
    raise SystemExit(main())
