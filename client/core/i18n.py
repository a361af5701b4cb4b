"""Translations (.qm) and a font that covers Chinese, installed at startup."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger("pmis.client.i18n")

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS = RESOURCES / "translations"
SYSTEM_CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def install_translations(locale: str) -> bool:
    """Replace the installed translators by those of ``locale``; False if ours is missing."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(locale))
    ours = QTranslator(app)
    found = ours.load(str(TRANSLATIONS / f"pmis_{locale}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s in %s", locale, TRANSLATIONS)
    if locale != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{locale}", qt_dir):
            app.installTranslator(qtbase)
            _installed.append(qtbase)
    return found


def _covers_cjk(family: str) -> bool:
    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def ensure_cjk_font() -> str | None:
    """Make sure Chinese renders: load a bundled or system CJK font if none is installed."""
    if any(_covers_cjk(family) for family in QFontDatabase.families()):
        return None
    candidates = [*sorted(RESOURCES.glob("fonts/*.tt[fc]")), SYSTEM_CJK_FONT]
    for path in candidates:
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            from PySide6.QtGui import QGuiApplication

            base = QGuiApplication.font()
            QGuiApplication.setFont(QFont([families[0], *base.families()], base.pointSize()))
            return families[0]
    log.warning("no font covering Chinese found; Chinese text may not render")
    return None
