"""CSV import: strict parsing with line numbers, matching, validation report, chunks; books,
plans and entry sheet; on PostgreSQL (the parser alone needs no database)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from appserver.contract.errors import PermissionDenied, UserError
from appserver.metering.importer import chunks, parse
from tests.appserver.metering_helpers import (
    CSV_HEADER,
    PERIOD,
    advance_for,
    live,
    targets,
)
from tests.helpers.api import Clients


def test_parser_reports_each_bad_line_with_its_number() -> None:
    text_ = (CSV_HEADER
             + "ZJ0000000001,2026-11-20,100.50,30,40,30.50,,,,\n"
             + "ZJ0000000002,2026-11-20,100.5\n"            # 3: too few columns
             + "ZJ 000002,2026-11-20,1,,,,,,,\n"              # 4: bad serial
             + "ZJ0000000003,2026-02-30,1,,,,,,,\n"           # 5: no such day
             + "ZJ0000000004,2026-11-20,,,,,,,,\n"            # 6: total missing
             + "ZJ0000000005,2026-11-20,1e3,,,,,,,\n"         # 7: exponent
             + "ZJ0000000006,2026-11-20,-1,,,,,,,\n"          # 8: negative
             + "\n"                                           # 9: blank lines are skipped
             + "ZJ0000000007,2026-11-20,1.12345,,,,,,,\r\n")  # 10: five places
    parsed = parse(text_)
    assert [r[0] for r in parsed.rows] == [2]
    assert parsed.errors == [(3, "column_count"), (4, "bad_serial"), (5, "bad_date"),
                             (6, "total_missing"), (7, "bad_number"), (8, "bad_number"),
                             (10, "bad_number")]
    assert parse("serial,date\nX,1\n").errors == [(1, "bad_header")]
    assert parse("\ufeff" + CSV_HEADER).errors == []  # a BOM is allowed


def test_chunks_are_whole_lines_numbered_from_the_file() -> None:
    body = CSV_HEADER + "".join(f"ZJ{n:010d},2026-11-20,{n}.00,,,,,,,\n" for n in range(1, 101))
    pieces = list(chunks(body, 500))
    assert "".join(p for _n, p in pieces) == body
    assert pieces[0][0] == 1 and all(p.endswith("\n") for _n, p in pieces)
    lines = [parse(p, n) for n, p in pieces]
    assert sum(len(x.rows) for x in lines) == 100 and not any(x.errors for x in lines)
    assert lines[1].rows[0][0] == pieces[1][0]


@pytest.mark.pg
def test_import_report_groups_accepted_flagged_and_rejected(api: Clients, db: Session) -> None:
    ts = targets(db, count=4)
    theirs = targets(db, "XH")[0]
    good, high, dup = ts[0], ts[1], ts[2]
    lines = [
        f"{good.serial},2026-11-26,{good.last['total'] + advance_for(good, good.typical_kwh)}"
        ",,,,,,,",
        f"{high.serial},2026-11-26,"
        f"{high.last['total'] + advance_for(high, high.typical_kwh * 20)},,,,,,,",
        f"{dup.serial},2026-11-26,{dup.last['total'] + advance_for(dup, dup.typical_kwh)}"
        ",,,,,,,",
        f"{dup.serial},2026-11-26,{dup.last['total'] + 2},,,,,,,",      # line 5: duplicate
        "ZZ9999999999,2026-11-26,1.00,,,,,,,",                          # 6: unknown meter
        f"{theirs.serial},2026-11-26,{theirs.last['total'] + 1},,,,,,,",  # 7: other office
        f"{ts[3].serial},2026-12-26,{ts[3].last['total'] + 1},,,,,,,",    # 8: in the future
        "garbage",                                                       # 9: column count
    ]
    report = api.as_user("dh.reader").call("pmis.metering", "import_readings", PERIOD,
                                           CSV_HEADER + "\n".join(lines) + "\n", 1, write=True)
    assert report["lines"] == 8
    assert report["flagged"] == {"high": 1} and report["flagged_count"] == 1
    assert report["accepted"] == 2  # good + the first of the duplicates
    assert report["rejected"] == [{"line": 5, "reason": "duplicate"},
                                  {"line": 6, "reason": "unknown_meter"},
                                  {"line": 7, "reason": "unknown_meter"},
                                  {"line": 8, "reason": "bad_date"},
                                  {"line": 9, "reason": "column_count"}]
    assert report["rejected_count"] == 5
    assert live(db, good.meter_id)["source"] == "import"
    assert live(db, theirs.meter_id)["id"] == theirs.reading_id  # untouched


@pytest.mark.pg
def test_import_refuses_bad_arguments_and_writes_nothing(api: Clients, db: Session) -> None:
    reader = api.as_user("dh.reader")
    before = db.scalar(text("SELECT COUNT(*) FROM meter_reading"))
    for args in [("2026-13", CSV_HEADER, 1), (PERIOD, "", 1), (PERIOD, CSV_HEADER, 0),
                 (PERIOD, "x" * 3_600_000, 1), ("1999-01", CSV_HEADER, 1)]:
        with pytest.raises(UserError):
            reader.call("pmis.metering", "import_readings", *args, write=True)
    assert db.scalar(text("SELECT COUNT(*) FROM meter_reading")) == before


@pytest.mark.pg
def test_books_plans_and_the_entry_sheet(api: Clients, db: Session) -> None:
    reader = api.as_user("dh.reader")
    books = reader.call("pmis.metering", "list_books", PERIOD)["books"]
    assert books and all(b["code"].startswith("DH") for b in books)
    assert {b["plan_status"] for b in books} >= {"open"}
    assert all(b["reader_name"] for b in books)
    imported = next(b for b in books if b["plan_status"] in ("imported", "validated"))
    assert imported["read"] > 0
    sheet = reader.call("pmis.metering", "entry_sheet", imported["plan_id"])
    rows = sheet["rows"]
    assert [r["sequence"] for r in rows] == sorted(r["sequence"] for r in rows)
    with_range = [r for r in rows if r["expected_low"]]
    assert with_range
    for r in with_range:
        last = Decimal(r["last"]["registers"]["total"])
        assert last <= Decimal(r["expected_low"]) <= Decimal(r["expected_high"])
    created = reader.call("pmis.metering", "create_plans", "2026-12", write=True)
    assert created["created"] == len(books)
    again = reader.call("pmis.metering", "create_plans", "2026-12", write=True)
    assert again["created"] == 0
    december = reader.call("pmis.metering", "list_books", "2026-12")["books"]
    assert {b["plan_status"] for b in december} == {"open"}
    assert all(b["planned_on"][8:] == f"{b['reading_day']:02d}" for b in december)


@pytest.mark.pg
def test_move_points_and_assign_reader_stay_in_the_office(api: Clients, db: Session) -> None:
    reader = api.as_user("dh.reader")
    books = reader.call("pmis.metering", "list_books", PERIOD)["books"]
    first, second = books[0], books[1]
    points = reader.call("pmis.metering", "book_points", first["id"], PERIOD)["points"]
    moved = reader.call("pmis.metering", "move_points", [points[0]["metering_point_id"]],
                        second["id"], write=True)
    assert moved["moved"] == 1
    after = reader.call("pmis.metering", "book_points", second["id"], PERIOD)["points"]
    assert after[-1]["metering_point_id"] == points[0]["metering_point_id"]
    xh_book = db.scalar(text("SELECT b.id FROM reading_book b JOIN org_unit o ON "
                             "o.id = b.office_id WHERE o.code = 'XH' LIMIT 1"))
    with pytest.raises(PermissionDenied):
        reader.call("pmis.metering", "move_points", [points[1]["metering_point_id"]],
                    xh_book, write=True)
    with pytest.raises(PermissionDenied):
        reader.call("pmis.metering", "book_points", xh_book, PERIOD)
    me = db.scalar(text("SELECT id FROM app_user WHERE username = 'dh.clerk1'"))
    assert reader.call("pmis.metering", "assign_reader", first["id"], me,
                       write=True)["reader_id"] == me
