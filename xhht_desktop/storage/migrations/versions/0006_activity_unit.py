"""the unit an activity belongs to

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a foreign key only by rebuilding the table: batch mode does that.
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_activity_unit_id_local_unit"),
            "local_unit",
            ["unit_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_activity_unit_id_local_unit"), type_="foreignkey")
        batch_op.drop_column("unit_id")
