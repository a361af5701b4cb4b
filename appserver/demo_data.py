"""The demo utility's revenue history, made by the real code paths.

After ``dbschema.seed.demo`` has made the organisation and the customers: the shipped
tariffs (approved), reading books with twelve months of readings and this month's import
waiting for validation, the billing runs of the last months, and payments that leave some
customers in arrears — so every screen has something true to show.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from appserver.billing import demo as billing_demo
from appserver.billing.tariff_store import install_shipped_tariffs
from appserver.metering import demo as metering_demo
from appserver.payments import demo as payments_demo
from appserver.payments.collection_demo import seed_collection_demo
from appserver.service.applications_demo import seed_applications
from appserver.service.complaints_demo import seed_complaint_demo
from appserver.service.faults_demo import seed_fault_demo
from appserver.work.demo import seed_work_demo
from dbschema.seed.demo import NOW

DEMO_TODAY = date(2026, 11, 28)  # the business date the demo history leads up to


def seed_revenue(engine: Engine, today: date = DEMO_TODAY) -> None:
    with Session(engine) as db, db.begin():
        install_shipped_tariffs(db, NOW)
    metering_demo.seed_reading_data(engine, today)
    billing_demo.bill_history(engine, today)
    payments_demo.pay_history(engine, today)
    seed_collection_demo(engine, today)
    seed_fault_demo(engine, today)
    seed_complaint_demo(engine, today)
    seed_applications(engine, today)
    seed_work_demo(engine, today)  # keep last: completes the work items seeded above
