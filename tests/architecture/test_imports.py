"""Import contracts between the tiers (STYLE.md, "Tooling")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.helpers.imports import (
    REPO_ROOT,
    imported_modules,
    is_within,
    python_files,
    relative,
)

CLIENT_FILES = python_files("client")
RATING = REPO_ROOT / "appserver" / "billing" / "rating"


def test_the_trees_exist_and_the_scanner_sees_imports() -> None:
    assert len(CLIENT_FILES) > 10
    assert python_files("appserver/contract")
    gateway = set(imported_modules(REPO_ROOT / "client" / "core" / "gateway.py"))
    assert any(is_within(m, "Pyro5") for m in gateway)
    rpc = set(imported_modules(REPO_ROOT / "appserver" / "core" / "rpc.py"))
    assert "appserver.core.audit" in rpc  # "from appserver.core import audit"


def _violations(files: list[Path], forbidden: tuple[str, ...],
                allowed: tuple[str, ...] = ()) -> list[str]:
    found = []
    for path in files:
        for module in imported_modules(path):
            if any(is_within(module, f) for f in forbidden) and not any(
                    is_within(module, a) for a in allowed):
                found.append(f"{relative(path)} imports {module}")
    return found


def test_client_imports_only_the_contract_of_the_server() -> None:
    bad = _violations(CLIENT_FILES, ("appserver", "dbschema", "sqlalchemy"),
                      allowed=("appserver.contract",))
    assert bad == []


def test_client_imports_pyro5_only_in_the_gateway() -> None:
    others = [p for p in CLIENT_FILES if relative(p) != "client/core/gateway.py"]
    assert _violations(others, ("Pyro5", "serpent")) == []


def _is_view_or_model(path: Path) -> bool:
    stem = path.stem
    return (stem in ("views", "models", "widgets") or stem.endswith(("_view", "_model"))
            or "widgets" in path.parts)


def test_views_and_models_never_import_the_gateway() -> None:
    files = [p for p in CLIENT_FILES if _is_view_or_model(p)]
    assert files, "no views or models found"
    assert _violations(files, ("client.core.gateway", "Pyro5")) == []


def _stdlib_only(path: Path, own_package: str) -> list[str]:
    bad = []
    for module in imported_modules(path):
        top = module.split(".")[0]
        if top in ("__future__",) or top in sys.stdlib_module_names:
            continue
        if not is_within(module, own_package):
            bad.append(f"{relative(path)} imports {module}")
    return bad


def test_the_contract_is_standard_library_only() -> None:
    bad = [b for p in python_files("appserver/contract")
           for b in _stdlib_only(p, "appserver.contract")]
    assert bad == []


PURE_PACKAGES = ["appserver/contract"] + (["appserver/billing/rating"] if RATING.exists()
                                          else [])


@pytest.mark.parametrize("folder", PURE_PACKAGES)
def test_pure_packages_import_neither_sqlalchemy_nor_pyro5(folder: str) -> None:
    assert _violations(python_files(folder), ("sqlalchemy", "Pyro5", "PySide6")) == []


def test_server_never_imports_the_client() -> None:
    files = python_files("appserver") + python_files("dbschema")
    assert _violations(files, ("client", "PySide6")) == []
