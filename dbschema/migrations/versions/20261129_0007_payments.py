"""payments: counter collection tables and the ledger invariants a CHECK cannot hold

Receipt numbering per office and day, clerks' tills, receipt prints, reversal requests with
four eyes, cash closes. On PostgreSQL also triggers for what spans rows: allocations never
exceed the entries they join (deferred to commit, so an undo and a re-allocation in one
transaction are judged together), a reversal mirrors the entry it reverses, a payment entry
mirrors its payment; payments, prints and closes are append-only; a decided reversal request
is frozen.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dbschema.base

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

APPEND_ONLY = ("payment", "receipt_print", "cash_close", "cash_close_tender")

ALLOCATION_FITS = """
CREATE OR REPLACE FUNCTION pmis_allocation_fits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  credit ledger_entry%ROWTYPE;
  debit ledger_entry%ROWTYPE;
  on_credit numeric;
  on_debit numeric;
BEGIN
  SELECT * INTO credit FROM ledger_entry WHERE id = NEW.credit_entry_id;
  SELECT * INTO debit FROM ledger_entry WHERE id = NEW.debit_entry_id;
  IF credit.amount >= 0 OR debit.amount <= 0 THEN
    RAISE EXCEPTION 'allocation %: credit % must be negative and debit % positive',
      NEW.id, credit.id, debit.id USING ERRCODE = 'check_violation';
  END IF;
  IF credit.customer_id <> debit.customer_id THEN
    RAISE EXCEPTION 'allocation %: entries of different customers', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  SELECT coalesce(sum(amount), 0) INTO on_credit FROM allocation
    WHERE credit_entry_id = credit.id;
  SELECT coalesce(sum(amount), 0) INTO on_debit FROM allocation
    WHERE debit_entry_id = debit.id;
  IF on_credit < 0 OR on_credit > -credit.amount THEN
    RAISE EXCEPTION 'allocations of entry % total %, outside 0 .. %', credit.id, on_credit,
      -credit.amount USING ERRCODE = 'check_violation';
  END IF;
  IF on_debit < 0 OR on_debit > debit.amount THEN
    RAISE EXCEPTION 'allocations of entry % total %, outside 0 .. %', debit.id, on_debit,
      debit.amount USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$"""

ENTRY_MIRRORS = """
CREATE OR REPLACE FUNCTION pmis_entry_mirrors() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target ledger_entry%ROWTYPE;
  paid payment%ROWTYPE;
BEGIN
  IF NEW.reverses_id IS NOT NULL THEN
    SELECT * INTO target FROM ledger_entry WHERE id = NEW.reverses_id;
    IF target.entry_type = 'reversal' OR target.customer_id <> NEW.customer_id
       OR target.amount <> -NEW.amount THEN
      RAISE EXCEPTION 'reversal must mirror entry % of the same customer', NEW.reverses_id
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF NEW.entry_type = 'payment' THEN
    SELECT * INTO paid FROM payment WHERE id = NEW.payment_id;
    IF paid.customer_id <> NEW.customer_id OR paid.amount <> -NEW.amount THEN
      RAISE EXCEPTION 'payment entry must mirror payment %', NEW.payment_id
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$"""

DECIDED_FROZEN = """
CREATE OR REPLACE FUNCTION pmis_decided_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.status <> 'pending' THEN
    RAISE EXCEPTION 'reversal request %: a decided request is final (% refused)', OLD.id,
      TG_OP USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$"""


def upgrade() -> None:
    op.create_table('receipt_counter',
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('last_no', sa.Integer(), nullable=False),
    sa.CheckConstraint('last_no > 0', name=op.f('ck_receipt_counter_last_no_positive')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_receipt_counter_office_id_org_unit')),
    sa.PrimaryKeyConstraint('office_id', 'business_date', name=op.f('pk_receipt_counter'))
    )
    op.create_table('cash_close',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('clerk_id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('payment_count', sa.Integer(), nullable=False),
    sa.Column('reversal_count', sa.Integer(), nullable=False),
    sa.Column('payments_total', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('reversals_total', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('net_total', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('expected_cash', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('counted_cash', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('difference', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('closed_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('counted_cash >= 0', name=op.f('ck_cash_close_counted_non_negative')),
    sa.CheckConstraint('difference = counted_cash - expected_cash', name=op.f('ck_cash_close_difference_adds_up')),
    sa.CheckConstraint('net_total = payments_total - reversals_total', name=op.f('ck_cash_close_net_adds_up')),
    sa.CheckConstraint('payment_count >= 0 AND reversal_count >= 0', name=op.f('ck_cash_close_counts_non_negative')),
    sa.CheckConstraint('payments_total >= 0 AND reversals_total >= 0', name=op.f('ck_cash_close_totals_non_negative')),
    sa.ForeignKeyConstraint(['clerk_id'], ['app_user.id'], name=op.f('fk_cash_close_clerk_id_app_user')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_cash_close_office_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_close')),
    sa.UniqueConstraint('clerk_id', 'business_date', name='uq_cash_close_clerk_date')
    )
    op.create_index('ix_cash_close_office_date', 'cash_close', ['office_id', 'business_date'], unique=False)
    op.create_table('till_day',
    sa.Column('clerk_id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('opened_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('closed_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['clerk_id'], ['app_user.id'], name=op.f('fk_till_day_clerk_id_app_user')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_till_day_office_id_org_unit')),
    sa.PrimaryKeyConstraint('clerk_id', 'business_date', name=op.f('pk_till_day'))
    )
    op.create_table('cash_close_tender',
    sa.Column('close_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('tender_type', sa.String(length=12), nullable=False),
    sa.Column('payment_count', sa.Integer(), nullable=False),
    sa.Column('reversal_count', sa.Integer(), nullable=False),
    sa.Column('payments_total', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('reversals_total', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('net_total', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.CheckConstraint('net_total = payments_total - reversals_total', name=op.f('ck_cash_close_tender_net_adds_up')),
    sa.CheckConstraint('payment_count >= 0 AND reversal_count >= 0', name=op.f('ck_cash_close_tender_counts_non_negative')),
    sa.ForeignKeyConstraint(['close_id'], ['cash_close.id'], name=op.f('fk_cash_close_tender_close_id_cash_close')),
    sa.PrimaryKeyConstraint('close_id', 'tender_type', name=op.f('pk_cash_close_tender'))
    )
    op.create_table('receipt_print',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('payment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('print_no', sa.Integer(), nullable=False),
    sa.Column('is_copy', sa.Boolean(), nullable=False),
    sa.Column('printed_by', sa.Integer(), nullable=False),
    sa.Column('printed_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('is_copy = (print_no > 1)', name=op.f('ck_receipt_print_copy_after_first')),
    sa.CheckConstraint('print_no >= 1', name=op.f('ck_receipt_print_print_no_positive')),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_receipt_print_payment_id_payment')),
    sa.ForeignKeyConstraint(['printed_by'], ['app_user.id'], name=op.f('fk_receipt_print_printed_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_print')),
    sa.UniqueConstraint('payment_id', 'print_no', name='uq_receipt_print_payment_no')
    )
    op.create_table('reversal_request',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('payment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('requested_by', sa.Integer(), nullable=False),
    sa.Column('requested_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('decision_note', sa.String(length=200), nullable=False),
    sa.Column('reversal_entry_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.CheckConstraint("(status = 'approved') = (reversal_entry_id IS NOT NULL)", name=op.f('ck_reversal_request_approved_has_entry')),
    sa.CheckConstraint("(status = 'pending') = (decided_by IS NULL)", name=op.f('ck_reversal_request_decided_when_done')),
    sa.CheckConstraint("status IN ('pending', 'approved', 'rejected')", name=op.f('ck_reversal_request_status')),
    sa.CheckConstraint('decided_by IS NULL OR decided_by <> requested_by', name=op.f('ck_reversal_request_four_eyes')),
    sa.CheckConstraint('length(reason) > 0', name=op.f('ck_reversal_request_reason_given')),
    sa.ForeignKeyConstraint(['decided_by'], ['app_user.id'], name=op.f('fk_reversal_request_decided_by_app_user')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_reversal_request_office_id_org_unit')),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_reversal_request_payment_id_payment')),
    sa.ForeignKeyConstraint(['requested_by'], ['app_user.id'], name=op.f('fk_reversal_request_requested_by_app_user')),
    sa.ForeignKeyConstraint(['reversal_entry_id'], ['ledger_entry.id'], name=op.f('fk_reversal_request_reversal_entry_id_ledger_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reversal_request'))
    )
    op.create_index('ix_reversal_request_status_office', 'reversal_request', ['status', 'office_id'], unique=False)
    op.create_index('uq_reversal_request_live', 'reversal_request', ['payment_id'], unique=True, postgresql_where=sa.text("status <> 'rejected'"), sqlite_where=sa.text("status <> 'rejected'"))
    if op.get_bind().dialect.name == "postgresql":
        _create_triggers()


def _create_triggers() -> None:
    op.execute(ALLOCATION_FITS)
    op.execute("CREATE CONSTRAINT TRIGGER allocation_fits AFTER INSERT ON allocation "
               "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
               "EXECUTE FUNCTION pmis_allocation_fits()")
    op.execute(ENTRY_MIRRORS)
    op.execute("CREATE TRIGGER ledger_entry_mirrors BEFORE INSERT ON ledger_entry "
               "FOR EACH ROW EXECUTE FUNCTION pmis_entry_mirrors()")
    op.execute(DECIDED_FROZEN)
    op.execute("CREATE TRIGGER reversal_request_frozen BEFORE UPDATE OR DELETE ON "
               "reversal_request FOR EACH ROW EXECUTE FUNCTION pmis_decided_frozen()")
    for table in APPEND_ONLY:  # pmis_refuse_change() comes from migration 0003
        op.execute(f"CREATE TRIGGER {table}_immutable BEFORE UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION pmis_refuse_change()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_immutable ON {table}")
        op.execute("DROP TRIGGER IF EXISTS reversal_request_frozen ON reversal_request")
        op.execute("DROP TRIGGER IF EXISTS ledger_entry_mirrors ON ledger_entry")
        op.execute("DROP TRIGGER IF EXISTS allocation_fits ON allocation")
        for fn in ("pmis_decided_frozen", "pmis_entry_mirrors", "pmis_allocation_fits"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}()")
    op.drop_index('uq_reversal_request_live', table_name='reversal_request', postgresql_where=sa.text("status <> 'rejected'"), sqlite_where=sa.text("status <> 'rejected'"))
    op.drop_index('ix_reversal_request_status_office', table_name='reversal_request')
    op.drop_table('reversal_request')
    op.drop_table('receipt_print')
    op.drop_table('cash_close_tender')
    op.drop_table('till_day')
    op.drop_index('ix_cash_close_office_date', table_name='cash_close')
    op.drop_table('cash_close')
    op.drop_table('receipt_counter')
