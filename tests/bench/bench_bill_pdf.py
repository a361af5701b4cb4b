"""Bill PDFs per second: python -m tests.bench.bench_bill_pdf [--bills N] [--batch B]

Goal (issue 3, part 8): at least 500 bills per second. A mix like a real book (85 %
residential annual tiers, 10 % commercial TOU, 5 % large industry two-part with power
factor and transformer loss) is rated from its request with explanations (as printing
does: explanations are never stored), laid out and drawn as run PDFs of ``batch`` bills
(the most one run_bills_pdf call returns). Measured:

1. render only (sheets ready), one process;
2. rate + lay out + render, one process (what the server does per bill, minus the queries);
3. the same in one process per core, each drawing its own batches.

Wall-clock figures depend on what else runs on the machine; the ``per_cpu_s`` figures are
bills per second of this process's own CPU time (what one free core would do).

4. through the API in process (``--api``): run_bills_pdf on the seeded SQLite demo (300
   customers, one bill each in a run), so the batch's queries are in the figure too.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import time
from datetime import UTC, date, datetime
from decimal import Decimal

from appserver.billing import bill_pdf
from appserver.billing import bill_repository as repo
from appserver.billing import bill_service as bills
from appserver.billing.rating import load_catalog, rate, request_from_data, request_to_data
from dbschema.models import Bill
from tests.helpers.bills import request_data

ISSUED = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 2, tzinfo=UTC)


def _request(i: int) -> dict[str, object]:
    units = Decimal(80 + (i * 37) % 900)
    if i % 20 == 0:  # large industry: TOU, capacity charge, power factor, loss
        return request_data(202610, previous=Decimal(1520), current=Decimal(1520) + units,
                            multiplier=Decimal(20), tariff=("LI-CAP", 1),
                            customer_class="large_industry",
                            extra_registers={"peak": str(units * 6), "valley": str(units * 5),
                                             "reactive": str(units * 8)},
                            segment={"capacity_kva": "400", "transformer_kva": "400"})
    if i % 10 == 5:
        return request_data(202610, previous=Decimal(5000), current=Decimal(5000) + units,
                            tariff=("CI-TOU", 1), customer_class="commercial_industrial",
                            extra_registers={"peak": str(units / 4), "valley": str(units / 4)})
    return request_data(202610, previous=Decimal(1200), current=Decimal(1200) + units,
                        tariff=("JX-RES-ANNUAL", 1), ytd_kwh=Decimal((i * 97) % 3000))


def _bill(i: int, data: dict[str, object], total: Decimal, energy: Decimal) -> Bill:
    return Bill(id=i + 1, customer_id=i + 1, metering_point_id=i + 1, office_id=1,
                period=202610, kind="regular", status="released", run_id=1,
                corrects_bill_id=None, review_reason="", energy_kwh=energy, amount=total,
                due_on=date(2026, 11, 15), tariff_keys="", request=json.dumps(data),
                engine_version="1", created_at=NOW)


def _party(i: int) -> repo.BillParty:
    return repo.BillParty(i + 1, f"{1000000000 + i}", f"测试用户{i}号", "residential",
                          f"南昌市东湖区八一大道{i % 900 + 1}号{i % 30 + 1}栋", f"MP{i:09d}",
                          Decimal(1), f"ZJ31{i:08d}", "东湖营业所", "赣电供电公司")


def bill_sheets(start: int, count: int) -> list[bill_pdf.BillSheet]:
    """Rate each request with explanations and lay its page out (what printing does)."""
    catalog = load_catalog()
    made = []
    for i in range(start, start + count):
        request = request_from_data(_request(i))
        data = request_to_data(request)
        result = rate(request, catalog, explain=True)
        energy = sum((s.energy_kwh for s in result.segments), Decimal(0))
        bill = _bill(i, data, result.total, energy)
        lines = [bills.line_dto(line) for line in result.lines]
        made.append(bill_pdf.sheet(bill, _party(i), Decimal("12.30") if i % 7 else
                                   Decimal("-20.00"), lines, request, ISSUED))
    return made


def _batches(total: int, batch: int) -> list[tuple[int, int]]:
    return [(start, min(batch, total - start)) for start in range(0, total, batch)]


def _full_batch(args: tuple[int, int]) -> int:
    start, count = args
    return len(bill_pdf.render(bill_sheets(start, count)))


def run(total: int, batch: int, processes: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    sheets = bill_sheets(0, total)  # also warms the font and the catalogue
    started, cpu = time.perf_counter(), time.process_time()
    size = sum(len(bill_pdf.render(sheets[s:s + c])) for s, c in _batches(total, batch))
    figures["render_only"] = total / (time.perf_counter() - started)
    figures["render_only_per_cpu_s"] = total / (time.process_time() - cpu)
    started, cpu = time.perf_counter(), time.process_time()
    for args in _batches(total, batch):
        _full_batch(args)
    figures["rate_layout_render_1p"] = total / (time.perf_counter() - started)
    figures["rate_layout_render_per_cpu_s"] = total / (time.process_time() - cpu)
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pool.map(_full_batch, [(0, 20)] * processes)  # warm each worker (font, catalogue)
        started = time.perf_counter()
        pool.map(_full_batch, _batches(total, batch))
        figures[f"rate_layout_render_{processes}p"] = total / (time.perf_counter() - started)
    figures["bytes_per_bill"] = size / total
    return figures


def through_api() -> dict[str, float]:
    """run_bills_pdf for a run of 300 bills on the in-process server (SQLite)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from appserver.core.db import make_engine
    from dbschema.models import Customer, OrgUnit
    from tests.helpers.bills import make_bill, make_run
    from tests.helpers.inprocess import InProcessGateway, seeded_sqlite

    url = seeded_sqlite()
    engine = make_engine(url)
    with Session(engine) as db, db.begin():
        office = db.scalars(select(OrgUnit.id).where(OrgUnit.code == "DH")).one()
        run = make_run(db, office, 203010, NOW, "BENCH-PDF")
        customers = db.scalars(select(Customer.id).order_by(Customer.id)).all()
        for i, cid in enumerate(customers):
            make_bill(db, cid, 203010, NOW, units=Decimal(80 + i % 400), run_id=run.id,
                      status="released")
        run_id, count = run.id, len(customers)
    engine.dispose()
    gateway = InProcessGateway(url)
    gateway.login("admin", "demo1234")
    gateway.call("pmis.billing", "run_bills_pdf", run_id, {"limit": 10})  # warm up
    started, cpu, offset = time.perf_counter(), time.process_time(), 0
    while True:
        page = gateway.call("pmis.billing", "run_bills_pdf", run_id,
                            {"offset": offset, "limit": bill_pdf.RUN_PDF_MAX})
        offset += page["bills"]
        if not page["has_more"]:
            break
    assert offset == count
    return {"api_run_pdf_sqlite": count / (time.perf_counter() - started),
            "api_run_pdf_sqlite_per_cpu_s": count / (time.process_time() - cpu)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_bill_pdf")
    parser.add_argument("--bills", type=int, default=4000)
    parser.add_argument("--batch", type=int, default=bill_pdf.RUN_PDF_MAX)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--api", action="store_true",
                        help="also through run_bills_pdf on the in-process SQLite demo")
    args = parser.parse_args(argv)
    figures = run(args.bills, args.batch, args.processes)
    if args.api:
        figures |= through_api()
    print(f"bill PDFs: {args.bills} bills in run PDFs of {args.batch} (goal >= 500 bills/s)")
    for name, value in figures.items():
        unit = "bytes" if name == "bytes_per_bill" else "bills/s"
        verdict = "" if unit == "bytes" else ("  ok" if value >= 500 else "  below goal")
        print(f"  {name:<28} {value:10.0f} {unit}{verdict}")


if __name__ == "__main__":
    main()
