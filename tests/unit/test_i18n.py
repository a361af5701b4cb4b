"""The server's message catalogue is complete in both languages and every key the code uses
exists."""

from __future__ import annotations

import ast
import re
import string

import pytest

from appserver.core.i18n import MESSAGES, msg
from tests.helpers.imports import python_files, relative

CJK = re.compile(r"[\u4e00-\u9fff]")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_exists_in_both_languages(key: str) -> None:
    en, zh = MESSAGES[key]
    assert en.strip() and zh.strip()
    assert en != zh
    words = re.sub(r"\{[a-z_]+\}", "", zh)
    if any(ch.isalpha() for ch in words):  # "{field}：{problem}" is punctuation only
        assert CJK.search(zh), f"{key}: the Chinese text has no Chinese"
    assert not CJK.search(en), f"{key}: the English text has Chinese"
    assert _fields(en) == _fields(zh), f"{key}: placeholders differ"


def test_locale_selects_the_language() -> None:
    assert msg("en", "session_expired") == MESSAGES["session_expired"][0]
    assert msg("zh_CN", "session_expired") == MESSAGES["session_expired"][1]
    assert msg("zh_CN", "too_long", limit=20) == "最多 20 个字符"


def _used_keys() -> dict[str, str]:
    """Message keys passed as literals to msg(locale, key), x.msg(key) and x.fail(field, key)."""
    used: dict[str, str] = {}
    for path in python_files("appserver"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            arg: ast.expr | None = None
            if isinstance(node.func, ast.Name) and node.func.id == "msg" and len(node.args) > 1:
                arg = node.args[1]
            elif isinstance(node.func, ast.Attribute) and node.func.attr == "msg" and node.args:
                arg = node.args[0]
            elif (isinstance(node.func, ast.Attribute) and node.func.attr == "fail"
                  and len(node.args) > 1):
                arg = node.args[1]
            keywords = [k.value for k in node.keywords if k.arg == "pattern_key"]
            for a in [arg, *keywords]:
                if isinstance(a, ast.Constant) and isinstance(a.value, str):
                    used[a.value] = f"{relative(path)}:{node.lineno}"
    return used


def test_every_key_the_server_uses_is_in_the_catalogue() -> None:
    used = _used_keys()
    assert len(used) > 20
    missing = {k: where for k, where in used.items() if k not in MESSAGES}
    assert missing == {}
