"""Translation pipeline: ``python -m client.i18n_build``.

1. pyside6-lupdate extracts every tr()/translate() string of client/**/*.py into
   resources/translations/pmis_<locale>.ts;
2. every message gets its translation from resources/translations/glossary_*.tsv
   (context<TAB>source<TAB>zh_CN; English is the source text itself);
3. pyside6-lrelease compiles the .qm files the client loads;
4. the exit status is non-zero, listing them, if any message has no translation.

In the TSV files a literal newline or tab inside a text is written as \\n or \\t.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LOCALES = ("zh_CN", "en")
Key = tuple[str, str]


def tool(name: str) -> str:
    """The PySide6 tool next to this interpreter, else the one on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6")
    return found


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def _escape(text: str) -> str:
    return text.replace("\t", "\\t").replace("\n", "\\n")


def load_glossary(directory: Path = TRANSLATIONS) -> dict[Key, str]:
    glossary: dict[Key, str] = {}
    for path in sorted(directory.glob("glossary_*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3 or not parts[2].strip():
                raise SystemExit(f"{path.name}:{number}: expected context<TAB>source<TAB>zh_CN")
            glossary[(parts[0], _unescape(parts[1]))] = _unescape(parts[2])
    return glossary


def sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "client").rglob("*.py") if "__pycache__" not in p.parts)


def extract(ts_file: Path, locale: str, files: list[Path]) -> None:
    subprocess.run([tool("pyside6-lupdate"), *map(str, files), "-no-obsolete",
                    "-locations", "none", "-silent", "-target-language", locale,
                    "-ts", str(ts_file)], check=True)


def fill(ts_file: Path, locale: str, glossary: dict[Key, str]) -> list[Key]:
    """Write every translation into the .ts file; return the messages that have none."""
    root = ET.parse(ts_file).getroot()
    missing: list[Key] = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            text = source if locale == "en" else glossary.get((name, source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            _set_translation(translation, text, numerus=message.get("numerus") == "yes")
            if text is None:
                missing.append((name, source))
    _write_ts(root, ts_file)
    return missing


def _set_translation(element: ET.Element, text: str | None, numerus: bool) -> None:
    for child in list(element):
        element.remove(child)
    element.attrib.pop("type", None)
    if text is None:
        element.set("type", "unfinished")
        element.text = None
    elif numerus:
        element.text = None
        ET.SubElement(element, "numerusform").text = text
    else:
        element.text = text


def _write_ts(root: ET.Element, ts_file: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")


def compile_qm(ts_file: Path) -> Path:
    qm_file = ts_file.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True)
    return qm_file


def build(directory: Path = TRANSLATIONS) -> dict[str, list[Key]]:
    directory.mkdir(parents=True, exist_ok=True)
    glossary = load_glossary(directory)
    files = sources()
    missing: dict[str, list[Key]] = {}
    for locale in LOCALES:
        ts_file = directory / f"pmis_{locale}.ts"
        extract(ts_file, locale, files)
        missing[locale] = fill(ts_file, locale, glossary)
        compile_qm(ts_file)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m client.i18n_build", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args(argv)
    missing = build()
    untranslated = sorted({key for keys in missing.values() for key in keys})
    for context, source in untranslated:
        print(f"{context}\t{_escape(source)}\t", file=sys.stderr)
    if untranslated:
        print(f"{len(untranslated)} message(s) without a translation (listed above as "
              "glossary lines to complete)", file=sys.stderr)
        return 1
    print(f"translations complete: {', '.join(LOCALES)} in {TRANSLATIONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
