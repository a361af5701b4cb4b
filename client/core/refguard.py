"""Guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

Measured on this machine (PySide6 6.12.0, Python 3.11.7): every ``SignalInstance.emit()``
made from Python drops one reference to ``True``, and every call of a Python slot from a C++
signal (a click, a text change) drops one reference to ``None``. ``True`` starts with about
2,000 references, so a client crashes with "Fatal Python error: bool_dealloc" after a few
hundred searches; PySide6 6.11.3 does not have the bug. From Python 3.12 on, ``True``,
``False`` and ``None`` are immortal and the bug is harmless. On older Pythons we give these
three objects so many references that the lost ones never matter: they are never freed in
any case, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # a lost reference per call: ~35,000 years at a million calls a second
_guarded = False


def refcount(obj: object) -> int:
    """The object's reference count, read directly (sys.getrefcount adds its own)."""
    return ctypes.c_ssize_t.from_address(id(obj)).value


def protect_singletons() -> bool:
    """Make True, False and None practically immortal; True if anything was done."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12):
        return False
    for singleton in (True, False, None):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _guarded = True
    return True
