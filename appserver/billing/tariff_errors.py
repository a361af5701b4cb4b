"""The rating engine's refusals in the caller's language.

The engine (``billing/rating``) speaks English only: it is a library with a command line, and
its messages are ``path: problem``. A counter clerk working in Chinese must read the problem
in Chinese, so each of the engine's problem sentences has a pattern here and a Chinese
template; the field path is translated token by token where a token is a form field, and kept
as it is where it is a TOML key (the person editing the file needs the key's name). A problem
without a pattern keeps its English text rather than being hidden (a test rates a corpus of
bad inputs and checks that each one is translated).
"""

from __future__ import annotations

import re

from appserver.billing.rating import RatingError
from appserver.contract.errors import UserError

# (pattern of the engine's English problem, Chinese template with the pattern's groups)
_PROBLEMS: tuple[tuple[str, str], ...] = (
    (r"must not be negative", "不能为负数"),
    (r"has too many decimal places \(at most (\d+)\)", "小数位数过多（最多 {0} 位）"),
    (r"is too large \(at most (\d+) integer digits\)", "数值过大（整数部分最多 {0} 位）"),
    (r"is too large", "内容过大"),
    (r"must be at most (\S+) printable characters", "最多 {0} 个可打印字符"),
    (r"must be at most (\S+)", "不能大于 {0}"),
    (r"must be a decimal number, not true/false", "须为数字，不能是真/假值"),
    (r"must be an exact decimal written as a string, not a float",
     "须为以字符串书写的精确小数，不能是浮点数"),
    (r"must be a finite number", "须为有限的数字"),
    (r"is not a plain decimal number: (.*)", "不是普通的小数：{0}"),
    (r"is not a number", "不是数字"),
    (r"must be a decimal number, not (.*)", "须为数字，不能是 {0}"),
    (r"must be a table/object", "须为表（对象）"),
    (r"unknown field\(s\) (.*); allowed: (.*)", "未知字段 {0}；允许的字段：{1}"),
    (r"is required", "不能为空"),
    (r"must be text", "必须是文本"),
    (r"(.*) has the wrong format", "{0} 格式不正确"),
    (r"(.*) is not one of (.*)", "{0} 不是以下之一：{1}"),
    (r"must be a whole number", "必须是整数"),
    (r"must be between 1 and (\d+) \(the days in the period\)", "必须在 1 到 {0}（账期天数）之间"),
    (r"must be between (\S+) and (\S+)", "必须在 {0} 到 {1} 之间"),
    (r"must be true or false", "须为 true 或 false"),
    (r"must be a date \(YYYY-MM-DD\)", "须为日期（年-月-日）"),
    (r"must be a list", "须为列表"),
    (r"at most (\d+) entries", "最多 {0} 项"),
    (r"must be one of (.*)", "必须是以下之一：{0}"),
    (r"is before effective_from", "早于生效日期 effective_from"),
    (r"give either a single price or tiers, not both",
     "单一电价（price）与阶梯（tiers）只能给出其一"),
    (r"give a price, tiers, or a TOU schedule that is required",
     "请给出单一电价、阶梯，或必选（required = true）的分时电价"),
    (r"give at least one block", "至少给出一个阶梯档"),
    (r"only the last block, and it alone, has no 'upto'",
     "只有最后一档不设上限 'upto'，其余各档都须设"),
    (r"'upto' bounds must be positive and increasing", "各档上限 'upto' 须为正数且逐档递增"),
    (r"(\S+) has both a price and a ratio", "{0} 同时给出了电价和比例"),
    (r"is required when prices are ratios", "以比例给出电价时必须填写"),
    (r"flat is priced by flat_price; do not list it again",
     "平段电价已由 flat_price 给出，不要重复列出"),
    (r"give the price or the ratio of at least one period", "至少给出一个时段的电价或比例"),
    (r"line codes must be unique", "项目编码（code）不能重复"),
    (r"is required for demand billing and only for it",
     "按需量计收基本电费时必须填写，其他情况不能填写"),
    (r"must be at least 1", "不能小于 1"),
    (r"give one row per transformer size", "每种变压器容量须有且仅有一行"),
    (r"a TOU tariff with a loss table needs a flat price \(the loss may go to flat\)",
     "带变损表的分时电价须有平段电价（变损可能计入平段）"),
    (r"is not valid TOML: (.*)", "不是有效的 TOML：{0}"),
    (r"is not valid JSON: (.*)", "不是有效的 JSON：{0}"),
    (r"this tariff version is defined twice", "该电价版本重复定义"),
    (r"its effective dates overlap (\S+)", "生效期与 {0} 重叠"),
    (r"unknown tariff (.*)", "未知的电价 {0}"),
    (r"tariff (\S+) has no version effective on (\S+)", "电价 {0} 在 {1} 没有生效的版本"),
    (r"tariff (\S+) has no version (\d+)", "电价 {0} 没有第 {1} 版"),
    (r"is required by a capacity basic charge", "按容量计收基本电费时必须填写"),
    (r"is required by a demand basic charge", "按需量计收基本电费时必须填写"),
    (r"give at least one usage segment", "至少给出一个计费时段"),
    (r"at most (\d+) segments", "最多 {0} 个计费时段"),
    (r"the quantities and prices are too large to bill exactly", "电量和单价过大，无法精确计费"),
    (r"no tariff given for this segment or the request", "该计费时段和请求都没有指定电价"),
    (r"tariff (\S+) given by code, but no tariff catalogue is loaded",
     "按编码指定了电价 {0}，但未加载电价目录"),
    (r"the segments cover more days than the period has", "各计费时段的天数之和超过了账期天数"),
    (r"give days_in_period or the request's period \(YYYY-MM\)", "请给出账期天数或账期（年-月）"),
    (r"tariff (\S+) bills by time of use: give the TOU registers",
     "电价 {0} 按分时计费：请给出峰、平、谷等分时电量"),
    (r"tariff (\S+) has no price for the (.*) period", "电价 {0} 没有 {1} 时段的电价"),
    (r"the tariff has no transformer loss table", "该电价没有变损表"),
    (r"(\S+) kVA is not in the loss table \((.*)\)", "变损表中没有 {0} kVA（表中容量：{1}）"),
    (r"power factor needs a positive active energy", "计算功率因数需要大于零的有功电量"),
    (r"the tariff adjusts for power factor: give the reactive register or the power factor",
     "该电价执行功率因数调整：请给出无功电量或功率因数"),
    (r"a reading does not fit in (\d+) digits", "读数超出 {0} 位表盘"),
    (r"current reading (\S+) is below the previous (\S+) \(give 'digits' if the register "
     r"rolled over\)", "本次读数 {0} 小于上次读数 {1}（如表计翻转，请给出表盘位数）"),
    (r"give a total register or TOU registers", "请给出总电量或分时电量"),
    (r"TOU registers add up to (\S+) kWh, not the total (\S+) kWh",
     "分时电量之和 {0} kWh 不等于总电量 {1} kWh"),
    (r"TOU registers add up to (\S+) kWh, more than the total (\S+) kWh",
     "分时电量之和 {0} kWh 大于总电量 {1} kWh"),
    (r"must be YYYY-MM", "须为年-月（YYYY-MM）"),
    (r"(.*) is not a tariff code", "{0} 不是电价编码"),
    (r"must be positive", "必须大于零"),
)
_COMPILED = tuple((re.compile(f"^{pattern}$", re.DOTALL), zh) for pattern, zh in _PROBLEMS)

# Path tokens that are fields of the calculator's form (the request's keys); TOML keys are
# left as they are, since the person editing the file types those names.
_FIELD_TOKENS: dict[str, tuple[str, str]] = {
    "segments": ("segments", "计费时段"), "registers": ("registers", "电量"),
    "total": ("kWh", "总电量"), "peak": ("peak", "峰"), "flat": ("flat", "平"),
    "valley": ("valley", "谷"), "critical_peak": ("critical peak", "尖峰"),
    "deep_valley": ("deep valley", "深谷"), "reactive": ("reactive kvarh", "无功电量"),
    "ytd_kwh": ("year-to-date kWh", "本年累计电量"), "period": ("period", "账期"),
    "days": ("days", "天数"), "days_in_period": ("days in period", "账期天数"),
    "capacity_kva": ("capacity kVA", "容量（kVA）"),
    "max_demand_kw": ("maximum demand kW", "最大需量（kW）"),
    "contracted_demand_kw": ("contracted demand kW", "合同需量（kW）"),
    "transformer_kva": ("transformer kVA", "变压器容量（kVA）"),
    "power_factor": ("power factor", "功率因数"), "multiplier": ("multiplier", "倍率"),
    "tariff": ("tariff", "电价"), "customer_class": ("customer class", "用户类别"),
    "previous": ("previous reading", "上次读数"), "current": ("current reading", "本次读数"),
    "digits": ("digits", "表盘位数"),
}
_SEGMENT_RE = re.compile(r"^segments\[(\d+)\]$")


def problem_zh(problem: str) -> str | None:
    """The Chinese sentence for one of the engine's problems, or None if it has no pattern."""
    for pattern, zh in _COMPILED:
        match = pattern.match(problem)
        if match is not None:
            return zh.format(*match.groups())
    return None


def field_zh(path: str, *, form: bool) -> str:
    """A field path in Chinese: form fields by their labels, TOML keys as they are."""
    if not form:
        return path
    parts = []
    for token in path.split("."):
        segment = _SEGMENT_RE.match(token)
        if segment is not None:
            parts.append(f"第{int(segment.group(1)) + 1}段")
        else:
            parts.append(_FIELD_TOKENS.get(token, (token, token))[1])
    return "·".join(parts)


def translated(exc: RatingError, locale: str, *, form: bool = False,
               where: str = "") -> UserError:
    """``exc`` as a UserError in ``locale``, naming the field in ``details['field']``.

    ``form``: the path names calculator fields (else TOML keys); ``where``: a file name to
    put in front (an imported file)."""
    field = exc.field
    if locale != "zh_CN":
        text = exc.message
    else:
        problem = problem_zh(exc.problem) or exc.problem
        text = f"{field_zh(field, form=form)}：{problem}" if field else problem
    if where:
        text = f"{where}: {text}" if locale != "zh_CN" else f"{where}：{text}"
    return UserError(text, {"field": field})
