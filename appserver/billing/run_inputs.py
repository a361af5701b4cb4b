"""What a billing run knows about one metering point, as plain picklable values.

The repository fills these from the database (set-based, a chunk at a time); the rating side
(``bulk_rating``) turns them into rating requests and bill rows without touching the
database, so it can run in worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

Registers = dict[str, Decimal | None]


@dataclass(frozen=True)
class MeterSpan:
    """The usage of one meter in the period: from ``previous`` to ``current`` reading, over
    the days ``first``..``last`` of the period (a meter change splits the period)."""

    meter_id: int
    digits: int
    previous: Registers
    current: Registers
    first: date
    last: date
    estimated: bool = False


@dataclass(frozen=True)
class TariffSpan:
    """A tariff version billing the point over the days ``first``..``last``."""

    code: str
    version: int
    first: date
    last: date


@dataclass(frozen=True)
class SupplySpan:
    """The days ``first``..``last`` of the period with one billed capacity, in service or not
    (dbschema.models.supply_changes: a capacity change, suspension or disconnection)."""

    first: date
    last: date
    capacity_kva: Decimal
    in_service: bool


@dataclass
class PointInput:
    point_id: int
    customer_id: int
    office_id: int
    customer_class: str  # the customer file's class (customers.CUSTOMER_CLASSES)
    active: bool  # customer and service point active
    capacity_kva: Decimal
    metering_mode: str
    multiplier: Decimal
    meters: list[MeterSpan] = field(default_factory=list)
    tariffs: list[TariffSpan] = field(default_factory=list)
    # Empty unless a supply change cuts the period (then every day of it is in one span).
    supply: list[SupplySpan] = field(default_factory=list)
    ytd_kwh: Decimal = Decimal(0)
    history_amount: Decimal | None = None  # average of the last bills, None: no history
    error: tuple[str, str] | None = None  # (reason, detail) found while loading


@dataclass(frozen=True)
class RunSettings:
    """What every point of a run shares."""

    run_id: int
    period: int
    created_by: int | None
    business_date: date
    due_on: date
    high_ratio: Decimal
    low_ratio: Decimal
