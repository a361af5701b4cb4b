"""Import a handheld/AMI CSV file (docs/reading-import.md): the file is read here and sent in
pieces of whole lines under the message limit, one call each; the report adds them up —
accepted, flagged by reason, rejected lines with their numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from appserver.contract.metering import IMPORT_CHUNK_CHARS, IMPORT_MAX_BYTES
from client.core.context import AppContext
from client.core.widgets.table import DataTable
from client.metering.common import PeriodBox, call
from client.metering.models import flagged_model, rejected_model


def chunks(text: str, max_chars: int = IMPORT_CHUNK_CHARS) -> list[tuple[int, str]]:
    """(number of the first line in the file, whole lines) pieces of at most max_chars."""
    pieces: list[tuple[int, str]] = []
    start, size, piece = 1, 0, list[str]()
    for n, line in enumerate(text.splitlines(keepends=True), start=1):
        if piece and size + len(line) > max_chars:
            pieces.append((start, "".join(piece)))
            start, size, piece = n, 0, []
        piece.append(line)
        size += len(line)
    if piece:
        pieces.append((start, "".join(piece)))
    return pieces


@dataclass
class Report:
    lines: int = 0
    accepted: int = 0
    flagged: dict[str, int] = field(default_factory=dict)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    rejected_count: int = 0

    def add(self, part: dict[str, Any]) -> None:
        self.lines += int(part["lines"])
        self.accepted += int(part["accepted"])
        for code, count in part["flagged"].items():
            self.flagged[code] = self.flagged.get(code, 0) + int(count)
        self.rejected += part["rejected"]
        self.rejected_count += int(part["rejected_count"])


class ImportView(QWidget):
    """Signals:
        import_requested(str, str): period and the file's path.
    """

    import_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodBox(self)
        self.caption = QLabel(self)
        self.choose = QPushButton(self)
        self.choose.setObjectName("chooseFile")
        self.file_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        self.accepted_box = QGroupBox(self)
        self.accepted = QLabel(self.accepted_box)
        self.accepted.setObjectName("acceptedCount")
        QVBoxLayout(self.accepted_box).addWidget(self.accepted)
        self.flagged_box = QGroupBox(self)
        self.flagged = flagged_model(self)
        QVBoxLayout(self.flagged_box).addWidget(DataTable(self.flagged, self.flagged_box))
        self.rejected_box = QGroupBox(self)
        self.rejected = rejected_model(self)
        self.rejected_note = QLabel(self.rejected_box)
        rejected_layout = QVBoxLayout(self.rejected_box)
        rejected_layout.addWidget(DataTable(self.rejected, self.rejected_box))
        rejected_layout.addWidget(self.rejected_note)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        top = QHBoxLayout()
        for w in (self.caption, self.period, self.choose, self.file_label):
            top.addWidget(w)
        top.addStretch(1)
        groups = QGridLayout()
        groups.addWidget(self.accepted_box, 0, 0)
        groups.addWidget(self.flagged_box, 1, 0)
        groups.addWidget(self.rejected_box, 0, 1, 2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addWidget(self.progress)
        layout.addLayout(groups, 1)
        self.choose.clicked.connect(self._choose)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Period:"))
        self.choose.setText(self.tr("Choose CSV file…"))
        self.help.setText(self.tr(
            "One line per meter: meter_serial, read_date, total, peak, flat, valley, "
            "critical_peak, deep_valley, reactive, max_demand (UTF-8, header line first, "
            "decimal point, empty = not read)."))
        self.accepted_box.setTitle(self.tr("Accepted"))
        self.flagged_box.setTitle(self.tr("Flagged for the supervisor"))
        self.rejected_box.setTitle(self.tr("Rejected lines"))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Reading file"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_requested.emit(self.period.period(), path)

    def started(self, path: str, pieces: int) -> None:
        self.file_label.setText(Path(path).name)
        self.progress.setRange(0, pieces)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.choose.setEnabled(False)
        self.show_report(Report())

    def step(self, done: int) -> None:
        self.progress.setValue(done)

    def finished(self) -> None:
        self.choose.setEnabled(True)

    def show_report(self, report: Report) -> None:
        self.accepted.setText(self.tr("%1 of %2 lines accepted")
                              .replace("%1", str(report.accepted))
                              .replace("%2", str(report.lines)))
        self.flagged.set_rows([{"reason": k, "count": v}
                               for k, v in sorted(report.flagged.items(),
                                                  key=lambda kv: -kv[1])])
        self.rejected.set_rows(report.rejected)
        listed = len(report.rejected)
        self.rejected_note.setText(
            self.tr("Rejected lines: %1").replace("%1", str(report.rejected_count))
            + ("" if listed == report.rejected_count else
               " · " + self.tr("the first %1 are listed").replace("%1", str(listed))))


class ImportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = ImportView(self)
        self.report = Report()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.import_requested.connect(self.import_file)

    def retranslate(self) -> None:
        self.view.retranslate()

    def import_file(self, period: str, path: str) -> None:
        file = Path(path)
        if file.stat().st_size > IMPORT_MAX_BYTES:
            QMessageBox.warning(self, self.tr("Import"), self.tr("The file is too large."))
            return
        try:
            text = file.read_text("utf-8")
        except (UnicodeDecodeError, OSError):
            QMessageBox.warning(self, self.tr("Import"),
                                self.tr("The file cannot be read as UTF-8 text."))
            return
        pieces = chunks(text)
        self.report = Report()
        self.view.started(path, len(pieces))
        self._send(period, pieces, 0)

    def _send(self, period: str, pieces: list[tuple[int, str]], index: int) -> None:
        if index == len(pieces):
            self.view.finished()
            return
        first, text = pieces[index]

        def done(part: dict[str, Any]) -> None:
            self.report.add(part)
            self.view.step(index + 1)
            self.view.show_report(self.report)
            self._send(period, pieces, index + 1)

        call(self.ctx, self, "metering.import", "import_readings", (period, text, first), done,
             write=True, on_error=lambda _e: self.view.finished())
