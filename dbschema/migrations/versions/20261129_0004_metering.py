"""metering: a corrected or re-read reading points at the row it replaces

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('meter_reading', schema=None) as batch_op:
        batch_op.add_column(sa.Column('replaces_id',
                                      sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                                      nullable=True))
        batch_op.create_foreign_key(op.f('fk_meter_reading_replaces_id_meter_reading'),
                                    'meter_reading', ['replaces_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('meter_reading', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('fk_meter_reading_replaces_id_meter_reading'),
                                 type_='foreignkey')
        batch_op.drop_column('replaces_id')
