"""Tariffs as data through the API: drafts, four eyes, overlaps, approval ending the previous
version, files, and the calculator against the DOMAIN.md worked examples."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appserver.billing.rating import tariff_from_toml, tariff_to_toml
from appserver.billing.tariff_store import approved_catalog
from appserver.contract.api import OBJECT_BILLING
from appserver.contract.errors import PermissionDenied, UserError
from dbschema.models import AuditLog, TariffVersion
from tests.helpers.api import ApiClient, Clients

pytestmark = pytest.mark.pg

SHIPPED = "resources/tariffs/{}.v1.toml"


def shipped(code: str) -> str:
    with open(SHIPPED.format(code), encoding="utf-8") as f:
        return f.read()


def variant(code: str = "JX-RES-ANNUAL", **changes: Any) -> str:
    """A shipped tariff with some fields changed, as the exporter writes it."""
    return tariff_to_toml(dataclasses.replace(tariff_from_toml(shipped(code)), **changes))


def call(client: ApiClient, method: str, *args: Any, write: bool = False) -> Any:
    return client.call(OBJECT_BILLING, method, *args, write=write)


def approvers(api: Clients, locale: str = "en") -> tuple[ApiClient, ApiClient]:
    first, _ = api.as_new_user("DH", ["manager"], locale)
    second, _ = api.as_new_user("DH", ["manager"], locale)
    return first, second


def versions(api: Clients, code: str) -> list[dict[str, Any]]:
    client = api.as_user("dh.clerk1")
    for entry in call(client, "list_tariffs")["tariffs"]:
        if entry["code"] == code:
            return list(entry["versions"])
    return []


# -- drafting and four eyes --------------------------------------------------------------


def test_draft_submit_approve_by_a_second_person_ends_the_previous_version(
        api: Clients, db: Session) -> None:
    drafter, approver = approvers(api)
    body = variant(version=2, effective_from=date(2027, 1, 1),
                   notes="2027 prices (test)")
    row = call(drafter, "draft_tariff", body, write=True)
    assert (row["key"], row["status"], row["effective_to"]) == ("JX-RES-ANNUAL@2", "draft",
                                                                None)
    assert call(drafter, "submit_tariff", row["id"], write=True)["status"] == "pending"
    with pytest.raises(UserError, match="second person"):
        call(drafter, "approve_tariff", row["id"], write=True)
    approved = call(approver, "approve_tariff", row["id"], write=True)
    assert approved["status"] == "approved" and approved["approved_by"]
    v1, v2 = versions(api, "JX-RES-ANNUAL")
    assert (v1["effective_to"], v2["effective_from"]) == ("2026-12-31", "2027-01-01")
    # The previous version's body says the same as its columns, and the catalogue agrees.
    old = db.scalars(select(TariffVersion).where(TariffVersion.id == v1["id"])).one()
    assert tariff_from_toml(old.body).effective_to == date(2026, 12, 31)
    assert "Uncertain (DOMAIN.md" in old.body  # the text kept, only the end date added
    catalog = approved_catalog(db)
    assert catalog.find("JX-RES-ANNUAL", None, date(2027, 2, 1), "").version == 2
    assert catalog.find("JX-RES-ANNUAL", None, date(2026, 12, 1), "").version == 1
    actions = db.scalars(select(AuditLog.method).where(
        AuditLog.entity_type == "tariff_version", AuditLog.entity_id == row["id"])).all()
    assert actions == ["billing.draft_tariff", "billing.submit_tariff", "billing.approve_tariff"]


def test_the_database_refuses_approval_by_the_drafter_too(api: Clients, db: Session) -> None:
    drafter, _ = approvers(api)
    row = call(drafter, "draft_tariff", variant(version=2, effective_from=date(2027, 1, 1)),
               write=True)
    version = db.get(TariffVersion, row["id"])
    assert version is not None and version.created_by is not None
    version.approved_by = version.created_by
    with pytest.raises(Exception, match="four_eyes"):
        db.flush()
    db.rollback()


def test_overlapping_dates_and_taken_versions_are_refused(api: Clients) -> None:
    drafter, approver = approvers(api)
    pending = call(drafter, "draft_tariff",
                   variant(version=2, effective_from=date(2027, 1, 1)), write=True)
    call(drafter, "submit_tariff", pending["id"], write=True)
    with pytest.raises(UserError, match="overlaps JX-RES-ANNUAL@2") as exc:
        call(drafter, "draft_tariff", variant(version=3, effective_from=date(2027, 6, 1)),
             write=True)
    assert exc.value.details["field"] == "effective_from"
    with pytest.raises(UserError, match="already has version 2"):
        call(drafter, "draft_tariff", variant(version=2, effective_from=date(2028, 1, 1)),
             write=True)
    with pytest.raises(UserError, match="not after JX-RES-ANNUAL@1"):
        call(drafter, "draft_tariff", variant(version=3, effective_from=date(2023, 7, 1),
                                              effective_to=date(2023, 7, 31)), write=True)
    # A version that ends before the pending one starts does not overlap it.
    ok = call(drafter, "draft_tariff", variant(version=3, effective_from=date(2026, 12, 1),
                                               effective_to=date(2026, 12, 31)), write=True)
    assert ok["status"] == "draft"
    call(approver, "reject_tariff", pending["id"], "prices not yet published", write=True)
    row = versions(api, "JX-RES-ANNUAL")[1]
    assert (row["status"], row["note"]) == ("draft", "prices not yet published")


def test_edit_withdraw_and_status_rules(api: Clients) -> None:
    drafter, approver = approvers(api)
    row = call(drafter, "draft_tariff", variant("EX-MONTHLY-2BLOCK", version=2,
                                                effective_from=date(2027, 1, 1)), write=True)
    edited = call(approver, "edit_tariff_draft", row["id"],
                  variant("EX-MONTHLY-2BLOCK", version=2, effective_from=date(2027, 2, 1)),
                  write=True)
    assert edited["effective_from"] == "2027-02-01"
    assert edited["drafted_by_id"] != row["drafted_by_id"]  # the editor is now the drafter
    with pytest.raises(UserError, match="start a new draft for JX-RES-ANNUAL"):
        call(drafter, "edit_tariff_draft", row["id"], variant(version=9), write=True)
    call(drafter, "submit_tariff", row["id"], write=True)
    with pytest.raises(UserError, match="Only a draft"):
        call(drafter, "edit_tariff_draft", row["id"], shipped("EX-MONTHLY-2BLOCK"), write=True)
    with pytest.raises(UserError, match="withdraw it instead"):
        call(approver, "reject_tariff", row["id"], "no", write=True)
    assert call(drafter, "withdraw_tariff", row["id"], write=True)["status"] == "draft"
    with pytest.raises(UserError, match="only a version waiting for approval"):
        call(drafter, "approve_tariff", row["id"], write=True)


def test_parser_errors_name_the_field_in_both_languages(api: Clients) -> None:
    en, _ = api.as_new_user("DH", ["manager"], "en")
    zh, _ = api.as_new_user("DH", ["manager"], "zh_CN")
    bad = shipped("EX-MONTHLY-2BLOCK").replace("upto = 50", "upto = -50").replace(
        "version = 1", "version = 2")
    with pytest.raises(UserError) as exc:
        call(en, "draft_tariff", bad, write=True)
    assert exc.value.message == "energy.tiers.blocks[0].upto: must not be negative"
    assert exc.value.details == {"field": "energy.tiers.blocks[0].upto"}
    with pytest.raises(UserError) as exc:
        call(zh, "draft_tariff", bad, write=True)
    assert exc.value.message == "energy.tiers.blocks[0].upto：不能为负数"
    with pytest.raises(UserError) as exc:
        call(zh, "import_tariff", "x.v2.toml", 'code = "X"\n[energy', write=True)
    assert exc.value.message.startswith("x.v2.toml：不是有效的 TOML")
    with pytest.raises(UserError, match="电价文本（TOML）：不能为空"):
        call(zh, "draft_tariff", "  \n", write=True)


def test_export_and_import_round_trip(api: Clients) -> None:
    drafter, approver = approvers(api)
    v1 = versions(api, "CI-TOU")[0]
    exported = call(drafter, "export_tariff", v1["id"])
    assert exported["file_name"] == "CI-TOU.v1.toml"
    assert exported["text"] == shipped("CI-TOU")
    text = exported["text"].replace("version = 1", "version = 2").replace(
        "effective_from = 2024-01-01", "effective_from = 2027-01-01")
    row = call(drafter, "import_tariff", "CI-TOU.v2.toml", text, write=True)
    assert (row["key"], row["status"]) == ("CI-TOU@2", "draft")
    with pytest.raises(UserError, match=r"must end in \.toml"):
        call(drafter, "import_tariff", "CI-TOU.v3.txt", text, write=True)
    got = call(approver, "get_tariff_version", row["id"])
    assert got["body"] == text and got["file_name"] == "CI-TOU.v2.toml"
    periods = {p["period"]: (p["price"], p["ratio"]) for p in
               got["summary"]["energy"]["tou"]["periods"]}
    assert periods["peak"] == ("0.96", "1.60") and periods["flat"] == ("0.60", None)
    exempt = {c["code"]: c["exempt_classes"] for c in got["summary"]["per_kwh"]}
    assert exempt["renewable"] == ["residential", "agricultural"]
    assert got["inputs"]["tou"] == "required" and got["inputs"]["loss_kva"]


def test_a_clerk_reads_but_cannot_draft(api: Clients) -> None:
    clerk = api.as_user("dh.clerk1")
    listed = call(clerk, "list_tariffs")["tariffs"]
    assert {"JX-RES-ANNUAL", "LI-DEMAND", "EX-INCLINE-WINTER"} <= {t["code"] for t in listed}
    li = next(t for t in listed if t["code"] == "LI-DEMAND")["versions"][0]["inputs"]
    assert (li["basic"], li["power_factor"], li["contracted_demand"]) == ("demand", True, True)
    with pytest.raises(PermissionDenied):
        call(clerk, "draft_tariff", variant(version=2, effective_from=date(2027, 1, 1)),
             write=True)


# -- the calculator ----------------------------------------------------------------------


def rate(client: ApiClient, tariff: str, registers: dict[str, str], **extra: Any) -> Any:
    request = {"tariff": tariff, "period": extra.pop("period", "2024-01"),
               "segments": [{"registers": registers, **extra.pop("segment", {})}], **extra}
    return call(client, "calculate", request)


def test_calculator_equals_the_worked_examples(api: Clients) -> None:
    clerk = api.as_user("dh.clerk1")
    assert rate(clerk, "EX-MONTHLY-2BLOCK", {"total": "10"})["total"] == "5.30"
    two_block = rate(clerk, "EX-MONTHLY-2BLOCK", {"total": "100"})
    assert [(x["code"], x["amount"]) for x in two_block["lines"]] == [
        ("energy.tier1", "26.50"), ("energy.tier2", "29.00")]
    assert two_block["total"] == "55.50"
    assert two_block["segments"][0]["subtotal"] == "55.50"
    winter = rate(clerk, "EX-INCLINE-WINTER", {"total": "1200"})
    assert [x["amount"] for x in winter["lines"]] == ["16.00", "22.05", "22.30", "102.00",
                                                      "7.50", "1.70"]
    assert winter["total"] == "171.55"
    summer = rate(clerk, "EX-INCLINE-SUMMER", {"total": "2000"})
    assert summer["total"] == "277.88"
    rounded = next(x for x in summer["lines"] if x["amount"] == "26.13")
    assert "26.125" in rounded["explanation"]["rounding"]
    assert winter["tariffs"][0]["name_zh"]


def test_calculator_350_kwh_with_annual_tiers_and_explanations(api: Clients) -> None:
    clerk = api.as_user("dh.clerk1")
    result = rate(clerk, "JX-RES-ANNUAL", {"total": "350"}, ytd_kwh="2000", period="2026-11")
    assert result["total"] == "219.50"  # 160 × 0.60 + 190 × 0.65
    first = result["lines"][0]
    assert (first["quantity"], first["unit_price"], first["amount"]) == ("160", "0.60", "96.00")
    assert first["explanation"]["table_row"] and first["explanation"]["rule"]
    assert sum(Decimal(x["amount"]) for x in result["lines"]) == Decimal(result["total"])


def test_calculator_two_part_tariff_with_power_factor(api: Clients) -> None:
    clerk = api.as_user("dh.clerk1")
    result = rate(clerk, "LI-DEMAND", {"peak": "100000", "flat": "100000", "valley": "100000",
                                       "reactive": "180000"},
                  segment={"max_demand_kw": "1200", "contracted_demand_kw": "1000"},
                  period="2024-06")
    assert result["total"] == "233222.10"  # docs/rating.md example li-demand-excess


def test_calculator_errors_are_translated_and_name_the_field(api: Clients) -> None:
    zh = api.as_user("dh.clerk1", "zh_CN")
    with pytest.raises(UserError) as exc:
        rate(zh, "JX-RES-ANNUAL", {"total": "-5"})
    assert exc.value.message == "第1段·电量·总电量：不能为负数"
    assert exc.value.details == {"field": "segments[0].registers.total"}
    with pytest.raises(UserError, match="按分时计费"):
        rate(zh, "CI-TOU", {"total": "100"})
    with pytest.raises(UserError, match="未知的电价 'NO-SUCH'"):
        rate(zh, "NO-SUCH", {"total": "100"})
    en = api.as_user("dh.clerk1")
    with pytest.raises(UserError, match=r"segments\[0\]\.capacity_kva: is required"):
        rate(en, "LI-CAP", {"peak": "1", "flat": "1", "valley": "1", "reactive": "1"})


@pytest.mark.parametrize("value", [1.5, "1e3", "NaN", "0.123456", "9" * 20, True, "１２"])
def test_calculator_refuses_bad_numbers(api: Clients, value: Any) -> None:
    clerk = api.as_user("dh.clerk1")
    with pytest.raises(UserError) as exc:
        rate(clerk, "JX-RES-ANNUAL", {"total": value})
    assert exc.value.details["field"] == "segments[0].registers.total"


def test_calculator_refuses_huge_requests_and_writes_nothing(api: Clients, db: Session) -> None:
    clerk = api.as_user("dh.clerk1")
    before = db.scalar(select(func.count()).select_from(AuditLog))
    for request in ({"segments": [{"registers": {"total": "1"}}] * 3000},
                    {"tariff": "x" * 5000}, [[[[[[[[["deep"]]]]]]]]], "350", None):
        with pytest.raises(UserError):
            call(clerk, "calculate", request)
    assert db.scalar(select(func.count()).select_from(AuditLog)) == before


# -- the command line --------------------------------------------------------------------


def test_cli_exports_approved_files_and_imports_drafts(db: Session, tmp_path: Any) -> None:
    from appserver.billing.tariff_cli import export, import_files

    written = export(db, tmp_path / "out", everything=False)
    names = {p.name for p in written}
    assert {"JX-RES-ANNUAL.v1.toml", "LI-DEMAND.v1.toml"} <= names
    assert (tmp_path / "out" / "LI-DEMAND.v1.toml").read_text("utf-8") == shipped("LI-DEMAND")
    draft = tmp_path / "JX-RES-ANNUAL.v2.toml"
    draft.write_text(variant(version=2, effective_from=date(2027, 1, 1)), "utf-8")
    installed = tmp_path / "AG-PROD.v2.toml"
    installed.write_text(variant("AG-PROD", version=2, effective_from=date(2027, 1, 1)),
                         "utf-8")
    assert import_files(db, [draft], approved=False) == ["JX-RES-ANNUAL@2 (draft)"]
    assert import_files(db, [installed], approved=True) == ["AG-PROD@2 (approved)"]
    ag = db.scalars(select(TariffVersion).where(TariffVersion.code == "AG-PROD")
                    .order_by(TariffVersion.version)).all()
    assert [(v.status, v.effective_to) for v in ag] == [("approved", date(2026, 12, 31)),
                                                       ("approved", None)]
    assert db.scalar(select(func.count()).select_from(AuditLog).where(
        AuditLog.method == "tariff_cli.import")) == 2
    with pytest.raises(UserError, match="already has version 2"):
        import_files(db, [draft], approved=False)


def test_cli_installs_exports_and_imports_on_a_new_database(tmp_path: Any,
                                                            capsys: Any) -> None:
    from appserver.billing.rating.toml_io import DEFAULT_DIR
    from appserver.billing.tariff_cli import main
    from dbschema import migrate

    url = f"sqlite:///{tmp_path / 'new.db'}"
    migrate.upgrade(url)
    files = [str(p) for p in sorted(DEFAULT_DIR.glob("*.toml"))]
    assert main(["--url", url, "import", "--approved", *files]) == 0
    assert "JX-RES-ANNUAL@1 (approved)" in capsys.readouterr().out
    assert main(["--url", url, "export", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "CI-TOU.v1.toml").read_text("utf-8") == shipped("CI-TOU")
    capsys.readouterr()
    bad = tmp_path / "JX-RES-ANNUAL.v2.toml"
    bad.write_text(shipped("JX-RES-ANNUAL").replace("version = 1", "version = 2"), "utf-8")
    assert main(["--url", url, "import", str(bad)]) == 2  # the same dates as version 1
    assert "not after JX-RES-ANNUAL@1" in capsys.readouterr().err
    good = tmp_path / "good.toml"
    good.write_text(variant(version=2, effective_from=date(2027, 1, 1)), "utf-8")
    assert main(["--url", url, "import", str(good)]) == 0
    assert capsys.readouterr().out.strip() == "JX-RES-ANNUAL@2 (draft)"


# -- translations of the engine's refusals (no database) ---------------------------------

BAD_TARIFF_EDITS = [
    ("upto = 50", "upto = -50"), ("upto = 50", "upto = 50.1234567"), ("upto = 50", "upto = 0"),
    ('basis = "monthly"', 'basis = "weekly"'), ("version = 1", "version = 0"),
    ("version = 1", 'version = "one"'), ("effective_from = 2020-01-01", ""),
    ("effective_from = 2020-01-01", "effective_from = 2020-01-01\neffective_to = 2019-01-01"),
    ("effective_from = 2020-01-01", "effective_from = 2020-01-01\nsurprise = 1"),
    ('code = "EX-MONTHLY-2BLOCK"', 'code = "lower"'), ('code = "EX-MONTHLY-2BLOCK"', "code = 5"),
    ("[energy.tiers]", "[energy]\nprice = 0.5\n\n[energy.tiers]"),
    ("price = 0.58", "price = 0.58\nupto = 10"), ("[energy.tiers]", "[energy.tiers"),
    ('customer_class = "residential"', 'customer_class = "martian"'),
    ("[energy.tiers]", "[conventions]\nquantity_places = true\n\n[energy.tiers]"),
    ("[energy.tiers]", "[conventions]\nquantity_places = 9\n\n[energy.tiers]"),
    ("[energy.tiers]", "conventions = 5\n[energy.tiers]"),
    ("[energy.tiers]", "[[per_kwh]]\ncode = \"a\"\nlabel = \"A\"\nlabel_zh = \"甲\"\nrate = 0.01\n"
                       "[[per_kwh]]\ncode = \"a\"\nlabel = \"A\"\nlabel_zh = \"甲\"\nrate = 0.01\n"
                       "\n[energy.tiers]"),
    ("[energy.tiers]", "[basic]\nbasis = \"demand\"\nprice = 1\n\n[energy.tiers]"),
    ("[energy.tiers]", "[loss]\nrows = []\n\n[energy.tiers]"),
    ("[energy.tiers]", "[energy.tou]\nrequired = true\n[energy.tou.ratios]\npeak = 1.5\n"
                       "\n[energy.tiers]"),
]
BAD_REQUESTS: list[dict[str, Any]] = [
    {"tariff": "EX-MONTHLY-2BLOCK", "segments": []},
    {"tariff": "EX-MONTHLY-2BLOCK", "segments": [{"registers": {}}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "segments": [{"registers": {"total": "1"}}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-13", "segments": [{}]},
    {"tariff": "NO-SUCH", "segments": [{"registers": {"total": "1"}}]},
    {"tariff": "bad code", "segments": [{"registers": {"total": "1"}}]},
    {"tariff": {"code": "EX-MONTHLY-2BLOCK", "version": 7}, "period": "2024-01",
     "segments": [{"registers": {"total": "1"}}]},
    {"segments": [{"registers": {"total": "1"}}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "segments": [
        {"days": 20, "registers": {"total": "1"}}, {"days": 20, "registers": {"total": "1"}}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01",
     "segments": [{"days": 40, "registers": {"total": "1"}}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "segments": [
        {"registers": {"total": {"previous": "9", "current": "1"}}}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "segments": [
        {"registers": {"total": {"previous": "99999", "current": "1", "digits": 3}}}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "segments": [
        {"registers": {"total": "10", "peak": "6", "valley": "6"}}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "segments": [
        {"registers": {"total": "10", "peak": "6", "flat": "1", "valley": "1"}}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "segments": [
        {"registers": {"total": "10"}, "multiplier": "0"}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "segments": [
        {"registers": {"total": "10"}, "transformer_kva": "400"}]},
    {"tariff": "CI-TOU", "period": "2024-01", "segments": [{"registers": {"total": "10"}}]},
    {"tariff": "CI-TOU", "period": "2024-01", "segments": [
        {"registers": {"peak": "10"}, "transformer_kva": "123"}]},
    {"tariff": "LI-CAP", "period": "2024-01", "segments": [{"registers": {"peak": "10"}}]},
    {"tariff": "LI-DEMAND", "period": "2024-01", "segments": [{"registers": {"peak": "10"}}]},
    {"tariff": "LI-CAP", "period": "2024-01", "segments": [
        {"registers": {"peak": "10"}, "capacity_kva": "400"}]},
    {"tariff": "ZJ-RES-ANNUAL", "period": "2024-01", "segments": [
        {"registers": {"critical_peak": "1", "peak": "1"}}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "ytd_kwh": 1.5, "segments": [{}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "ytd_kwh": True, "segments": [{}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "ytd_kwh": [], "segments": [{}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "ytd_kwh": "1e3", "segments": [{}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "period": "2024-01", "ytd_kwh": "9" * 14,
     "segments": [{}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "segments": [{"days": "x"}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "segments": [{"days": 0}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "segments": "x"},
    {"tariff": "EX-MONTHLY-2BLOCK", "segments": [{"power_factor": "1.5"}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "segments": [1]},
    {"tariff": "EX-MONTHLY-2BLOCK", "customer_class": 5, "segments": [{}]},
    {"tariff": "EX-MONTHLY-2BLOCK", "segments": [{"registers": {"total": "1"}}] * 40},
]


def test_every_engine_refusal_has_a_chinese_sentence() -> None:
    from appserver.billing.rating import RatingError, load_catalog, rate, request_from_data
    from appserver.billing.tariff_errors import problem_zh, translated

    problems: list[str] = []
    for old, new in BAD_TARIFF_EDITS:
        body = shipped("EX-MONTHLY-2BLOCK")
        assert old in body, old
        with pytest.raises(RatingError) as exc:
            tariff_from_toml(body.replace(old, new))
        problems.append(exc.value.problem)
    catalog = load_catalog()
    for request in BAD_REQUESTS:
        with pytest.raises(RatingError) as exc:
            rate(request_from_data(request), catalog)
        problems.append(exc.value.problem)
        zh = translated(exc.value, "zh_CN", form=True)
        assert zh.details == {"field": exc.value.field}
    untranslated = [p for p in problems if problem_zh(p) is None]
    assert untranslated == []
    assert len(set(problems)) >= 35  # the corpus reaches most of the engine's sentences


def test_ending_a_version_keeps_its_text_or_falls_back_to_the_canonical_form() -> None:
    from appserver.billing.tariff_store import with_effective_to

    body = "# kept comment\n" + shipped("JX-RES-SHARED")
    ended = with_effective_to(body, date(2026, 12, 31))
    assert ended.startswith("# kept comment\n") and ended.count("effective_to") == 1
    again = with_effective_to(ended, date(2026, 6, 30))
    assert tariff_from_toml(again).effective_to == date(2026, 6, 30)
    assert again.count("effective_to") == 1
    # A multi-line note with a line that looks like a key: the text edit would change the
    # note, so the whole version is written out again instead (same tariff, new end date).
    tricky = body.replace('notes = "', 'notes = """\neffective_to = see the circular\n', 1
                          ).replace('"\n\n[', '"""\n\n[', 1)
    original = tariff_from_toml(tricky)
    result = tariff_from_toml(with_effective_to(tricky, date(2026, 12, 31)))
    assert result == dataclasses.replace(original, effective_to=date(2026, 12, 31))
