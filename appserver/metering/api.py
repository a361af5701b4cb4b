"""pmis.metering: reading books and plans, keyboard entry, file import, exception queue."""

from __future__ import annotations

from typing import Any

from appserver.contract import permissions as P
from appserver.core.api_base import ApiBase
from appserver.core.rpc import Call, rpc
from appserver.metering import books, entry, importer, meter_change, queue


class MeteringApi(ApiBase):
    module = "metering"

    @rpc(P.READING_READ, write=False)
    def list_books(self, call: Call, period: Any) -> dict[str, Any]:
        return books.list_books(call, period)

    @rpc(P.READING_READ, write=False)
    def book_points(self, call: Call, book_id: Any, period: Any) -> dict[str, Any]:
        return books.book_points(call, book_id, period)

    @rpc(P.READING_READ, write=False)
    def point_history(self, call: Call, metering_point_id: Any) -> dict[str, Any]:
        return books.point_history(call, metering_point_id)

    @rpc(P.READING_BOOKS, write=False)
    def readers(self, call: Call) -> list[dict[str, Any]]:
        return books.readers(call)

    @rpc(P.READING_BOOKS, write=True)
    def assign_reader(self, call: Call, book_id: Any, user_id: Any) -> dict[str, Any]:
        return books.assign_reader(call, book_id, user_id)

    @rpc(P.READING_BOOKS, write=True)
    def move_points(self, call: Call, point_ids: Any, target_book_id: Any) -> dict[str, Any]:
        return books.move_points(call, point_ids, target_book_id)

    @rpc(P.READING_BOOKS, write=True)
    def create_plans(self, call: Call, period: Any) -> dict[str, Any]:
        return books.create_plans(call, period)

    @rpc(P.READING_ENTER, write=False)
    def entry_sheet(self, call: Call, plan_id: Any) -> dict[str, Any]:
        return entry.entry_sheet(call, plan_id)

    @rpc(P.READING_ENTER, write=True)
    def save_readings(self, call: Call, plan_id: Any, rows: Any) -> dict[str, Any]:
        return entry.save_readings(call, plan_id, rows)

    @rpc(P.READING_ENTER, write=True)
    def import_readings(self, call: Call, period: Any, text: Any,
                        first_line: Any) -> dict[str, Any]:
        return importer.import_readings(call, period, text, first_line)

    @rpc(P.READING_SUPERVISE, write=False)
    def exception_queue(self, call: Call, period: Any, limit: Any) -> dict[str, Any]:
        return queue.exception_queue(call, period, limit)

    @rpc(P.READING_SUPERVISE, write=True)
    def decide(self, call: Call, target: Any, decision: Any, values: Any,
               note: Any) -> dict[str, Any]:
        return queue.decide(call, target, decision, values, note)

    @rpc(P.READING_SUPERVISE, write=True)
    def change_meter(self, call: Call, metering_point_id: Any, change: Any) -> dict[str, Any]:
        return meter_change.change_meter(call, metering_point_id, change)
