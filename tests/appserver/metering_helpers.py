"""Targets in the demo history for the metering tests: a point of an imported plan of this
month with its last reading and typical consumption."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from tests.helpers.api import office_id

PERIOD = "2026-11"
CSV_HEADER = ("meter_serial,read_date,total,peak,flat,valley,critical_peak,deep_valley,"
              "reactive,max_demand\n")
CENT = Decimal("0.01")


@dataclass
class Target:
    plan_id: int
    book_id: int
    point_id: int
    meter_id: int
    serial: str
    reading_id: int  # this month's imported reading
    last: dict[str, Decimal]  # last month's registers
    multiplier: Decimal
    typical_kwh: Decimal  # last month's consumption


def _dec(value: Any) -> Decimal:
    return Decimal(str(value)).quantize(CENT)


def targets(db: Session, office_code: str = "DH", count: int = 10,
            registers: str = "total,peak,flat,valley") -> list[Target]:
    """Active residential-like points of the office's first imported plan, each with a valid
    reading this month and a valid one last month."""
    db.expire_all()
    rows = db.execute(text("""
        SELECT pl.id, pl.book_id, r.metering_point_id, r.meter_id, m.serial, r.id,
               p.total, p.peak, p.flat, p.valley, mp.multiplier, p.consumption_kwh
        FROM reading_plan pl
        JOIN reading_book b ON b.id = pl.book_id
        JOIN meter_reading r ON r.plan_id = pl.id AND r.status = 'valid' AND r.flags = ''
        JOIN meter m ON m.id = r.meter_id
        JOIN metering_point mp ON mp.id = r.metering_point_id
        JOIN service_point sp ON sp.id = mp.service_point_id
        JOIN customer c ON c.id = sp.customer_id
        JOIN meter_reading p ON p.meter_id = r.meter_id AND p.period = 202610
             AND p.status = 'valid'
        WHERE b.office_id = :office AND pl.period = 202611 AND pl.status <> 'open'
          AND m.registers = :registers AND c.status = 'active' AND sp.status = 'active'
          AND p.consumption_kwh > 20
        ORDER BY pl.id, r.metering_point_id LIMIT :n"""),
        {"office": office_id(db, office_code), "registers": registers, "n": count}).all()
    return [Target(int(r[0]), int(r[1]), int(r[2]), int(r[3]), str(r[4]), int(r[5]),
                   {"total": _dec(r[6]), "peak": _dec(r[7]), "flat": _dec(r[8]),
                    "valley": _dec(r[9])}, Decimal(str(r[10])), _dec(r[11])) for r in rows]


def advance_for(t: Target, kwh: Decimal) -> Decimal:
    """Register advance that gives ``kwh`` of consumption."""
    return (kwh / t.multiplier).quantize(CENT)


def entry_row(t: Target, total: Decimal, **others: Decimal) -> dict[str, Any]:
    return {"metering_point_id": t.point_id,
            "registers": {"total": str(total), **{k: str(v) for k, v in others.items()}}}


def reading(db: Session, reading_id: int) -> dict[str, Any]:
    db.expire_all()
    row = db.execute(text("SELECT * FROM meter_reading WHERE id = :id"),
                     {"id": reading_id}).mappings().one()
    return dict(row)


def live(db: Session, meter_id: int, period: int = 202611,
         kind: str = "regular") -> dict[str, Any]:
    db.expire_all()
    row = db.execute(text("SELECT * FROM meter_reading WHERE meter_id = :m AND period = :p "
                          "AND kind = :k AND status <> 'superseded'"),
                     {"m": meter_id, "p": period, "k": kind}).mappings().one()
    return dict(row)
