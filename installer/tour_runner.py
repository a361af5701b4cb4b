"""Runs client.tour in its own process (one QApplication per language) for pmis-demo."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--server", action="append", required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--lang", required=True)
    p.add_argument("--primary-pgid", type=int, required=True)
    args = p.parse_args()
    import logging

    from client.core import qtlog
    from client.tour import run_tour

    logging.basicConfig(level=logging.WARNING, format="%(name)s %(levelname)s %(message)s")
    qtlog.install()

    def kill_primary() -> None:
        os.killpg(args.primary_pgid, signal.SIGKILL)

    shots = run_tour(args.server, args.out, args.lang, kill_primary)
    for shot in shots:
        print(f"  {shot}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
