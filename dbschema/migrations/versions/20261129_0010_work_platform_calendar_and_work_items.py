"""work platform: the working-day calendar (with the 2026 public holidays) and work items

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 02:40:00
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

import dbschema.base

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# The State Council's 2026 holiday arrangement (国务院办公厅关于2026年部分节假日安排的通知):
# (first day, last day, name) of each holiday, and the weekend days worked instead (调休).
# Later years are entered by people on the work platform's calendar page (calendar.edit).
HOLIDAYS_2026 = (
    (date(2026, 1, 1), date(2026, 1, 3), "元旦"),
    (date(2026, 2, 15), date(2026, 2, 23), "春节"),
    (date(2026, 4, 4), date(2026, 4, 6), "清明节"),
    (date(2026, 5, 1), date(2026, 5, 5), "劳动节"),
    (date(2026, 6, 19), date(2026, 6, 21), "端午节"),
    (date(2026, 9, 25), date(2026, 9, 27), "中秋节"),
    (date(2026, 10, 1), date(2026, 10, 7), "国庆节"),
)
MAKE_UP_DAYS_2026 = (
    (date(2026, 1, 4), "元旦调休上班"),
    (date(2026, 2, 14), "春节调休上班"),
    (date(2026, 2, 28), "春节调休上班"),
    (date(2026, 5, 9), "劳动节调休上班"),
    (date(2026, 9, 20), "国庆节调休上班"),
    (date(2026, 10, 10), "国庆节调休上班"),
)


def upgrade() -> None:
    op.create_table('calendar_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.Column('updated_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('holiday', 'workday')", name=op.f('ck_calendar_day_kind')),
    sa.ForeignKeyConstraint(['updated_by'], ['app_user.id'], name=op.f('fk_calendar_day_updated_by_app_user')),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_day'))
    )
    op.create_table('work_item',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('sla_type', sa.String(length=32), nullable=False),
    sa.Column('step', sa.String(length=32), nullable=False),
    sa.Column('reference', sa.String(length=24), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('assigned_role', sa.String(length=40), nullable=True),
    sa.Column('assigned_user_id', sa.Integer(), nullable=True),
    sa.Column('clock', sa.String(length=10), nullable=False),
    sa.Column('budget_s', sa.Integer(), nullable=False),
    sa.Column('opened_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('opened_by', sa.Integer(), nullable=True),
    sa.Column('due_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('warn_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('predicted_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('paused_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('remaining_s', sa.Integer(), nullable=True),
    sa.Column('paused_s', sa.Integer(), nullable=False),
    sa.Column('pause_reason', sa.String(length=200), nullable=False),
    sa.Column('escalated_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('closed_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.Integer(), nullable=True),
    sa.Column('breached', sa.Boolean(), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.CheckConstraint("(status IN ('done', 'cancelled')) = (closed_at IS NOT NULL)", name=op.f('ck_work_item_closed_when_finished')),
    sa.CheckConstraint("clock IN ('working', 'continuous')", name=op.f('ck_work_item_clock')),
    sa.CheckConstraint("source IN ('application', 'complaint', 'fault')", name=op.f('ck_work_item_source')),
    sa.CheckConstraint("status <> 'open' OR (due_at IS NOT NULL AND warn_at IS NOT NULL)", name=op.f('ck_work_item_open_has_deadline')),
    sa.CheckConstraint("status <> 'paused' OR (remaining_s IS NOT NULL AND paused_at IS NOT NULL)", name=op.f('ck_work_item_paused_keeps_remaining')),
    sa.CheckConstraint("status IN ('open', 'paused', 'done', 'cancelled')", name=op.f('ck_work_item_status')),
    sa.CheckConstraint('budget_s > 0', name=op.f('ck_work_item_budget_positive')),
    sa.ForeignKeyConstraint(['assigned_user_id'], ['app_user.id'], name=op.f('fk_work_item_assigned_user_id_app_user')),
    sa.ForeignKeyConstraint(['closed_by'], ['app_user.id'], name=op.f('fk_work_item_closed_by_app_user')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_work_item_customer_id_customer')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_work_item_office_id_org_unit')),
    sa.ForeignKeyConstraint(['opened_by'], ['app_user.id'], name=op.f('fk_work_item_opened_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_item'))
    )
    with op.batch_alter_table('work_item', schema=None) as batch_op:
        batch_op.create_index('ix_work_item_closed_office', ['office_id', 'closed_at'], unique=False, postgresql_where=sa.text("status = 'done'"), sqlite_where=sa.text("status = 'done'"))
        batch_op.create_index('ix_work_item_open_due', ['due_at'], unique=False, postgresql_where=sa.text("status = 'open'"), sqlite_where=sa.text("status = 'open'"))
        batch_op.create_index('ix_work_item_open_office', ['office_id', 'sla_type', 'step', 'due_at'], unique=False, postgresql_where=sa.text("status IN ('open', 'paused')"), sqlite_where=sa.text("status IN ('open', 'paused')"))
        batch_op.create_index('ix_work_item_open_role', ['office_id', 'assigned_role', 'due_at'], unique=False, postgresql_where=sa.text("status IN ('open', 'paused')"), sqlite_where=sa.text("status IN ('open', 'paused')"))
        batch_op.create_index('ix_work_item_open_user', ['assigned_user_id', 'due_at'], unique=False, postgresql_where=sa.text("status IN ('open', 'paused')"), sqlite_where=sa.text("status IN ('open', 'paused')"))
        batch_op.create_index('ix_work_item_source', ['source', 'source_id'], unique=False)

    _seed_calendar()



def downgrade() -> None:
    with op.batch_alter_table('work_item', schema=None) as batch_op:
        batch_op.drop_index('ix_work_item_source')
        batch_op.drop_index('ix_work_item_open_user', postgresql_where=sa.text("status IN ('open', 'paused')"), sqlite_where=sa.text("status IN ('open', 'paused')"))
        batch_op.drop_index('ix_work_item_open_role', postgresql_where=sa.text("status IN ('open', 'paused')"), sqlite_where=sa.text("status IN ('open', 'paused')"))
        batch_op.drop_index('ix_work_item_open_office', postgresql_where=sa.text("status IN ('open', 'paused')"), sqlite_where=sa.text("status IN ('open', 'paused')"))
        batch_op.drop_index('ix_work_item_open_due', postgresql_where=sa.text("status = 'open'"), sqlite_where=sa.text("status = 'open'"))
        batch_op.drop_index('ix_work_item_closed_office', postgresql_where=sa.text("status = 'done'"), sqlite_where=sa.text("status = 'done'"))

    op.drop_table('work_item')
    op.drop_table('calendar_day')


def _seed_calendar() -> None:
    table = sa.table('calendar_day', sa.column('day', sa.Date()), sa.column('kind', sa.String()),
                     sa.column('name', sa.String()),
                     sa.column('updated_at', dbschema.base.UtcDateTime(timezone=True)))
    at = datetime(2026, 11, 29, tzinfo=UTC)
    rows = []
    for first, last, name in HOLIDAYS_2026:
        day = first
        while day <= last:
            # Only weekdays need a row: a weekend day inside a holiday is off anyway.
            if day.weekday() < 5:
                rows.append({'day': day, 'kind': 'holiday', 'name': name, 'updated_at': at})
            day += timedelta(days=1)
    rows += [{'day': day, 'kind': 'workday', 'name': name, 'updated_at': at}
             for day, name in MAKE_UP_DAYS_2026]
    op.bulk_insert(table, rows)
