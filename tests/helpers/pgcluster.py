"""A throwaway PostgreSQL cluster for tests and benchmarks.

initdb refuses to run as root, so when we are root the cluster runs as an unprivileged
system user created on demand. The server listens on loopback on a port below 32768
(ephemeral ports can self-connect) with durability switched off: the data is thrown away.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PG_USER = "pmispg"
CANDIDATE_BIN_DIRS = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin",
                      "/usr/lib/postgresql/17/bin")


def find_bin_dir() -> Path:
    env = os.environ.get("PMIS_PG_BIN")
    candidates = [env] if env else []
    candidates += list(CANDIDATE_BIN_DIRS)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(str(Path(initdb).resolve().parent))
    for c in candidates:
        if c and (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    raise RuntimeError("PostgreSQL server binaries not found; install Debian's 'postgresql' "
                       "package or set PMIS_PG_BIN")


def free_port(start: int = 21000, end: int = 32000) -> int:
    base = start + (os.getpid() * 7) % (end - start)
    for offset in range(end - start):
        port = start + (base - start + offset) % (end - start)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free loopback port")


def _ensure_user() -> None:
    try:
        pwd.getpwnam(PG_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                        PG_USER], check=True)


@dataclass
class PgCluster:
    bin_dir: Path
    data_dir: Path
    port: int
    as_root: bool

    @property
    def url(self) -> str:
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/postgres"

    def url_for(self, database: str, user: str = "postgres", password: str = "") -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql+psycopg2://{auth}@127.0.0.1:{self.port}/{database}"

    def _run(self, args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
        cmd = ["runuser", "-u", PG_USER, "--", *args] if self.as_root else args
        done: subprocess.CompletedProcess[str] = subprocess.run(  # type: ignore[call-overload]
            cmd, check=True, text=True, capture_output=True, **kw)
        return done

    def start(self) -> None:
        self._run([str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", "postgres",
                   "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"])
        opts = (f"-p {self.port} -k {self.data_dir} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                "-c max_connections=300 -c shared_buffers=256MB")
        self._run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-o", opts,
                   "-l", str(self.data_dir / "server.log"), "-w", "-t", "60", "start"])

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m",
                       "immediate", "-w", "stop"])
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)


def start_cluster(port: int | None = None) -> PgCluster:
    as_root = os.geteuid() == 0
    if as_root:
        _ensure_user()
    root = Path(tempfile.mkdtemp(prefix="pmis-pg-"))
    data = root / "data"
    if as_root:
        os.chmod(root, 0o755)
        data.mkdir()
        ids = pwd.getpwnam(PG_USER)
        os.chown(data, ids.pw_uid, ids.pw_gid)
    cluster = PgCluster(find_bin_dir(), data, port or free_port(), as_root)
    cluster.start()
    return cluster


def wait_until_ready(url: str, timeout: float = 30.0) -> None:
    import sqlalchemy as sa

    deadline = time.monotonic() + timeout
    while True:
        try:
            sa.create_engine(url).connect().close()
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


if __name__ == "__main__":  # pragma: no cover - manual use: start a cluster and print its URL
    c = start_cluster()
    print(c.url, c.data_dir, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        c.stop()
