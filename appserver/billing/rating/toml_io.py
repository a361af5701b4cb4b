"""Tariff files: ``resources/tariffs/<CODE>.v<VERSION>.toml``, one file per tariff version.

Reading uses ``tomllib`` with every TOML float parsed as an exact Decimal. Writing uses the
small deterministic emitter below, which covers exactly the shape of a tariff: scalars, lists
of strings, tables and arrays of tables.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from appserver.billing.rating.catalog import TariffCatalog
from appserver.billing.rating.errors import RatingError
from appserver.billing.rating.model import Tariff
from appserver.billing.rating.tariff_export import export_data
from appserver.billing.rating.tariff_io import tariff_from_data

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "resources" / "tariffs"


def file_name(tariff: Tariff) -> str:
    return f"{tariff.code}.v{tariff.version}.toml"


def tariff_from_toml(text: str, where: str = "") -> Tariff:
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise RatingError(where, f"is not valid TOML: {exc}") from None
    return tariff_from_data(data, "")


def load_tariff_file(path: Path) -> Tariff:
    try:
        tariff = tariff_from_toml(path.read_text(encoding="utf-8"), path.name)
    except RatingError as exc:
        raise RatingError(f"{path.name}: {exc.field}" if exc.field else path.name,
                          exc.problem) from None
    if path.name != file_name(tariff):
        raise RatingError(path.name, f"a file holding {tariff.key} must be named "
                                     f"{file_name(tariff)}")
    return tariff


def load_catalog(directory: Path = DEFAULT_DIR) -> TariffCatalog:
    """Every ``*.toml`` in ``directory`` (not its subfolders), validated."""
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise RatingError(str(directory), "holds no tariff files (*.toml)")
    return TariffCatalog(load_tariff_file(p) for p in files)


def tariff_to_toml(tariff: Tariff) -> str:
    lines: list[str] = []
    _emit_table(lines, export_data(tariff), ())
    return "\n".join(lines).strip() + "\n"


def write_tariff(tariff: Tariff, directory: Path) -> Path:
    path = directory / file_name(tariff)
    path.write_text(tariff_to_toml(tariff), encoding="utf-8")
    return path


def _emit_table(lines: list[str], table: Mapping[str, Any], prefix: tuple[str, ...]) -> None:
    nested = []
    for key, value in table.items():
        if _is_table(value):
            nested.append((key, value))
        else:
            lines.append(f"{key} = {_value(value)}")
    for key, value in nested:
        path = (*prefix, key)
        if isinstance(value, Mapping):
            if _has_scalars(value) or not value:  # else its sub-tables define it implicitly
                lines.extend(["", f"[{'.'.join(path)}]"])
            _emit_table(lines, value, path)
            continue
        for item in value:
            lines.extend(["", f"[[{'.'.join(path)}]]"])
            _emit_table(lines, item, path)


def _is_table(value: object) -> bool:
    return isinstance(value, Mapping) or (isinstance(value, list) and bool(value)
                                          and isinstance(value[0], Mapping))


def _has_scalars(table: Mapping[str, Any]) -> bool:
    return any(not _is_table(v) for v in table.values())


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to a tariff file")
