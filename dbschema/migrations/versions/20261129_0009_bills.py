"""bills: correction requests (cancel/rebill, back-billing and refunds with approval)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dbschema.base

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_BILL_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'correction_request',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('bill_id', _BILL_ID, nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('office_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('reason', sa.String(length=200), nullable=False),
        sa.Column('changes', sa.Text(), nullable=False),
        sa.Column('request', sa.Text(), nullable=False),
        sa.Column('difference', sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column('energy_difference', sa.Numeric(precision=16, scale=4), nullable=False),
        sa.Column('requested_by', sa.Integer(), nullable=False),
        sa.Column('requested_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column('decided_by', sa.Integer(), nullable=True),
        sa.Column('decided_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column('decision_reason', sa.String(length=200), nullable=False),
        sa.Column('result_bill_id', _BILL_ID, nullable=True),
        sa.CheckConstraint("(status = 'approved') = (result_bill_id IS NOT NULL)",
                           name=op.f('ck_correction_request_result_bill')),
        sa.CheckConstraint("(status = 'pending') = (decided_by IS NULL)",
                           name=op.f('ck_correction_request_decided')),
        sa.CheckConstraint("kind IN ('rebill', 'backbill', 'refund')",
                           name=op.f('ck_correction_request_kind')),
        sa.CheckConstraint("status IN ('pending', 'approved', 'rejected')",
                           name=op.f('ck_correction_request_status')),
        sa.CheckConstraint('decided_by IS NULL OR decided_by <> requested_by',
                           name=op.f('ck_correction_request_four_eyes')),
        sa.CheckConstraint('difference <> 0',
                           name=op.f('ck_correction_request_difference_non_zero')),
        sa.ForeignKeyConstraint(['bill_id'], ['bill.id'],
                                name=op.f('fk_correction_request_bill_id_bill')),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'],
                                name=op.f('fk_correction_request_customer_id_customer')),
        sa.ForeignKeyConstraint(['decided_by'], ['app_user.id'],
                                name=op.f('fk_correction_request_decided_by_app_user')),
        sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'],
                                name=op.f('fk_correction_request_office_id_org_unit')),
        sa.ForeignKeyConstraint(['requested_by'], ['app_user.id'],
                                name=op.f('fk_correction_request_requested_by_app_user')),
        sa.ForeignKeyConstraint(['result_bill_id'], ['bill.id'],
                                name=op.f('fk_correction_request_result_bill_id_bill')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_correction_request')),
    )
    op.create_index('ix_correction_request_status_office', 'correction_request',
                    ['status', 'office_id'], unique=False)
    op.create_index('uq_correction_request_pending_bill', 'correction_request', ['bill_id'],
                    unique=True, postgresql_where=sa.text("status = 'pending'"),
                    sqlite_where=sa.text("status = 'pending'"))


def downgrade() -> None:
    op.drop_index('uq_correction_request_pending_bill', table_name='correction_request',
                  postgresql_where=sa.text("status = 'pending'"),
                  sqlite_where=sa.text("status = 'pending'"))
    op.drop_index('ix_correction_request_status_office', table_name='correction_request')
    op.drop_table('correction_request')
