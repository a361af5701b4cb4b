"""Demo tour steps: reading books, the plan of this month, keyboard entry, an import with its
report, the exception queue (screenshots in both languages).

The import is a small file made from the demo history: this month's readings of the first
meters of the reader's book that is still open, one of them far above its history, plus an
unknown meter and a broken line, so the report shows its three groups.
"""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from appserver.contract.api import OBJECT_METERING
from client.metering.books_page import BooksPage
from client.metering.entry_page import EntryPage
from client.metering.exceptions_page import ExceptionsPage
from client.metering.import_page import ImportPage

USER = ("dh.reader", "demo1234")
PERIOD = "2026-11"
HEADER = ("meter_serial,read_date,total,peak,flat,valley,critical_peak,deep_valley,reactive,"
          "max_demand")
IMPORT_LINES = 1000  # the whole open book of the demo (about 300 points)


def _page(window: Any, cls: type[QWidget]) -> Any:
    _tabs, pages = window.tabbed["metering"]
    for _source, _context, widget in pages:
        if isinstance(widget, cls):
            window.show_page("metering", widget)
            return widget
    raise RuntimeError(f"no {cls.__name__} in the metering module")


def import_file(gateway: Any, folder: Path) -> Path:
    """A CSV of this month's readings for the first points of the reader's open plan."""
    books = gateway.call(OBJECT_METERING, "list_books", PERIOD)["books"]
    # The tour runs once per language on the same database: the second finds the plan the
    # first imported into (still not validated) and imports into it again (corrections).
    plan = next((b for status in ("open", "imported") for b in books
                 if b["plan_status"] == status and b["plan_id"]), None)
    if plan is None:
        plan = next(b for b in books if b["plan_id"])
    rows = gateway.call(OBJECT_METERING, "entry_sheet", plan["plan_id"])["rows"]
    lines = [HEADER]
    for n, row in enumerate(r for r in rows if r["last"] and r["active"]):
        if n == IMPORT_LINES:
            break
        last = {k: Decimal(v) for k, v in row["last"]["registers"].items()}
        typical = Decimal(row["typical_kwh"] or "100") / Decimal(row["multiplier"])
        step = (typical * (6 if n == 3 else 1)).quantize(Decimal("0.01"))
        peak = (step * Decimal("0.3")).quantize(Decimal("0.01"))
        valley = (step * Decimal("0.3")).quantize(Decimal("0.01"))
        regs = {"total": last["total"] + step}
        if "peak" in last:
            regs.update(peak=last["peak"] + peak, flat=last["flat"] + step - peak - valley,
                        valley=last["valley"] + valley)
        if "reactive" in last:
            regs["reactive"] = last["reactive"] + (step * Decimal("0.4")).quantize(
                Decimal("0.01"))
        values = [str(regs.get(k, "")) for k in ("total", "peak", "flat", "valley")]
        lines.append(f"{row['serial']},2026-11-27,{','.join(values)},,,"
                     f"{regs.get('reactive', '')},")
    lines += ["ZJ9999999999,2026-11-27,100.00,,,,,,,", "ZJ31000007,27/11/2026,12.5"]
    path = folder / "dh-handheld-2026-11.csv"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def steps(tour: Any, app: Any, window: Any) -> None:
    """tour: client.tour.Tour (shot, idle); app: ClientApp; window: MainWindow."""
    books: BooksPage = _page(window, BooksPage)
    tour.idle(app, "reading books")
    view = books.view
    view.books_table.setCurrentIndex(view.books.index(0, 0))
    tour.idle(app, "points of a book")
    tour.shot("reading_books", window)

    entry: EntryPage = _page(window, EntryPage)
    tour.idle(app, "entry sheet")
    model = entry.view.model
    typed = 0
    for row in range(model.rowCount()):
        r = model.rows[row]
        if r["expected_low"] and typed < 6:
            value = Decimal(r["expected_low"]) + Decimal("12.30")
            if typed == 2:
                value = Decimal(r["expected_high"]) + Decimal(900)  # highlighted
            model.setData(model.index(row, 6), str(value))
            typed += 1
    entry.view.table.setCurrentIndex(model.index(typed, 6))
    tour.shot("reading_entry", window)
    entry.view.save.click()
    tour.idle(app, "entry saved")
    tour.shot("reading_entry_saved", window)

    folder = Path(tempfile.mkdtemp(prefix="pmis-tour-import-"))
    importer: ImportPage = _page(window, ImportPage)
    importer.import_file(PERIOD, str(import_file(app.ctx.gateway, folder)))
    tour.idle(app, "import")
    tour.shot("reading_import_report", window)

    queue: ExceptionsPage = _page(window, ExceptionsPage)
    tour.idle(app, "exception queue")
    tour.shot("reading_exceptions", window)
    item = queue.view.current()
    if item is not None:
        dialog = queue.decision_dialog(item, "correct")
        dialog.note.setText("抄表员核对现场示数")
        dialog.show()
        tour.shot("reading_correct_dialog", dialog)
        dialog.reject()
        change = queue.change_dialog(item)
        change.serial.setText("ZJ3200000001")
        change.note.setText("旧表烧毁，现场换表")
        change.show()
        tour.shot("reading_meter_change", change)
        change.reject()
