"""the register of certificates and their printings

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _travelling() -> list[sa.Column]:
    return [
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("origin_unit", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(length=20), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=False),
        sa.Column("issuer_key", sa.String(length=200), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=400), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("issued_by", sa.String(length=100), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("voided_by", sa.String(length=100), nullable=False),
        *_travelling(),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_certificate_registration_id_registration"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint(
            "issuer_key",
            "year",
            "kind",
            "sequence",
            name=op.f("uq_certificate_issuer_key_year_kind_sequence"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_certificate_uuid")),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificate_registration_id"), ["registration_id"], unique=False
        )
    op.create_table(
        "certificate_print",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("certificate_id", sa.Integer(), nullable=False),
        sa.Column("printed_by", sa.String(length=100), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("reprint", sa.Boolean(), nullable=False),
        sa.Column("destination", sa.String(length=500), nullable=False),
        *_travelling(),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificate.id"],
            name=op.f("fk_certificate_print_certificate_id_certificate"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_print")),
        sa.UniqueConstraint("uuid", name=op.f("uq_certificate_print_uuid")),
    )
    with op.batch_alter_table("certificate_print", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificate_print_certificate_id"), ["certificate_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("certificate_print", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_print_certificate_id"))
    op.drop_table("certificate_print")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_registration_id"))
    op.drop_table("certificate")
