"""billing: points a billing run could not bill (billing_run_error)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('billing_run_error',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('metering_point_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=24), nullable=False),
    sa.Column('detail', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['metering_point_id'], ['metering_point.id'],
                            name=op.f('fk_billing_run_error_metering_point_id_metering_point')),
    sa.ForeignKeyConstraint(['run_id'], ['billing_run.id'],
                            name=op.f('fk_billing_run_error_run_id_billing_run')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_billing_run_error'))
    )
    with op.batch_alter_table('billing_run_error', schema=None) as batch_op:
        batch_op.create_index('ix_billing_run_error_run', ['run_id', 'metering_point_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('billing_run_error', schema=None) as batch_op:
        batch_op.drop_index('ix_billing_run_error_run')
    op.drop_table('billing_run_error')
