"""The benchmark database and app server: a throwaway PostgreSQL cluster (or an existing one
given with ``--url``), migrated and seeded once, and real ``python -m appserver`` processes.

Everything started here is stopped in ``finally`` blocks, also on Ctrl-C and SIGTERM.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from appserver.core.db import make_engine
from dbschema import migrate
from dbschema.seed.demo import is_seeded, seed_demo
from tests.bench.client import Clerk
from tests.helpers.pgcluster import PG_USER, free_port, start_cluster

BENCH_DATABASE = "pmis_bench"
SERVER_START_TIMEOUT_S = 60.0
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def add_database_options(parser: argparse.ArgumentParser, default_size: int) -> None:
    parser.add_argument("--url", help="use this PostgreSQL database (migrated and seeded here "
                                      "if empty) instead of a throwaway cluster")
    parser.add_argument("--size", type=int, default=default_size,
                        help=f"customers to seed into an empty database (default {default_size})")
    parser.add_argument("--keep", action="store_true",
                        help="leave the throwaway cluster running and print its URL for --url")
    parser.add_argument("--threadpool", type=int,
                        help="the app server's threadpool_size (default: the server's own)")


def stop_on_sigterm() -> None:
    """Turn SIGTERM into KeyboardInterrupt so the finally blocks clean up."""
    def _raise(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _raise)


@contextmanager
def bench_database(url: str | None, size: int, keep: bool) -> Iterator[str]:
    """A migrated database holding the demo utility with ``size`` customers."""
    if url:
        prepare(url, size)
        yield url
        return
    cluster = start_cluster()
    try:
        with make_engine(cluster.url).connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                f"CREATE DATABASE {BENCH_DATABASE}")
        db_url = cluster.url_for(BENCH_DATABASE)
        prepare(db_url, size)
        yield db_url
    finally:
        if keep:
            runuser = f"runuser -u {PG_USER} -- " if cluster.as_root else ""
            print(f"cluster kept: --url {cluster.url_for(BENCH_DATABASE)}\n"
                  f"  stop it with: {runuser}{cluster.bin_dir / 'pg_ctl'} -D {cluster.data_dir} "
                  f"-m immediate stop && rm -r {cluster.data_dir.parent}", flush=True)
        else:
            cluster.stop()


def prepare(url: str, size: int) -> None:
    migrate.upgrade(url)
    engine = make_engine(url)
    try:
        if not is_seeded(engine):
            started = time.perf_counter()
            seed_demo(engine, size)
            seconds = time.perf_counter() - started
            print(f"seed: {size:,} customers in {seconds:.1f} s "
                  f"({size / seconds:,.0f} customers/s, each with a service point, a metering "
                  f"point and a meter)", flush=True)
            vacuum_analyze(engine)
        count = _count(engine)
        print(f"database: {count:,} customers", flush=True)
    finally:
        engine.dispose()


def vacuum_analyze(engine: sa.Engine) -> None:
    started = time.perf_counter()
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
    print(f"vacuum analyze: {time.perf_counter() - started:.1f} s", flush=True)


def _count(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM customer").scalar_one())


@dataclass
class ServerProcess:
    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"


@contextmanager
def app_server(url: str, log_level: str = "INFO",
               threadpool: int | None = None) -> Iterator[ServerProcess]:
    """A real app server process (``python -m appserver --config F``) on a loopback port;
    settings not given here keep the server's defaults."""
    workdir = Path(tempfile.mkdtemp(prefix="pmis-bench-"))
    port = free_port(12000, 20000)
    config = workdir / "server.toml"
    config.write_text(f'database_url = "{url}"\nname = "bench1"\nrole = "primary"\n'
                      f'host = "127.0.0.1"\nport = {port}\nlog_level = "{log_level}"\n'
                      + (f"threadpool_size = {threadpool}\n" if threadpool else ""),
                      encoding="utf-8")
    log_path = workdir / "server.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "appserver", "--config", str(config)],
                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"},
                                   preexec_fn=_die_with_parent)
    server = ServerProcess(process, port, log_path)
    try:
        _wait_for_health(server)
        yield server
    except BaseException:
        print(f"app server log kept: {log_path}", flush=True)
        raise
    finally:
        _stop(process)
    shutil.rmtree(workdir, ignore_errors=True)


def _die_with_parent() -> None:
    """Linux: SIGTERM the server if the benchmark dies without cleaning up (a crash)."""
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _wait_for_health(server: ServerProcess) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while True:
        if server.process.poll() is not None:
            raise RuntimeError(f"app server exited; see {server.log_path}:\n"
                               + server.log_path.read_text(errors="replace")[-2000:])
        try:
            Clerk(server.address).health()
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
