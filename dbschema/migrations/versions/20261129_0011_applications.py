"""business applications: workflow definitions, applications, their events and attachments

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29 02:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dbschema.base

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('application_counter',
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('last_no', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_application_counter_office_id_org_unit')),
    sa.PrimaryKeyConstraint('office_id', 'day', name=op.f('pk_application_counter'))
    )
    op.create_table('workflow_definition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('approved_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("(status = 'draft') = (approved_at IS NULL)", name=op.f('ck_workflow_definition_approved_when_not_draft')),
    sa.CheckConstraint("status IN ('draft', 'approved', 'retired')", name=op.f('ck_workflow_definition_status')),
    sa.CheckConstraint('approved_by IS NULL OR approved_by <> created_by', name=op.f('ck_workflow_definition_four_eyes')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_workflow_definition_version_positive')),
    sa.ForeignKeyConstraint(['approved_by'], ['app_user.id'], name=op.f('fk_workflow_definition_approved_by_app_user')),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_workflow_definition_created_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workflow_definition')),
    sa.UniqueConstraint('code', 'version', name='uq_workflow_definition_code_version')
    )
    op.create_index('uq_workflow_definition_approved', 'workflow_definition', ['code'], unique=True, postgresql_where=sa.text("status = 'approved'"), sqlite_where=sa.text("status = 'approved'"))
    op.create_table('application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('app_no', sa.String(length=20), nullable=False),
    sa.Column('type_code', sa.String(length=32), nullable=False),
    sa.Column('definition_id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('applicant', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('stage', sa.String(length=32), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('opened_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('opened_by', sa.Integer(), nullable=True),
    sa.Column('due_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('suspended_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('remaining_s', sa.Integer(), nullable=True),
    sa.Column('completed_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('closed_at', dbschema.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('result', sa.Text(), nullable=True),
    sa.Column('historical', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(status = 'completed') = (completed_at IS NOT NULL)", name=op.f('ck_application_completed_when_done')),
    sa.CheckConstraint("status <> 'suspended' OR (suspended_at IS NOT NULL AND remaining_s IS NOT NULL)", name=op.f('ck_application_suspended_keeps_remaining')),
    sa.CheckConstraint("status IN ('active', 'suspended', 'completed', 'terminated')", name=op.f('ck_application_status')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_application_version_positive')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_application_customer_id_customer')),
    sa.ForeignKeyConstraint(['definition_id'], ['workflow_definition.id'], name=op.f('fk_application_definition_id_workflow_definition')),
    sa.ForeignKeyConstraint(['office_id'], ['org_unit.id'], name=op.f('fk_application_office_id_org_unit')),
    sa.ForeignKeyConstraint(['opened_by'], ['app_user.id'], name=op.f('fk_application_opened_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application')),
    sa.UniqueConstraint('app_no', name=op.f('uq_application_app_no'))
    )
    op.create_index('ix_application_customer', 'application', ['customer_id'], unique=False)
    op.create_index('ix_application_office_status', 'application', ['office_id', 'status', 'opened_at'], unique=False)
    op.create_index('ix_application_phone', 'application', ['phone'], unique=False)
    op.create_table('application_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.String(length=32), nullable=False),
    sa.Column('filename', sa.String(length=120), nullable=False),
    sa.Column('mime', sa.String(length=40), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('stage', sa.String(length=32), nullable=False),
    sa.Column('uploaded_by', sa.Integer(), nullable=True),
    sa.Column('uploaded_at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('size > 0', name=op.f('ck_application_attachment_size_positive')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_application_attachment_application_id_application')),
    sa.ForeignKeyConstraint(['uploaded_by'], ['app_user.id'], name=op.f('fk_application_attachment_uploaded_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_attachment'))
    )
    op.create_index('ix_application_attachment_application', 'application_attachment', ['application_id', 'doc_type'], unique=False)
    op.create_table('application_event',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('from_stage', sa.String(length=32), nullable=True),
    sa.Column('to_stage', sa.String(length=32), nullable=True),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('by_user_id', sa.Integer(), nullable=True),
    sa.Column('at', dbschema.base.UtcDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("action IN ('register', 'advance', 'return', 'suspend', 'resume', 'terminate', 'complete', 'attach', 'update')", name=op.f('ck_application_event_action')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_application_event_application_id_application')),
    sa.ForeignKeyConstraint(['by_user_id'], ['app_user.id'], name=op.f('fk_application_event_by_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_event'))
    )
    op.create_index('ix_application_event_application', 'application_event', ['application_id', 'id'], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        # The history of an application is only ever added to (pmis_refuse_change: 0003).
        op.execute("CREATE TRIGGER application_event_immutable BEFORE UPDATE OR DELETE ON "
                   "application_event FOR EACH ROW EXECUTE FUNCTION pmis_refuse_change()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS application_event_immutable ON application_event")
    op.drop_index('ix_application_event_application', table_name='application_event')
    op.drop_table('application_event')
    op.drop_index('ix_application_attachment_application', table_name='application_attachment')
    op.drop_table('application_attachment')
    op.drop_index('ix_application_phone', table_name='application')
    op.drop_index('ix_application_office_status', table_name='application')
    op.drop_index('ix_application_customer', table_name='application')
    op.drop_table('application')
    op.drop_index('uq_workflow_definition_approved', table_name='workflow_definition', postgresql_where=sa.text("status = 'approved'"), sqlite_where=sa.text("status = 'approved'"))
    op.drop_table('workflow_definition')
    op.drop_table('application_counter')
