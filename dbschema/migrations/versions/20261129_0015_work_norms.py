"""work platform: typical step durations (predicted breach), clock time used, escalation,
role-queue and covering dashboard indexes

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
_QUEUE = sa.text("status IN ('open', 'paused') AND assigned_user_id IS NULL")
_DONE = sa.text("status = 'done'")
# Covering columns (PostgreSQL INCLUDE; SQLite ignores them): index-only dashboard and to-do.
_TODO_KEYS = ['id', 'status', 'source', 'warn_at', 'predicted_at', 'remaining_s', 'escalated_at']
_BOARD_OPEN = ['source', 'status', 'warn_at', 'predicted_at', 'escalated_at']
_BOARD_DONE = ['source', 'sla_type', 'step', 'closed_by', 'breached', 'used_s']


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
    op.create_table('work_day_opened',
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('opened', sa.Integer(), nullable=False),
    sa.Column('built_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_work_day_opened_office_id_org_unit')),
    sa.PrimaryKeyConstraint('office_id', 'day', name=op.f('pk_work_day_opened'))
    )
    op.create_table('work_day_closed',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('sla_type', sa.String(length=32), nullable=False),
    sa.Column('step', sa.String(length=32), nullable=False),
    sa.Column('closed_by', sa.Integer(), nullable=True),
    sa.Column('closed', sa.Integer(), nullable=False),
    sa.Column('on_time', sa.Integer(), nullable=False),
    sa.Column('used_s', sa.BigInteger(), nullable=False),
    sa.Column('timed', sa.Integer(), nullable=False),
    sa.Column('built_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['closed_by'], ['app_user.id'], name=op.f('fk_work_day_closed_closed_by_app_user')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_work_day_closed_office_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_day_closed'))
    )
    with op.batch_alter_table('work_day_closed', schema=None) as batch_op:
        batch_op.create_index('ix_work_day_closed_office_day', ['office_id', 'day'], unique=False)
    with op.batch_alter_table('work_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('used_s', sa.Integer(), nullable=True))
        batch_op.create_index('ix_work_item_unescalated', ['due_at'], unique=False, postgresql_where=_UNESCALATED, sqlite_where=_UNESCALATED)
        batch_op.create_index('ix_work_item_escalated', ['office_id', 'due_at'], unique=False, postgresql_where=_ESCALATED, sqlite_where=_ESCALATED, postgresql_include=[*_TODO_KEYS, 'assigned_user_id', 'assigned_role'])
        batch_op.create_index('ix_work_item_opened', ['office_id', 'opened_at'], unique=False)
        batch_op.create_index('ix_work_item_queue', ['office_id', 'assigned_role', 'due_at'], unique=False, postgresql_where=_QUEUE, sqlite_where=_QUEUE, postgresql_include=_TODO_KEYS)
        batch_op.drop_index('ix_work_item_open_office', postgresql_where=_OPEN, sqlite_where=_OPEN)
        batch_op.create_index('ix_work_item_open_office', ['office_id', 'sla_type', 'step', 'due_at'], unique=False, postgresql_where=_OPEN, sqlite_where=_OPEN, postgresql_include=_BOARD_OPEN)
        batch_op.drop_index('ix_work_item_closed_office', postgresql_where=_DONE, sqlite_where=_DONE)
        batch_op.create_index('ix_work_item_closed_office', ['office_id', 'closed_at'], unique=False, postgresql_where=_DONE, sqlite_where=_DONE, postgresql_include=_BOARD_DONE)


def downgrade() -> None:
    with op.batch_alter_table('work_item', schema=None) as batch_op:
        batch_op.drop_index('ix_work_item_closed_office', postgresql_where=_DONE, sqlite_where=_DONE)
        batch_op.create_index('ix_work_item_closed_office', ['office_id', 'closed_at'], unique=False, postgresql_where=_DONE, sqlite_where=_DONE)
        batch_op.drop_index('ix_work_item_open_office', postgresql_where=_OPEN, sqlite_where=_OPEN)
        batch_op.create_index('ix_work_item_open_office', ['office_id', 'sla_type', 'step', 'due_at'], unique=False, postgresql_where=_OPEN, sqlite_where=_OPEN)
        batch_op.drop_index('ix_work_item_queue', postgresql_where=_QUEUE, sqlite_where=_QUEUE)
        batch_op.drop_index('ix_work_item_opened')
        batch_op.drop_index('ix_work_item_escalated', postgresql_where=_ESCALATED, sqlite_where=_ESCALATED)
        batch_op.drop_index('ix_work_item_unescalated', postgresql_where=_UNESCALATED, sqlite_where=_UNESCALATED)
        batch_op.drop_column('used_s')
    op.drop_table('work_norm')
    with op.batch_alter_table('work_day_closed', schema=None) as batch_op:
        batch_op.drop_index('ix_work_day_closed_office_day')
    op.drop_table('work_day_closed')
    op.drop_table('work_day_opened')
