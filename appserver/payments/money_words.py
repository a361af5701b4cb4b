"""Amounts in Chinese capital numerals (大写金额) as receipts print them: 壹仟零伍元整.

The writing rules of Chinese bank and accounting practice: digits 零壹贰叁肆伍陆柒捌玖 with
拾佰仟 inside a four-digit group and 万/亿 between groups; one 零 stands for any run of
zeros inside the number (also across an all-zero group, 壹亿零伍仟元); 元 closes the yuan;
an amount ending at 元 or 角 ends with 整, one with 分 does not; 零 is written between 元
and 分 when the 角 is zero (壹仟元零伍分).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("", "拾", "佰", "仟")
GROUPS = ("", "万", "亿", "万亿")
LIMIT = Decimal("10") ** 16


def _group(value: int) -> str:
    """0 < value < 10000, without leading zeros."""
    out, zero_pending = [], False
    for place in range(3, -1, -1):
        digit = value // 10 ** place % 10
        if digit:
            if zero_pending:
                out.append("零")
            out.append(DIGITS[digit] + PLACES[place])
            zero_pending = False
        elif out:
            zero_pending = True
    return "".join(out)


def _yuan(value: int) -> str:
    groups = []
    while value:
        value, group = divmod(value, 10000)
        groups.append(group)
    out: list[str] = []
    skipped = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if not group:
            skipped = True
            continue
        if out and (skipped or group < 1000):
            out.append("零")
        out.append(_group(group) + GROUPS[index])
        skipped = False
    return "".join(out)


def capital(amount: Decimal) -> str:
    """1005.5 -> 壹仟零伍元伍角整; 0 -> 零元整; negative amounts get 负 in front."""
    if not amount.is_finite() or abs(amount) >= LIMIT:
        raise ValueError(f"cannot write {amount} in capital numerals")
    fen_total = int((abs(amount) * 100).quantize(Decimal(1), ROUND_HALF_UP))
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    sign = "负" if amount < 0 and fen_total else ""
    if not fen_total:
        return "零元整"
    text = _yuan(yuan) + "元" if yuan else ""
    if jiao:
        text += DIGITS[jiao] + "角"
    elif yuan and fen:
        text += "零"
    text += DIGITS[fen] + "分" if fen else "整"
    return sign + text
