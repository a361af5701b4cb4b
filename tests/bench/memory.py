"""Resident memory of a process, sampled from /proc (Linux)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path


def status_kb(pid: int, field: str) -> int:
    """A ``kB`` field of /proc/<pid>/status, e.g. VmRSS (resident now) or VmHWM (peak)."""
    for row in Path(f"/proc/{pid}/status").read_text().splitlines():
        if row.startswith(field + ":"):
            return int(row.split()[1])
    raise KeyError(field)


def rss_mb(pid: int) -> float:
    return status_kb(pid, "VmRSS") / 1024


def peak_mb(pid: int) -> float:
    return status_kb(pid, "VmHWM") / 1024


def threads(pid: int) -> int:
    return status_kb(pid, "Threads")


class Sampler:
    """Samples a process's RSS every ``interval`` seconds in a daemon thread."""

    def __init__(self, pid: int, interval: float) -> None:
        self.pid = pid
        self.interval = interval
        self.samples: list[tuple[float, float]] = []  # (seconds since start, MB)
        self.max_threads = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self._started = 0.0

    def __enter__(self) -> Sampler:
        self._started = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def elapsed(self) -> float:
        return time.monotonic() - self._started

    def _run(self) -> None:
        while True:
            try:
                self.samples.append((self.elapsed(), rss_mb(self.pid)))
                self.max_threads = max(self.max_threads, threads(self.pid))
            except (OSError, KeyError):
                return  # the process ended
            if self._stop.wait(self.interval):
                return


def slope_mb_per_hour(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of RSS over time; 0 for fewer than two samples."""
    if len(samples) < 2:
        return 0.0
    n = len(samples)
    mean_t = sum(t for t, _ in samples) / n
    mean_m = sum(m for _, m in samples) / n
    var = sum((t - mean_t) ** 2 for t, _ in samples)
    if var == 0:
        return 0.0
    cov = sum((t - mean_t) * (m - mean_m) for t, m in samples)
    return cov / var * 3600


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used (/proc/<pid>/stat, fields 14 and 15)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
