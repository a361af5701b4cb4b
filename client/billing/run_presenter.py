"""Presenter of the "Billing runs" page: intents -> server calls on the runner -> view.

While a run works, it polls ``system.get_job`` every second until the job is done or failed,
then shows the run's result (bills, held for review, total, points not billed).
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from appserver.contract.api import OBJECT_BILLING, OBJECT_SYSTEM
from client.billing.run_view import RUN_BUSY, RunsView
from client.core.context import AppContext
from client.core.errors import show_error
from client.core.widgets.rows_model import RowsModel

POLL_MS = 1000
_writes = itertools.count(1)


class RunsPresenter(QObject):
    """Signals: loaded() after the books are shown; finished(dict) when a watched run ends."""

    loaded = Signal()
    finished = Signal(dict)

    def __init__(self, ctx: AppContext, view: RunsView, books: RowsModel,
                 errors: RowsModel) -> None:
        super().__init__(view)
        self.ctx, self.view, self.books, self.errors = ctx, view, books, errors
        self.watching: tuple[int, int] | None = None  # (run id, job id)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        view.period_changed.connect(lambda _p: self.load())
        view.refresh_requested.connect(self.load)
        view.book_selected.connect(self.show_book)
        view.start_confirmed.connect(self.start)
        view.restart_requested.connect(self.restart)

    @property
    def period(self) -> str:
        return self.view.period.currentText()

    def _call(self, method: str, *args: Any, write: bool = False) -> Any:
        return self.ctx.gateway.call(OBJECT_BILLING, method, *args, write=write)

    def _error(self, exc: Exception) -> None:
        show_error(self.view, exc)

    def load(self) -> None:
        period = self.period
        self.ctx.runner.submit("billing.runs.list", lambda: self._call("list_runs", period),
                               self._show_books, self._error)

    def _show_books(self, rows: list[dict[str, Any]]) -> None:
        selected = (self.view.book or {}).get("book_id")
        self.books.set_rows(rows)
        self.view.select_book(selected)
        self.loaded.emit()

    def show_book(self, book: dict[str, Any]) -> None:
        run = book.get("run")
        self.errors.set_rows([])
        if not run:
            return
        self._fetch_run(int(run["id"]))
        job = run.get("job") or {}
        if run.get("status") in RUN_BUSY and job:
            self._watch(int(run["id"]), int(job["id"]))

    def _fetch_run(self, run_id: int) -> None:
        self.ctx.runner.submit("billing.runs.get", lambda: self._call("get_run", run_id),
                               self._show_run, self._error)

    def _show_run(self, run: dict[str, Any]) -> None:
        if (self.view.book or {}).get("book_id") != run.get("book_id"):
            return  # the user moved on to another book
        self.view.show_run(run)
        self.errors.set_rows(run.get("errors") or [])

    def start(self, book: dict[str, Any]) -> None:
        book_id, period = int(book["book_id"]), self.period
        self.ctx.runner.submit(f"billing.runs.start.{next(_writes)}",
                               lambda: self._call("start_run", book_id, period, write=True),
                               self._started, self._error)

    def restart(self, book: dict[str, Any]) -> None:
        run_id = int((book.get("run") or {})["id"])
        self.ctx.runner.submit(f"billing.runs.restart.{next(_writes)}",
                               lambda: self._call("restart_run", run_id, write=True),
                               self._started, self._error)

    def _started(self, result: dict[str, Any]) -> None:
        self._watch(int(result["run_id"]), int(result["job_id"]))
        self.load()

    def _watch(self, run_id: int, job_id: int) -> None:
        self.watching = (run_id, job_id)
        self.timer.start()

    def _poll(self) -> None:
        if self.watching is None:
            return
        job_id = self.watching[1]
        self.ctx.runner.submit("billing.runs.poll",
                               lambda: self.ctx.gateway.call(OBJECT_SYSTEM, "get_job", job_id),
                               self._progress, self._poll_error)

    def _poll_error(self, exc: Exception) -> None:
        self.watching = None
        self._error(exc)

    def _progress(self, job: dict[str, Any]) -> None:
        if self.watching is None:
            return
        self.view.show_progress(job)
        if job.get("status") in RUN_BUSY:
            self.timer.start()
            return
        run_id = self.watching[0]
        self.watching = None
        self.ctx.runner.submit("billing.runs.result", lambda: self._call("get_run", run_id),
                               self._finished, self._error)

    def _finished(self, run: dict[str, Any]) -> None:
        self._show_run(run)
        self.finished.emit(run)
        self.load()
