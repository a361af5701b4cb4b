"""The monthly revenue and collection report on PostgreSQL: figures of the hand-checked
fixture (tests/helpers/revenue_fixture.py), totals equal to the sums of their parts, ageing
bucket boundaries, office scope, bad input, and the PDF (embedded font, pages, Chinese)."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from appserver.contract.errors import NotFound, PermissionDenied, UserError
from appserver.reports import queries
from dbschema.models import OrgUnit
from tests.helpers.api import ApiClient, Clients, office_id
from tests.helpers.revenue_fixture import EXPECTED, RevenueFixture, build_revenue_fixture

pytestmark = pytest.mark.pg
D = Decimal


@pytest.fixture
def fx(db: Session) -> RevenueFixture:
    return build_revenue_fixture(db)


def _figures(client: ApiClient, unit_id: int, period: str = "2026-10") -> dict[str, Any]:
    result: dict[str, Any] = client.call("pmis.reports", "monthly_revenue_figures", period,
                                         unit_id)
    return result


def _bill_row(row: dict[str, Any]) -> tuple[int, Decimal, Decimal]:
    return row["bills"], D(row["energy"]), D(row["amount"])


def test_billing_and_review_figures(api: Clients, fx: RevenueFixture) -> None:
    f = _figures(api.as_user("manager"), fx.bureau_id)
    assert f["period"] == "2026-10" and f["as_of"] == "2026-10-31"
    assert [o["name"] for o in f["offices"]] == ["报表一所", "报表二所"]
    assert _bill_row(f["billing"]["total"]) == EXPECTED["billing_total"]
    assert {r["key"]: _bill_row(r) for r in f["billing"]["by_class"]} == \
        EXPECTED["billing_by_class"]
    names = {fx.office[k]: k for k in fx.office}
    assert {names[r["key"]]: _bill_row(r) for r in f["billing"]["by_office"]} == \
        EXPECTED["billing_by_office"]
    assert _bill_row(f["review"]["total"]) == EXPECTED["review"]
    assert f["review"]["reasons"] == [{"reason": "far above history", "bills": 1,
                                       "amount": "400.00"}]


def test_comparison_with_previous_month_and_last_year(api: Clients, fx: RevenueFixture) -> None:
    c = _figures(api.as_user("manager"), fx.bureau_id)["comparison"]
    assert c["periods"] == ["2026-10", "2026-09", "2025-10"]
    total = c["total"]
    assert [D(x) for x in total["amount"]] == [D("41220.00"), EXPECTED["previous"][2],
                                               EXPECTED["last_year"][2]]
    assert [D(x) for x in total["energy"]] == [D("51750"), EXPECTED["previous"][1],
                                               EXPECTED["last_year"][1]]
    # (41220 - 1148) / 1148 = 3490.59 %; (41220 - 32108) / 32108 = 28.38 %
    assert total["amount_vs_prev"] == "3490.59" and total["amount_vs_last_year"] == "28.38"
    agriculture = next(r for r in c["by_class"] if r["key"] == "agriculture")
    assert agriculture["amount_vs_prev"] is None  # nothing billed in September
    assert [D(x) for x in c["cash"]] == [EXPECTED["cash"], EXPECTED["cash_previous"],
                                         EXPECTED["cash_last_year"]]


def test_collection_excludes_reversed_payments(api: Clients, fx: RevenueFixture) -> None:
    c = _figures(api.as_user("manager"), fx.bureau_id)["collection"]
    assert D(c["total"]["amount"]) == EXPECTED["cash"]
    assert c["total"]["payments"] == EXPECTED["payments"]
    assert {(r["channel"], r["tender"]): (r["payments"], D(r["amount"]))
            for r in c["by_channel"]} == EXPECTED["by_channel"]
    names = {fx.office[k]: k for k in fx.office}
    assert {names[r["key"]]: D(r["amount"]) for r in c["by_office"]} == \
        EXPECTED["cash_by_office"]
    assert (c["reversed_in_month"]["payments"], D(c["reversed_in_month"]["amount"])) == \
        EXPECTED["reversed_in_month"]
    assert (c["earlier_reversed"]["payments"], D(c["earlier_reversed"]["amount"])) == \
        EXPECTED["earlier_reversed"]
    assert D(c["net"]) == EXPECTED["cash"] - D("100.00")


def test_collection_rates(api: Clients, fx: RevenueFixture) -> None:
    f = _figures(api.as_user("manager"), fx.bureau_id)
    assert f["settled_as_of"] == "2026-11-28"  # end of November, or today if earlier
    r = f["rates"]["total"]
    assert D(r["billed"]) == D("41220.00") and D(r["settled"]) == EXPECTED["settled"]
    assert D(r["settlement_rate"]) == EXPECTED["settlement_rate"]
    assert D(r["opening_overdue"]) == EXPECTED["opening_overdue"]
    assert D(r["falling_due"]) == EXPECTED["falling_due"]
    assert D(r["receivables_due"]) == EXPECTED["opening_overdue"] + EXPECTED["falling_due"]
    assert D(r["cash"]) == EXPECTED["cash"]
    assert D(r["collection_rate"]) == EXPECTED["collection_rate"]


def test_settlement_of_a_period_is_measured_at_the_end_of_the_next_month(
        api: Clients, fx: RevenueFixture) -> None:
    """September's bills (1,148.00; c3's cancelled by a rebill still counts as billed) were
    settled by 31 October except c7's, whose payment was reversed: 60 + 720 + 48 = 828."""
    f = _figures(api.as_user("manager"), fx.bureau_id, "2026-09")
    assert f["as_of"] == "2026-09-30" and f["settled_as_of"] == "2026-10-31"
    r = f["rates"]["total"]
    assert (D(r["billed"]), D(r["settled"]), D(r["settlement_rate"])) == \
        (D("1148.00"), D("828.00"), D("72.13"))


def test_arrears_ageing_and_top_customers(api: Clients, fx: RevenueFixture) -> None:
    f = _figures(api.as_user("manager"), fx.bureau_id)
    a = f["ageing"]
    assert a["buckets"] == ["1-30", "31-60", "61-90", "91-180", "181+"]
    assert [D(x) for x in a["total"]["amounts"]] == EXPECTED["ageing_amounts"]
    assert a["total"]["customers"] == EXPECTED["ageing_customers"]
    assert D(a["total"]["not_due"]) == EXPECTED["not_due"]
    ids = {v: k for k, v in fx.customer.items()}
    assert [(ids[t["customer_id"]], D(t["overdue"])) for t in f["top_arrears"]] == \
        EXPECTED["top"]
    c4 = f["top_arrears"][0]
    assert c4["oldest_due"] == "2026-08-25" and c4["days_overdue"] == 67


def test_penalties_and_corrections(api: Clients, fx: RevenueFixture) -> None:
    f = _figures(api.as_user("manager"), fx.bureau_id)
    p = f["penalties"]["total"]
    assert (p["charged"], D(p["charged_amount"]), p["waived"], D(p["waived_amount"])) == \
        EXPECTED["penalties"]
    assert D(p["net"]) == D("5.50")
    assert {r["key"]: (r["entries"], D(r["amount"])) for r in f["corrections"]["by_kind"]} == \
        EXPECTED["corrections"]
    assert D(f["corrections"]["total"]["amount"]) == D("10.00")


def _assert_sums(rows: list[dict[str, Any]], total: dict[str, Any], keys: list[str]) -> None:
    for key in keys:
        if isinstance(total[key], list):
            for i, part in enumerate(total[key]):
                assert sum(D(str(r[key][i])) for r in rows) == D(str(part)), (key, i)
        else:
            assert sum(D(str(r[key])) for r in rows) == D(str(total[key])), key


def test_every_total_is_the_sum_of_its_parts(api: Clients, fx: RevenueFixture) -> None:
    f = _figures(api.as_user("manager"), fx.bureau_id)
    b = f["billing"]
    for parts in (b["by_class"], b["by_office"]):
        _assert_sums(parts, b["total"], ["bills", "energy", "amount"])
    c = f["collection"]
    for parts in (c["by_channel"], c["by_office"], c["by_class"]):
        _assert_sums(parts, c["total"], ["payments", "amount"])
    a = f["ageing"]
    for parts in (a["by_class"], a["by_office"]):
        _assert_sums(parts, a["total"], ["customers", "amounts", "customers_total",
                                         "amount_total", "not_due"])
    for row in [*a["by_class"], *a["by_office"], a["total"]]:
        assert sum(row["customers"]) == row["customers_total"]
        assert sum(D(x) for x in row["amounts"]) == D(row["amount_total"])
    _assert_sums(f["rates"]["by_office"], f["rates"]["total"],
                 ["billed", "settled", "opening_overdue", "falling_due", "cash"])
    _assert_sums(f["penalties"]["by_office"], f["penalties"]["total"],
                 ["charged", "charged_amount", "waived", "waived_amount", "net"])
    for parts in (f["corrections"]["by_kind"], f["corrections"]["by_office"]):
        _assert_sums(parts, f["corrections"]["total"], ["entries", "amount"])
    _assert_sums(f["review"]["by_office"], f["review"]["total"], ["bills", "energy", "amount"])
    cmp = f["comparison"]
    _assert_sums(cmp["by_class"], cmp["total"], ["energy", "amount"])


def test_an_office_report_is_that_office_only(api: Clients, fx: RevenueFixture) -> None:
    f = _figures(api.as_user("manager"), fx.office["RB2"])
    assert [o["id"] for o in f["offices"]] == [fx.office["RB2"]]
    assert D(f["billing"]["total"]["amount"]) == D("210.00")
    assert D(f["collection"]["total"]["amount"]) == D("48.00")
    assert [D(x) for x in f["ageing"]["total"]["amounts"]] == \
        [D("184.50"), D("320.00"), D("0.00"), D("150.00"), D("0.00")]


def test_a_bureau_without_offices_reports_zeros(api: Clients, db: Session,
                                               fx: RevenueFixture) -> None:
    db.execute(insert(OrgUnit).values(code="RBX", name="空局", kind="bureau",
                                      parent_id=fx.bureau_id, path="", timezone="Asia/Shanghai"))
    empty = db.scalars(select(OrgUnit).where(OrgUnit.code == "RBX")).one()
    empty.path = db.get(OrgUnit, fx.bureau_id).path + f"{empty.id}/"  # type: ignore[union-attr]
    db.flush()
    f = _figures(api.as_user("manager"), empty.id)
    assert f["offices"] == [] and f["billing"]["total"]["amount"] == "0.00"
    assert f["rates"]["total"]["settlement_rate"] is None and f["top_arrears"] == []
    pdf = api.as_user("manager").call("pmis.reports", "monthly_revenue_pdf", "2026-10", empty.id)
    assert base64.b64decode(pdf["pdf_base64"]).startswith(b"%PDF")


def test_ageing_bucket_boundaries() -> None:
    """Due on the report date: not due; 30 days overdue: first bucket; 31: second …"""
    as_of = date(2026, 10, 31)
    bounds = queries.bucket_bounds(as_of)
    assert bounds == [date(2026, 10, 1), date(2026, 9, 1), date(2026, 8, 2), date(2026, 5, 4)]
    for days in (30, 60, 90, 180):
        # ``due >= bound`` keeps exactly ``days`` days overdue in the lower bucket
        assert (as_of - bounds[[30, 60, 90, 180].index(days)]).days == days
    expected = {0: 0, 1: 1, 30: 1, 31: 2, 60: 2, 61: 3, 90: 3, 91: 4, 180: 4, 181: 5, 999: 5}
    assert {days: queries.bucket_of(as_of - timedelta(days=days), as_of)
            for days in expected} == expected
    assert queries.bucket_of(as_of + timedelta(days=3), as_of) == 0


def test_ageing_boundaries_on_the_fixture(api: Clients, fx: RevenueFixture) -> None:
    """c2's penalty due 1 October is 30 days overdue (1–30), c7's bill due 30 September is
    31 days overdue (31–60), c5's bill due 31 October is not yet due."""
    f = _figures(api.as_user("manager"), fx.bureau_id)
    rb2 = next(r for r in f["ageing"]["by_office"] if r["key"] == fx.office["RB2"])
    assert D(rb2["amounts"][1]) == D("320.00") and D(rb2["not_due"]) == D("60.00")
    rb1 = next(r for r in f["ageing"]["by_office"] if r["key"] == fx.office["RB1"])
    assert D(rb1["amounts"][0]) == D("40791.00")  # includes the 1.00 penalty at 30 days


def test_the_report_date_stops_at_today(api: Clients, fx: RevenueFixture) -> None:
    f = _figures(api.as_user("manager"), fx.bureau_id, "2026-11")
    assert f["as_of"] == "2026-11-28"  # the test clock's business date
    assert D(f["collection"]["total"]["amount"]) == D("150.00")


def test_other_office_is_refused(api: Clients, fx: RevenueFixture, db: Session) -> None:
    head = api.as_user("dh.head")
    with pytest.raises(PermissionDenied):
        _figures(head, fx.bureau_id)
    with pytest.raises(PermissionDenied):
        _figures(head, office_id(db, "XH"))
    with pytest.raises(PermissionDenied):
        head.call("pmis.reports", "monthly_revenue_pdf", "2026-10", office_id(db, "GS"))
    own = _figures(head, office_id(db, "DH"))
    assert [o["code"] for o in own["offices"]] == ["DH"]
    units = head.call("pmis.reports", "report_units")
    assert [u["code"] for u in units] == ["DH"]
    with pytest.raises(PermissionDenied):
        _figures(api.as_user("dh.clerk1"), office_id(db, "DH"))  # no report right


@pytest.mark.parametrize("period, unit, error", [
    ("2026-13", None, UserError), ("2026/10", None, UserError), (202610, None, UserError),
    ("2027-01", None, UserError), ("2026-10", "1", UserError), ("2026-10", -1, UserError),
    ("2026-10", 2**40, UserError), ("2026-10", 999_999, NotFound),
    ("2026-10", "hall", UserError)])
def test_bad_input_is_refused(api: Clients, db: Session, period: Any, unit: Any,
                              error: type[Exception]) -> None:
    if unit is None:
        unit = office_id(db, "GS")
    elif unit == "hall":
        unit = office_id(db, "DH1")
    with pytest.raises(error):
        _figures(api.as_user("manager"), unit, period)


def test_report_units_in_tree_order(api: Clients, fx: RevenueFixture) -> None:
    units = api.as_user("manager").call("pmis.reports", "report_units")
    codes = [u["code"] for u in units]
    assert codes[0] == "GS" and units[0]["depth"] == 0
    assert {"CQ", "DH", "RB", "RB1", "RB2"} <= set(codes) and "DH1" not in codes
    assert next(u for u in units if u["code"] == "RB1")["depth"] == 2


@pytest.mark.parametrize("locale, words", [("zh_CN", "电费收入与回收月报"),
                                           ("en", "Monthly revenue and collection report")])
def test_pdf_embeds_the_font_and_prints_every_section(api: Clients, fx: RevenueFixture,
                                                      locale: str, words: str) -> None:
    client = api.as_user("manager", locale=locale)
    result = client.call("pmis.reports", "monthly_revenue_pdf", "2026-10", fx.bureau_id)
    assert result["filename"] == "revenue-2026-10-RB.pdf"
    pdf = base64.b64decode(result["pdf_base64"])
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf
    text, pages = _pdf_text(pdf)
    assert 6 <= pages <= 14
    assert words in text
    assert "报表一所" in text and "41,220.00" in text and "46,465.50" in text
    if locale == "zh_CN":
        assert f"第1页/共{pages}页" in text.replace(" ", "") and "口径说明" in text
    else:
        assert f"Page {pages} of {pages}" in text


def _pdf_text(pdf: bytes) -> tuple[str, int]:
    """The text and page count, by poppler's pdftotext/pdfinfo (as the brief checks)."""
    if not (shutil.which("pdftotext") and shutil.which("pdfinfo")):
        pytest.skip("poppler-utils not installed")
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    return re.sub(r"[ \t]+", " ", text), pages


def test_whole_company_pdf_stays_small(api: Clients, db: Session, fx: RevenueFixture) -> None:
    result = api.as_user("manager").call("pmis.reports", "monthly_revenue_pdf", "2026-10",
                                         office_id(db, "GS"))
    assert len(result["pdf_base64"]) < 4 * 1024 * 1024 // 2
