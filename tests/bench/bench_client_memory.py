"""Resident memory of the desktop client during scripted counter work.

    python -m tests.bench.bench_client_memory [--url URL] [--size N] [--minutes 60]

Starts a real app server, then runs the real PySide6 client in this process (offscreen when
there is no display): logs in as a counter clerk and loops search -> open the first customer
file -> close its tab, typing texts drawn from seeded customers, for ``--minutes``. Prints
the client's RSS every ``--sample-seconds`` and the slope after the warm-up. Goals: <= 300 MB
resident and not growing.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from client.core.i18n import ensure_cjk_font, install_translations
from client.core.main_window import MainWindow
from client.core.refguard import protect_singletons
from client.core.widgets.keys import type_text
from client.customers.page import CustomersPage
from client.customers.presenter import FilePresenter
from client.tour import Tour, _key, wait_for
from tests.bench import memory, samples, stats
from tests.bench.stack import add_database_options, app_server, bench_database, stop_on_sigterm

GOAL_MB = 300.0
CLERK = ("dh.clerk1", "demo1234")
WARM_UP_S = 300.0  # Qt caches, fonts and translations settle in the first minutes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_client_memory")
    add_database_options(parser, default_size=20_000)
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--sample-seconds", type=float, default=60.0)
    parser.add_argument("--pause-ms", type=int, default=200,
                        help="pause between a clerk's actions (default 200)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen)
    stop_on_sigterm()
    with bench_database(args.url, args.size, args.keep) as url:
        texts = _texts(url)
        with app_server(url, threadpool=args.threadpool) as server:
            met = run(server.address, texts, args.minutes * 60, args.sample_seconds,
                      args.pause_ms)
    # Everything is stopped and reported. PySide6 6.12 can abort while the interpreter
    # finalizes ("bool_dealloc" in its garbage collection), so skip the finalization.
    sys.stdout.flush()
    os._exit(0 if met else 1)


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen platform warns on every window that it cannot propagate size hints."""
    if "propagateSizeHints" not in message:
        print(f"qt: {message}", file=sys.stderr)


def _texts(url: str) -> list[str]:
    drawn = samples.search_texts(url, CLERK[0], 200, random.Random(5))
    return [t for pattern, items in drawn.items() if pattern != "account exact" for t in items]


def run(address: str, texts: list[str], seconds: float, sample_s: float,
        pause_ms: int) -> bool:
    protect_singletons()  # as the client's own start does (client/app.py run)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    ensure_cjk_font()
    install_translations("zh_CN")
    with tempfile.TemporaryDirectory(prefix="pmis-bench-client-") as tmp:
        tour = _QuietTour([address], Path(tmp), "zh_CN", kill_primary=lambda: None)
        client, window = tour.login(CLERK, "login")
        try:
            rows = _work(window, texts, seconds, sample_s, pause_ms)
        finally:
            tour.close(client, window)
    return _report(rows)


class _QuietTour(Tour):
    """The tour's login and close, without its screenshots."""

    def shot(self, name: str, widget: object) -> None:
        QApplication.processEvents()


def _work(window: MainWindow, texts: list[str], seconds: float, sample_s: float,
          pause_ms: int) -> list[tuple[float, float, int]]:
    """Loop counter work; returns (seconds, RSS MB, customer files opened) samples."""
    page = window.customers
    assert page is not None, "the clerk has no Customers module"
    rng = random.Random(9)
    pid = os.getpid()
    started = time.monotonic()
    rows = [(0.0, memory.rss_mb(pid), 0)]
    print(f"client pid {pid}: {rows[0][1]:.1f} MB after login", flush=True)
    opened = 0
    next_sample = sample_s
    while (elapsed := time.monotonic() - started) < seconds:
        page.show_search()
        box = page.search_view.box
        box.clear()
        wait_for(page.search.loaded, partial(type_text, box, rng.choice(texts)), "search")
        if page.search_view.model.rowCount() > 0:
            _open_and_close(page)
            opened += 1
        _pause(pause_ms)
        if elapsed >= next_sample:
            rows.append((elapsed, memory.rss_mb(pid), opened))
            print(f"  {elapsed / 60:5.1f} min  {rows[-1][1]:7.1f} MB  {opened} files opened",
                  flush=True)
            next_sample += sample_s
    rows.append((time.monotonic() - started, memory.rss_mb(pid), opened))
    return rows


def _open_and_close(page: CustomersPage) -> None:
    """Open the first hit as the keyboard does (Down, Enter), wait for it, close its tab."""
    view = page.search_view
    view.box.setFocus()
    QApplication.sendEvent(view.box, _key(Qt.Key.Key_Down))
    (presenter,) = wait_for(page.file_opened,
                            lambda: QApplication.sendEvent(view.table, _key(Qt.Key.Key_Return)),
                            "open customer file")
    assert isinstance(presenter, FilePresenter)
    if not presenter.view.customer:
        wait_for(presenter.loaded, lambda: None, "load customer file")
    page.close_tab(page.tabs.indexOf(presenter.view))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _pause(ms: int) -> None:
    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QApplication.processEvents()
        time.sleep(0.01)


def _report(rows: list[tuple[float, float, int]]) -> bool:
    mbs = [mb for _t, mb, _n in rows]
    settled = [(t, mb) for t, mb, _n in rows if t >= WARM_UP_S] or [(t, mb) for t, mb, _n in rows]
    slope = memory.slope_mb_per_hour(settled)
    peak = memory.peak_mb(os.getpid())
    print(f"\nclient memory over {rows[-1][0] / 60:.1f} min, {rows[-1][2]} customer files "
          f"opened and closed")
    print(stats.machine_line())
    print(f"  RSS first {mbs[0]:.1f} / max {max(mbs):.1f} / last {mbs[-1]:.1f} MB; "
          f"peak (VmHWM) {peak:.1f} MB   goal <= {GOAL_MB:g} MB: "
          f"{'met' if peak <= GOAL_MB else 'MISSED'}")
    print(f"  slope after {WARM_UP_S / 60:.0f} min warm-up (or over the whole run if shorter): "
          f"{slope:+.1f} MB/h over {len(settled)} samples")
    return peak <= GOAL_MB


if __name__ == "__main__":
    main()
