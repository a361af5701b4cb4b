"""The monthly revenue and collection figures, assembled from the grouped query rows.

Every total is computed here as the sum of the rows shown beside it (never queried
separately), so on paper and on screen a total always equals the sum of its parts.
Amounts are Decimal; ``to_wire`` turns them into decimal strings for the client.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from appserver.contract.codec import date_to_wire, period_to_wire
from appserver.core.dates import add_months
from appserver.reports import queries as q
from dbschema.models.customers import CUSTOMER_CLASSES
from dbschema.models.payments import CHANNELS, TENDER_TYPES

ZERO = Decimal("0.00")
KWH_ZERO = Decimal("0")
TOP_ARREARS = 20
CORRECTION_ROWS = ("rebill", "backbill", "cancel", "adjustment")
Row = dict[str, Any]


def rate(part: Decimal, whole: Decimal) -> Decimal | None:
    """part / whole in percent, half-up to 0.01; None when there is nothing to divide by."""
    if whole <= 0:
        return None
    return (part * 100 / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _sum(rows: Iterable[Row], key: str, zero: Decimal | int = ZERO) -> Any:
    total: Any = zero
    for row in rows:
        total += row[key]
    return total


def _totals(rows: Sequence[Row], keys: dict[str, Any]) -> Row:
    return {k: _sum(rows, k, zero) for k, zero in keys.items()}


def _vector_sum(rows: Sequence[Row], key: str, size: int, zero: Any) -> list[Any]:
    return [_sum(({"v": r[key][i]} for r in rows), "v", zero) for i in range(size)]


# -- billing, review and comparison --------------------------------------------------------

BILL_KEYS = {"bills": 0, "energy": KWH_ZERO, "amount": ZERO}


def _group(rows: Iterable[tuple[Any, ...]], keys: Sequence[Any], key_at: int,
           where: Any) -> list[Row]:
    """Sum (bills, energy, amount) of billing rows by the value at ``key_at``."""
    out = {k: {"key": k, "bills": 0, "energy": KWH_ZERO, "amount": ZERO} for k in keys}
    for r in rows:
        if where(r):
            row = out[r[key_at]]
            row["bills"] += r[4]
            row["energy"] += r[5]
            row["amount"] += r[6]
    return list(out.values())


def billing_section(rows: list[tuple[Any, ...]], period: int,
                    office_ids: Sequence[int]) -> dict[str, Any]:
    def billed(r: tuple[Any, ...]) -> bool:
        return bool(r[0] == period and r[3] in q.BILLED_STATUSES)

    by_class = _group(rows, CUSTOMER_CLASSES, 2, billed)
    by_office = _group(rows, office_ids, 1, billed)
    return {"by_class": by_class, "by_office": by_office,
            "total": _totals(by_class, BILL_KEYS)}


def review_section(rows: list[tuple[Any, ...]], period: int, office_ids: Sequence[int],
                   reasons: list[tuple[str, int, Decimal]]) -> dict[str, Any]:
    by_office = _group(rows, office_ids, 1, lambda r: r[0] == period and r[3] == "review")
    return {"by_office": by_office, "total": _totals(by_office, BILL_KEYS),
            "reasons": [{"reason": reason, "bills": n, "amount": amount}
                        for reason, n, amount in reasons]}


def comparison_periods(period: int) -> tuple[int, int, int]:
    return period, add_months(period, -1), add_months(period, -12)


def comparison_section(rows: list[tuple[Any, ...]], period: int,
                       cash: Sequence[Decimal]) -> dict[str, Any]:
    """Billed energy and amount by class for the period, the month before and the same month
    a year before, with the change in percent; and the cash collected in those months."""
    periods = comparison_periods(period)
    per = [_group(rows, CUSTOMER_CLASSES, 2,
                  lambda r, p=p: r[0] == p and r[3] in q.BILLED_STATUSES) for p in periods]
    by_class: list[Row] = [{"key": cls, "energy": [per[i][n]["energy"] for i in range(3)],
                 "amount": [per[i][n]["amount"] for i in range(3)]}
                for n, cls in enumerate(CUSTOMER_CLASSES)]
    total: Row = {"energy": _vector_sum(by_class, "energy", 3, KWH_ZERO),
             "amount": _vector_sum(by_class, "amount", 3, ZERO)}
    for row in [*by_class, total]:
        for key in ("energy", "amount"):
            now, prev, last_year = row[key]
            row[key + "_vs_prev"] = _change(now, prev)
            row[key + "_vs_last_year"] = _change(now, last_year)
    return {"periods": list(periods), "by_class": by_class, "total": total,
            "cash": list(cash), "cash_vs_prev": _change(cash[0], cash[1]),
            "cash_vs_last_year": _change(cash[0], cash[2])}


def _change(now: Decimal, before: Decimal) -> Decimal | None:
    """Change in percent from ``before`` to ``now``; None when there was nothing before."""
    if before <= 0:
        return None
    return ((now - before) * 100 / before).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# -- collection and rates ------------------------------------------------------------------

PAY_KEYS = {"payments": 0, "amount": ZERO}


def collection_section(rows: list[tuple[Any, ...]], reversals: list[tuple[bool, int, Decimal]],
                       office_ids: Sequence[int]) -> dict[str, Any]:
    channels: dict[tuple[str, str], Row] = {}
    by_office = {oid: {"key": oid, "payments": 0, "amount": ZERO} for oid in office_ids}
    by_class = {c: {"key": c, "payments": 0, "amount": ZERO} for c in CUSTOMER_CLASSES}
    for office_id, cls, channel, tender, n, amount in rows:
        row = channels.setdefault((channel, tender), {"channel": channel, "tender": tender,
                                                      "payments": 0, "amount": ZERO})
        for target in (row, by_office[office_id], by_class[cls]):
            target["payments"] += n
            target["amount"] += amount
    order = {(c, t): (CHANNELS.index(c), TENDER_TYPES.index(t)) for c, t in channels}
    by_channel = [channels[k] for k in sorted(channels, key=lambda k: order[k])]
    total = _totals(by_channel, PAY_KEYS)
    same = [(n, a) for same_month, n, a in reversals if same_month]
    earlier = [(n, a) for same_month, n, a in reversals if not same_month]
    reversed_in_month = {"payments": sum(n for n, _ in same), "amount": sum((a for _, a in same),
                                                                            ZERO)}
    earlier_reversed = {"payments": sum(n for n, _ in earlier),
                        "amount": sum((a for _, a in earlier), ZERO)}
    return {"by_channel": by_channel, "by_office": list(by_office.values()),
            "by_class": list(by_class.values()), "total": total,
            "reversed_in_month": reversed_in_month, "earlier_reversed": earlier_reversed,
            "net": total["amount"] - earlier_reversed["amount"]}


def rates_section(settled: list[tuple[int, Decimal, Decimal]],
                  due: list[tuple[int, Decimal, Decimal]], collected: list[Row],
                  office_ids: Sequence[int]) -> dict[str, Any]:
    rows = {oid: {"key": oid, "billed": ZERO, "settled": ZERO, "opening_overdue": ZERO,
                  "falling_due": ZERO, "cash": ZERO} for oid in office_ids}
    for oid, charged, paid in settled:
        rows[oid]["billed"], rows[oid]["settled"] = charged, paid
    for oid, opening, falling in due:
        rows[oid]["opening_overdue"], rows[oid]["falling_due"] = opening, falling
    for row in collected:
        rows[row["key"]]["cash"] = row["amount"]
    by_office = list(rows.values())
    total = _totals(by_office, {k: ZERO for k in ("billed", "settled", "opening_overdue",
                                                  "falling_due", "cash")})
    for row in [*by_office, total]:
        row["receivables_due"] = row["opening_overdue"] + row["falling_due"]
        row["settlement_rate"] = rate(row["settled"], row["billed"])
        row["collection_rate"] = rate(row["cash"], row["receivables_due"])
    return {"by_office": by_office, "total": total}


# -- receivables ---------------------------------------------------------------------------

def _ageing_row(key: Any) -> Row:
    return {"key": key, "customers": [0] * 5, "amounts": [ZERO] * 5, "not_due": ZERO,
            "customers_total": 0, "amount_total": ZERO}


def ageing_section(rows: list[tuple[Any, ...]], office_ids: Sequence[int]) -> dict[str, Any]:
    """Overdue buckets 1..5 (1–30 … more than 180 days); ``not_due``: open, not yet due."""
    by_class = {c: _ageing_row(c) for c in CUSTOMER_CLASSES}
    by_office = {oid: _ageing_row(oid) for oid in office_ids}
    for office_id, cls, oldest, customers, amounts in rows:
        for target in (by_class[cls], by_office[office_id]):
            if oldest > 0:
                target["customers"][oldest - 1] += customers
            target["amounts"] = [a + b for a, b in zip(target["amounts"], amounts[1:],
                                                       strict=True)]
            target["not_due"] += amounts[0]
    for row in [*by_class.values(), *by_office.values()]:
        row["customers_total"] = sum(row["customers"])
        row["amount_total"] = sum(row["amounts"], ZERO)
    classes = list(by_class.values())
    total = {"key": None, "customers": _vector_sum(classes, "customers", 5, 0),
             "amounts": _vector_sum(classes, "amounts", 5, ZERO),
             "not_due": _sum(classes, "not_due")}
    total["customers_total"] = sum(total["customers"])
    total["amount_total"] = sum(total["amounts"], ZERO)
    return {"buckets": list(q.BUCKETS), "by_class": classes,
            "by_office": list(by_office.values()), "total": total}


def top_arrears_section(rows: list[tuple[int, int, str, Decimal, date]],
                        names: dict[int, tuple[str, str]], as_of: date) -> list[Row]:
    return [{"customer_id": cid, "account_no": names[cid][0], "name": names[cid][1],
             "customer_class": cls, "office_id": office_id, "overdue": overdue,
             "oldest_due": oldest, "days_overdue": (as_of - oldest).days}
            for cid, office_id, cls, overdue, oldest in rows]


def penalties_section(rows: dict[int, tuple[int, Decimal, int, Decimal]],
                      office_ids: Sequence[int]) -> dict[str, Any]:
    by_office = []
    for oid in office_ids:
        n, amount, wn, wamount = rows.get(oid, (0, ZERO, 0, ZERO))
        by_office.append({"key": oid, "charged": n, "charged_amount": amount, "waived": wn,
                          "waived_amount": wamount, "net": amount - wamount})
    keys = {"charged": 0, "charged_amount": ZERO, "waived": 0, "waived_amount": ZERO,
            "net": ZERO}
    return {"by_office": by_office, "total": _totals(by_office, keys)}


def corrections_section(rows: list[tuple[int, str, int, Decimal]],
                        office_ids: Sequence[int]) -> dict[str, Any]:
    by_kind: dict[str, Row] = {k: {"key": k, "entries": 0, "amount": ZERO}
                               for k in CORRECTION_ROWS}
    by_office: dict[int, Row] = {oid: {"key": oid, "entries": 0, "amount": ZERO}
                                 for oid in office_ids}
    for oid, kind, n, amount in rows:
        for target in (by_kind[kind], by_office[oid]):
            target["entries"] += n
            target["amount"] += amount
    kinds = list(by_kind.values())
    return {"by_kind": kinds, "by_office": list(by_office.values()),
            "total": _totals(kinds, {"entries": 0, "amount": ZERO})}


# -- the wire ------------------------------------------------------------------------------

def to_wire(value: Any) -> Any:
    """Decimals to strings (money 2 places, kWh as many as needed), dates ISO-8601."""
    if isinstance(value, Decimal):
        if value == value.quantize(ZERO):
            return f"{value.quantize(ZERO):f}"
        return f"{value.quantize(Decimal('0.0001')):f}".rstrip("0")
    if isinstance(value, date):
        return date_to_wire(value)
    if isinstance(value, dict):
        return {k: to_wire(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_wire(v) for v in value]
    return value


def wire_period(period: int) -> str:
    return period_to_wire(period)
