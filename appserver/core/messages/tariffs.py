"""Messages and field labels of the tariffs work: key -> (English, 简体中文)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "tariff_what_version": ("Tariff version", "电价版本"),
    "tariff_status_draft": ("a draft", "草稿"),
    "tariff_status_pending": ("waiting for approval", "待审批"),
    "tariff_status_approved": ("approved", "已批准"),
    "tariff_status_retired": ("retired", "已停用"),
    "tariff_open_end": ("open-ended", "长期有效"),
    "tariff_version_taken": ("{code} already has version {version}; the next version is "
                             "{next}.", "{code} 已有第 {version} 版，下一版应为第 {next} 版。"),
    "tariff_version_not_next": ("{code}: a new version must be numbered above the latest "
                                "({latest}); use version {next}.",
                                "{code}：新版本号须大于最新版本号（{latest}），"
                                "请使用第 {next} 版。"),
    "tariff_overlap": ("{tariff} would be effective {start} to {end}, which overlaps {other} "
                       "({other_start} to {other_end}, {status}).",
                       "{tariff} 的生效期 {start} 至 {end} 与 {other}（{other_start} 至 "
                       "{other_end}，{status}）重叠。"),
    "tariff_not_draft": ("Only a draft can be changed or submitted; {tariff} is {status}.",
                         "只有草稿可以修改或提交审批；{tariff} 当前为{status}。"),
    "tariff_not_pending": ("{tariff} is {status}: only a version waiting for approval can be "
                           "approved, rejected or withdrawn.",
                           "{tariff} 当前为{status}：只有待审批的版本可以批准、驳回或撤回。"),
    "tariff_code_fixed": ("This draft is for {code}; start a new draft for {new}.",
                          "该草稿属于 {code}；如需 {new}，请新建草稿。"),
    "tariff_own_draft": ("You drafted {tariff}: a second person must approve it.",
                         "{tariff} 由您起草，须由另一人审批。"),
    "tariff_own_draft_reject": ("You drafted {tariff}: withdraw it instead of rejecting it.",
                                "{tariff} 由您起草，请撤回而不是驳回。"),
    "tariff_starts_too_early": ("{tariff} starts on {start}, not after {other} (from "
                                "{other_start}), which it would end.",
                                "{tariff} 于 {start} 生效，不晚于它要接替的 {other}（自 "
                                "{other_start} 起）。"),
    "tariff_request_too_large": ("The calculation request is too large (at most {limit} "
                                 "values, {depth} levels, {length} characters per text).",
                                 "计算请求过大（最多 {limit} 个值、{depth} 层、每段文字 "
                                 "{length} 个字符）。"),
    "tariff_text_has_control": ("contains control characters", "含有控制字符"),
    "tariff_file_name_bad": ("must end in .toml", "须以 .toml 结尾"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "toml_text": ("Tariff text (TOML)", "电价文本（TOML）"),
    "file_name": ("File name", "文件名"),
    "request": ("Calculation request", "计算请求"),
    "version_id": ("Tariff version", "电价版本"),
}
