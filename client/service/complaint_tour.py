"""Demo tour steps of the service hall (complaints): the complaint list with its risk colours,
a repeat complaint in detail, intake of a new complaint with the customer picker, the contact
dialog, the consultation log, and the customer statement printed from the customer file
(screenshots in both languages)."""

from __future__ import annotations

from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget

from client.core.widgets.keys import type_text
from client.service.complaint_page import ComplaintsPage
from client.service.consultation_page import ConsultationsPage

USER = ("dh.clerk1", "demo1234")
RENDER_MS = 1500


def _tab(window: Any, kind: type) -> Any:
    tabs: QTabWidget = window.tabbed["service"][0]
    for index in range(tabs.count()):
        if isinstance(tabs.widget(index), kind):
            tabs.setCurrentIndex(index)
            return tabs.widget(index)
    raise RuntimeError(f"no {kind.__name__} in the service hall")


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    from client.tour import wait_for

    window.show_module("service")
    page: ComplaintsPage = _tab(window, ComplaintsPage)
    presenter = page.presenter
    tour.idle(app, "complaint list")
    if page.listing.model.rowCount() == 0:
        raise RuntimeError("the demo has no open complaints")
    repeat = next((r for r in page.listing.model.rows if r["repeat"]),
                  page.listing.model.row_at(0))
    wait_for(presenter.shown, lambda: presenter.open(repeat["id"]), "open a complaint")
    tour.idle(app, "complaint detail")
    tour.shot("complaints_list", window)
    page.detail.tabs.setCurrentIndex(1)  # the history
    tour.shot("complaint_detail", page.detail)
    page.detail.tabs.setCurrentIndex(0)
    _intake(tour, app, window, page, repeat)
    _consultations(tour, app, window)
    _statement(tour, app, window, repeat)


def _intake(tour: Any, app: Any, window: Any, page: ComplaintsPage,
            repeat: dict[str, Any]) -> None:
    from client.tour import wait_for

    presenter, form = page.presenter, page.form
    presenter.new()
    account = repeat.get("account_no") or "1000000"

    type_text(form.picker.query, account)
    form.picker.search()
    tour.idle(app, "find the customer")
    QTest.qWait(100)  # the answer is delivered on the UI thread
    if form.picker.customer() is None and form.picker.choice is not None:
        form.picker.choice.accept()  # several matches: the clerk takes the first
    if form.picker.customer() is None:
        raise RuntimeError(f"no customer {account} for the complaint")
    form.channel.setCurrentIndex(max(0, form.channel.findData("phone")))
    form.category.setCurrentIndex(max(0, form.category.findData("supply_quality")))
    type_text(form.subject, "晚间电压偏低")
    form.text.setPlainText("每天晚上 7 点到 10 点灯光昏暗，空调无法启动，已持续一周。")
    tour.shot("complaint_intake", window)
    wait_for(presenter.registered, form.submit.click, "register a complaint")
    tour.idle(app, "registered")
    tour.shot("complaint_registered", window)
    (dialog,) = wait_for(presenter.dialog_opened,
                         lambda: page.detail.action_requested.emit("contact"), "contact dialog")
    dialog.text.setPlainText("已电话联系客户，约定明天上午派人测量电压。")
    dialog.resize(520, dialog.sizeHint().height())
    tour.shot("complaint_contact_dialog", dialog)
    wait_for(presenter.saved, lambda: dialog.buttons.accepted.emit(), "record contact")
    tour.idle(app, "contact recorded")
    tour.shot("complaint_contacted", window)


def _consultations(tour: Any, app: Any, window: Any) -> None:
    page: ConsultationsPage = _tab(window, ConsultationsPage)
    tour.idle(app, "consultations")
    form = page.form
    form.topic.setCurrentIndex(max(0, form.topic.findData("tariffs")))
    form.question.setPlainText("峰谷分时电价怎么申请？")
    form.answer.setPlainText("居民客户可在营业厅或网上国网 App 申请，次月生效。")
    tour.shot("consultations", window)


def _statement(tour: Any, app: Any, window: Any, repeat: dict[str, Any]) -> None:
    from client.tour import wait_for

    customers = window.customers
    if customers is None:
        raise RuntimeError("the clerk has no Customers module")
    window.show_module("customers")
    customers.show_search()
    account = repeat.get("account_no") or "1000000"
    wait_for(customers.search.loaded, lambda: type_text(customers.search_view.box, account),
             "search the customer")
    view = customers.search_view
    (presenter,) = wait_for(customers.file_opened, lambda: view.table.activated.emit(
        view.model.index(0, 0)), "open the customer file")
    if not presenter.view.customer:
        wait_for(presenter.loaded, lambda: None, "load the customer file")
    tour.shot("statement_button", window)
    (dialog,) = wait_for(presenter.statement_shown, presenter.view.statement.click,
                         "statement PDF")
    dialog.resize(900, 1050)
    tour.idle(app, "statement PDF")
    QTest.qWait(RENDER_MS)  # QPdfView renders its pages in the background
    tour.shot("statement_pdf", dialog)
    dialog.close()
