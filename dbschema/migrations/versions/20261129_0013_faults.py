"""fault repair: crews, outages and fault reports

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29 02:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dbschema.base

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('fault_area_class',
    sa.Column('transformer_area', sa.String(length=40), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('area_class', sa.String(length=8), nullable=False),
    sa.CheckConstraint("area_class IN ('urban', 'rural', 'remote')", name=op.f('ck_fault_area_class_area_class')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_fault_area_class_office_id_org_unit')),
    sa.PrimaryKeyConstraint('transformer_area', name=op.f('pk_fault_area_class'))
    )
    op.create_index(op.f('ix_fault_area_class_office_id'), 'fault_area_class', ['office_id'], unique=False)
    op.create_table('repair_crew',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('members', sa.String(length=200), nullable=False),
    sa.Column('area_served', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_repair_crew_office_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_crew'))
    )
    op.create_index('ux_repair_crew_name', 'repair_crew', ['office_id', 'name'], unique=True)
    op.create_table('repair_ticket',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('area_class', sa.String(length=8), nullable=False),
    sa.Column('priority', sa.String(length=8), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('transformer_area', sa.String(length=40), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('first_reported_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('crew_id', sa.Integer(), nullable=True),
    sa.Column('dispatched_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('arrived_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('restored_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('closed_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('cause', sa.String(length=200), nullable=False),
    sa.Column('result_note', sa.String(length=500), nullable=False),
    sa.Column('cancel_reason', sa.String(length=200), nullable=False),
    sa.Column('merged_into_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('opened_by', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("area_class IN ('urban', 'rural', 'remote')", name=op.f('ck_repair_ticket_area_class')),
    sa.CheckConstraint("priority IN ('normal', 'high', 'urgent')", name=op.f('ck_repair_ticket_priority')),
    sa.CheckConstraint("status IN ('open', 'cancelled') OR crew_id IS NOT NULL", name=op.f('ck_repair_ticket_dispatched_has_crew')),
    sa.CheckConstraint("status IN ('open', 'dispatched', 'arrived', 'restored', 'closed', 'cancelled')", name=op.f('ck_repair_ticket_status')),
    sa.CheckConstraint('arrived_at IS NULL OR arrived_at >= first_reported_at', name=op.f('ck_repair_ticket_arrival_after_report')),
    sa.CheckConstraint('restored_at IS NULL OR (arrived_at IS NOT NULL AND restored_at >= arrived_at)', name=op.f('ck_repair_ticket_restoration_after_arrival')),
    sa.ForeignKeyConstraint(['crew_id'], ['repair_crew.id'], name=op.f('fk_repair_ticket_crew_id_repair_crew')),
    sa.ForeignKeyConstraint(['merged_into_id'], ['repair_ticket.id'], name=op.f('fk_repair_ticket_merged_into_id_repair_ticket')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_repair_ticket_office_id_org_unit')),
    sa.ForeignKeyConstraint(['opened_by'], ['app_user.id'], name=op.f('fk_repair_ticket_opened_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_ticket'))
    )
    op.create_index('ix_repair_ticket_active_address', 'repair_ticket', ['office_id', 'address'], unique=False, postgresql_where=sa.text("status IN ('open', 'dispatched', 'arrived')"), sqlite_where=sa.text("status IN ('open', 'dispatched', 'arrived')"))
    op.create_index('ix_repair_ticket_active_area', 'repair_ticket', ['office_id', 'transformer_area', 'first_reported_at'], unique=False, postgresql_where=sa.text("status IN ('open', 'dispatched', 'arrived')"), sqlite_where=sa.text("status IN ('open', 'dispatched', 'arrived')"))
    op.create_index('ix_repair_ticket_office_reported', 'repair_ticket', ['office_id', 'first_reported_at'], unique=False)
    op.create_table('fault_event',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('ticket_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('recorded_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.String(length=300), nullable=False),
    sa.CheckConstraint("kind IN ('opened', 'joined', 'dispatched', 'arrived', 'restored', 'closed', 'moved_in', 'moved_out', 'merged', 'cancelled', 'corrected')", name=op.f('ck_fault_event_kind')),
    sa.ForeignKeyConstraint(['ticket_id'], ['repair_ticket.id'], name=op.f('fk_fault_event_ticket_id_repair_ticket')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_fault_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fault_event'))
    )
    op.create_index(op.f('ix_fault_event_ticket_id'), 'fault_event', ['ticket_id'], unique=False)
    op.create_table('fault_report',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('ticket_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('reported_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('received_by', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('transformer_area', sa.String(length=40), nullable=False),
    sa.Column('caller_name', sa.String(length=50), nullable=False),
    sa.Column('caller_phone', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('area_class', sa.String(length=8), nullable=False),
    sa.Column('priority', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.CheckConstraint("area_class IN ('urban', 'rural', 'remote')", name=op.f('ck_fault_report_area_class')),
    sa.CheckConstraint("channel IN ('counter', 'phone')", name=op.f('ck_fault_report_channel')),
    sa.CheckConstraint("kind IN ('no_power', 'partial_power', 'voltage_quality', 'dangerous', 'meter_fault', 'other')", name=op.f('ck_fault_report_kind')),
    sa.CheckConstraint("priority IN ('normal', 'high', 'urgent')", name=op.f('ck_fault_report_priority')),
    sa.CheckConstraint("status IN ('open', 'closed', 'cancelled')", name=op.f('ck_fault_report_status')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_fault_report_customer_id_customer')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_fault_report_office_id_org_unit')),
    sa.ForeignKeyConstraint(['received_by'], ['app_user.id'], name=op.f('fk_fault_report_received_by_app_user')),
    sa.ForeignKeyConstraint(['ticket_id'], ['repair_ticket.id'], name=op.f('fk_fault_report_ticket_id_repair_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fault_report'))
    )
    op.create_index(op.f('ix_fault_report_customer_id'), 'fault_report', ['customer_id'], unique=False)
    op.create_index(op.f('ix_fault_report_ticket_id'), 'fault_report', ['ticket_id'], unique=False)
    # ### end Alembic commands ###


def downgrade() -> None:
    op.drop_index(op.f('ix_fault_report_ticket_id'), table_name='fault_report')
    op.drop_index(op.f('ix_fault_report_customer_id'), table_name='fault_report')
    op.drop_table('fault_report')
    op.drop_index(op.f('ix_fault_event_ticket_id'), table_name='fault_event')
    op.drop_table('fault_event')
    op.drop_index('ix_repair_ticket_office_reported', table_name='repair_ticket')
    op.drop_index('ix_repair_ticket_active_area', table_name='repair_ticket')
    op.drop_index('ix_repair_ticket_active_address', table_name='repair_ticket')
    op.drop_table('repair_ticket')
    op.drop_index('ux_repair_crew_name', table_name='repair_crew')
    op.drop_table('repair_crew')
    op.drop_index(op.f('ix_fault_area_class_office_id'), table_name='fault_area_class')
    op.drop_table('fault_area_class')
