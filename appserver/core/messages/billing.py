"""Messages and field labels of the billing module: key -> (English, 简体中文)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "billing_run_no_plan": (
        "Reading book {book} has no reading plan for {period}: read and validate the meters "
        "first.", "抄表本 {book} 没有 {period} 的抄表计划：请先抄表并完成校验。"),
    "billing_run_plan_not_validated": (
        "The readings of book {book} for {period} are not validated yet (plan status: "
        "{status}). Validate them before billing.",
        ("抄表本 {book} {period} 的抄表数据尚未校验完成（计划状态：{status}），"
         "请先完成校验再发行电费。")),
    "billing_run_in_progress": (
        "The billing run of book {book} for {period} is already {status}.",
        "抄表本 {book} {period} 的电费发行已处于“{status}”状态。"),
    "billing_run_not_failed": (
        "Only a failed billing run can be restarted; this one is {status}.",
        "只有失败的电费发行可以重新启动；该发行当前状态为“{status}”。"),
    "billing_run_status_queued": ("queued", "排队"),
    "billing_run_status_running": ("running", "运行"),
    "billing_run_status_done": ("done", "已完成"),
    "billing_run_status_failed": ("failed", "失败"),
    "billing_plan_status_open": ("open", "未抄"),
    "billing_plan_status_imported": ("imported", "已导入"),
    "billing_plan_status_validated": ("validated", "已校验"),
    "billing_plan_status_billing": ("billing", "发行中"),
    "billing_plan_status_billed": ("billed", "已发行"),
    "what_reading_book": ("Reading book", "抄表本"),
    "what_billing_run": ("Billing run", "电费发行"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "book_id": ("Reading book", "抄表本"),
    "run_id": ("Billing run", "电费发行"),
    "period": ("Period", "账期"),
}
