"""supply changes of completed applications (capacity / in-service history) and meter tests

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29 03:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dbschema.base

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('supply_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('service_point_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('capacity_kva', sa.Numeric(precision=16, scale=4), nullable=False),
    sa.Column('in_service', sa.Boolean(), nullable=False),
    sa.Column('previous_kva', sa.Numeric(precision=16, scale=4), nullable=False),
    sa.Column('previous_in_service', sa.Boolean(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('new_connection', 'capacity', 'suspension', 'resumption', 'disconnection', 'reconnection')", name=op.f('ck_supply_change_kind')),
    sa.CheckConstraint('capacity_kva >= 0 AND previous_kva >= 0', name=op.f('ck_supply_change_capacity_non_negative')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_supply_change_application_id_application')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_supply_change_created_by_app_user')),
    sa.ForeignKeyConstraint(['service_point_id'], ['service_point.id'], name=op.f('fk_supply_change_service_point_id_service_point')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_change'))
    )
    op.create_index('ix_supply_change_point_from', 'supply_change', ['service_point_id', 'effective_from'], unique=False)
    op.create_table('meter_test',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meter_id', sa.Integer(), nullable=False),
    sa.Column('tested_on', sa.Date(), nullable=False),
    sa.Column('result', sa.String(length=4), nullable=False),
    sa.Column('error_percent', sa.Numeric(precision=16, scale=4), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("result IN ('pass', 'fail')", name=op.f('ck_meter_test_result')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_meter_test_application_id_application')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_meter_test_created_by_app_user')),
    sa.ForeignKeyConstraint(['meter_id'], ['meter.id'], name=op.f('fk_meter_test_meter_id_meter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meter_test'))
    )
    op.create_index(op.f('ix_meter_test_meter_id'), 'meter_test', ['meter_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_meter_test_meter_id'), table_name='meter_test')
    op.drop_table('meter_test')
    op.drop_index('ix_supply_change_point_from', table_name='supply_change')
    op.drop_table('supply_change')
