"""Messages and field labels of the bills work: key -> (English, 简体中文)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
}
