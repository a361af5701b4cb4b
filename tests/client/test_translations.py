"""Translations are complete, up to date with the sources, and load at startup."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from client import i18n_build
from client.core.i18n import TRANSLATIONS, ensure_cjk_font, install_translations


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {(context.findtext("name", ""), message.findtext("source", "")): message
            for context in root.iter("context") for message in context.iter("message")}


@pytest.fixture
def english_afterwards(qapp: Any) -> Iterator[None]:
    yield
    install_translations("en")


@pytest.mark.parametrize("locale", i18n_build.LOCALES)
def test_every_message_is_translated_and_compiled(locale: str) -> None:
    ts_file = TRANSLATIONS / f"pmis_{locale}.ts"
    found = messages(ts_file)
    assert len(found) > 100
    unfinished = [key for key, message in found.items()
                  if (t := message.find("translation")) is None or t.get("type")
                  or not (t.text or "").strip()]
    assert unfinished == []
    assert ts_file.with_suffix(".qm").stat().st_size > 1000


def test_the_catalogue_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    i18n_build.extract(fresh, "zh_CN", i18n_build.sources())
    assert set(messages(fresh)) == set(messages(TRANSLATIONS / "pmis_zh_CN.ts")), \
        "run: python -m client.i18n_build"


def test_the_glossary_fills_a_catalogue(tmp_path: Path) -> None:
    glossary = i18n_build.load_glossary()
    assert glossary[("MainWindow", "Customers")] == "客户档案"
    ts_file = tmp_path / "x.ts"
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">'
                       "<context><name>MainWindow</name><message><source>Customers</source>"
                       '<translation type="unfinished"></translation></message>'
                       "<message><source>Not in any glossary</source><translation/></message>"
                       "</context></TS>", encoding="utf-8")
    missing = i18n_build.fill(ts_file, "zh_CN", glossary)
    assert missing == [("MainWindow", "Not in any glossary")]
    filled = messages(ts_file)[("MainWindow", "Customers")].find("translation")
    assert filled is not None and filled.text == "客户档案" and not filled.get("type")


def test_chinese_loads_with_qts_own_strings(english_afterwards: None) -> None:
    assert install_translations("zh_CN")
    assert QCoreApplication.translate("MainWindow", "Customers") == "客户档案"
    assert QCoreApplication.translate("Labels", "Large industry") == "大工业"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # qtbase_zh_CN
    install_translations("en")
    assert QCoreApplication.translate("MainWindow", "Customers") == "Customers"


def test_a_font_covering_chinese_is_available(qapp: Any) -> None:
    ensure_cjk_font()
    chinese = QFontDatabase.WritingSystem.SimplifiedChinese
    assert any(chinese in QFontDatabase.writingSystems(f) for f in QFontDatabase.families())


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_switching_language_redraws_the_open_window(qtbot: Any, clerk_ctx: Any,
                                                    english_afterwards: None) -> None:
    from PySide6.QtCore import Qt

    from client.core.main_window import MainWindow

    window = MainWindow(clerk_ctx)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Customers"
    install_translations("zh_CN")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "客户档案", timeout=5000)
    assert window.customers is not None
    model = window.customers.search_view.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "户号"
    assert window.customers.search_view.more.text() == "更多结果(&M)"
