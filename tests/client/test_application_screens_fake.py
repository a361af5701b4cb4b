"""The application screens against a scripted pmis.service (what the real server cannot be
made to do on demand): a stale version reloads with a message, a type acting on an existing
customer needs the customer picked first, the stage path's states, the image viewer, the
editors of every field kind. Everything else runs on the real server
(test_application_screens.py)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from appserver.contract.api import OBJECT_SERVICE
from appserver.contract.errors import Conflict, UserError
from client import i18n_build
from client.core.context import AppContext
from client.core.tasks import TaskRunner
from client.service.application_dialogs import CompleteStageDialog, ImageDialog, ReasonDialog
from client.service.application_form import DateField, FieldForm
from client.service.application_list import ApplicationsPage
from client.service.application_models import (
    applications_model,
    attachments_model,
    events_model,
    items_model,
    stages_model,
    time_left,
    workflow_versions_model,
)
from client.service.application_stage_path import stage_states

WAIT = 5000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
STAGES = [{"code": c, "name": c.title(), "role": "counter_clerk", "days": "1", "fields": [],
           "documents": [], "next": [n] if n else []}
          for c, n in (("acceptance", "survey"), ("survey", "design"), ("design", "archive"),
                       ("archive", None))]
NEW_NAME = {"name": "new_name", "label": "New name", "kind": "text", "required": True,
            "choices": [], "max_length": 40}
TYPE = {"code": "name_transfer", "name": "Name transfer", "version": 1,
        "needs_customer": True, "total_days": "3", "stages": STAGES,
        "documents": [{"code": "id_card", "name": "ID card"}],
        "fields": [NEW_NAME]}
APPLICATION = {"id": 7, "app_no": "YK202611280007", "type_code": "name_transfer",
               "type_name": "Name transfer", "status": "active", "stage": "survey",
               "stage_name": "Survey", "applicant": "王芳", "customer_id": 3,
               "account_no": "1000000003", "office_id": 2, "opened_at": "2026-11-27T02:00:00Z",
               "due_at": "2026-11-30T02:00:00Z", "risk": "near", "version": 4,
               "fields": {"new_name": "王芳"}, "note": "", "path": ["acceptance", "survey"],
               "events": [], "attachments": [], "items": [],
               "actions": {"advance": ["design"], "return": ["acceptance"], "suspend": True,
                           "resume": False, "terminate": False, "update": True},
               "missing": {"fields": [], "documents": ["id_card"]}}


class ScriptedService:
    """pmis.service answers from a script; other objects go to the real in-process server."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.application = copy.deepcopy(APPLICATION)
        self.fail_next: Exception | None = None
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def call(self, obj: str, method: str, *args: Any, write: bool = False) -> Any:
        if obj != OBJECT_SERVICE:
            return self.real.call(obj, method, *args, write=write)
        self.calls.append((method, args))
        if self.fail_next is not None and write:
            exc, self.fail_next = self.fail_next, None
            raise exc
        if method == "application_types":
            return [copy.deepcopy(TYPE)]
        if method == "search_applications":
            return {"rows": [self.application], "total": 1}
        if method == "get_application":
            return copy.deepcopy(self.application)
        if method == "register_application":
            return copy.deepcopy(self.application)
        raise AssertionError(f"unscripted call {method}")


@pytest.fixture
def scripted(clerk_gateway: Any) -> ScriptedService:
    return ScriptedService(clerk_gateway)


@pytest.fixture
def ctx(qtbot: Any, scripted: ScriptedService, clerk_gateway: Any,
        tmp_path: Path) -> Iterator[AppContext]:
    runner = TaskRunner()
    context = AppContext(scripted, runner, QSettings(str(tmp_path / "c.ini"),
                                                     QSettings.Format.IniFormat),
                         clerk_gateway.call("pmis.admin", "whoami"))
    yield context
    runner.wait_idle(WAIT)
    runner.shutdown()


def _page(qtbot: Any, ctx: AppContext) -> ApplicationsPage:
    page = ApplicationsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.types) and page.model.rowCount() == 1, timeout=WAIT)
    return page


def _open(qtbot: Any, page: ApplicationsPage) -> Any:
    with qtbot.waitSignal(page.detail_opened, timeout=WAIT) as opened:
        page.open_application(7)
    presenter = opened.args[0]
    qtbot.waitUntil(lambda: bool(presenter.application), timeout=WAIT)
    return presenter


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    rows: dict[str, list[dict[str, Any]]] = {
        "applications": [APPLICATION], "events": [{"at": "2026-11-27T02:00:00Z",
            "by": "dh.clerk1", "action": "register", "from_stage": None,
            "to_stage": "acceptance", "reason": ""}],
            "attachments": [{"id": 1, "doc_type": "id_card", "doc_name": "ID card",
                             "filename": "id.png", "mime": "image/png", "size": 2048,
                             "stage": "acceptance", "uploaded_by": "dh.clerk1",
                             "uploaded_at": "2026-11-27T02:00:00Z"}],
            "items": [{"step": "survey", "step_name": "Survey", "status": "open",
                       "opened_at": "2026-11-27T02:00:00Z", "due_at": "2026-11-28T02:00:00Z",
                       "time_left_s": -3900, "risk": "breached", "breached": True}]}
    for make, key in ((applications_model, "applications"), (events_model, "events"),
                      (attachments_model, "attachments"), (items_model, "items")):
        model = make(None)
        model.set_rows(rows[key])
        qtmodeltester.check(model)
    versions = workflow_versions_model(None)
    versions.set_rows([{"id": 1, "code": "x", "name": "X", "version": 1, "status": "draft"}])
    qtmodeltester.check(versions)
    stages = stages_model(None)
    stages.set_rows(STAGES)
    qtmodeltester.check(stages)


def test_time_left_and_risk_colours() -> None:
    assert time_left({"time_left_s": -3900, "risk": "breached"}) == "overdue 1 h 5 min"
    assert time_left({"time_left_s": 2 * 86400 + 7200, "risk": "ok"}) == "2 d 2 h"
    assert time_left({"status": "paused", "risk": "paused", "time_left_s": 50}) == "Paused"
    assert time_left({"risk": "near"}) == "Due soon"  # list rows carry the risk only
    model = items_model(None)
    model.set_rows([{"step": "a", "status": "open", "time_left_s": -1, "risk": "breached"},
                    {"step": "b", "status": "paused", "time_left_s": 9, "risk": "paused"}])
    column = [c.key for c in model.columns].index("time_left")
    red = model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole).color()
    grey = model.data(model.index(1, column), Qt.ItemDataRole.ForegroundRole).color()
    assert red == QColor("#c62828")
    assert grey == QColor("#757575")


def test_stage_states_follow_the_path() -> None:
    walked = {"stage": "design", "status": "active", "path": ["acceptance", "design"]}
    assert stage_states(STAGES, walked) == ["done", "skipped", "current", "ahead"]
    assert stage_states(STAGES, {**walked, "status": "suspended"})[2] == "paused"
    assert stage_states(STAGES, {**walked, "status": "terminated"})[2] == "ended"
    done = {"stage": "archive", "status": "completed",
            "path": ["acceptance", "survey", "design", "archive"]}
    assert stage_states(STAGES, done) == ["done"] * 4


def test_every_field_kind_gets_its_editor(qtbot: Any) -> None:
    kinds = ("text", "decimal", "integer", "date", "choice", "customer_class", "tariff_code",
             "voltage", "mobile", "ratio")
    fields = [{"name": k, "label": k, "kind": k, "required": k == "text", "max_length": None,
               "choices": [{"value": "a", "label": "A"}] if k in ("choice", "tariff_code")
               else []} for k in kinds]
    form = FieldForm()
    qtbot.addWidget(form)
    form.set_fields(fields, {"date": "2026-12-01", "voltage": "380V", "decimal": "4.5",
                             "customer_class": "commercial"})
    assert isinstance(form.editors["date"], DateField)
    assert isinstance(form.editors["voltage"], QComboBox)
    assert form.captions["text"].text() == "text *"
    values = form.values()
    assert values["date"] == "2026-12-01" and values["voltage"] == "380V"
    assert values["customer_class"] == "commercial" and values["decimal"] == "4.5"
    assert values["choice"] == "" and values["integer"] == ""  # optional: may stay empty
    decimal = form.editors["decimal"]
    assert isinstance(decimal, QLineEdit)
    qtbot.keyClicks(decimal, "x7")  # letters are not accepted
    assert decimal.text() == "4.57"
    assert form.missing_required() == ["text"]
    form.editors["date"].setDate(QDate(1900, 1, 1))
    assert form.value("date") == ""


def test_stale_version_reloads_with_a_message(qtbot: Any, ctx: AppContext,
                                              scripted: ScriptedService) -> None:
    page = _page(qtbot, ctx)
    presenter = _open(qtbot, page)
    assert presenter.view.buttons["advance"].isEnabled()
    assert not presenter.view.buttons["terminate"].isEnabled()
    assert presenter.view.missing.isVisibleTo(presenter.view)
    assert "ID card" in presenter.view.missing.text()
    with qtbot.waitSignal(presenter.dialog_opened, timeout=WAIT) as opened:
        presenter.view.buttons["suspend"].click()
    dialog = opened.args[0]
    assert isinstance(dialog, ReasonDialog)
    dialog.reason.setPlainText("waiting for the landlord's consent")
    scripted.fail_next = Conflict("Someone else changed this application.")
    scripted.application["version"] = 5
    with qtbot.waitSignal(presenter.conflict, timeout=WAIT) as conflict:
        dialog.ok_button.click()
    assert "Someone else changed" in conflict.args[0]
    qtbot.waitUntil(lambda: presenter.application.get("version") == 5, timeout=WAIT)
    box = presenter.view.findChild(QMessageBox, "conflictBox")
    assert box is not None and "loaded again" in box.text()
    box.close()


def test_refusal_stays_in_the_dialog(qtbot: Any, ctx: AppContext,
                                     scripted: ScriptedService) -> None:
    page = _page(qtbot, ctx)
    presenter = _open(qtbot, page)
    with qtbot.waitSignal(presenter.dialog_opened, timeout=WAIT) as opened:
        presenter.view.buttons["advance"].click()
    dialog = opened.args[0]
    scripted.fail_next = UserError("The ID card scan is missing.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog), timeout=WAIT)
    assert dialog.problem.text() == "The ID card scan is missing."
    assert dialog.ok_button.isEnabled() and dialog.isVisible()  # nothing typed is lost
    dialog.reject()


def test_a_type_on_an_existing_customer_needs_the_customer(qtbot: Any, ctx: AppContext,
                                                           scripted: ScriptedService) -> None:
    page = _page(qtbot, ctx)
    with qtbot.waitSignal(page.register_opened, timeout=WAIT) as opened:
        page.new_button.click()
    dialog = opened.args[0]
    assert dialog.picker.isVisibleTo(dialog)
    dialog.form.editors["new_name"].setText("李雷")
    dialog.ok_button.click()
    assert "customer" in dialog.form.problem.text()
    assert not any(m == "register_application" for m, _a in scripted.calls)
    customer = scripted.real.call("pmis.customers", "search", "王",
                                  {"offset": 0, "limit": 1})["rows"][0]
    dialog.picker.set_customer(customer)
    with qtbot.waitSignal(page.registered, timeout=WAIT):
        dialog.ok_button.click()
    register = next(a for m, a in scripted.calls if m == "register_application")
    assert register[0] == "name_transfer" and register[2] == {"new_name": "李雷"}
    assert register[1] == customer["id"]


def test_image_viewer_scales_the_scan(qtbot: Any, tmp_path: Path) -> None:
    image = QImage(1200, 1600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    path = tmp_path / "scan.png"
    image.save(str(path))
    dialog = ImageDialog("ID card", path.read_bytes())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.loaded
    shown = dialog.image.pixmap()
    assert shown.height() <= dialog.area.viewport().height()
    dialog.fit.setChecked(False)
    assert dialog.image.pixmap().height() == 1600


MY_SOURCES = sorted([*(i18n_build.ROOT / "client" / "service").glob("application_*.py"),
                     i18n_build.ROOT / "client" / "service" / "workflow_page.py"])


@pytest.fixture(scope="module")
def chinese_qm(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    """The application screens' strings compiled as the client's pipeline does it."""
    ts_file = tmp_path_factory.mktemp("i18n") / "applications_zh_CN.ts"
    i18n_build.extract(ts_file, "zh_CN", MY_SOURCES)
    missing = i18n_build.fill(ts_file, "zh_CN", i18n_build.load_glossary())
    return i18n_build.compile_qm(ts_file), missing


def test_every_string_has_chinese_and_the_screens_switch_live(
        qtbot: Any, ctx: AppContext, scripted: ScriptedService,
        chinese_qm: tuple[Path, list[Any]]) -> None:
    qm, missing = chinese_qm
    assert missing == []
    page = _page(qtbot, ctx)
    presenter = _open(qtbot, page)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        for widget in (page, presenter.view):
            widget.retranslate()  # what the main window does on a LanguageChange
        assert page.new_button.text() == "新建申请(&N)…"
        assert page.tabs.tabText(0) == "查询"
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "申请编号"
        assert presenter.view.buttons["advance"].text() == "环节完成(&C)…"
        assert "完成本环节尚缺" in presenter.view.missing.text()
        # The server's names (types, stages, fields) are asked for again in the new language.
        qtbot.waitUntil(lambda: [m for m, _a in scripted.calls].count("application_types")
                        == 2, timeout=WAIT)
        qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=WAIT)
    finally:
        app.removeTranslator(translator)
    page.retranslate()
    assert page.tabs.tabText(0) == "Search"


def test_completing_a_stage_with_a_choice_of_next_stages(qtbot: Any) -> None:
    dialog = CompleteStageDialog("Supply plan", [("design_review", "Design review"),
                                                 ("construction", "Construction")],
                                 [NEW_NAME], {"new_name": "李雷"}, "keep me")
    qtbot.addWidget(dialog)
    assert dialog.next_stage.isVisibleTo(dialog)
    dialog.next_stage.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.submitted) as submitted:
        dialog.ok_button.click()
    assert submitted.args[0] == {"to_stage": "construction", "fields": {"new_name": "李雷"},
                                 "note": "keep me"}
    last = CompleteStageDialog("Archiving", [], [], {}, "")
    qtbot.addWidget(last)
    assert not last.next_stage.isVisibleTo(last) and "last stage" in last.intro.text()
    with qtbot.waitSignal(last.submitted) as submitted:
        last.ok_button.click()
    assert submitted.args[0]["to_stage"] is None
