"""The rating request: usage segments with register readings or energies.

A billing period is split into segments wherever something changes mid-period (tariff
version, capacity, meter); each segment carries its own days, registers and multiplier.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from appserver.billing.rating.model import TOU_PERIODS, Tariff

ENERGY_REGISTERS = ("total", *TOU_PERIODS)
REGISTERS = (*ENERGY_REGISTERS, "reactive")


@dataclass(frozen=True)
class Reading:
    """Two readings of one register; the advance is multiplied by the segment's multiplier.

    ``digits`` is the register's number of integer digits: a current reading below the
    previous one is a rollover (99999.9 → 00012.3) only when it is given."""

    previous: Decimal
    current: Decimal
    digits: int | None = None


RegisterValue = Decimal | Reading


@dataclass(frozen=True)
class TariffRef:
    """A tariff in the catalogue: a given version, or the one effective in the period."""

    code: str
    version: int | None = None


TariffSpec = Tariff | TariffRef


@dataclass(frozen=True)
class UsageSegment:
    registers: Mapping[str, RegisterValue] = field(default_factory=dict)
    days: int | None = None  # None: the whole period
    days_in_period: int | None = None  # None: from the day-count convention and the period
    multiplier: Decimal = Decimal(1)
    capacity_kva: Decimal | None = None
    contracted_demand_kw: Decimal | None = None
    max_demand_kw: Decimal | None = None
    transformer_kva: Decimal | None = None  # set for hv_lv metering: transformer loss applies
    power_factor: Decimal | None = None  # given instead of a reactive register
    tariff: TariffSpec | None = None  # overrides the request's tariff for this segment


@dataclass(frozen=True)
class RatingRequest:
    segments: tuple[UsageSegment, ...]
    tariff: TariffSpec | None = None
    period: tuple[int, int] | None = None  # (year, month) of the billing period
    customer_class: str | None = None  # None: the tariff's class
    ytd_kwh: Decimal = Decimal(0)  # tier-year energy billed before this bill (annual tiers)
