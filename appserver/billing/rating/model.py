"""The tariff model: one frozen value per tariff version.

A tariff version is plain data: it can be kept in a TOML file (``resources/tariffs``), stored
as a row keyed by (code, version) with its effective dates, and recomputed from later. Nothing
here computes money; the component modules do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

CUSTOMER_CLASSES = ("residential", "commercial_industrial", "large_industry", "agricultural")
TOU_PERIODS = ("critical_peak", "peak", "flat", "valley", "deep_valley")


@dataclass(frozen=True)
class Block:
    """One tier: energy up to ``upto`` kWh (cumulative; None = no upper bound).

    ``price`` applies when the energy is billed without time-of-use; ``adder`` is added to
    every TOU price for the energy in this tier when the tariff combines tiers with TOU.
    """

    upto: Decimal | None
    price: Decimal
    adder: Decimal = Decimal(0)


@dataclass(frozen=True)
class Tiers:
    basis: str  # "monthly" (bounds per month, prorated by days) or "annual" (cumulative)
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class TouPrice:
    """The price of one TOU period: given directly, or as a ratio to the flat price."""

    period: str
    price: Decimal | None = None
    ratio: Decimal | None = None


@dataclass(frozen=True)
class Tou:
    periods: tuple[TouPrice, ...]
    flat_price: Decimal | None = None  # the base of ratio prices
    required: bool = True  # False: total-only usage is billed at the non-TOU price or tiers


@dataclass(frozen=True)
class EnergyCharge:
    """Exactly one non-TOU price: a single ``price`` or ``tiers``; ``tou`` is optional
    (and alone is enough when TOU registers are required)."""

    price: Decimal | None = None
    tiers: Tiers | None = None
    tou: Tou | None = None


@dataclass(frozen=True)
class PerKwhCharge:
    """A per-kWh line on all billed energy: a government fund ("surcharge") or a second
    energy component ("energy", e.g. an energy-cost line)."""

    code: str
    label: str
    label_zh: str
    rate: Decimal
    kind: str = "surcharge"
    exempt_classes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemandRule:
    """How the billed demand follows from the maximum and the contracted demand.

    billed = max(min(max_demand, threshold x contracted), floor x contracted); the part of the
    maximum demand above threshold x contracted is billed at ``excess_multiplier`` x price.
    """

    name: str
    floor_ratio: Decimal = Decimal(0)
    excess_threshold_ratio: Decimal | None = None
    excess_multiplier: Decimal = Decimal(1)


@dataclass(frozen=True)
class BasicCharge:
    basis: str  # "capacity" (yuan/kVA·month) or "demand" (yuan/kW·month)
    price: Decimal
    demand_rule: DemandRule | None = None


@dataclass(frozen=True)
class FixedCharge:
    code: str
    label: str
    label_zh: str
    amount: Decimal  # per month, prorated by days


@dataclass(frozen=True)
class PowerFactorRule:
    standard: str  # "0.90", "0.85" or "0.80"
    base: str = "basic_energy"  # or "basic_energy_surcharges"


@dataclass(frozen=True)
class MinimumCharge:
    amount: Decimal  # per month, prorated by days


@dataclass(frozen=True)
class PercentageCharge:
    """A percentage of every line before it (e.g. a 1% tax)."""

    code: str
    label: str
    label_zh: str
    rate: Decimal


@dataclass(frozen=True)
class LossRow:
    kva: Decimal
    kwh_per_month: Decimal


@dataclass(frozen=True)
class LossTable:
    """Transformer loss for customers metered on the low side of their own transformer."""

    rows: tuple[LossRow, ...]
    allocation: str = "flat"  # "flat" or "pro_rata" over the TOU periods


@dataclass(frozen=True)
class Conventions:
    day_count: str = "actual"
    rounding: str = "line_half_up"
    quantity_places: int = 2  # derived kWh (prorated tier bounds, losses)
    price_places: int = 5  # unit prices derived from ratios


@dataclass(frozen=True)
class Tariff:
    code: str
    version: int
    name: str
    name_zh: str
    customer_class: str
    effective_from: date
    energy: EnergyCharge
    effective_to: date | None = None  # inclusive; None = open-ended
    per_kwh: tuple[PerKwhCharge, ...] = ()
    basic: BasicCharge | None = None
    fixed: tuple[FixedCharge, ...] = ()
    power_factor: PowerFactorRule | None = None
    minimum: MinimumCharge | None = None
    percentage: tuple[PercentageCharge, ...] = ()
    loss: LossTable | None = None
    conventions: Conventions = field(default_factory=Conventions)
    notes: str = ""

    def effective_on(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None
                                               or day <= self.effective_to)

    @property
    def key(self) -> str:
        return f"{self.code}@{self.version}"
