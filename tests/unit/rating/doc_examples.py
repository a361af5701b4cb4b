"""The example outputs in docs/rating.md are real CLI runs: this renders them, the test
compares, and ``python -m tests.unit.rating.doc_examples --write`` refreshes the document."""

from __future__ import annotations

import contextlib
import io
import re
import sys
from pathlib import Path

from appserver.billing.rating.__main__ import main

ROOT = Path(__file__).resolve().parents[3]
DOC = ROOT / "docs" / "rating.md"
MARKER_RE = re.compile(r"<!-- cli: (?P<args>[^>]+?) -->\n```text\n(?P<body>.*?)```", re.S)


def run_cli(args: str) -> str:
    out = io.StringIO()
    with contextlib.chdir(ROOT), contextlib.redirect_stdout(out):
        code = main(args.split())
    assert code == 0, args
    return f"$ python -m appserver.billing.rating {args}\n{out.getvalue()}"


def blocks(text: str) -> list[tuple[str, str]]:
    """(arguments, the block's current text) for every CLI block of the document."""
    return [(m.group("args"), m.group("body")) for m in MARKER_RE.finditer(text)]


def refreshed(text: str) -> str:
    return MARKER_RE.sub(lambda m: f"<!-- cli: {m.group('args')} -->\n```text\n"
                                   f"{run_cli(m.group('args'))}```", text)


if __name__ == "__main__":
    if "--write" in sys.argv:
        DOC.write_text(refreshed(DOC.read_text(encoding="utf-8")), encoding="utf-8")
