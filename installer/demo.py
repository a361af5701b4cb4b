"""pmis-demo: the whole product on one machine.

Creates or reuses an embedded SQLite database (or takes a PostgreSQL URL), migrates it, seeds
the demo utility on first run, starts a primary and a standby app server as child processes
and opens the client. Without a display it runs a scripted tour offscreen instead (login,
search, customer file, edit, failover, administration) in Chinese and in English, saves the
screenshots, prints their folder and exits 0. Ctrl-C stops every child process.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine

from appserver.demo_data import seed_revenue
from dbschema import migrate
from dbschema.seed.demo import DEMO_PASSWORD, is_seeded, seed_demo

DEFAULT_DB = Path.home() / ".local" / "share" / "pmis-demo" / "pmis.db"
TOUR_LOCALES = ("zh_CN", "en")


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    url = args.database_url or f"sqlite:///{args.database}"
    _prepare_database(url, args.database, args.size)
    servers = _Servers(url, args.port)
    _install_signal_handlers(servers)
    code = 1
    try:
        servers.start_both()
        addresses = servers.addresses()
        if args.tour or not _has_display():
            code = _run_tours(servers, addresses, Path(args.screenshots))
        else:
            code = _run_client(addresses, args.lang)
        return code
    finally:
        servers.stop_all()
        if code == 0:  # keep the servers' logs only when something went wrong
            shutil.rmtree(servers.dir, ignore_errors=True)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="pmis-demo", description=__doc__.splitlines()[0])
    p.add_argument("--database", type=Path, default=DEFAULT_DB,
                   help=f"SQLite file (default {DEFAULT_DB})")
    p.add_argument("--database-url", help="use this database instead (e.g. PostgreSQL)")
    p.add_argument("--size", type=int, default=20_000, help="customers to seed on first run")
    p.add_argument("--port", type=int, default=7610, help="primary's port; standby uses +1")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="client language")
    p.add_argument("--tour", action="store_true", help="run the offscreen tour even with a "
                   "display")
    p.add_argument("--screenshots", default=str(Path.cwd() / "screenshots"),
                   help="where the tour saves its PNG files")
    return p.parse_args(argv)


def _prepare_database(url: str, sqlite_file: Path, size: int) -> None:
    if url.startswith("sqlite:///"):
        sqlite_file.parent.mkdir(parents=True, exist_ok=True)
    print(f"database: {url}", flush=True)
    migrate.upgrade(url)
    engine = create_engine(url)
    if not is_seeded(engine):
        started = time.perf_counter()
        print(f"seeding the demo utility with {size} customers ...", flush=True)
        seed_demo(engine, size)
        seed_revenue(engine)
        print(f"seeded in {time.perf_counter() - started:.1f} s", flush=True)
    engine.dispose()


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class _Servers:
    """The two app server child processes, each in its own process group."""

    def __init__(self, url: str, port: int) -> None:
        self.url, self.port = url, port
        self.dir = Path(tempfile.mkdtemp(prefix="pmis-demo-"))
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    def addresses(self) -> list[str]:
        return [f"127.0.0.1:{self.port}", f"127.0.0.1:{self.port + 1}"]

    def start_both(self) -> None:
        self.start("primary")
        self.start("standby")

    def start(self, role: str) -> None:
        name, port = ("app1", self.port) if role == "primary" else ("app2", self.port + 1)
        cfg = self.dir / f"{name}.toml"
        cfg.write_text(f'database_url = "{self.url}"\nname = "{name}"\nrole = "{role}"\n'
                       f"port = {port}\nlease_seconds = 5\n", encoding="utf-8")
        log = open(self.dir / f"{name}.log", "ab")  # noqa: SIM115 - owned by the child
        self.procs[role] = subprocess.Popen(
            [sys.executable, "-m", "appserver", "--config", str(cfg)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        _wait_for_health("127.0.0.1", port, self.procs[role], self.dir / f"{name}.log")
        print(f"{role} app server {name} on 127.0.0.1:{port}, pid {self.procs[role].pid} "
              f"(log {log.name})", flush=True)

    def kill(self, role: str) -> None:
        proc = self.procs.get(role)
        if proc and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    def stop_all(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def _wait_for_health(host: str, port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    import Pyro5.api

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"app server exited early; see {log}:\n{log.read_text()[-2000:]}")
        try:
            with Pyro5.api.Proxy(f"PYRO:pmis.system@{host}:{port}") as p:
                p._pyroTimeout = 2
                if p.health({"locale": "en"})["database"] == "up":
                    return
        except Exception:
            time.sleep(0.3)
    raise SystemExit(f"app server on port {port} did not become healthy; see {log}")


def _install_signal_handlers(servers: _Servers) -> None:
    def _stop(signum: int, _frame: object) -> None:
        servers.stop_all()
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)


def _run_client(addresses: list[str], lang: str | None) -> int:
    cmd = [sys.executable, "-m", "client", "--user", "dh.clerk1", "--password", DEMO_PASSWORD]
    for a in addresses:
        cmd += ["--server", a]
    if lang:
        cmd += ["--lang", lang]
    print("opening the client (log in as dh.clerk1 or admin, password demo1234)", flush=True)
    return subprocess.call(cmd)


def _run_tours(servers: _Servers, addresses: list[str], out: Path) -> int:
    for locale in TOUR_LOCALES:
        if servers.procs["primary"].poll() is not None:
            servers.start("primary")  # the previous tour killed it on purpose
        folder = out / locale
        folder.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "installer.tour_runner", "--out", str(folder),
               "--lang", locale, "--primary-pgid", str(servers.procs["primary"].pid)]
        for a in addresses:
            cmd += ["--server", a]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        code = subprocess.call(cmd, env=env)
        if code != 0:
            print(f"tour in {locale} failed (exit {code})", file=sys.stderr)
            return code
        servers.procs["primary"].wait(timeout=30)
    print(f"screenshots: {out.resolve()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
