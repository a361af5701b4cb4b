"""Reading books with this period's plan status, and the points of the chosen book."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from appserver.contract import permissions as P
from client.core.context import AppContext
from client.core.widgets.rows_model import ROW_ROLE
from client.core.widgets.table import DataTable
from client.metering.common import PeriodBox, call
from client.metering.models import books_model, points_model


class BooksView(QWidget):
    """Signals:
        reload_requested(str): the books of this period.
        book_chosen(dict): show the points of this book.
        create_plans_requested(str): plans for the period's books that have none.
    """

    reload_requested = Signal(str)
    book_chosen = Signal(dict)
    create_plans_requested = Signal(str)

    def __init__(self, can_plan: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodBox(self)
        self.caption = QLabel(self)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createPlans")
        self.create_button.setVisible(can_plan)
        self.summary = QLabel(self)
        self.books = books_model(self)
        self.points = points_model(self)
        self.books_table = DataTable(self.books, self)
        self.books_table.setObjectName("booksTable")
        self.points_table = DataTable(self.points, self)
        self.points_table.setObjectName("pointsTable")
        self.points_caption = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(self.period)
        top.addWidget(self.create_button)
        top.addStretch(1)
        top.addWidget(self.summary)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.points_caption)
        lower_layout.addWidget(self.points_table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.books_table)
        split.addWidget(lower)
        split.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split)
        self.period.currentTextChanged.connect(self.reload_requested.emit)
        self.create_button.clicked.connect(lambda: self.create_plans_requested.emit(
            self.period.period()))
        self.books_table.selectionModel().currentRowChanged.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Period:"))
        self.create_button.setText(self.tr("Create plans for the period"))
        self.create_button.setToolTip(self.tr("A reading plan for every active book of your "
                                              "offices that has none for this period"))
        self.books.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.books.columnCount() - 1)
        self.points.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                           self.points.columnCount() - 1)

    def _chosen(self) -> None:
        index = self.books_table.currentIndex()
        if index.isValid():
            self.book_chosen.emit(index.data(ROW_ROLE))

    def show_books(self, books: list[dict[str, Any]]) -> None:
        self.books.set_rows(books)
        self.points.set_rows([])
        self.points_caption.setText("")
        planned = sum(1 for b in books if b["plan_status"])
        self.summary.setText(self.tr("Books: %1").replace("%1", str(len(books))) + " · "
                             + self.tr("with a plan: %1").replace("%1", str(planned)))

    def show_points(self, book: dict[str, Any], points: list[dict[str, Any]]) -> None:
        self.points.set_rows(points)
        self.points_caption.setText(self.tr("Points of book %1 in reading order")
                                    .replace("%1", str(book["code"])))


class BooksPage(QWidget):
    """The page: the view and what its intents do."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = BooksView(ctx.can(P.READING_BOOKS), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.reload_requested.connect(self.load)
        self.view.book_chosen.connect(self.open_book)
        self.view.create_plans_requested.connect(self.create_plans)

    def retranslate(self) -> None:
        self.view.retranslate()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.view.books.rowCount() == 0:
            self.load(self.view.period.period())

    def load(self, period: str) -> None:
        call(self.ctx, self, "metering.books", "list_books", (period,),
             lambda r: self.view.show_books(r["books"]))

    def open_book(self, book: dict[str, Any]) -> None:
        call(self.ctx, self, "metering.book_points", "book_points",
             (book["id"], self.view.period.period()),
             lambda r: self.view.show_points(book, r["points"]))

    def create_plans(self, period: str) -> None:
        call(self.ctx, self, "metering.create_plans", "create_plans", (period,),
             lambda _r: self.load(period), write=True)
