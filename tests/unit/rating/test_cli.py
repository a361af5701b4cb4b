"""``python -m appserver.billing.rating REQUEST.json`` on the shipped example requests."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from appserver.billing.rating.__main__ import main
from tests.unit.rating.helpers import EXAMPLES

ROOT = Path(__file__).resolve().parents[3]
# Units, rule names of the tariff files and the yuan/kWh units stay as they are.
ALLOWED_LATIN = {"kWh", "kVA", "kvarh"}


def test_cli_prints_lines_and_total_as_json() -> None:
    run = subprocess.run([sys.executable, "-m", "appserver.billing.rating",
                          str(EXAMPLES / "incline-winter-1200kwh.json")],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    result = json.loads(run.stdout)
    assert result["total"] == "171.55"
    assert [ln["amount"] for ln in result["lines"]] == [
        "16.00", "22.05", "22.30", "102.00", "7.50", "1.70"]
    first = result["lines"][0]
    assert first["label_zh"] == "电度电费（第1档）"
    assert set(first["explanation"]) == {"rule", "inputs", "table_row", "rounding", "text",
                                         "text_zh"}
    assert first["explanation"]["text_zh"].startswith("月度阶梯：本月电量落入第1档的部分")


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_every_example_rates_and_total_is_the_sum_of_lines(
        path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert Decimal(result["total"]) == sum(Decimal(ln["amount"]) for ln in result["lines"])
    assert all(isinstance(ln["amount"], str) for ln in result["lines"])


def test_cli_refuses_bad_input_with_exit_code_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"tariff": "JX-RES-SHARED", "period": "2024-06", '
                   '"segments": [{"registers": {"total": NaN}}]}', encoding="utf-8")
    assert main([str(bad)]) == 2
    error = json.loads(capsys.readouterr().err)
    assert "NaN" in error["error"]
    bad.write_text('{"tariff": "JX-RES-SHARED", "period": "2024-06", '
                   '"segments": [{"registers": {"total": "-1"}}]}', encoding="utf-8")
    assert main([str(bad)]) == 2
    error = json.loads(capsys.readouterr().err)
    assert error["field"] == "segments[0].registers.total"
    assert main([str(tmp_path / "missing.json")]) == 2


def test_json_numbers_are_read_as_exact_decimals(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    req = tmp_path / "r.json"
    req.write_text('{"tariff": "JX-RES-SHARED", "period": "2024-06", '
                   '"segments": [{"registers": {"total": 100.1}}]}', encoding="utf-8")
    assert main([str(req)]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == "62.06"  # 100.1 × 0.62 = 62.062


def test_list_validates_and_lists_the_tariff_versions(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 10
    assert listed[0].startswith("AG-PROD@1 ")


def test_without_request_or_list_the_usage_is_shown() -> None:
    with pytest.raises(SystemExit) as caught:
        main([])
    assert caught.value.code == 2


def test_every_explanation_reads_in_chinese_too() -> None:
    """Each line of every shipped example explains itself in Chinese without English words
    (the technical unit names kWh/kVA/kvarh/PF aside)."""
    from appserver.billing.rating import load_catalog, rate, request_from_data

    catalog = load_catalog()
    for path in sorted(EXAMPLES.glob("*.json")):
        result = rate(request_from_data(json.loads(path.read_text(encoding="utf-8"))),
                      catalog)
        for line in result.lines:
            assert line.explanation is not None
            text = re.sub(r"规则 \S+", "", line.explanation.text(chinese=True))
            words = {w for w in re.findall(r"[A-Za-z_]{3,}", text)} - ALLOWED_LATIN
            assert not words, f"{path.name} {line.code}: {words} in {text}"
