"""spine: org, users, audit, customers

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 21:25:54.845149
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dbschema.base

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def _is_postgres() -> bool:
    return bool(op.get_bind().dialect.name == "postgresql")


def upgrade() -> None:
    if _is_postgres():
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_audit_head_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    # The chain starts from a fixed genesis hash so a verifier needs nothing else.
    op.execute("INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '" + "0" * 64 + "')")
    op.create_table('audit_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=True),
    sa.Column('method', sa.String(length=80), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=True),
    sa.Column('entity_id', sa.BigInteger(), nullable=True),
    sa.Column('request_id', sa.String(length=36), nullable=True),
    sa.Column('client_host', sa.String(length=64), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('seq', name=op.f('uq_audit_log_seq'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_log_entity', ['entity_type', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_method'), ['method'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_user_id'), ['user_id'], unique=False)

    op.create_table('idempotency_record',
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=80), nullable=False),
    sa.Column('args_hash', sa.String(length=64), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('request_id', name=op.f('pk_idempotency_record'))
    )
    op.create_table('login_failure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('client_host', sa.String(length=64), nullable=False),
    sa.Column('at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_failure'))
    )
    with op.batch_alter_table('login_failure', schema=None) as batch_op:
        batch_op.create_index('ix_login_failure_user_host', ['username', 'client_host', 'at'], unique=False)

    op.create_table('org_unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('path', sa.String(length=200), nullable=False),
    sa.Column('timezone', sa.String(length=40), nullable=False),
    sa.CheckConstraint("kind IN ('company','bureau','office','hall')", name=op.f('ck_org_unit_kind')),
    sa.ForeignKeyConstraint(['parent_id'], ['org_unit.id'], name=op.f('fk_org_unit_parent_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_org_unit')),
    sa.UniqueConstraint('code', name=op.f('uq_org_unit_code'))
    )
    with op.batch_alter_table('org_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_org_unit_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_org_unit_path'), ['path'], unique=False)

    op.create_table('permission',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_permission'))
    )
    op.create_table('role',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_role')),
    sa.UniqueConstraint('name', name=op.f('uq_role_name'))
    )
    op.create_table('server_lease',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('holder', sa.String(length=80), nullable=False),
    sa.Column('acquired_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_server_lease'))
    )
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('full_name', sa.String(length=80), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('locked_reason', sa.String(length=200), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_app_user_office_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_app_user_office_id'), ['office_id'], unique=False)

    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_no', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('customer_class', sa.String(length=20), nullable=False),
    sa.Column('industry', sa.String(length=40), nullable=False),
    sa.Column('voltage_level', sa.String(length=8), nullable=False),
    sa.Column('id_doc_type', sa.String(length=20), nullable=False),
    sa.Column('id_doc_no', sa.String(length=40), nullable=False),
    sa.Column('phone_mobile', sa.String(length=20), nullable=False),
    sa.Column('phone_landline', sa.String(length=20), nullable=False),
    sa.Column('phone_mobile_rev', sa.String(length=20), nullable=False),
    sa.Column('phone_landline_rev', sa.String(length=20), nullable=False),
    sa.Column('contact_person', sa.String(length=50), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('mail_address', sa.String(length=200), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("customer_class IN ('residential', 'commercial', 'large_industry', 'agriculture')", name=op.f('ck_customer_class')),
    sa.CheckConstraint("id_doc_type IN ('id_card', 'business_license', 'passport', 'other')", name=op.f('ck_customer_id_doc_type')),
    sa.CheckConstraint("status IN ('active', 'suspended', 'closed')", name=op.f('ck_customer_status')),
    sa.CheckConstraint("voltage_level IN ('220V', '380V', '10kV', '35kV', '110kV')", name=op.f('ck_customer_voltage')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_customer_version_positive')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_customer_office_id_org_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer')),
    sa.UniqueConstraint('account_no', name=op.f('uq_customer_account_no'))
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index('ix_customer_account_pattern', ['account_no'], unique=False, postgresql_ops={'account_no': 'text_pattern_ops'})
        if _is_postgres():
            batch_op.create_index('ix_customer_address_trgm', ['address'], unique=False, postgresql_using='gin', postgresql_ops={'address': 'gin_trgm_ops'})
        batch_op.create_index('ix_customer_landline_rev_pattern', ['phone_landline_rev'], unique=False, postgresql_ops={'phone_landline_rev': 'text_pattern_ops'})
        batch_op.create_index('ix_customer_mobile_rev_pattern', ['phone_mobile_rev'], unique=False, postgresql_ops={'phone_mobile_rev': 'text_pattern_ops'})
        batch_op.create_index('ix_customer_name_pattern', ['name'], unique=False, postgresql_ops={'name': 'text_pattern_ops'})
        if _is_postgres():
            batch_op.create_index('ix_customer_name_trgm', ['name'], unique=False, postgresql_using='gin', postgresql_ops={'name': 'gin_trgm_ops'})
        batch_op.create_index('ix_customer_office_status', ['office_id', 'status'], unique=False)

    op.create_table('role_permission',
    sa.Column('role_id', sa.Integer(), nullable=False),
    sa.Column('permission', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['permission'], ['permission.name'], name=op.f('fk_role_permission_permission_permission')),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], name=op.f('fk_role_permission_role_id_role')),
    sa.PrimaryKeyConstraint('role_id', 'permission', name=op.f('pk_role_permission'))
    )
    op.create_table('service_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('supply_voltage', sa.String(length=8), nullable=False),
    sa.Column('capacity_kva', sa.Numeric(precision=16, scale=4), nullable=False),
    sa.Column('transformer_area', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.CheckConstraint('capacity_kva >= 0', name=op.f('ck_service_point_capacity_non_negative')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_service_point_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_point')),
    sa.UniqueConstraint('code', name=op.f('uq_service_point_code'))
    )
    with op.batch_alter_table('service_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_point_customer_id'), ['customer_id'], unique=False)

    op.create_table('user_role',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], name=op.f('fk_user_role_role_id_role')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_user_role_user_id_app_user')),
    sa.PrimaryKeyConstraint('user_id', 'role_id', name=op.f('pk_user_role'))
    )
    op.create_table('user_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('last_seen_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('ended_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('client_host', sa.String(length=64), nullable=False),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_user_session_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_session')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_user_session_token_hash'))
    )
    with op.batch_alter_table('user_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_session_user_id'), ['user_id'], unique=False)

    op.create_table('metering_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('service_point_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('metering_mode', sa.String(length=8), nullable=False),
    sa.Column('ct_primary', sa.Integer(), nullable=False),
    sa.Column('ct_secondary', sa.Integer(), nullable=False),
    sa.Column('pt_primary', sa.Integer(), nullable=False),
    sa.Column('pt_secondary', sa.Integer(), nullable=False),
    sa.Column('multiplier', sa.Numeric(precision=16, scale=4), nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.CheckConstraint("metering_mode IN ('hv_hv', 'hv_lv', 'lv_lv')", name=op.f('ck_metering_point_mode')),
    sa.CheckConstraint('ct_primary > 0 AND ct_secondary > 0 AND pt_primary > 0 AND pt_secondary > 0', name=op.f('ck_metering_point_ratios_positive')),
    sa.CheckConstraint('multiplier * ct_secondary * pt_secondary = ct_primary * pt_primary', name=op.f('ck_metering_point_multiplier_matches_ratios')),
    sa.ForeignKeyConstraint(['service_point_id'], ['service_point.id'], name=op.f('fk_metering_point_service_point_id_service_point')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_metering_point')),
    sa.UniqueConstraint('code', name=op.f('uq_metering_point_code'))
    )
    with op.batch_alter_table('metering_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_metering_point_service_point_id'), ['service_point_id'], unique=False)

    op.create_table('meter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('metering_point_id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=24), nullable=False),
    sa.Column('meter_type', sa.String(length=40), nullable=False),
    sa.Column('digits', sa.Integer(), nullable=False),
    sa.Column('registers', sa.String(length=80), nullable=False),
    sa.Column('installed_on', sa.Date(), nullable=False),
    sa.Column('removed_on', sa.Date(), nullable=True),
    sa.CheckConstraint('digits BETWEEN 4 AND 9', name=op.f('ck_meter_digits_range')),
    sa.ForeignKeyConstraint(['metering_point_id'], ['metering_point.id'], name=op.f('fk_meter_metering_point_id_metering_point')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meter')),
    sa.UniqueConstraint('serial', name=op.f('uq_meter_serial'))
    )
    with op.batch_alter_table('meter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meter_metering_point_id'), ['metering_point_id'], unique=False)
        batch_op.create_index('ix_meter_serial_pattern', ['serial'], unique=False, postgresql_ops={'serial': 'text_pattern_ops'})



def downgrade() -> None:
    with op.batch_alter_table('meter', schema=None) as batch_op:
        batch_op.drop_index('ix_meter_serial_pattern', postgresql_ops={'serial': 'text_pattern_ops'})
        batch_op.drop_index(batch_op.f('ix_meter_metering_point_id'))

    op.drop_table('meter')
    with op.batch_alter_table('metering_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_metering_point_service_point_id'))

    op.drop_table('metering_point')
    with op.batch_alter_table('user_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_session_user_id'))

    op.drop_table('user_session')
    op.drop_table('user_role')
    with op.batch_alter_table('service_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_point_customer_id'))

    op.drop_table('service_point')
    op.drop_table('role_permission')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_office_status')
        if _is_postgres():
            batch_op.drop_index('ix_customer_name_trgm', postgresql_using='gin', postgresql_ops={'name': 'gin_trgm_ops'})
        batch_op.drop_index('ix_customer_name_pattern', postgresql_ops={'name': 'text_pattern_ops'})
        batch_op.drop_index('ix_customer_mobile_rev_pattern', postgresql_ops={'phone_mobile_rev': 'text_pattern_ops'})
        batch_op.drop_index('ix_customer_landline_rev_pattern', postgresql_ops={'phone_landline_rev': 'text_pattern_ops'})
        if _is_postgres():
            batch_op.drop_index('ix_customer_address_trgm', postgresql_using='gin', postgresql_ops={'address': 'gin_trgm_ops'})
        batch_op.drop_index('ix_customer_account_pattern', postgresql_ops={'account_no': 'text_pattern_ops'})

    op.drop_table('customer')
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_app_user_office_id'))

    op.drop_table('app_user')
    op.drop_table('server_lease')
    op.drop_table('role')
    op.drop_table('permission')
    with op.batch_alter_table('org_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_org_unit_path'))
        batch_op.drop_index(batch_op.f('ix_org_unit_parent_id'))

    op.drop_table('org_unit')
    with op.batch_alter_table('login_failure', schema=None) as batch_op:
        batch_op.drop_index('ix_login_failure_user_host')

    op.drop_table('login_failure')
    op.drop_table('idempotency_record')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_user_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_method'))
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index('ix_audit_log_at')

    op.drop_table('audit_log')
    op.drop_table('audit_head')
