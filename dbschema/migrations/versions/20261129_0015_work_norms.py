"""work platform: typical step durations (predicted breach), clock time used, escalation and
dashboard indexes

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dbschema.base

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

_OPEN = sa.text("status IN ('open', 'paused')")
_UNESCALATED = sa.text("status = 'open' AND escalated_at IS NULL")
_ESCALATED = sa.text("status IN ('open', 'paused') AND escalated_at IS NOT NULL")


def upgrade() -> None:
    op.create_table('work_norm',
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('sla_type', sa.String(length=32), nullable=False),
    sa.Column('step', sa.String(length=32), nullable=False),
    sa.Column('typical_s', sa.Integer(), nullable=False),
    sa.Column('samples', sa.Integer(), nullable=False),
    sa.Column('computed_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('typical_s >= 0', name=op.f('ck_work_norm_typical_not_negative')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_work_norm_office_id_org_unit')),
    sa.PrimaryKeyConstraint('office_id', 'sla_type', 'step', name=op.f('pk_work_norm'))
    )
    with op.batch_alter_table('work_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('used_s', sa.Integer(), nullable=True))
        batch_op.create_index('ix_work_item_unescalated', ['due_at'], unique=False, postgresql_where=_UNESCALATED, sqlite_where=_UNESCALATED)
        batch_op.create_index('ix_work_item_escalated', ['office_id', 'due_at'], unique=False, postgresql_where=_ESCALATED, sqlite_where=_ESCALATED)
        batch_op.create_index('ix_work_item_opened', ['office_id', 'opened_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('work_item', schema=None) as batch_op:
        batch_op.drop_index('ix_work_item_opened')
        batch_op.drop_index('ix_work_item_escalated', postgresql_where=_ESCALATED, sqlite_where=_ESCALATED)
        batch_op.drop_index('ix_work_item_unescalated', postgresql_where=_UNESCALATED, sqlite_where=_UNESCALATED)
        batch_op.drop_column('used_s')
    op.drop_table('work_norm')
