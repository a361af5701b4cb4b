"""Messages and field labels of the collection work: key -> (English, 简体中文)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "what_notice": ("Notice", "通知书"),
    "what_bank_batch": ("Withholding batch", "代扣批次"),
    "collection_step_not_due": (
        "The step \"{step}\" is not due for: {customers}. Nothing was issued.",
        "以下客户当前不适用“{step}”：{customers}。本批未发出任何通知。"),
    "collection_step_reminder": ("reminder", "催费通知"),
    "collection_step_disconnection": ("disconnection notice", "停电通知"),
    "collection_step_disconnect_order": ("disconnection order", "停电工作单"),
    "collection_step_reconnection": ("reconnection", "复电"),
    "collection_due_instead": ("{account} (due: {step})", "{account}（应办：{step}）"),
    "collection_due_nothing": ("{account} (nothing due)", "{account}（无需办理）"),
    "collection_action_reminder": ("reminder", "催费"),
    "collection_action_notice": ("disconnection notice", "停电通知"),
    "collection_action_disconnect": ("disconnection order", "停电"),
    "collection_action_reconnect": ("reconnection", "复电"),
    "penalty_waiver_too_much": ("Only {open} of penalty is open: a waiver cannot be more.",
                                "未结违约金只有 {open} 元，减免不能超过此数。"),
    "bank_unknown": ("Unknown bank code {bank}.", "未知的银行代码 {bank}。"),
    "bank_nothing_due": ("No customer with an agreement at {bank} owes anything now (or all "
                         "are waiting for the bank's answer to an earlier file): no file was "
                         "made.", "{bank} 的签约客户目前均无欠费（或都在等待上一批的银行回盘），"
                         "未生成文件。"),
    "bank_file_refused": ("The result file was refused ({count} problems); nothing was "
                          "posted:\n{problems}", "结果文件被拒绝（共 {count} 处问题），未入账：\n"
                          "{problems}"),
    "bank_file_line": ("line {line}: {problem}", "第 {line} 行：{problem}"),
    "bank_file_whole": ("file: {problem}", "文件：{problem}"),
    "bank_file_too_big": ("The file is larger than {limit} MB.", "文件超过 {limit} MB。"),
    "bank_file_not_base64": ("The file content could not be read.", "无法读取文件内容。"),
    "bank_file_encoding": ("the file is not GB18030 text", "文件不是 GB18030 编码的文本"),
    "bank_file_too_short": ("the file needs a header and a trailer line",
                            "文件至少须有首行和尾行"),
    "bank_file_bad_header": ("not a withholding result header (H|PMIS-WR|1|…)",
                             "不是代扣结果文件首行（H|PMIS-WR|1|…）"),
    "bank_file_bad_trailer": ("not a trailer line (T|…, 7 fields)", "不是尾行（T|…，7 个字段）"),
    "bank_file_bad_detail": ("not a detail line (D|…, 7 fields)", "不是明细行（D|…，7 个字段）"),
    "bank_file_bad_date": ("bad date {value} (YYYYMMDD)", "日期 {value} 不正确（YYYYMMDD）"),
    "bank_file_bad_amount": ("bad amount {value} (e.g. 123.45)",
                             "金额 {value} 不正确（如 123.45）"),
    "bank_file_bad_number": ("bad number {value}", "数字 {value} 不正确"),
    "bank_file_bad_status": ("bad status {value} (S or F)", "状态 {value} 不正确（S 或 F）"),
    "bank_file_reason_missing": ("a failed line needs a reason code", "失败明细须有原因代码"),
    "bank_file_totals_differ": ("counts and totals {stated} differ from the lines {counted}",
                                "笔数与金额 {stated} 与明细合计 {counted} 不符"),
    "bank_file_checksum": ("the checksum does not match the file", "校验值与文件内容不符"),
    "bank_file_unknown_batch": ("batch {batch} was never exported", "批次 {batch} 未曾导出"),
    "bank_file_wrong_bank": ("the file is from bank {bank}, not the batch's bank",
                             "文件来自银行 {bank}，与批次银行不符"),
    "bank_file_unknown_line": ("line number {line_no} is not in the batch",
                               "序号 {line_no} 不在该批次中"),
    "bank_file_duplicate_line": ("line number {line_no} appears twice", "序号 {line_no} 重复"),
    "bank_file_line_differs": ("line number {line_no}: account or amount differs from the "
                               "exported line", "序号 {line_no}：户号或金额与导出明细不符"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "filters": ("Filters", "筛选条件"),
    "min_days": ("Days overdue at least", "逾期天数不少于"),
    "min_amount": ("Amount at least", "欠费金额不少于"),
    "customer_class": ("Customer class", "用电类别"),
    "action": ("Step due", "应办事项"),
    "notice_kind": ("Notice kind", "通知类型"),
    "customer_ids": ("Customers", "客户"),
    "notice_ids": ("Notices", "通知书"),
    "bank_code": ("Bank", "银行"),
    "batch_id": ("Batch", "批次"),
    "content": ("File", "文件"),
    "offset": ("Start row", "起始行"),
    "limit": ("Rows per page", "每页行数"),
    "page": ("Page", "分页"),
}
