"""Messages and field labels of the faults work: key -> (English, 简体中文).
(keys prefixed: unique across modules)"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fault_what_ticket": ("Repair ticket", "抢修工单"),
    "fault_what_report": ("Fault report", "报修记录"),
    "fault_what_crew": ("Repair crew", "抢修班组"),
    "fault_bad_time": ("must be a date and time", "须为日期时间"),
    "fault_time_in_future": ("cannot be in the future", "不能晚于当前时间"),
    "fault_time_too_early": ("cannot be before {earliest}", "不能早于 {earliest}"),
    "fault_time_too_late": ("cannot be after the next recorded time",
                            "不能晚于其后已记录的时间"),
    "fault_not_an_office": ("must be a business office", "须为营业所"),
    "fault_unknown_customer": ("no such customer", "无此客户"),
    "fault_unknown_area": ("{area} is not a transformer area of this office",
                           "{area} 不是本单位的台区"),
    "fault_where_required": ("Give the customer, the address or the transformer area of the "
                             "fault.", "请填写故障客户、地址或台区之一。"),
    "fault_same_outage": ("{count} open repair ticket(s) of the same transformer area or "
                          "address may be this outage: join one or open a new ticket.",
                          "同一台区或地址已有 {count} 张未完成的抢修工单，可能是同一次停电："
                          "请并入其中一张或新开工单。"),
    "fault_cannot_join": ("Ticket {ticket} is finished or belongs to another office: reports "
                          "cannot join it.", "工单 {ticket} 已结束或属于其他单位，不能并入。"),
    "fault_cannot_move": ("Report {report} cannot be moved (it is finished, or already on "
                          "that ticket).", "报修记录 {report} 不能转移（已结束或已在该工单）。"),
    "fault_target_later": ("Ticket {ticket} started later: reports join the ticket of the "
                           "earlier report, whose time starts the commitment.",
                           "工单 {ticket} 开始较晚：报修应并入较早的工单"
                           "（承诺时限从首次报修起算）。"),
    "fault_merge_self": ("A ticket cannot be merged into itself.", "工单不能并入自身。"),
    "fault_merged_into": ("merged into {ticket}", "已并入 {ticket}"),
    "fault_wrong_state": ("Ticket {ticket} is {status}: this step does not apply.",
                          "工单 {ticket} 状态为“{status}”，不能执行此操作。"),
    "fault_nothing_recorded": ("That time has not been recorded yet.", "该时间尚未记录。"),
    "fault_crew_unavailable": ("is not an active crew of this office",
                               "不是本单位在岗的抢修班组"),
    "fault_crew_name_taken": ("The office already has a crew named {name}.",
                              "本单位已有名为 {name} 的抢修班组。"),
    "fault_cancel_duplicate": ("Duplicate report", "重复报修"),
    "fault_cancel_false_report": ("False report", "误报"),
    "fault_cancel_other": ("Cancelled", "撤销"),
    "fault_status_open": ("waiting for dispatch", "待派工"),
    "fault_status_dispatched": ("dispatched", "已派工"),
    "fault_status_arrived": ("crew on site", "已到达现场"),
    "fault_status_restored": ("restored", "已恢复供电"),
    "fault_status_closed": ("closed", "已归档"),
    "fault_status_cancelled": ("cancelled", "已撤销"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "ticket_id": ("Repair ticket", "抢修工单"),
    "report_id": ("Fault report", "报修记录"),
    "target_id": ("Target ticket", "目标工单"),
    "crew_id": ("Repair crew", "抢修班组"),
    "crew_name": ("Crew name", "班组名称"),
    "crew_phone": ("Crew phone", "班组电话"),
    "crew_members": ("Members", "班组成员"),
    "crew_area_served": ("Area served", "服务区域"),
    "crew_active": ("Active", "在岗"),
    "crew": ("Crew", "班组"),
    "report": ("Fault report", "报修记录"),
    "where": ("Fault location", "故障地点"),
    "fault_address": ("Fault address", "故障地址"),
    "transformer_area": ("Transformer area", "台区"),
    "fault_channel": ("Channel", "报修渠道"),
    "caller_name": ("Caller", "报修人"),
    "caller_phone": ("Caller's phone", "联系电话"),
    "fault_description": ("Description", "故障描述"),
    "fault_kind": ("Fault type", "故障类型"),
    "fault_priority": ("Priority", "紧急程度"),
    "area_class": ("Area class", "区域类别"),
    "new_ticket": ("New ticket", "新开工单"),
    "dispatched_at": ("Dispatch time", "派工时间"),
    "arrived_at": ("Arrival time", "到达时间"),
    "restored_at": ("Restoration time", "恢复供电时间"),
    "result_note": ("Result", "处理结果"),
    "fault_cause": ("Cause", "故障原因"),
    "cancel_kind": ("Cancel reason", "撤销原因"),
    "fault_time_kind": ("Time to correct", "更正的时间"),
    "fault_state": ("Tickets", "工单范围"),
    "fault_risk": ("Risk", "风险"),
}
