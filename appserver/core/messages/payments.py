"""Messages and field labels of the payments module: key -> (English, 简体中文)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "pay_what_payment": ("Payment", "收费记录"),
    "pay_what_reversal": ("Reversal request", "冲正申请"),
    "pay_what_close": ("Cash close", "日结"),
    "pay_what_print": ("Receipt print", "收据打印记录"),
    "pay_till_closed": ("Your till is already closed for {day}: no more payments can be taken "
                        "today.", "您 {day} 的收费已日结，今天不能再收费。"),
    "pay_already_closed": ("Your till for {day} is already closed; a close is final.",
                           "您 {day} 的收费已日结，日结不可重做。"),
    "pay_balance_changed": ("The account changed since you opened it (balance now {balance}): "
                            "another payment was posted meanwhile. Reload the account and "
                            "check with the customer before taking money.",
                            "打开账户后账户已有变动（当前余额 {balance}）：期间已有其他缴费入账。"
                            "请刷新账户并与客户核对后再收费。"),
    "pay_tendered_short": ("The cash tendered ({tendered}) is less than the amount ({amount}).",
                           "实收现金（{tendered}）少于缴费金额（{amount}）。"),
    "pay_tendered_cash_only": ("Only cash is tendered with change.",
                               "只有现金缴费才有实收和找零。"),
    "pay_already_reversed": ("This payment has already been reversed.", "该笔缴费已冲正。"),
    "pay_reversal_pending": ("A reversal of this payment is already waiting for approval.",
                             "该笔缴费已有待审批的冲正申请。"),
    "pay_reversal_decided": ("This reversal request was already decided ({status}).",
                             "该冲正申请已处理（{status}）。"),
    "pay_four_eyes": ("A reversal must be approved by a second person, not by the clerk who "
                      "requested it.", "冲正须由申请人以外的第二人审批。"),
    "pay_requester_till_closed": ("The till of {clerk} is already closed for {day}; approve "
                                  "the reversal on the next business day.",
                                  "{clerk} {day} 的收费已日结，请在下一个营业日审批该冲正。"),
    "pay_no_close": ("No cash close for this date.", "该日期没有日结记录。"),
    "pay_future_date": ("The date cannot be in the future.", "日期不能晚于今天。"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "customer_id": ("Customer", "客户"),
    "payment": ("Payment", "缴费"),
    "payment_id": ("Payment", "缴费记录"),
    "amount": ("Amount", "金额"),
    "tender_type": ("Tender type", "缴费方式"),
    "tendered": ("Cash tendered", "实收现金"),
    "reference": ("Reference", "凭证号"),
    "balance_seen": ("Balance shown", "显示余额"),
    "reversal_id": ("Reversal request", "冲正申请"),
    "decision": ("Decision", "审批结果"),
    "note": ("Note", "备注"),
    "filter": ("Filter", "筛选"),
    "status": ("Status", "状态"),
    "business_date": ("Business date", "营业日期"),
    "counted_cash": ("Cash counted", "清点现金"),
    "close_id": ("Cash close", "日结"),
    "print_no": ("Print number", "打印次数"),
}
