"""complaints, suggestions and praise with their history; the consultation log

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29 02:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dbschema.base

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('complaint',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('contact_name', sa.String(length=50), nullable=False),
    sa.Column('contact_phone', sa.String(length=20), nullable=False),
    sa.Column('subject', sa.String(length=100), nullable=False),
    sa.Column('text', sa.String(length=2000), nullable=False),
    sa.Column('assigned_role', sa.String(length=40), nullable=True),
    sa.Column('assigned_user_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('repeat', sa.Boolean(), nullable=False),
    sa.Column('repeat_of_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('contacted_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('contact_note', sa.String(length=1000), nullable=False),
    sa.Column('replied_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('reply_text', sa.String(length=2000), nullable=False),
    sa.Column('callback_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('satisfaction', sa.String(length=12), nullable=True),
    sa.Column('callback_note', sa.String(length=1000), nullable=False),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('closed_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.Integer(), nullable=True),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('updated_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("(status = 'closed') = (closed_at IS NOT NULL)", name=op.f('ck_complaint_closed_when_closed')),
    sa.CheckConstraint("category IN ('billing', 'meter', 'supply_quality', 'outage', 'service_attitude', 'business_handling', 'other')", name=op.f('ck_complaint_category')),
    sa.CheckConstraint("channel IN ('counter', 'phone', 'online', 'letter')", name=op.f('ck_complaint_channel')),
    sa.CheckConstraint("customer_id IS NOT NULL OR (contact_name <> '' AND contact_phone <> '')", name=op.f('ck_complaint_who_complains')),
    sa.CheckConstraint("kind IN ('complaint', 'suggestion', 'praise')", name=op.f('ck_complaint_kind')),
    sa.CheckConstraint("satisfaction IS NULL OR satisfaction IN ('satisfied', 'neutral', 'unsatisfied')", name=op.f('ck_complaint_satisfaction')),
    sa.CheckConstraint("status IN ('registered', 'contacted', 'replied', 'closed')", name=op.f('ck_complaint_status')),
    sa.ForeignKeyConstraint(['assigned_user_id'], ['app_user.id'], name=op.f('fk_complaint_assigned_user_id_app_user')),
    sa.ForeignKeyConstraint(['closed_by'], ['app_user.id'], name=op.f('fk_complaint_closed_by_app_user')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_complaint_created_by_app_user')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_complaint_customer_id_customer')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_complaint_office_id_org_unit')),
    sa.ForeignKeyConstraint(['repeat_of_id'], ['complaint.id'], name=op.f('fk_complaint_repeat_of_id_complaint')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint'))
    )
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.create_index('ix_complaint_customer', ['customer_id', 'created_at'], unique=False)
        batch_op.create_index('ix_complaint_office_created', ['office_id', 'created_at'], unique=False)
        batch_op.create_index('ix_complaint_phone', ['contact_phone', 'created_at'], unique=False)

    op.create_table('consultation',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('topic', sa.String(length=20), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('caller_name', sa.String(length=50), nullable=False),
    sa.Column('caller_phone', sa.String(length=20), nullable=False),
    sa.Column('question', sa.String(length=1000), nullable=False),
    sa.Column('answer', sa.String(length=2000), nullable=False),
    sa.Column('duration_s', sa.Integer(), nullable=False),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("channel IN ('counter', 'phone', 'online')", name=op.f('ck_consultation_channel')),
    sa.CheckConstraint("topic IN ('bills', 'payments', 'consumption', 'arrears', 'tariffs', 'business_procedure', 'outage', 'statement', 'other')", name=op.f('ck_consultation_topic')),
    sa.CheckConstraint('duration_s >= 0', name=op.f('ck_consultation_duration_not_negative')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_consultation_created_by_app_user')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_consultation_customer_id_customer')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_consultation_office_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation'))
    )
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.create_index('ix_consultation_customer', ['customer_id'], unique=False)
        batch_op.create_index('ix_consultation_office_created', ['office_id', 'created_at'], unique=False)

    op.create_table('complaint_event',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('complaint_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_complaint_event_complaint_id_complaint')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_complaint_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_event'))
    )
    with op.batch_alter_table('complaint_event', schema=None) as batch_op:
        batch_op.create_index('ix_complaint_event_complaint', ['complaint_id', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('complaint_event', schema=None) as batch_op:
        batch_op.drop_index('ix_complaint_event_complaint')

    op.drop_table('complaint_event')
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.drop_index('ix_consultation_office_created')
        batch_op.drop_index('ix_consultation_customer')

    op.drop_table('consultation')
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_index('ix_complaint_phone')
        batch_op.drop_index('ix_complaint_office_created')
        batch_op.drop_index('ix_complaint_customer')

    op.drop_table('complaint')
    # ### end Alembic commands ###
