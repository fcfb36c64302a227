"""The input journal and the extractor version of each document's facts.

Two new tables, so no existing table is rebuilt (on SQLite a rebuild of ``documents``
would cascade-empty the tables that refer to it).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "extractions",
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("extracted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"],
            name=op.f("fk_extractions_doc_id_documents"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("doc_id", name=op.f("pk_extractions")),
    )
    op.create_index(op.f("ix_extractions_version"), "extractions", ["version"])
    op.create_table(
        "inputs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run", sa.String(length=32), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("file", sa.String(length=1024), nullable=False),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("doc_id", sa.String(length=255), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("text_hash", sa.String(length=64), nullable=True),
        sa.Column("previous_hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inputs")),
    )
    op.create_index(op.f("ix_inputs_run"), "inputs", ["run"])
    op.create_index(op.f("ix_inputs_outcome"), "inputs", ["outcome"])


def downgrade() -> None:
    op.drop_index(op.f("ix_inputs_outcome"), table_name="inputs")
    op.drop_index(op.f("ix_inputs_run"), table_name="inputs")
    op.drop_table("inputs")
    op.drop_index(op.f("ix_extractions_version"), table_name="extractions")
    op.drop_table("extractions")
