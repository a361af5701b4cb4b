"""The validation rules of DOMAIN.md as flag codes, and the settings they read.

A reading's ``flags`` column holds the codes (comma-separated, in the order below). Every code
except ``rollover`` sends the reading to the supervisor's exception queue.

- ``backwards``: lower than the last billable reading of the meter and not a plausible wrap
  (usage.advance: more than half the register's range backwards); no consumption.
- ``rollover``: lower than the last but a plausible wrap at 10**digits: accepted, for
  information only.
- ``no_previous``: the meter has no earlier billable reading (and this is not an initial one).
- ``zero``: zero consumption on an active point (customer and service point active).
- ``high`` / ``low``: consumption above ``metering.history_high_ratio`` (3) times, or below
  ``metering.history_low_ratio`` (0.3) times, *every* available reference — the same month
  last year and the average of the previous three months (months with readings). A month that
  is far only from one reference (a seasonal swing) is not flagged; with no history, none.
- ``tou_sum``: the TOU registers' advances (peak + flat + valley + critical peak + deep valley)
  differ from the total's advance by more than ``metering.tou_tolerance_kwh`` (register units,
  before the multiplier; display rounding). Without a flat register, flat is derived, so only
  a sum above the total is wrong.
- ``meter_changed``: a regular reading of a point whose meter was replaced in the period.
- ``missing`` (queue only, no row): an active point of an imported plan without a reading.

Money at risk (yuan, ranks the queue) = |consumption − expected| × the average price of the
point's class (settings ``metering.average_price_<class>``), where expected = the same month
last year, else the three-month average; for a reading without consumption (backwards,
no previous, missing) the whole expected consumption is at risk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from appserver.core.settings import setting

FLAG_CODES = ("backwards", "rollover", "no_previous", "zero", "high", "low", "tou_sum",
              "meter_changed")
INFO_ONLY = frozenset({"rollover"})
QUEUE_REASONS = (*FLAG_CODES, "missing")
CUSTOMER_CLASSES = ("residential", "commercial", "large_industry", "agriculture")


@dataclass(frozen=True)
class Thresholds:
    high_ratio: Decimal
    low_ratio: Decimal
    tou_tolerance: Decimal
    prices: dict[str, Decimal]

    def price(self, customer_class: str) -> Decimal:
        return self.prices.get(customer_class, self.prices["residential"])


def thresholds(db: Session, on: date) -> Thresholds:
    def value(key: str) -> Decimal:
        return Decimal(setting(db, key, on))

    return Thresholds(value("metering.history_high_ratio"), value("metering.history_low_ratio"),
                      value("metering.tou_tolerance_kwh"),
                      {c: value(f"metering.average_price_{c}") for c in CUSTOMER_CLASSES})


def flag_list(flags: str) -> list[str]:
    return [f for f in flags.split(",") if f]


def is_blocking(flags: str) -> bool:
    return any(f not in INFO_ONLY for f in flag_list(flags))
