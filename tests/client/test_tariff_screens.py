"""The tariff screens on the in-process server: the calculator from the combo to the total, and
the Tariffs page drafting, submitting and approving (by a second person) a version."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from appserver.contract.api import OBJECT_BILLING
from client.billing.tariff_calc_presenter import build_request, inputs_for
from client.billing.tariff_editor import TomlEditorDialog, line_of_field
from client.billing.tariff_models import flatten, lines_model, versions_model
from client.billing.tariff_pages import CalculatorPage, TariffsPage, pages
from client.core.context import AppContext
from client.core.tasks import TaskRunner
from tests.helpers.inprocess import InProcessGateway, seeded_sqlite

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _ctx(gateway: InProcessGateway, tmp_path: Path, name: str) -> AppContext:
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    return AppContext(gateway, TaskRunner(), settings, gateway.call("pmis.admin", "whoami"))


@pytest.fixture
def shared_db() -> str:
    return seeded_sqlite()


@pytest.fixture
def manager_and_admin(qtbot: Any, shared_db: str,
                      tmp_path: Path) -> Iterator[tuple[AppContext, AppContext]]:
    contexts = []
    for user in ("manager", "admin"):
        gateway = InProcessGateway(shared_db)
        gateway.login(user, "demo1234")
        contexts.append(_ctx(gateway, tmp_path, user))
    yield contexts[0], contexts[1]
    for ctx in contexts:
        ctx.runner.wait_idle(5000)
        ctx.runner.shutdown()


def _line(page: CalculatorPage, key: str) -> Any:
    return page.view.edits[key]


def _visible(page: CalculatorPage, key: str) -> bool:
    return page.view.form.isRowVisible(page.view.edits[key])


def test_models_pass_the_model_tester(qtmodeltester: Any, clerk_gateway: InProcessGateway) -> None:
    tariffs = clerk_gateway.call(OBJECT_BILLING, "list_tariffs")["tariffs"]
    versions = versions_model()
    versions.set_rows(flatten(tariffs))
    qtmodeltester.check(versions)
    result = clerk_gateway.call(OBJECT_BILLING, "calculate", build_request(
        "EX-INCLINE-WINTER", {"total": "1200", "period": "2024-01"}))
    lines = lines_model()
    lines.set_rows(result["lines"])
    qtmodeltester.check(lines)
    assert lines.rowCount() == 6
    tip = lines.data(lines.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "rounding" in tip


def test_calculator_answers_350_kwh_with_enter(qtbot: Any, clerk_ctx: AppContext) -> None:
    page = CalculatorPage(clerk_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.view.combo.count() > 0, timeout=10_000)
    page.view.choose("JX-RES-ANNUAL")
    page.view.period.setText("2026-11")
    assert _visible(page, "total") and _visible(page, "ytd")
    assert not _visible(page, "peak") and not _visible(page, "capacity")
    _line(page, "ytd").setText("2000")
    _line(page, "total").setText("350")
    with qtbot.waitSignal(page.presenter.calculated, timeout=10_000) as got:
        qtbot.keyClick(_line(page, "total"), Qt.Key.Key_Return)
    assert got.args[0]["total"] == "219.50"
    assert "219.50" in page.view.total.text()
    assert page.view.model.rowCount() == 2
    assert "tier" in page.view.explanation.text()  # the first line is selected and explained


def test_calculator_shows_the_fields_a_two_part_tariff_needs(qtbot: Any,
                                                             clerk_ctx: AppContext) -> None:
    page = CalculatorPage(clerk_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.view.combo.count() > 0, timeout=10_000)
    page.view.choose("LI-DEMAND")
    assert not _visible(page, "total")
    for key in ("peak", "flat", "valley", "max_demand", "contracted_demand", "reactive"):
        assert _visible(page, key), key
    assert page.view.form.isRowVisible(page.view.transformer)
    values = {"peak": "100000", "flat": "100000", "valley": "100000", "reactive": "180000",
              "max_demand": "1200", "contracted_demand": "1000"}
    for key, text in values.items():
        _line(page, key).setText(text)
    page.view.period.setText("2024-06")
    with qtbot.waitSignal(page.presenter.calculated, timeout=10_000) as got:
        page.view.calculate.click()
    assert got.args[0]["total"] == "233222.10"


def test_calculator_shows_a_refusal_on_the_field(qtbot: Any, clerk_ctx: AppContext) -> None:
    page = CalculatorPage(clerk_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.view.combo.count() > 0, timeout=10_000)
    page.view.choose("JX-RES-ANNUAL")
    _line(page, "total").setText("-5")
    with qtbot.waitSignal(page.presenter.failed, timeout=10_000) as got:
        page.presenter.calculate()
    assert "must not be negative" in got.args[0]
    assert page.view.problem.text() == got.args[0]
    assert page.view.field_widget("segments[0].registers.total") is _line(page, "total")
    assert _line(page, "total").selectedText() == "-5"  # selected, ready to retype
    assert page.view.model.rowCount() == 0


def test_request_builder_and_version_inputs() -> None:
    request = build_request("CI-TOU", {"period": "2026-11", "days": "10", "peak": "5",
                                       "total": "", "transformer": "400", "ytd": ""})
    assert request == {"tariff": "CI-TOU", "period": "2026-11", "segments": [
        {"registers": {"peak": "5"}, "days": 10, "transformer_kva": "400"}]}
    versions: list[dict[str, Any]] = [
        {"status": "approved", "effective_from": "2023-07-01", "effective_to": "2026-12-31",
         "inputs": {"annual_tiers": True}},
        {"status": "approved", "effective_from": "2027-01-01", "effective_to": None,
         "inputs": {"annual_tiers": False}},
        {"status": "draft", "effective_from": "2028-01-01", "effective_to": None}]
    assert inputs_for(versions, "2026-12") == {"annual_tiers": True}
    assert inputs_for(versions, "2027-03") == {"annual_tiers": False}


def test_editor_finds_the_line_of_a_field() -> None:
    text = ("code = \"X\"\n[energy.tiers]\nbasis = \"monthly\"\n\n[[energy.tiers.blocks]]\n"
            "upto = 50\nprice = 0.53\n\n[[energy.tiers.blocks]]\nprice = 0.58\n")
    assert line_of_field(text, "energy.tiers.blocks[0].upto") == 5
    assert line_of_field(text, "energy.tiers.blocks[1].price") == 9
    assert line_of_field(text, "code") == 0


def test_a_clerk_sees_no_edit_or_approve_buttons(qtbot: Any, clerk_ctx: AppContext) -> None:
    made = pages(clerk_ctx)
    for _title, _context, widget in made:
        qtbot.addWidget(widget)
    assert [title for title, _context, _page in made] == ["Tariff calculator", "Tariffs"]
    clerk_ctx.runner.wait_idle(10_000)
    page = TariffsPage(clerk_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.presenter.loaded, timeout=10_000):
        pass
    buttons = page.view.buttons
    assert not buttons["new"].isVisibleTo(page) and not buttons["approve"].isVisibleTo(page)
    assert buttons["export"].isVisibleTo(page)


def test_draft_submit_and_approve_by_a_second_person(
        qtbot: Any, manager_and_admin: tuple[AppContext, AppContext], tmp_path: Path) -> None:
    manager, admin = manager_and_admin
    page = TariffsPage(manager)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.view.model.rowCount() > 0, timeout=10_000)
    v1 = next(r for r in page.view.model.rows if r["key"] == "EX-MONTHLY-2BLOCK@1")
    with qtbot.waitSignal(page.presenter.shown, timeout=10_000):
        page.view.select_id(v1["id"])
    assert "EX-MONTHLY-2BLOCK" in page.view.summary.toPlainText()
    with qtbot.waitSignal(page.presenter.dialog_opened) as opened:
        page.view.buttons["new"].click()
    editor = opened.args[0]
    assert isinstance(editor, TomlEditorDialog)
    assert "version = 2" in editor.text()
    # Same dates as version 1: the server refuses, the editor shows it on the right line.
    bad = editor.text().replace("upto = 50", "upto = -50")
    editor.editor.setPlainText(bad)
    editor.save_button.click()
    qtbot.waitUntil(lambda: bool(editor.problem.text()), timeout=10_000)
    assert "upto: must not be negative" in editor.problem.text()
    assert editor.editor.textCursor().selectedText().startswith("upto")
    editor.editor.setPlainText(bad.replace("upto = -50", "upto = 50").replace(
        "effective_from = 2020-01-01", "effective_from = 2027-01-01"))
    with qtbot.waitSignal(page.presenter.changed, timeout=10_000) as saved:
        editor.save_button.click()
    draft = saved.args[0]
    assert (draft["key"], draft["status"]) == ("EX-MONTHLY-2BLOCK@2", "draft")
    with qtbot.waitSignal(page.presenter.shown, timeout=10_000):
        pass
    with qtbot.waitSignal(page.presenter.changed, timeout=10_000):
        page.view.buttons["submit"].click()
    with qtbot.waitSignal(page.presenter.shown, timeout=10_000):
        pass
    assert page.view.version is not None and page.view.version["status"] == "pending"
    assert not page.view.buttons["approve"].isEnabled()  # one's own draft
    # The second person approves it on their own screen.
    other = TariffsPage(admin)
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: other.view.model.rowCount() > 0, timeout=10_000)
    with qtbot.waitSignal(other.presenter.shown, timeout=10_000):
        other.view.select_id(draft["id"])
    assert other.view.buttons["approve"].isEnabled()
    with qtbot.waitSignal(other.presenter.changed, timeout=10_000) as approved:
        other.view.buttons["approve"].click()
    assert approved.args[0]["status"] == "approved"
    # Export the approved version to a file; import it back under the next number as a draft.
    with qtbot.waitSignal(other.presenter.changed, timeout=10_000):
        other.presenter.export_to(tmp_path, draft["id"])
    exported = (tmp_path / "EX-MONTHLY-2BLOCK.v2.toml").read_text("utf-8")
    assert "effective_from = 2027-01-01" in exported
    text = exported.replace("version = 2", "version = 3").replace("2027-01-01", "2028-01-01")
    with qtbot.waitSignal(page.presenter.changed, timeout=10_000) as imported:
        page.presenter.import_text("EX-MONTHLY-2BLOCK.v3.toml", text)
    assert (imported.args[0]["key"], imported.args[0]["status"]) == ("EX-MONTHLY-2BLOCK@3",
                                                                    "draft")
