"""Messages and field labels of the work platform: key -> (English, 简体中文).
(keys prefixed ``work_``: unique across modules)"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "work_item_not_found": ("The work item does not exist.", "待办事项不存在。"),
    "work_item_finished": ("This work item is already finished.", "该待办事项已办结。"),
    "work_item_taken": ("{name} has already taken this work item.",
                        "该待办事项已由{name}领取。"),
    "work_item_not_yours": (
        "This work item is for another role or office: only {role} of its office can take it.",
        "该待办事项属于其他岗位或单位：只有本单位的{role}可以领取。"),
    "work_assignee_not_found": ("The person to assign does not exist or is locked.",
                                "指派对象不存在或已被锁定。"),
    "work_assignee_unfit": (
        "{name} cannot take this work item: it needs a person of its office with the role {role}.",
        "{name}不能办理该事项：需由本单位具有“{role}”岗位的人员办理。"),
    "work_assignee_no_todo": ("{name} has no to-do list (permission work.todo).",
                              "{name}没有待办事项权限（work.todo）。"),
    "work_range_reversed": ("The first day ({first}) is after the last day ({last}).",
                            "开始日期（{first}）晚于结束日期（{last}）。"),
    "work_range_too_long": ("The date range may span at most {days} days.",
                            "日期范围最长为 {days} 天。"),
    "work_export_too_many": (
        "{count} rows match, more than the {limit} an export may hold: narrow the criteria.",
        "符合条件的有 {count} 行，超过导出上限 {limit} 行：请缩小查询条件。"),
    "work_export_too_large": (
        "The {count} rows make a file too large to send in one piece: narrow the criteria.",
        "这 {count} 行生成的文件过大，无法一次传送：请缩小查询条件。"),
    "work_holiday_on_weekend": (
        "{day} is a weekend day and off anyway: only a weekday can be made a holiday.",
        "{day}是周末，本来就休息：只有工作日（周一至周五）才能设为节假日。"),
    "work_workday_on_weekday": (
        "{day} is a weekday and a working day anyway: only a Saturday or Sunday can be a "
        "make-up working day.",
        "{day}是周一至周五，本来就是工作日：只有周六、周日才能设为调休上班日。"),
    "work_holiday_needs_name": (
        "Give the holiday or make-up working day a name (e.g. National Day).",
        "请填写节假日或调休上班日的名称（如“国庆节”）。"),
    # the export's column headings
    "work_col_reference": ("Number", "编号"),
    "work_col_source": ("Kind", "类别"),
    "work_col_type": ("Type", "业务类型"),
    "work_col_step": ("Step", "环节"),
    "work_col_title": ("Customer / address", "客户 / 地址"),
    "work_col_status": ("Status", "状态"),
    "work_col_risk": ("Deadline state", "时限状态"),
    "work_col_role": ("Role", "岗位"),
    "work_col_assignee": ("Assigned to", "处理人"),
    "work_col_opened": ("Opened", "开始时间"),
    "work_col_due": ("Deadline", "办理时限"),
    "work_col_left": ("Hours left", "剩余小时"),
    "work_col_closed": ("Finished", "办结时间"),
    "work_col_breached": ("Late", "超时"),
    "work_col_outcome": ("Outcome", "办理结果"),
    "work_yes": ("yes", "是"),
    "work_no": ("no", "否"),
    "work_status_open": ("open", "办理中"),
    "work_status_paused": ("paused", "暂停"),
    "work_status_done": ("done", "已办结"),
    "work_status_cancelled": ("cancelled", "已撤销"),
    "work_risk_paused": ("paused", "暂停计时"),
    "work_risk_breached": ("overdue", "已超时"),
    "work_risk_near": ("near deadline", "临近超时"),
    "work_risk_predicted": ("predicted late", "预计超时"),
    "work_risk_ok": ("on time", "正常"),
    "work_source_application": ("application", "业扩报装"),
    "work_source_complaint": ("complaint", "投诉"),
    "work_source_fault": ("fault repair", "故障抢修"),
    "work_export_sheet": ("Work items", "工单清单"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "scope": ("Scope", "范围"),
    "risk": ("Deadline state", "时限状态"),
    "source": ("Kind", "类别"),
    "sla_type": ("Type", "业务类型"),
    "step": ("Step", "环节"),
    "item_id": ("Work item", "待办事项"),
    "user_id": ("Person", "人员"),
    "assigned_user_id": ("Assigned to", "处理人"),
    "from_day": ("From", "开始日期"),
    "to_day": ("To", "结束日期"),
    "criteria": ("Criteria", "查询条件"),
    "file_format": ("File format", "文件格式"),
    "day": ("Day", "日期"),
    "day_kind": ("Day type", "日期类型"),
    "year": ("Year", "年份"),
}
