"""packages between levels: receipt columns, known units, packages, conflicts, aggregates

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Every table whose rows travel in packages (orm.Travelling).
TRAVELLING = (
    "household",
    "person",
    "activity",
    "attendance",
    "local_unit",
    "clan",
    "clan_branch",
    "clan_household",
    "criteria_set",
    "review",
    "decision",
    "commendation",
    "registration",
    "score_correction",
    "certificate",
    "certificate_print",
)


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: nullable columns need no table rebuild in SQLite.
    for table in TRAVELLING:
        op.add_column(table, sa.Column("received_at", sa.DateTime(), nullable=True))
        op.add_column(table, sa.Column("received_version", sa.DateTime(), nullable=True))
    op.create_table(
        "known_unit",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("parent_code", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("encryption_key", sa.String(length=64), nullable=False),
        sa.Column("trusted_at", sa.DateTime(), nullable=True),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.Column("last_package_at", sa.DateTime(), nullable=True),
        sa.Column("last_imported_at", sa.DateTime(), nullable=True),
        sa.Column("received", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_known_unit")),
    )
    op.create_table(
        "imported_package",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("sender_code", sa.String(length=40), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_imported_package")),
    )
    with op.batch_alter_table("imported_package", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_imported_package_sender_code"), ["sender_code"], unique=False
        )
    op.create_table(
        "exported_package",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=True),
        sa.Column("up_to", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_exported_package")),
        sa.UniqueConstraint("sequence", name=op.f("uq_exported_package_sequence")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_uuid", sa.String(length=36), nullable=False),
        sa.Column("sender_code", sa.String(length=40), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("incoming", sa.Text(), nullable=False),
        sa.Column("local", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_row_uuid"), ["row_uuid"], unique=False)
    op.create_table(
        "unit_aggregate",
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(length=20), nullable=False),
        sa.Column("to_group", sa.String(length=50), nullable=False),
        sa.Column("subjects", sa.Integer(), nullable=False),
        sa.Column("registered", sa.Integer(), nullable=False),
        sa.Column("scored", sa.Integer(), nullable=False),
        sa.Column("proposed", sa.Integer(), nullable=False),
        sa.Column("recognised", sa.Integer(), nullable=False),
        sa.Column("commended", sa.Integer(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("activities", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint(
            "unit_code", "year", "model", "to_group", name=op.f("pk_unit_aggregate")
        ),
    )


def downgrade() -> None:
    op.drop_table("unit_aggregate")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_row_uuid"))
    op.drop_table("sync_conflict")
    op.drop_table("exported_package")
    with op.batch_alter_table("imported_package", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_imported_package_sender_code"))
    op.drop_table("imported_package")
    op.drop_table("known_unit")
    for table in TRAVELLING:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("received_version")
            batch_op.drop_column("received_at")
