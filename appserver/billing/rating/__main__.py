"""``python -m appserver.billing.rating REQUEST.json``: rate a request, print the lines and the
total as JSON (or as a text table with ``--format table``)."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

from appserver.billing.rating.engine import rate
from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.lines import RatingResult
from appserver.billing.rating.request_io import request_from_data, result_to_data
from appserver.billing.rating.text_table import result_table
from appserver.billing.rating.toml_io import DEFAULT_DIR, load_catalog

MAX_REQUEST_BYTES = 1_000_000


def _refuse_constant(name: str) -> Decimal:
    raise RatingError("", f"{name} is not a number the engine accepts")


def rate_file(path: Path, tariff_dir: Path) -> RatingResult:
    text = path.read_text(encoding="utf-8")
    if len(text) > MAX_REQUEST_BYTES:
        raise RatingError(path.name, "is too large")
    try:
        data = json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise RatingError(path.name, f"is not valid JSON: {exc}") from None
    return rate(request_from_data(data), load_catalog(tariff_dir))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m appserver.billing.rating",
                                     description="Rate a request; print lines and total "
                                                 "as JSON.")
    parser.add_argument("request", type=Path, nargs="?", help="request JSON file")
    parser.add_argument("--tariffs", type=Path, default=DEFAULT_DIR,
                        help="directory of tariff files (default: resources/tariffs)")
    parser.add_argument("--list", action="store_true",
                        help="validate the tariff files and list their versions")
    parser.add_argument("--format", choices=("json", "table"), default="json",
                        help="json (default): lines, explanations and total; table: text")
    parser.add_argument("--zh", action="store_true", help="table: Chinese labels")
    parser.add_argument("--explain", action="store_true",
                        help="table: print each line's explanation under the table")
    return parser


def _list(tariff_dir: Path) -> str:
    rows = []
    for t in load_catalog(tariff_dir).all():
        until = t.effective_to.isoformat() if t.effective_to else "open"
        rows.append(f"{t.key:24} {t.effective_from.isoformat()} .. {until:10}  "
                    f"{t.customer_class:22} {t.name}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.request is None and not args.list:
        parser.error("give a request file, or --list")
    try:
        if args.list:
            print(_list(args.tariffs))
            return 0
        result = rate_file(args.request, args.tariffs)
    except RatingError as exc:
        print(json.dumps({"error": exc.message, "field": exc.field}, ensure_ascii=False),
              file=sys.stderr)
        return 2
    except OSError as exc:
        print(json.dumps({"error": str(exc)}, ensure_ascii=False), file=sys.stderr)
        return 2
    if args.format == "table":
        print(result_table(result, chinese=args.zh, explain=args.explain))
    else:
        print(json.dumps(result_to_data(result), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
