"""The bill pages against the real server in process: review queue (release, reject), a
customer's bills with a bill's explanations and its PDF, a correction request showing the
difference first and its approval by a second person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select
from sqlalchemy.orm import Session

from appserver.core.db import make_engine
from client.billing.bill_dialogs import BillDialog, CorrectionDialog
from client.billing.bill_pages import BillsPage, CorrectionsPage, ReviewPage, pages
from client.core.context import AppContext
from client.core.tasks import TaskRunner
from client.core.widgets.pdf_view import PdfDialog
from dbschema.models import Bill, Customer, LedgerEntry, OrgUnit
from tests.helpers.bills import make_bill
from tests.helpers.inprocess import InProcessGateway, seeded_sqlite

NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
WAIT = 10_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def world() -> dict[str, Any]:
    """A seeded database with bills of our own: three held for review, two released."""
    url = seeded_sqlite()
    engine = make_engine(url)
    with Session(engine) as db, db.begin():
        dh = db.scalar(select(OrgUnit.id).where(OrgUnit.code == "DH"))
        customers = db.scalars(select(Customer).where(Customer.office_id == dh,
                                                      Customer.customer_class == "residential")
                               .order_by(Customer.id).limit(5)).all()
        review = [make_bill(db, c.id, 203010, NOW, units=Decimal(500 + 100 * i),
                            reason="above 3x history").id
                  for i, c in enumerate(customers[:3])]
        released = [make_bill(db, c.id, 203010, NOW, units=Decimal(120), status="released").id
                    for c in customers[3:]]
        accounts = [c.account_no for c in customers]
    engine.dispose()
    return {"url": url, "review": review, "released": released, "accounts": accounts}


def _ctx(qtbot: Any, url: str, user: str, tmp_path: Path) -> Iterator[AppContext]:
    gateway = InProcessGateway(url, locale="en")
    gateway.login(user, "demo1234")
    runner = TaskRunner()
    ctx = AppContext(gateway, runner, QSettings(str(tmp_path / f"{user}.ini"),
                                                QSettings.Format.IniFormat),
                     gateway.call("pmis.admin", "whoami"))
    yield ctx
    runner.wait_idle(5000)
    runner.shutdown()


@pytest.fixture
def reader_ctx(qtbot: Any, world: dict[str, Any], tmp_path: Path) -> Iterator[AppContext]:
    yield from _ctx(qtbot, world["url"], "dh.reader", tmp_path)


@pytest.fixture
def head_ctx(qtbot: Any, world: dict[str, Any], tmp_path: Path) -> Iterator[AppContext]:
    yield from _ctx(qtbot, world["url"], "dh.head", tmp_path)


def _wait_loaded(qtbot: Any, dialog: BillDialog) -> None:
    if not dialog.bill:  # the in-process answer may already be there
        with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
            pass


def _db(world: dict[str, Any]) -> Session:
    return Session(make_engine(world["url"]))


def test_pages_follow_the_rights(qtbot: Any, reader_ctx: AppContext) -> None:
    found = pages(reader_ctx)
    assert [title for title, _c, _w in found] == ["Bill review", "Bills", "Corrections"]
    for _t, _c, widget in found:
        qtbot.addWidget(widget)


def test_review_queue_release_and_reject(qtbot: Any, qtmodeltester: Any,
                                         reader_ctx: AppContext,
                                         world: dict[str, Any]) -> None:
    with qtbot.waitSignal(reader_ctx.runner.idle, timeout=WAIT):
        page = ReviewPage(reader_ctx)
        qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    ids = [r["id"] for r in page.model.rows]
    assert set(world["review"]) <= set(ids)
    first = next(r for r in page.model.rows if r["id"] == world["review"][2])
    assert first["review_reason"] == "above 3x history"
    # select two of ours and release them
    page.table.clearSelection()
    for bid in world["review"][:2]:
        row = ids.index(bid)
        page.table.selectionModel().select(
            page.model.index(row, 0), page.table.selectionModel().SelectionFlag.Select
            | page.table.selectionModel().SelectionFlag.Rows)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.release()
    assert not set(world["review"][:2]) & {r["id"] for r in page.model.rows}
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.reject_with(world["review"][2], "misread")
    with _db(world) as db:
        statuses = [db.get(Bill, b).status for b in world["review"]]  # type: ignore[union-attr]
        assert statuses == ["released", "released", "rejected"]
        assert db.scalars(select(LedgerEntry.bill_id).where(
            LedgerEntry.bill_id.in_(world["review"]))).all() == world["review"][:2]


def test_bills_of_a_customer_with_explanations_and_pdf(qtbot: Any, qtmodeltester: Any,
                                                      reader_ctx: AppContext,
                                                      world: dict[str, Any]) -> None:
    page = BillsPage(reader_ctx)
    qtbot.addWidget(page)
    page.account.setText(world["accounts"][3])
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.keyClick(page.account, "\r")
    qtmodeltester.check(page.model)
    assert world["released"][0] in [r["id"] for r in page.model.rows]
    with qtbot.waitSignal(page.bill_opened, timeout=WAIT) as opened:
        page.open_bill(world["released"][0])
    dialog: BillDialog = opened.args[0]
    _wait_loaded(qtbot, dialog)
    qtmodeltester.check(dialog.model)
    assert [r["code"] for r in dialog.model.rows] == ["energy.tier1", "energy.tier2"]
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.table.selectRow(1)
    assert "70 kWh × 0.58 = 40.60" in dialog.explanation.toPlainText()
    assert "tier 2" in dialog.explanation.toPlainText()
    with qtbot.waitSignal(dialog.pdf_shown, timeout=WAIT) as shown:
        dialog.print_bill()
    pdf: PdfDialog = shown.args[0]
    assert pdf.page_count == 1 and pdf.pdf.startswith(b"%PDF")
    pdf.close()
    dialog.close()


def test_correction_request_and_approval(qtbot: Any, qtmodeltester: Any,
                                         reader_ctx: AppContext, head_ctx: AppContext,
                                         world: dict[str, Any]) -> None:
    bill_id = world["released"][1]
    page = BillsPage(reader_ctx)
    qtbot.addWidget(page)
    dialog = page.open_bill(bill_id)
    _wait_loaded(qtbot, dialog)
    with qtbot.waitSignal(dialog.correction_opened, timeout=WAIT) as opened:
        dialog.correct_button.click()
    correction: CorrectionDialog = opened.args[0]
    previous, current = correction.reading_edits["total"]
    assert previous.text() == "1200" and current.text() == "1320"
    assert not correction.submit_button.isEnabled()  # nothing is sent unseen
    current.setText("1300")
    with qtbot.waitSignal(correction.previewed, timeout=WAIT):
        correction.preview_button.click()
    qtmodeltester.check(correction.model)
    assert [r["amount"] for r in correction.model.rows] == ["-11.60"]
    assert "-11.60" in correction.total.text()
    correction.reason.setText("meter misread")
    with qtbot.waitSignal(correction.submitted, timeout=WAIT) as sent:
        correction.submit_button.click()
    request_id = sent.args[0]["id"]
    dialog.close()
    with qtbot.waitSignal(head_ctx.runner.idle, timeout=WAIT):
        approvals = CorrectionsPage(head_ctx)
        qtbot.addWidget(approvals)
    qtmodeltester.check(approvals.model)
    assert approvals.approve_button.isVisibleTo(approvals)
    assert request_id in [r["id"] for r in approvals.model.rows]
    with qtbot.waitSignal(approvals.loaded, timeout=WAIT):
        approvals.decide("approve_correction", request_id)
    with _db(world) as db:
        assert db.get(Bill, bill_id).status == "cancelled"  # type: ignore[union-attr]
        rebill = db.scalars(select(Bill).where(Bill.corrects_bill_id == bill_id)).one()
        assert rebill.amount == Decimal("-11.60")


def test_a_bill_that_does_not_recompute_is_flagged(qtbot: Any, reader_ctx: AppContext,
                                                   world: dict[str, Any]) -> None:
    from dbschema.models import BillLine

    with _db(world) as db, db.begin():
        bill = db.get(Bill, world["review"][0])
        assert bill is not None
        line = db.scalars(select(BillLine).where(BillLine.bill_id == bill.id)
                          .order_by(BillLine.seq)).first()
        assert line is not None
        line.amount += Decimal("1.00")  # what a wrong run or a tampered row would leave
    page = BillsPage(reader_ctx)
    qtbot.addWidget(page)
    dialog = page.open_bill(world["review"][0])
    _wait_loaded(qtbot, dialog)
    assert dialog.warning.isVisibleTo(dialog)
    assert "does not recompute" in dialog.warning.text()
    dialog.close()
