"""Messages and field labels of the reports module: key -> (English, 简体中文).

The ``rep_pdf_*``, ``rep_class_*``, ``rep_channel_*``, ``rep_tender_*`` and ``rep_fix_*``
keys are the words printed on the monthly report in the caller's language.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "rep_what_unit": ("The organisation unit", "该组织单位"),
    "rep_unit_kind": ("Choose the company, a bureau or an office: a service hall reports "
                      "with its office.", "请选择公司、供电局或营业所：营业厅的数据归属其营业所。"),
    "rep_period_future": ("This period has not started yet.", "该账期尚未开始。"),
    # -- the printed report -------------------------------------------------------------
    "rep_pdf_title": ("Monthly revenue and collection report", "电费收入与回收月报"),
    "rep_pdf_header": ("{company} · {unit} · period {period}",
                       "{company} · {unit} · 账期 {period}"),
    "rep_pdf_printed": ("Printed {at} by {by}", "打印时间 {at} · 打印人 {by}"),
    "rep_pdf_page": ("Page {page} of {pages}", "第 {page} 页 / 共 {pages} 页"),
    "rep_pdf_as_of": ("Ledger figures as of {day} (end of day)", "账务数据截至 {day} 日终"),
    "rep_pdf_summary": ("Key figures", "主要指标"),
    "rep_pdf_billing": ("Billed energy and amount", "售电量与应收电费"),
    "rep_pdf_by_class": ("By customer class", "按用户类别"),
    "rep_pdf_by_office": ("By office", "按营业所"),
    "rep_pdf_comparison": ("Comparison with the previous month and the same month last year",
                           "与上月及去年同期比较"),
    "rep_pdf_collection": ("Collection in the month", "本月收费"),
    "rep_pdf_by_channel": ("By channel and tender", "按收费渠道与方式"),
    "rep_pdf_rates": ("Collection rates", "电费回收率"),
    "rep_pdf_ageing": ("Arrears ageing", "欠费账龄"),
    "rep_pdf_top": ("Top {n} customers in arrears", "欠费金额前 {n} 名用户"),
    "rep_pdf_penalties": ("Late-payment penalties", "违约金"),
    "rep_pdf_corrections": ("Bill corrections in the month", "本月电费更正（退补）"),
    "rep_pdf_review": ("Bills held in review", "待审核（挂起）账单"),
    "rep_pdf_definitions": ("Definitions", "口径说明"),
    "rep_pdf_class": ("Customer class", "用户类别"),
    "rep_pdf_office": ("Office", "营业所"),
    "rep_pdf_bills": ("Bills", "账单数"),
    "rep_pdf_billed_bills": ("Bills released", "发行账单数"),
    "rep_pdf_billed_energy": ("Billed energy (kWh)", "售电量（千瓦时）"),
    "rep_pdf_billed_amount": ("Billed amount (yuan)", "应收电费（元）"),
    "rep_pdf_cash_yuan": ("Cash collected (yuan)", "实收电费（元）"),
    "rep_pdf_energy": ("Energy (kWh)", "电量（千瓦时）"),
    "rep_pdf_amount": ("Amount (yuan)", "金额（元）"),
    "rep_pdf_total": ("Total", "合计"),
    "rep_pdf_share": ("Share", "占比"),
    "rep_pdf_this_month": ("This month", "本月"),
    "rep_pdf_prev_month": ("Previous month", "上月"),
    "rep_pdf_last_year": ("Same month last year", "去年同期"),
    "rep_pdf_vs_prev": ("vs. prev. %", "环比 %"),
    "rep_pdf_vs_last_year": ("vs. last year %", "同比 %"),
    "rep_pdf_channel": ("Channel", "收费渠道"),
    "rep_pdf_tender": ("Tender", "支付方式"),
    "rep_pdf_payments": ("Payments", "笔数"),
    "rep_pdf_cash_collected": ("Cash collected", "实收电费"),
    "rep_pdf_reversed_in_month": ("Received and reversed in the month (excluded)",
                                  "本月收取并已冲正（不计入）"),
    "rep_pdf_earlier_reversed": ("Reversed this month, received in earlier months",
                                 "本月冲正的以前月份收费"),
    "rep_pdf_net_cash": ("Net cash movement of the month", "本月净收款"),
    "rep_pdf_billed": ("Billed (period's bills)", "本期应收"),
    "rep_pdf_settled": ("Settled by {day}", "截至 {day} 已结清"),
    "rep_pdf_settlement_rate": ("Settlement rate %", "本期电费回收率 %"),
    "rep_pdf_opening_overdue": ("Overdue at month start", "月初欠费"),
    "rep_pdf_falling_due": ("Falling due in month", "本月到期应收"),
    "rep_pdf_receivables_due": ("Receivables due", "应收合计"),
    "rep_pdf_collection_rate": ("Cash collection rate %", "资金回收率 %"),
    "rep_pdf_customers": ("Customers", "户数"),
    "rep_pdf_customers_short": ("Cust.", "户数"),
    "rep_pdf_days": ("{bucket} days", "{bucket} 天"),
    "rep_pdf_overdue_total": ("Overdue total", "逾期合计"),
    "rep_pdf_not_due": ("Not yet due", "未到期"),
    "rep_pdf_account": ("Account", "户号"),
    "rep_pdf_name": ("Customer", "户名"),
    "rep_pdf_overdue": ("Overdue (yuan)", "逾期欠费（元）"),
    "rep_pdf_oldest_due": ("Oldest due date", "最早到期日"),
    "rep_pdf_days_overdue": ("Days overdue", "逾期天数"),
    "rep_pdf_charged": ("Charged", "计收笔数"),
    "rep_pdf_charged_amount": ("Charged (yuan)", "计收金额（元）"),
    "rep_pdf_waived": ("Waived", "减免笔数"),
    "rep_pdf_waived_amount": ("Waived (yuan)", "减免金额（元）"),
    "rep_pdf_net": ("Net (yuan)", "净额（元）"),
    "rep_pdf_kind": ("Kind", "类型"),
    "rep_pdf_entries": ("Ledger entries", "账务笔数"),
    "rep_pdf_reason": ("Reason", "原因"),
    "rep_pdf_none": ("None in this period.", "本期无。"),
    "rep_pdf_arrears_customers": ("Customers in arrears", "欠费户数"),
    "rep_pdf_overdue_arrears": ("Overdue arrears (yuan)", "逾期欠费（元）"),
    "rep_pdf_penalties_net": ("Penalties charged, net (yuan)", "违约金净额（元）"),
    "rep_pdf_corrections_net": ("Corrections, net (yuan)", "更正净额（元）"),
    "rep_pdf_review_bills": ("Bills held in review", "挂起待审账单"),
    "rep_pdf_chart_amount_class": ("Billed amount by class (yuan)", "各类别应收电费（元）"),
    "rep_pdf_chart_amount_office": ("Billed amount by office (yuan)", "各营业所应收电费（元）"),
    "rep_pdf_chart_energy_office": ("Billed energy by office (kWh)", "各营业所售电量（千瓦时）"),
    "rep_pdf_chart_comparison": ("Billed amount by class: three months (yuan)",
                                 "各类别应收电费：三期对比（元）"),
    "rep_pdf_chart_channels": ("Cash collected by channel", "各渠道实收电费"),
    "rep_pdf_chart_ageing": ("Overdue arrears by age (yuan)", "逾期欠费账龄分布（元）"),
    "rep_pdf_def_billed": (
        "Billed energy and amount: regular bills of the billing period that were released "
        "(including released bills later cancelled by a rebill; the rebill's difference is a "
        "correction). Bills still in review are shown separately and are not billed.",
        "售电量与应收电费：本账期已发行的正常账单（含发行后被重开作废的账单，重开差额计入更正）；"
        "挂起待审账单单独列示，不计入应收。"),
    "rep_pdf_def_report_date": (
        "Report date: the last day of the period, or today if the period is not over. "
        "Ledger figures (settlement, ageing, receivables) count entries and allocations "
        "made up to the end of that day (Beijing time).",
        "统计日：账期最后一天；账期未结束时为当日。结清、账龄、应收等账务数据按统计日日终"
        "（北京时间）前的账务记录和核销计算。"),
    "rep_pdf_def_collection": (
        "Cash collected: payments received in the month (business date) and not reversed by "
        "the report date, by channel and tender; office = the customer's office. Payments of "
        "earlier months reversed in this month are shown beside it; the net cash movement is "
        "cash collected minus those.",
        "实收电费：本月（营业日）收取且截至统计日未冲正的收费，按渠道和支付方式；营业所为用户所属"
        "营业所。本月冲正的以前月份收费单列，本月净收款 = 实收电费 - 该冲正金额。"),
    "rep_pdf_def_settlement": (
        "Settlement rate = amounts allocated (settled) to the ledger charges of the period's "
        "billed bills ÷ those charges. A period's bills are released and fall due in the "
        "following month, so their settlement is counted up to the end of that month (or up "
        "to today, if that is earlier): {day}.",
        "本期电费回收率 = 核销到本期已发行账单应收记录上的金额 ÷ 本期账单应收金额。本期账单于次月"
        "发行并到期，故核销统计至次月末（次月未结束时至当日）：{day}。"),
    "rep_pdf_def_cash_rate": (
        "Cash collection rate = cash collected in the month ÷ receivables due, where "
        "receivables due = charges (bills, penalties, adjustments, refunds) overdue and still "
        "open at the start of the month + charges falling due in the month up to the report "
        "date, at their full amount. Prepaid credit used in the month is not cash of the "
        "month, so the rate can differ from the settlement rate, and can exceed 100 %.",
        "资金回收率 = 本月实收电费 ÷ 应收合计；应收合计 = 月初已逾期且未结清的应收（电费、违约金、"
        "调整、退款）+ 本月内至统计日到期的应收全额。本月使用的预存款不是本月现金，故该比率与本期"
        "电费回收率不同，亦可能超过 100%。"),
    "rep_pdf_def_ageing": (
        "Ageing: every open debit (unsettled part) by days overdue = report date - due date; a "
        "debt is overdue from the day after its due date, so the first bucket holds 1–30 "
        "days. Amounts are aged per debt; a customer is counted once, in the bucket of the "
        "oldest overdue debt, so customers and amounts both add up to their totals. Debts not "
        "yet due are shown apart.",
        "账龄：每笔未结清应收按逾期天数（统计日 - 到期日）归类；到期日次日起为逾期，故第一档为 "
        "1–30 天。金额按每笔欠费的账龄归档；户数每户只计一次，按其最早一笔逾期欠费归档，因此户数"
        "与金额均可逐项相加等于合计。未到期应收单列。"),
    "rep_pdf_def_other": (
        "Penalties: penalty entries posted in the month; waived = reversals of penalties "
        "posted in the month. Corrections: ledger effect posted in the month of rebills and "
        "back-bills, reversals of bill charges (cancellations) and other adjustments. Money "
        "is exact to the fen; every total is the sum of the rows above it.",
        "违约金：本月入账的违约金；减免 = 本月入账的违约金冲正。更正：本月入账的重开、退补账单"
        "差额、原账单冲销及其他调整。金额精确到分，各合计均为其上各行之和。"),
    "rep_class_residential": ("Residential", "居民生活"),
    "rep_class_commercial": ("Commercial & industrial", "一般工商业"),
    "rep_class_large_industry": ("Large industry", "大工业"),
    "rep_class_agriculture": ("Agriculture", "农业生产"),
    "rep_channel_counter": ("Counter", "坐收"),
    "rep_channel_visit": ("Collection visit", "走收"),
    "rep_channel_bank_withholding": ("Bank withholding", "银行代扣"),
    "rep_channel_bank_agent": ("Bank / agent", "银行代收"),
    "rep_channel_prepay": ("Prepayment", "预付费"),
    "rep_tender_cash": ("Cash", "现金"),
    "rep_tender_card": ("Card", "银行卡"),
    "rep_tender_cheque": ("Cheque", "支票"),
    "rep_tender_transfer": ("Transfer", "转账"),
    "rep_tender_withholding": ("Withholding", "代扣"),
    "rep_tender_mobile": ("Mobile payment", "移动支付"),
    "rep_fix_rebill": ("Rebills", "重开"),
    "rep_fix_backbill": ("Back-billing", "退补"),
    "rep_fix_cancel": ("Cancelled bill charges", "原账单冲销"),
    "rep_fix_adjustment": ("Other adjustments", "其他调整"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "org_unit_id": ("Organisation unit", "组织单位"),
}
