"""collection: penalty postings per overdue debt, arrears notices, withholding agreements,
bank withholding batches and the banks' results

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dbschema.base

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('arrears_notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_no', sa.String(length=24), nullable=False),
    sa.Column('batch_no', sa.String(length=24), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('penalty', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('oldest_due_on', sa.Date(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deadline', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('issued_by', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('reminder', 'disconnection', 'disconnect_order', 'reconnection')", name=op.f('ck_arrears_notice_kind')),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_arrears_notice_amount_non_negative')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_arrears_notice_customer_id_customer')),
    sa.ForeignKeyConstraint(['issued_by'], ['app_user.id'], name=op.f('fk_arrears_notice_issued_by_app_user')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_arrears_notice_office_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arrears_notice')),
    sa.UniqueConstraint('notice_no', name=op.f('uq_arrears_notice_notice_no'))
    )
    op.create_index('ix_arrears_notice_customer', 'arrears_notice', ['customer_id', 'issued_at'], unique=False)
    op.create_index('ix_arrears_notice_office', 'arrears_notice', ['office_id', 'issued_at'], unique=False)
    op.create_table('bank_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_no', sa.String(length=24), nullable=False),
    sa.Column('bank_code', sa.String(length=8), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.Column('total', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('checksum', sa.String(length=64), nullable=False),
    sa.CheckConstraint('line_count >= 0 AND total >= 0', name=op.f('ck_bank_batch_totals_non_negative')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_bank_batch_created_by_app_user')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_bank_batch_office_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_batch')),
    sa.UniqueConstraint('batch_no', name=op.f('uq_bank_batch_batch_no'))
    )
    op.create_index('ix_bank_batch_office', 'bank_batch', ['office_id', 'id'], unique=False)
    op.create_table('withholding_agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('bank_code', sa.String(length=8), nullable=False),
    sa.Column('account_no', sa.String(length=32), nullable=False),
    sa.Column('account_name', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_withholding_agreement_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_withholding_agreement'))
    )
    op.create_index('ix_withholding_agreement_bank', 'withholding_agreement', ['bank_code', 'active'], unique=False)
    op.create_index('uq_withholding_agreement_customer', 'withholding_agreement', ['customer_id'], unique=True)
    op.create_table('bank_batch_line',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('account_no', sa.String(length=32), nullable=False),
    sa.Column('account_name', sa.String(length=100), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_bank_batch_line_amount_positive')),
    sa.ForeignKeyConstraint(['batch_id'], ['bank_batch.id'], name=op.f('fk_bank_batch_line_batch_id_bank_batch')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_bank_batch_line_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_batch_line')),
    sa.UniqueConstraint('batch_id', 'line_no', name='uq_bank_batch_line_no')
    )
    op.create_index('ix_bank_batch_line_customer', 'bank_batch_line', ['customer_id'], unique=False)
    op.create_table('bank_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('imported_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('imported_by', sa.Integer(), nullable=False),
    sa.Column('checksum', sa.String(length=64), nullable=False),
    sa.Column('new_lines', sa.Integer(), nullable=False),
    sa.Column('repeated_lines', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['bank_batch.id'], name=op.f('fk_bank_result_batch_id_bank_batch')),
    sa.ForeignKeyConstraint(['imported_by'], ['app_user.id'], name=op.f('fk_bank_result_imported_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_result'))
    )
    op.create_index('ix_bank_result_batch', 'bank_result', ['batch_id', 'id'], unique=False)
    op.create_table('bank_result_line',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('result_id', sa.Integer(), nullable=False),
    sa.Column('batch_line_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('outcome', sa.String(length=8), nullable=False),
    sa.Column('reason_code', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.String(length=100), nullable=False),
    sa.Column('payment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.CheckConstraint("(outcome = 'paid') = (payment_id IS NOT NULL)", name=op.f('ck_bank_result_line_paid_has_payment')),
    sa.CheckConstraint("outcome IN ('paid', 'failed')", name=op.f('ck_bank_result_line_outcome')),
    sa.ForeignKeyConstraint(['batch_line_id'], ['bank_batch_line.id'], name=op.f('fk_bank_result_line_batch_line_id_bank_batch_line')),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_bank_result_line_payment_id_payment')),
    sa.ForeignKeyConstraint(['result_id'], ['bank_result.id'], name=op.f('fk_bank_result_line_result_id_bank_result')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_result_line')),
    sa.UniqueConstraint('batch_line_id', name='uq_bank_result_line_batch_line')
    )
    op.create_index('ix_bank_result_line_result', 'bank_result_line', ['result_id'], unique=False)
    op.create_table('penalty_posting',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('debit_entry_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('penalty_entry_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('accrued_to', sa.Date(), nullable=False),
    sa.Column('overdue_days', sa.Integer(), nullable=False),
    sa.Column('due_total', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('rule', sa.String(length=40), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_penalty_posting_amount_positive')),
    sa.CheckConstraint('due_total >= amount', name=op.f('ck_penalty_posting_due_covers_amount')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_penalty_posting_customer_id_customer')),
    sa.ForeignKeyConstraint(['debit_entry_id'], ['ledger_entry.id'], name=op.f('fk_penalty_posting_debit_entry_id_ledger_entry')),
    sa.ForeignKeyConstraint(['penalty_entry_id'], ['ledger_entry.id'], name=op.f('fk_penalty_posting_penalty_entry_id_ledger_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_penalty_posting')),
    sa.UniqueConstraint('debit_entry_id', 'accrued_to', name='uq_penalty_posting_debit_day')
    )
    op.create_index('ix_penalty_posting_entry', 'penalty_posting', ['penalty_entry_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_penalty_posting_entry', table_name='penalty_posting')
    op.drop_table('penalty_posting')
    op.drop_index('ix_bank_result_line_result', table_name='bank_result_line')
    op.drop_table('bank_result_line')
    op.drop_index('ix_bank_result_batch', table_name='bank_result')
    op.drop_table('bank_result')
    op.drop_index('ix_bank_batch_line_customer', table_name='bank_batch_line')
    op.drop_table('bank_batch_line')
    op.drop_index('uq_withholding_agreement_customer', table_name='withholding_agreement')
    op.drop_index('ix_withholding_agreement_bank', table_name='withholding_agreement')
    op.drop_table('withholding_agreement')
    op.drop_index('ix_bank_batch_office', table_name='bank_batch')
    op.drop_table('bank_batch')
    op.drop_index('ix_arrears_notice_office', table_name='arrears_notice')
    op.drop_index('ix_arrears_notice_customer', table_name='arrears_notice')
    op.drop_table('arrears_notice')
