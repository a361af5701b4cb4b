"""Table models of the office dashboard, fed with the figures the server computed
(``pmis.work.dashboard``); nothing is added up on the client."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from client.core.widgets.rows_model import Column, Row, RowsModel

CONTEXT = "WorkColumns"

translate = QCoreApplication.translate


def count(value: Any) -> str:
    return "" if value is None else f"{int(value):,}"


def rate(value: Any) -> str:
    """A percent decimal string "93.5" -> "93.5 %"; no finished items -> "—"."""
    return "—" if value is None else f"{Decimal(str(value)):.1f} %"


def hours(value: Any) -> str:
    return "—" if value is None else f"{Decimal(str(value)):,.1f}"


def _count_col(key: str, title: object) -> Column:
    return Column(
        key, lambda: translate(CONTEXT, str(title)), lambda r: count(r.get(key)), align_right=True
    )


def _filler() -> Column:
    """An empty last column takes the spare width, so numbers stay beside their names."""
    return Column("", lambda: "")


def stage_model(parent: QObject | None = None) -> RowsModel:
    """Rows: by_stage of the dashboard — open work per type and step."""
    return RowsModel(
        [
            Column("type_name", lambda: translate("WorkColumns", "Type")),
            Column("step_name", lambda: translate("WorkColumns", "Step")),
            _count_col("open", QT_TRANSLATE_NOOP("WorkColumns", "Open")),
            _count_col("paused", QT_TRANSLATE_NOOP("WorkColumns", "Paused")),
            _count_col("near", QT_TRANSLATE_NOOP("WorkColumns", "Near breach")),
            _count_col("breached", QT_TRANSLATE_NOOP("WorkColumns", "Overdue")),
            _count_col("escalated", QT_TRANSLATE_NOOP("WorkColumns", "Escalated")),
            _count_col("predicted", QT_TRANSLATE_NOOP("WorkColumns", "Predicted late")),
            _filler(),
        ],
        parent,
    )


def _finished_columns() -> list[Column]:
    """Finished, on time and the on-time rate: per type and per person alike."""
    return [
        _count_col("closed", QT_TRANSLATE_NOOP("WorkColumns", "Finished")),
        _count_col("on_time", QT_TRANSLATE_NOOP("WorkColumns", "On time")),
        Column(
            "rate",
            lambda: translate("WorkColumns", "Achievement"),
            lambda r: rate(r.get("rate")),
            align_right=True,
        ),
    ]


def achievement_model(parent: QObject | None = None) -> RowsModel:
    """Rows: achievement of the dashboard — items finished per type and how many in time."""
    return RowsModel(
        [
            Column("type_name", lambda: translate("WorkColumns", "Type")),
            *_finished_columns(),
            _filler(),
        ],
        parent,
    )


def throughput_model(parent: QObject | None = None) -> RowsModel:
    """Rows: throughput of the dashboard — items finished per person."""
    return RowsModel(
        [
            Column("name", lambda: translate("WorkColumns", "Person")),
            *_finished_columns(),
            Column(
                "avg_hours",
                lambda: translate("WorkColumns", "Average hours per item"),
                lambda r: hours(r.get("avg_hours")),
                align_right=True,
            ),
            _filler(),
        ],
        parent,
    )


def daily_model(parent: QObject | None = None) -> RowsModel:
    """Rows: daily of the dashboard — items opened and finished per business day."""
    return RowsModel(
        [
            Column("day", lambda: translate("WorkColumns", "Day")),
            _count_col("opened", QT_TRANSLATE_NOOP("WorkColumns", "Opened")),
            _count_col("closed", QT_TRANSLATE_NOOP("WorkColumns", "Finished")),
            _filler(),
        ],
        parent,
    )


def throughput_rows(rows: list[Row]) -> list[Row]:
    """A person without a name (work finished by the system) still gets a line."""
    return [{**r, "name": r.get("name") or translate("WorkColumns", "(no person)")} for r in rows]
