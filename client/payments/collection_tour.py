"""Demo tour steps of the collection work, as the office head of DH: the arrears list with
the step due for each customer, the customers due for a disconnection notice, a batch of
notices issued and its PDF, a penalty explained, a bank withholding file exported and the
bank's result imported with its reconciliation (screenshots in both languages).
"""

from __future__ import annotations

import hashlib
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from client.payments.collection_arrears_presenter import ArrearsPresenter
from client.payments.collection_arrears_view import ArrearsView
from client.payments.collection_bank_presenter import BankFilesPresenter
from client.payments.collection_bank_view import BankFilesView

USER = ("dh.head", "demo1234")
NOTICES_IN_BATCH = 3


def bank_answer(request: bytes, processed_on: str) -> bytes:
    """Play the bank (docs/bank-files.md): every fourth customer lacks funds, the others are
    debited. The result file is what a bank sends back: header, details, trailer + SHA-256."""
    lines = [line.split("|") for line in request.decode("gb18030").split("\r\n") if line]
    header = lines[0]

    def row(*fields: str) -> bytes:
        return "|".join(fields).encode("gb18030") + b"\r\n"

    details = [f for f in lines if f[0] == "D"]
    body = row("H", "PMIS-WR", "1", header[3], header[4], processed_on, str(len(details)))
    paid: list[Decimal] = []
    failed: list[Decimal] = []
    for f in details:
        ok = int(f[1]) % 4 != 0
        (paid if ok else failed).append(Decimal(f[5]))
        body += row("D", f[1], f[2], f[5], "S" if ok else "F", "" if ok else "51",
                    "" if ok else "余额不足 insufficient funds")
    return body + row("T", str(len(details)), str(len(paid)), f"{sum(paid, Decimal(0)):.2f}",
                      str(len(failed)), f"{sum(failed, Decimal(0)):.2f}",
                      hashlib.sha256(body).hexdigest())


def _page(window: Any, kind: type[QWidget]) -> Any:
    tabs: QTabWidget = window.tabbed["payments"][0]
    for index in range(tabs.count()):
        if isinstance(tabs.widget(index), kind):
            tabs.setCurrentIndex(index)
            return tabs.widget(index)
    raise RuntimeError(f"no {kind.__name__} page in the payments module")


def _select(view: ArrearsView, rows: list[int]) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.model.index(row, 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def arrears_steps(tour: Any, app: Any, window: Any) -> None:
    from client.tour import wait_for

    view: ArrearsView = _page(window, ArrearsView)
    presenter = view.findChild(ArrearsPresenter)
    assert presenter is not None
    tour.idle(app, "arrears list")
    tour.shot("arrears_list", window)
    view.action.setCurrentIndex(view.action.findData("notice"))
    wait_for(presenter.loaded, view.show_button.click, "arrears: notice due")
    due = list(range(min(NOTICES_IN_BATCH, view.model.rowCount())))
    if due:
        _select(view, due)
        tour.shot("arrears_notice_due", window)
        ids = [int(view.model.row_at(i)["customer_id"]) for i in due]
        (dialog,) = wait_for(presenter.pdf_opened,
                             lambda: presenter.issue("disconnection", ids, confirmed=True),
                             "disconnection notices")
        dialog.resize(900, 1000)
        tour.idle(app, "notice PDF")
        tour.shot("disconnection_notice_pdf", dialog)
        dialog.close()
    view.action.setCurrentIndex(0)
    wait_for(presenter.loaded, view.show_button.click, "arrears: all")
    # A customer who owes (rows waiting only for reconnection have no penalty to explain;
    # earlier tours on the same database leave some at the top).
    owing = [i for i in range(view.model.rowCount())
             if view.model.row_at(i).get("oldest_due_on")]
    if owing:
        _select(view, owing[:1])
        (detail,) = wait_for(presenter.detail_opened, view.detail_button.click,
                             "penalty details")
        tour.shot("penalty_details", detail)
        detail.close()


def _export_from_some_bank(tour: Any, app: Any, view: BankFilesView,
                           presenter: BankFilesPresenter) -> tuple[dict[str, Any], str] | None:
    """Export for the bank with the most agreements that has customers who owe."""
    outcome: list[tuple[dict[str, Any], str] | None] = []
    presenter.exported.connect(lambda result, path: outcome.append((result, path)))
    presenter.export_failed.connect(lambda: outcome.append(None))
    order = sorted(range(view.bank.count()), key=lambda i: -int(view.banks[i]["agreements"]))
    for index in order:
        view.bank.setCurrentIndex(index)
        tour.idle(app, "bank agreements")
        outcome.clear()
        view.export_button.click()
        tour.idle(app, "bank export")
        if outcome and outcome[0] is not None:
            return outcome[0]
        for box in view.findChildren(QMessageBox, "errorBox"):
            box.close()
    return None


def bank_steps(tour: Any, app: Any, window: Any) -> None:
    from client.tour import wait_for

    view: BankFilesView = _page(window, BankFilesView)
    presenter = view.findChild(BankFilesPresenter)
    assert presenter is not None
    tour.idle(app, "bank files")
    folder = Path(tempfile.mkdtemp(prefix="pmis-bank-"))
    view.ask_save_path = lambda filename: str(folder / filename)  # type: ignore[method-assign]
    exported = _export_from_some_bank(tour, app, view, presenter)
    view.tabs.setCurrentIndex(1)
    tour.shot("bank_agreements", window)
    view.tabs.setCurrentIndex(0)
    if exported is None:
        return  # no customer with an agreement owes anything in this database
    result, path = exported
    tour.idle(app, "bank export")
    tour.shot("bank_export", window)
    answer = folder / f"{result['batch']['batch_no']}-result.txt"
    answer.write_bytes(bank_answer(Path(path).read_bytes(),
                                   result["batch"]["business_date"].replace("-", "")))
    wait_for(presenter.imported, lambda: presenter.import_file(str(answer)), "bank import")
    tour.idle(app, "bank reconciliation")
    tour.shot("bank_reconciliation", window)


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    window.show_module("payments")
    arrears_steps(tour, app, window)
    bank_steps(tour, app, window)
