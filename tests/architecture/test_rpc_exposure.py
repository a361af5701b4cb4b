"""Every method Pyro5 would expose went through ``@rpc``; nothing is exposed wholesale."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType

import appserver
from appserver.contract import api as contract
from appserver.core.api_base import ApiBase
from appserver.core.rpc import RpcSpec


def _appserver_modules() -> list[ModuleType]:
    modules = []
    for info in pkgutil.walk_packages(appserver.__path__, "appserver."):
        if info.name.endswith("__main__"):
            continue
        modules.append(importlib.import_module(info.name))
    return modules


MODULES = _appserver_modules()
CLASSES = {cls for m in MODULES for _, cls in inspect.getmembers(m, inspect.isclass)
           if cls.__module__ == m.__name__}
API_CLASSES = {cls for cls in CLASSES if issubclass(cls, ApiBase) and cls is not ApiBase}


def _exposed(cls: type) -> dict[str, object]:
    """Exposed methods of a class and its bases (module APIs are composed of mixins)."""
    return {name: member for name, member in inspect.getmembers(cls)
            if getattr(member, "_pyroExposed", False)}


def _own_exposed(cls: type) -> dict[str, object]:
    return {name: member for name, member in vars(cls).items()
            if getattr(member, "_pyroExposed", False)}


def test_every_module_api_is_found() -> None:
    assert {c.module for c in API_CLASSES} == {o.split(".")[1] for o in contract.ALL_OBJECTS}


def test_nothing_is_exposed_at_class_level() -> None:
    assert [c.__qualname__ for c in CLASSES if getattr(c, "_pyroExposed", False)] == []


def test_every_exposed_method_carries_rpc() -> None:
    missing = [f"{cls.__module__}.{cls.__qualname__}.{name}"
               for cls in CLASSES for name, member in _own_exposed(cls).items()
               if not isinstance(getattr(member, "rpc_spec", None), RpcSpec)]
    assert missing == []


def test_only_api_classes_and_their_mixins_expose_methods() -> None:
    composed = {base for cls in API_CLASSES for base in cls.__mro__}
    exposing = {cls for cls in CLASSES if _own_exposed(cls)}
    assert exposing <= composed


def test_exposed_methods_are_exactly_the_contract() -> None:
    for cls in API_CLASSES:
        declared = dict(contract.METHODS[f"pmis.{cls.module}"])
        exposed = _exposed(cls)
        assert set(exposed) == set(declared), cls.__name__
        for name, member in exposed.items():
            spec: RpcSpec = member.rpc_spec  # type: ignore[attr-defined]
            assert spec.write == declared[name], f"{cls.__name__}.{name}"
            assert spec.public or spec.permission, f"{cls.__name__}.{name} has no permission"
            assert not name.startswith("_")


def test_public_methods_are_only_login_and_health() -> None:
    public = {f"{cls.module}.{name}" for cls in API_CLASSES
              for name, m in _exposed(cls).items() if m.rpc_spec.public}  # type: ignore[attr-defined]
    assert public == {"admin.login", "system.health"}
