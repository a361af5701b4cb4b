"""Messages and field labels of the bills work: key -> (English, 简体中文)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "bills_what_bill": ("The bill", "账单"),
    "bills_what_customer": ("The customer", "客户"),
    "bills_what_run": ("The billing run", "核算批次"),
    "bills_what_correction": ("The correction request", "退补申请"),
    "bills_recompute_mismatch": (
        "Bill {bill} does not recompute to its stored amounts. Do not use it; report it to "
        "the billing officer.",
        "账单 {bill} 重新计算的金额与保存的金额不一致，请勿使用，并报告核算员。"),
    "bills_not_releasable": ("These bills are void or cancelled and cannot be released: "
                             "{bills}.", "以下账单已作废或已被更正，不能发行：{bills}。"),
    "bills_reject_only_review": (
        "Only a bill held for review can be rejected (this one is {status}); a released bill "
        "is corrected with a rebill.",
        "只有待审核的账单可以作废（此账单状态为 {status}）；已发行的账单须通过退补更正。"),
    "bills_run_nothing_to_print": ("This billing run has no bills to print.",
                                   "该核算批次没有可打印的账单。"),
    "bills_correct_only_released": (
        "Only a released bill can be corrected (this one is {status}).",
        "只有已发行的账单可以退补（此账单状态为 {status}）。"),
    "bills_correct_latest": (
        "This bill was already corrected by bill {bill}: correct that one.",
        "此账单已由账单 {bill} 更正，请对该账单进行退补。"),
    "bills_correction_unrateable": ("The corrected bill cannot be computed: {problem}",
                                    "更正后的账单无法计算：{problem}"),
    "bills_nothing_to_correct": (
        "Nothing to correct: the corrected bill comes to the same amount as the bill.",
        "没有需要更正的内容：更正后的金额与原账单相同。"),
    "bills_correction_pending": (
        "A correction of this bill is already waiting for approval.",
        "此账单已有一项退补申请在等待审批。"),
    "bills_correction_decided": ("This correction request was already decided ({status}).",
                                 "该退补申请已处理（{status}）。"),
    "bills_correction_four_eyes": (
        "A correction must be decided by a second person, not by whoever asked for it.",
        "退补申请须由申请人以外的第二人审批。"),
    "bills_correction_changed": (
        "The difference is now {now} instead of {then} (tariffs changed since the request). "
        "Reject it and ask again.",
        "差额已由 {then} 变为 {now}（申请后电价有变化），请驳回后重新申请。"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    # Prefixed: labels of all modules share one table, and a generic key ("kind") would
    # rename another module's field.
    "bill_id": ("Bill", "账单"),
    "bill_ids": ("Bills", "账单"),
    "run_id": ("Billing run", "核算批次"),
    "account_no": ("Account number", "户号"),
    "correction_id": ("Correction request", "退补申请"),
    "correction_kind": ("Kind of correction", "退补类型"),
    "correction_changes": ("Corrections", "更正内容"),
    "correction_segment": ("Segment", "计费段"),
    "correction_readings": ("Readings", "示数"),
    "correction_energies": ("Energies", "电量"),
    "correction_energy_kwh": ("Energy (kWh)", "电量（千瓦时）"),
    "correction_multiplier": ("Multiplier", "倍率"),
    "correction_tariff": ("Tariff", "电价"),
    "correction_tariff_code": ("Tariff code", "电价代码"),
    "correction_tariff_version": ("Tariff version", "电价版本"),
    "correction_capacity_kva": ("Capacity (kVA)", "容量（千伏安）"),
    "correction_contracted_demand_kw": ("Contracted demand (kW)", "合同需量（千瓦）"),
    "correction_max_demand_kw": ("Maximum demand (kW)", "最大需量（千瓦）"),
    "correction_power_factor": ("Power factor", "功率因数"),
    "correction_previous": ("Previous reading", "上次示数"),
    "correction_current": ("Current reading", "本次示数"),
    "correction_status": ("Status", "状态"),
}
