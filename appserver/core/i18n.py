"""Server-side messages in the caller's language (ctx['locale']).

Errors are built with ``msg(call_locale, key, **params)``; every key has both languages, and a
unit test keeps it so.
"""

from __future__ import annotations

from contextvars import ContextVar

# The language of the call being served (set by the rpc decorator), for text made deep in
# business code that has no Call at hand (e.g. a bill line's explanation).
CALL_LOCALE: ContextVar[str] = ContextVar("pmis_call_locale", default="en")


def caller_reads_chinese() -> bool:
    return CALL_LOCALE.get() == "zh_CN"

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (English, 简体中文)
    "bad_context": ("The request is malformed.", "请求格式不正确。"),
    "login_failed": ("Wrong user name or password.", "用户名或密码错误。"),
    "login_throttled": ("Too many failed attempts from this workstation. Try again in {seconds} "
                        "seconds.", "本工作站登录失败次数过多，请 {seconds} 秒后再试。"),
    "account_locked": ("This account is locked. Ask an administrator.",
                       "该账号已被锁定，请联系系统管理员。"),
    "password_change_required": ("Change your password before you continue.", "请先修改密码再继续操作。"),
    "server_busy": ("The server is busy. Please try again in a moment.", "服务器繁忙，请稍后再试。"),
    "role_beyond_own_rights": ("You cannot grant the role {role}: it has rights you do not have.", "不能授予角色 {role}：其中包含您本人没有的权限。"),
    "cannot_change_own_roles": ("You cannot change your own roles.", "不能修改自己的角色。"),
    "session_expired": ("Your session has expired. Please log in again.",
                        "会话已过期，请重新登录。"),
    "permission_denied": ("You do not have the right to do this ({permission}).",
                          "您没有执行此操作的权限（{permission}）。"),
    "other_office": ("This record belongs to another office.", "该记录属于其他营业单位。"),
    "request_id_required": ("A request id is required for changes.", "修改操作需要请求编号。"),
    "request_id_reused": ("This request id was already used for a different request.",
                          "该请求编号已用于另一个不同的请求。"),
    "internal_error": ("An internal error occurred. Reference: {reference}",
                       "系统内部错误，参考编号：{reference}"),
    "database_unavailable": ("The database is not available. Reference: {reference}",
                             "数据库暂不可用，参考编号：{reference}"),
    "not_found": ("{what} was not found.", "未找到{what}。"),
    "conflict_changed": ("Someone else changed this record meanwhile. Review the current data "
                         "and apply your change again.", "该记录已被他人修改，请核对最新数据后重新修改。"),
    "invalid_field": ("{field}: {problem}", "{field}：{problem}"),
    "too_long": ("at most {limit} characters", "最多 {limit} 个字符"),
    "required": ("is required", "不能为空"),
    "not_text": ("must be text", "必须是文本"),
    "not_integer": ("must be a whole number", "必须是整数"),
    "bad_decimal": ("must be a plain number with at most {places} decimal places",
                    "须为普通数字，最多 {places} 位小数"),
    "bad_date": ("must be a date (YYYY-MM-DD)", "须为日期（年-月-日）"),
    "bad_period": ("must be a billing period (YYYY-MM)", "须为账期（年-月）"),
    "bad_list": ("must be a list of 1 to {limit} items", "须为 1 到 {limit} 项的列表"),
    "what_job": ("Job", "作业"),
    "out_of_range": ("must be between {low} and {high}", "必须在 {low} 到 {high} 之间"),
    "bad_format": ("has the wrong format", "格式不正确"),
    "not_allowed_value": ("must be one of: {allowed}", "必须是以下之一：{allowed}"),
    "unknown_fields": ("unknown fields: {names}", "未知字段：{names}"),
    "bad_phone_mobile": ("a mobile number has 11 digits and starts with 1",
                         "手机号码为以 1 开头的 11 位数字"),
    "bad_phone_landline": ("a landline number is 7–8 digits, optionally with a 3–4 digit area "
                           "code and a dash", "固定电话为 7–8 位数字，可带 3–4 位区号和短横线"),
    "password_too_weak": ("at least 8 characters with letters and digits",
                          "至少 8 位，且包含字母和数字"),
    "username_taken": ("The user name {username} is already taken.", "用户名 {username} 已被占用。"),
    "cannot_lock_self": ("You cannot lock your own account.", "不能锁定自己的账号。"),
    "contact_needs_a_phone": ("A customer must keep at least one phone number (mobile or landline).", "客户至少须保留一个联系电话（手机或固定电话）。"),
    "nothing_to_change": ("Nothing to change.", "没有需要修改的内容。"),
    "wrong_password": ("The current password is wrong.", "当前密码不正确。"),
    "office_code_taken": ("The office code {code} is already taken.", "单位编码 {code} 已被占用。"),
    "bad_parent_kind": ("A {kind} cannot be placed under a {parent_kind}.",
                        "{kind}不能设在{parent_kind}之下。"),
    "what_customer": ("Customer", "客户"),
    "what_user": ("User", "用户"),
    "what_office": ("Office", "单位"),
}


# What a person calls each input field: errors name the field the way the form does.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "username": ("User name", "用户名"),
    "password": ("Password", "密码"),
    "full_name": ("Full name", "姓名"),
    "office_id": ("Office", "所属单位"),
    "parent_id": ("Parent unit", "上级单位"),
    "roles": ("Roles", "角色"),
    "code": ("Code", "编码"),
    "name": ("Name", "名称"),
    "kind": ("Unit type", "单位类型"),
    "reason": ("Reason", "原因"),
    "locked": ("Locked", "锁定"),
    "phone_mobile": ("Mobile", "手机"),
    "phone_landline": ("Landline", "固定电话"),
    "contact_person": ("Contact person", "联系人"),
    "mail_address": ("Mailing address", "通信地址"),
    "text": ("Search text", "查询内容"),
    "date": ("Date", "日期"),
    "method": ("Action", "操作"),
    "outcome": ("Outcome", "结果"),
    "entity_type": ("Record type", "对象类型"),
    "entity_id": ("Record number", "对象编号"),
}


def _merge_module_tables() -> None:
    """Each business module keeps its messages and field labels in core/messages/<module>.py
    (its own file, so modules grow without editing this one)."""
    from appserver.core.messages import (
        applications,
        billing,
        bills,
        collection,
        complaints,
        faults,
        metering,
        payments,
        reports,
        tariffs,
        work,
    )

    for table in (metering, tariffs, billing, bills, payments, collection, reports,
                  applications, complaints, faults, work):
        for key in table.MESSAGES.keys() & MESSAGES.keys():
            raise AssertionError(f"message key {key!r} defined twice")
        MESSAGES.update(table.MESSAGES)
        FIELD_LABELS.update(table.FIELD_LABELS)


_merge_module_tables()


def field_label(locale: str, field: str) -> str:
    labels = FIELD_LABELS.get(field)
    if labels is None:
        return field  # technical arguments (ids, paging) are not typed by people
    return labels[1] if locale == "zh_CN" else labels[0]


def msg(locale: str, key: str, /, **params: object) -> str:
    en, zh = MESSAGES[key]
    template = zh if locale == "zh_CN" else en
    return template.format(**params)
