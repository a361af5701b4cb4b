"""Messages and field labels of the faults work: key -> (English, 简体中文).
(keys prefixed: unique across modules)"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}

FIELD_LABELS: dict[str, tuple[str, str]] = {}
