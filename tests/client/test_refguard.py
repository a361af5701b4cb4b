"""The client survives many signals although PySide6 6.12.0 leaks references on Python 3.11.

Run in child processes: without the guard the affected versions abort the interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from client.core.refguard import protect_singletons, refcount
if sys.argv[1] == "guard":
    protect_singletons()
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
class Source(QObject):
    changed = Signal(dict)
source, button = Source(), QPushButton()
source.changed.connect(lambda value: None)
button.clicked.connect(lambda: None)
before = refcount(True), refcount(None)
for _ in range(int(sys.argv[2])):
    source.changed.emit({})
    button.click()
print(before[0] - refcount(True), before[1] - refcount(None), flush=True)
"""


def _child(mode: str, count: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _CHILD, mode, str(count)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_many_signals_do_not_kill_a_guarded_client() -> None:
    import PySide6

    guarded = _child("guard", 50_000)
    assert guarded.returncode == 0, guarded.stderr[-2000:]
    lost_true, lost_none = map(int, guarded.stdout.split())
    if sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0":
        # The bug the guard is for: one reference per Python emit and per Python slot call.
        assert lost_true >= 50_000 and lost_none > 0
    else:
        assert (lost_true, lost_none) == (0, 0)
