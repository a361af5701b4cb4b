"""Messages and field labels of the metering module: key -> (English, 简体中文)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "metering_what_book": ("Reading book", "抄表本"),
    "metering_what_user": ("User", "用户"),
    "metering_what_point": ("Metering point", "计量点"),
    "metering_what_plan": ("Reading plan", "抄表计划"),
    "metering_what_reading": ("Reading", "抄表示数"),
    "metering_already_in_book": ("These points are already in that book.",
                                 "这些计量点已在该抄表本中。"),
    "metering_period_out_of_range": ("within the last two years and at most next month",
                                     "须在近两年内且不晚于下月"),
    "metering_plan_billed": ("This plan is already being billed; readings can no longer "
                             "change.", "该抄表计划已进入计费，示数不能再修改。"),
    "metering_register_not_on_meter": ("the meter has no register {names}",
                                       "该电能表没有示数项 {names}"),
    "metering_point_not_in_book": ("Row {row}: the metering point is not in this book.",
                                   "第 {row} 行：该计量点不在本抄表本中。"),
    "metering_not_flagged": ("This reading is no longer waiting for a decision.",
                             "该示数已不在待处理状态。"),
    "metering_cannot_approve": ("A reading without consumption (lower than the last, or "
                                "without a previous reading) cannot be approved: correct or "
                                "estimate it.", "没有电量的示数（低于上次示数或无上次示数）"
                                "不能直接通过，请更正或估算。"),
    "metering_missing_needs_value": ("A missing reading can be entered (correct) or "
                                     "estimated.", "缺抄示数只能补录（更正）或估算。"),
    "metering_cannot_estimate": ("There is no earlier reading to estimate from.",
                                 "没有可用于估算的历史示数。"),
    "metering_value_unusable": ("These values are lower than the last reading (and not a "
                                "rollover): they cannot be billed.",
                                "该示数低于上次示数且不是翻转，不能用于计费。"),
    "metering_serial_exists": ("A meter with serial {serial} already exists.",
                               "表号 {serial} 的电能表已存在。"),
    "metering_date_out_of_range": ("not in the future and not before the previous month",
                                   "不能晚于今天，也不能早于上月"),
    "metering_date_before_install": ("The change date is before the old meter was installed.",
                                     "换表日期早于旧表的安装日期。"),
    "metering_reject_unknown_meter": ("No meter with this serial in your offices.",
                                      "本单位没有该表号的电能表。"),
    "metering_reject_duplicate": ("The same meter is read twice in this batch.",
                                  "同一电能表在本批中出现两次。"),
    "metering_reject_no_plan": ("The point's book has no reading plan for this period.",
                                "该计量点所在抄表本本期没有抄表计划。"),
    "metering_reject_plan_billed": ("The plan is already being billed.",
                                    "该抄表计划已进入计费。"),
    "metering_reject_meter_removed": ("The meter has been removed.", "该电能表已拆除。"),
    "metering_reject_bad_date": ("The reading date is outside the reading window.",
                                 "抄表日期不在本期抄表范围内。"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "period": ("Period", "账期"),
    "registers": ("Readings", "示数"),
    "values": ("Readings", "示数"),
    "total": ("Total", "总"),
    "peak": ("Peak", "峰"),
    "flat": ("Flat", "平"),
    "valley": ("Valley", "谷"),
    "critical_peak": ("Critical peak", "尖峰"),
    "deep_valley": ("Deep valley", "深谷"),
    "reactive": ("Reactive", "无功"),
    "max_demand": ("Maximum demand", "最大需量"),
    "read_on": ("Reading date", "抄表日期"),
    "note": ("Note", "备注"),
    "file_text": ("File", "文件"),
    "decision": ("Decision", "处理方式"),
    "change_date": ("Change date", "换表日期"),
    "new_serial": ("New meter serial", "新表表号"),
    "new_digits": ("Digits", "整数位数"),
    "new_registers": ("Registers", "示数项"),
    "old_final": ("Old meter final reading", "旧表止码"),
    "new_initial": ("New meter initial reading", "新表起码"),
    "rows": ("Readings", "示数"),
    "point_ids": ("Metering points", "计量点"),
}
