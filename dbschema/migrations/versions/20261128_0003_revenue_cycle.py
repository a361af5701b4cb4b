"""revenue cycle: readings, tariffs, bills, ledger, payments, jobs, settings

The tables the metering, billing and payments modules share. Module-private tables come in
later revisions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 23:54:48.781775
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dbschema.base

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


# Posted receivables never change; the trigger holds even for the owner role, so a wrong
# UPDATE in code (or a hand-typed one) fails instead of rewriting money history.
IMMUTABLE_TABLES = ("ledger_entry", "allocation")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""CREATE OR REPLACE FUNCTION pmis_refuse_change() RETURNS trigger
                      LANGUAGE plpgsql AS $$
                      BEGIN
                        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
                          USING ERRCODE = 'restrict_violation';
                      END $$""")
    op.create_table('job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('dedupe_key', sa.String(length=80), nullable=False),
    sa.Column('params', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('started_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('finished_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('heartbeat_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('runner', sa.String(length=40), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('progress_done', sa.Integer(), nullable=False),
    sa.Column('progress_total', sa.Integer(), nullable=False),
    sa.Column('message', sa.String(length=400), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed')", name=op.f('ck_job_status')),
    sa.CheckConstraint('progress_done >= 0 AND progress_total >= 0', name=op.f('ck_job_progress_non_negative')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_job_created_by_app_user')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_job_office_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job'))
    )
    with op.batch_alter_table('job', schema=None) as batch_op:
        batch_op.create_index('ix_job_status_id', ['status', 'id'], unique=False)
        batch_op.create_index('uq_job_kind_key', ['kind', 'dedupe_key'], unique=True)

    op.create_table('payment',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('receipt_no', sa.String(length=24), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('tendered', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('change_given', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('tender_type', sa.String(length=12), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('clerk_id', sa.Integer(), nullable=True),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('received_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('request_id', sa.String(length=64), nullable=True),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.CheckConstraint("channel IN ('counter', 'visit', 'bank_withholding', 'bank_agent', 'prepay')", name=op.f('ck_payment_channel')),
    sa.CheckConstraint("tender_type IN ('cash', 'card', 'cheque', 'transfer', 'withholding', 'mobile')", name=op.f('ck_payment_tender_type')),
    sa.CheckConstraint('amount > 0', name=op.f('ck_payment_amount_positive')),
    sa.CheckConstraint('change_given IS NULL OR change_given >= 0', name=op.f('ck_payment_change_non_negative')),
    sa.CheckConstraint('tendered IS NULL OR tendered >= amount', name=op.f('ck_payment_tendered_covers')),
    sa.ForeignKeyConstraint(['clerk_id'], ['app_user.id'], name=op.f('fk_payment_clerk_id_app_user')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_payment_customer_id_customer')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_payment_office_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment')),
    sa.UniqueConstraint('receipt_no', name=op.f('uq_payment_receipt_no')),
    sa.UniqueConstraint('request_id', name=op.f('uq_payment_request_id'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index('ix_payment_clerk_date', ['clerk_id', 'business_date'], unique=False)
        batch_op.create_index('ix_payment_customer', ['customer_id', 'id'], unique=False)

    op.create_table('reading_book',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('reading_day', sa.Integer(), nullable=False),
    sa.Column('reader_id', sa.Integer(), nullable=True),
    sa.Column('route', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('reading_day BETWEEN 1 AND 28', name=op.f('ck_reading_book_reading_day_range')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_reading_book_office_id_org_unit')),
    sa.ForeignKeyConstraint(['reader_id'], ['app_user.id'], name=op.f('fk_reading_book_reader_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reading_book')),
    sa.UniqueConstraint('code', name=op.f('uq_reading_book_code'))
    )
    with op.batch_alter_table('reading_book', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reading_book_office_id'), ['office_id'], unique=False)

    op.create_table('setting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_setting_created_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_setting'))
    )
    with op.batch_alter_table('setting', schema=None) as batch_op:
        batch_op.create_index('uq_setting_key_from', ['key', 'effective_from'], unique=True)

    op.create_table('tariff_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('name_zh', sa.String(length=100), nullable=False),
    sa.Column('customer_class', sa.String(length=24), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('effective_to', sa.Date(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('body_sha256', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('approved_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.CheckConstraint("status IN ('draft', 'pending', 'approved', 'retired')", name=op.f('ck_tariff_version_status')),
    sa.CheckConstraint('approved_by IS NULL OR approved_by <> created_by', name=op.f('ck_tariff_version_four_eyes')),
    sa.CheckConstraint('effective_to IS NULL OR effective_to >= effective_from', name=op.f('ck_tariff_version_effective_range')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_tariff_version_version_positive')),
    sa.ForeignKeyConstraint(['approved_by'], ['app_user.id'], name=op.f('fk_tariff_version_approved_by_app_user')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_tariff_version_created_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tariff_version')),
    sa.UniqueConstraint('code', 'version', name='uq_tariff_version_code_version')
    )
    op.create_table('billing_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('book_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=True),
    sa.Column('bills_count', sa.Integer(), nullable=False),
    sa.Column('review_count', sa.Integer(), nullable=False),
    sa.Column('total_amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed')", name=op.f('ck_billing_run_status')),
    sa.CheckConstraint('period BETWEEN 200001 AND 299912 AND period % 100 BETWEEN 1 AND 12', name=op.f('ck_billing_run_period_valid')),
    sa.ForeignKeyConstraint(['book_id'], ['reading_book.id'], name=op.f('fk_billing_run_book_id_reading_book')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_billing_run_created_by_app_user')),
    sa.ForeignKeyConstraint(['job_id'], ['job.id'], name=op.f('fk_billing_run_job_id_job')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_billing_run')),
    sa.UniqueConstraint('book_id', 'period', name='uq_billing_run_book_period')
    )
    op.create_table('reading_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('book_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.CheckConstraint("status IN ('open', 'imported', 'validated', 'billing', 'billed')", name=op.f('ck_reading_plan_status')),
    sa.CheckConstraint('period BETWEEN 200001 AND 299912 AND period % 100 BETWEEN 1 AND 12', name=op.f('ck_reading_plan_period_valid')),
    sa.ForeignKeyConstraint(['book_id'], ['reading_book.id'], name=op.f('fk_reading_plan_book_id_reading_book')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reading_plan')),
    sa.UniqueConstraint('book_id', 'period', name='uq_reading_plan_book_period')
    )
    op.create_table('bill',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('metering_point_id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('corrects_bill_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('review_reason', sa.String(length=120), nullable=False),
    sa.Column('energy_kwh', sa.Numeric(precision=16, scale=4), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('tariff_keys', sa.String(length=120), nullable=False),
    sa.Column('request', sa.Text(), nullable=False),
    sa.Column('engine_version', sa.String(length=16), nullable=False),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('released_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('released_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("(kind = 'regular') = (corrects_bill_id IS NULL)", name=op.f('ck_bill_correction_link')),
    sa.CheckConstraint("kind IN ('regular', 'rebill', 'backbill')", name=op.f('ck_bill_kind')),
    sa.CheckConstraint("status IN ('review', 'released', 'cancelled', 'rejected')", name=op.f('ck_bill_status')),
    sa.CheckConstraint('period BETWEEN 200001 AND 299912 AND period % 100 BETWEEN 1 AND 12', name=op.f('ck_bill_period_valid')),
    sa.ForeignKeyConstraint(['corrects_bill_id'], ['bill.id'], name=op.f('fk_bill_corrects_bill_id_bill')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_bill_customer_id_customer')),
    sa.ForeignKeyConstraint(['metering_point_id'], ['metering_point.id'], name=op.f('fk_bill_metering_point_id_metering_point')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_bill_office_id_org_unit')),
    sa.ForeignKeyConstraint(['released_by'], ['app_user.id'], name=op.f('fk_bill_released_by_app_user')),
    sa.ForeignKeyConstraint(['run_id'], ['billing_run.id'], name=op.f('fk_bill_run_id_billing_run')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill'))
    )
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.create_index('ix_bill_customer_period', ['customer_id', 'period'], unique=False)
        batch_op.create_index('ix_bill_run_status', ['run_id', 'status'], unique=False)
        batch_op.create_index('ix_bill_status_office', ['status', 'office_id'], unique=False)
        batch_op.create_index('uq_bill_point_period_regular', ['metering_point_id', 'period'], unique=True, postgresql_where=sa.text("kind = 'regular' AND status <> 'rejected'"), sqlite_where=sa.text("kind = 'regular' AND status <> 'rejected'"))

    op.create_table('book_point',
    sa.Column('metering_point_id', sa.Integer(), nullable=False),
    sa.Column('book_id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['book_id'], ['reading_book.id'], name=op.f('fk_book_point_book_id_reading_book')),
    sa.ForeignKeyConstraint(['metering_point_id'], ['metering_point.id'], name=op.f('fk_book_point_metering_point_id_metering_point')),
    sa.PrimaryKeyConstraint('metering_point_id', name=op.f('pk_book_point'))
    )
    with op.batch_alter_table('book_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_book_point_book_id'), ['book_id'], unique=False)

    op.create_table('tariff_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('metering_point_id', sa.Integer(), nullable=False),
    sa.Column('tariff_code', sa.String(length=24), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('effective_to', sa.Date(), nullable=True),
    sa.CheckConstraint('effective_to IS NULL OR effective_to >= effective_from', name=op.f('ck_tariff_assignment_effective_range')),
    sa.ForeignKeyConstraint(['metering_point_id'], ['metering_point.id'], name=op.f('fk_tariff_assignment_metering_point_id_metering_point')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tariff_assignment'))
    )
    with op.batch_alter_table('tariff_assignment', schema=None) as batch_op:
        batch_op.create_index('ix_tariff_assignment_point_from', ['metering_point_id', 'effective_from'], unique=False)

    op.create_table('bill_line',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('bill_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('segment', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=16, scale=4), nullable=True),
    sa.Column('unit_price', sa.Numeric(precision=16, scale=6), nullable=True),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['bill_id'], ['bill.id'], name=op.f('fk_bill_line_bill_id_bill')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill_line')),
    sa.UniqueConstraint('bill_id', 'seq', name='uq_bill_line_bill_seq')
    )
    op.create_table('ledger_entry',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('entry_type', sa.String(length=12), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('posted_on', sa.Date(), nullable=False),
    sa.Column('posted_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('period', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('bill_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('payment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('reverses_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.CheckConstraint("(entry_type = 'reversal') = (reverses_id IS NOT NULL)", name=op.f('ck_ledger_entry_reversal_link')),
    sa.CheckConstraint("entry_type <> 'bill' OR bill_id IS NOT NULL", name=op.f('ck_ledger_entry_bill_link')),
    sa.CheckConstraint("entry_type <> 'payment' OR amount < 0", name=op.f('ck_ledger_entry_payments_negative')),
    sa.CheckConstraint("entry_type <> 'payment' OR payment_id IS NOT NULL", name=op.f('ck_ledger_entry_payment_link')),
    sa.CheckConstraint("entry_type IN ('bill', 'payment', 'adjustment', 'penalty', 'refund', 'reversal')", name=op.f('ck_ledger_entry_entry_type')),
    sa.CheckConstraint("entry_type NOT IN ('bill', 'penalty', 'refund') OR amount > 0", name=op.f('ck_ledger_entry_debits_positive')),
    sa.CheckConstraint('amount <> 0', name=op.f('ck_ledger_entry_amount_non_zero')),
    sa.ForeignKeyConstraint(['bill_id'], ['bill.id'], name=op.f('fk_ledger_entry_bill_id_bill')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_ledger_entry_created_by_app_user')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_ledger_entry_customer_id_customer')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_ledger_entry_office_id_org_unit')),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_ledger_entry_payment_id_payment')),
    sa.ForeignKeyConstraint(['reverses_id'], ['ledger_entry.id'], name=op.f('fk_ledger_entry_reverses_id_ledger_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entry'))
    )
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_entry_customer', ['customer_id', 'id'], unique=False)
        batch_op.create_index('ix_ledger_entry_type_posted', ['entry_type', 'posted_on'], unique=False)
        batch_op.create_index('uq_ledger_entry_bill_charge', ['bill_id'], unique=True, postgresql_where=sa.text("entry_type = 'bill'"), sqlite_where=sa.text("entry_type = 'bill'"))
        batch_op.create_index('uq_ledger_entry_payment', ['payment_id'], unique=True, postgresql_where=sa.text("entry_type = 'payment'"), sqlite_where=sa.text("entry_type = 'payment'"))
        batch_op.create_index('uq_ledger_entry_reverses', ['reverses_id'], unique=True)

    op.create_table('meter_reading',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('metering_point_id', sa.Integer(), nullable=False),
    sa.Column('meter_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('read_on', sa.Date(), nullable=False),
    sa.Column('total', sa.Numeric(precision=16, scale=4), nullable=False),
    sa.Column('peak', sa.Numeric(precision=16, scale=4), nullable=True),
    sa.Column('flat', sa.Numeric(precision=16, scale=4), nullable=True),
    sa.Column('valley', sa.Numeric(precision=16, scale=4), nullable=True),
    sa.Column('critical_peak', sa.Numeric(precision=16, scale=4), nullable=True),
    sa.Column('deep_valley', sa.Numeric(precision=16, scale=4), nullable=True),
    sa.Column('reactive', sa.Numeric(precision=16, scale=4), nullable=True),
    sa.Column('max_demand', sa.Numeric(precision=16, scale=4), nullable=True),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('flags', sa.String(length=120), nullable=False),
    sa.Column('consumption_kwh', sa.Numeric(precision=16, scale=4), nullable=True),
    sa.Column('money_at_risk', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('entered_by', sa.Integer(), nullable=True),
    sa.Column('entered_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.CheckConstraint("kind IN ('regular', 'initial', 'final')", name=op.f('ck_meter_reading_kind')),
    sa.CheckConstraint("source IN ('manual', 'import', 'ami', 'estimated')", name=op.f('ck_meter_reading_source')),
    sa.CheckConstraint("status IN ('pending', 'valid', 'flagged', 'approved', 'estimated', 'reread', 'superseded')", name=op.f('ck_meter_reading_status')),
    sa.CheckConstraint('period BETWEEN 200001 AND 299912 AND period % 100 BETWEEN 1 AND 12', name=op.f('ck_meter_reading_period_valid')),
    sa.CheckConstraint('total >= 0 AND COALESCE(peak, 0) >= 0 AND COALESCE(flat, 0) >= 0 AND COALESCE(valley, 0) >= 0 AND COALESCE(critical_peak, 0) >= 0 AND COALESCE(deep_valley, 0) >= 0 AND COALESCE(reactive, 0) >= 0 AND COALESCE(max_demand, 0) >= 0', name=op.f('ck_meter_reading_registers_non_negative')),
    sa.ForeignKeyConstraint(['entered_by'], ['app_user.id'], name=op.f('fk_meter_reading_entered_by_app_user')),
    sa.ForeignKeyConstraint(['meter_id'], ['meter.id'], name=op.f('fk_meter_reading_meter_id_meter')),
    sa.ForeignKeyConstraint(['metering_point_id'], ['metering_point.id'], name=op.f('fk_meter_reading_metering_point_id_metering_point')),
    sa.ForeignKeyConstraint(['plan_id'], ['reading_plan.id'], name=op.f('fk_meter_reading_plan_id_reading_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meter_reading'))
    )
    with op.batch_alter_table('meter_reading', schema=None) as batch_op:
        batch_op.create_index('ix_meter_reading_plan_status', ['plan_id', 'status'], unique=False)
        batch_op.create_index('ix_meter_reading_point_period', ['metering_point_id', 'period'], unique=False)
        batch_op.create_index('uq_meter_reading_live', ['meter_id', 'period', 'kind'], unique=True, postgresql_where=sa.text("status <> 'superseded'"), sqlite_where=sa.text("status <> 'superseded'"))

    op.create_table('allocation',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('credit_entry_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('debit_entry_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('amount <> 0', name=op.f('ck_allocation_amount_non_zero')),
    sa.ForeignKeyConstraint(['credit_entry_id'], ['ledger_entry.id'], name=op.f('fk_allocation_credit_entry_id_ledger_entry')),
    sa.ForeignKeyConstraint(['debit_entry_id'], ['ledger_entry.id'], name=op.f('fk_allocation_debit_entry_id_ledger_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allocation'))
    )
    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.create_index('ix_allocation_credit', ['credit_entry_id'], unique=False)
        batch_op.create_index('ix_allocation_debit', ['debit_entry_id'], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        for table in IMMUTABLE_TABLES:
            op.execute(f"CREATE TRIGGER {table}_immutable BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION pmis_refuse_change()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in IMMUTABLE_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_immutable ON {table}")
        op.execute("DROP FUNCTION IF EXISTS pmis_refuse_change()")
    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.drop_index('ix_allocation_debit')
        batch_op.drop_index('ix_allocation_credit')

    op.drop_table('allocation')
    with op.batch_alter_table('meter_reading', schema=None) as batch_op:
        batch_op.drop_index('uq_meter_reading_live', postgresql_where=sa.text("status <> 'superseded'"), sqlite_where=sa.text("status <> 'superseded'"))
        batch_op.drop_index('ix_meter_reading_point_period')
        batch_op.drop_index('ix_meter_reading_plan_status')

    op.drop_table('meter_reading')
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_index('uq_ledger_entry_reverses')
        batch_op.drop_index('uq_ledger_entry_payment', postgresql_where=sa.text("entry_type = 'payment'"), sqlite_where=sa.text("entry_type = 'payment'"))
        batch_op.drop_index('uq_ledger_entry_bill_charge', postgresql_where=sa.text("entry_type = 'bill'"), sqlite_where=sa.text("entry_type = 'bill'"))
        batch_op.drop_index('ix_ledger_entry_type_posted')
        batch_op.drop_index('ix_ledger_entry_customer')

    op.drop_table('ledger_entry')
    op.drop_table('bill_line')
    with op.batch_alter_table('tariff_assignment', schema=None) as batch_op:
        batch_op.drop_index('ix_tariff_assignment_point_from')

    op.drop_table('tariff_assignment')
    with op.batch_alter_table('book_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_book_point_book_id'))

    op.drop_table('book_point')
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.drop_index('uq_bill_point_period_regular', postgresql_where=sa.text("kind = 'regular' AND status <> 'rejected'"), sqlite_where=sa.text("kind = 'regular' AND status <> 'rejected'"))
        batch_op.drop_index('ix_bill_status_office')
        batch_op.drop_index('ix_bill_run_status')
        batch_op.drop_index('ix_bill_customer_period')

    op.drop_table('bill')
    op.drop_table('reading_plan')
    op.drop_table('billing_run')
    op.drop_table('tariff_version')
    with op.batch_alter_table('setting', schema=None) as batch_op:
        batch_op.drop_index('uq_setting_key_from')

    op.drop_table('setting')
    with op.batch_alter_table('reading_book', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reading_book_office_id'))

    op.drop_table('reading_book')
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index('ix_payment_customer')
        batch_op.drop_index('ix_payment_clerk_date')

    op.drop_table('payment')
    with op.batch_alter_table('job', schema=None) as batch_op:
        batch_op.drop_index('uq_job_kind_key')
        batch_op.drop_index('ix_job_status_id')

    op.drop_table('job')
