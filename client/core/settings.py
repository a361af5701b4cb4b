"""The workstation's settings (QSettings): the ordered server list and the language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QSettings

from appserver.contract.api import DEFAULT_PORT, LOCALES

DEFAULT_SERVERS = [f"127.0.0.1:{DEFAULT_PORT}", f"127.0.0.1:{DEFAULT_PORT + 1}"]
LANGUAGE_SYSTEM = "system"


def open_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "PMIS", "pmis-client")


def servers(settings: QSettings) -> list[str]:
    value: Any = settings.value("servers", DEFAULT_SERVERS)
    items = [value] if isinstance(value, str) else list(value or [])
    cleaned = [str(item).strip() for item in items if str(item).strip()]
    return cleaned or list(DEFAULT_SERVERS)


def set_servers(settings: QSettings, values: list[str]) -> None:
    settings.setValue("servers", [v.strip() for v in values if v.strip()])


def language_choice(settings: QSettings) -> str:
    value = str(settings.value("language", LANGUAGE_SYSTEM))
    return value if value in (LANGUAGE_SYSTEM, *LOCALES) else LANGUAGE_SYSTEM


def set_language_choice(settings: QSettings, value: str) -> None:
    settings.setValue("language", value)


def resolve_locale(choice: str) -> str:
    """'system' follows the system locale: Chinese systems get zh_CN, the rest English."""
    if choice in LOCALES:
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def valid_server(text: str) -> bool:
    host, _, port = text.strip().rpartition(":")
    return bool(host) and port.isdigit() and 0 < int(port) < 65536
