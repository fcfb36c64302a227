"""Resolution and near-duplicates: merge evidence on aliases, user splits, work kinds,
near-duplicate documents with their MinHash signatures and LSH buckets.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("duplicate_of", sa.String(length=255), nullable=True))
        batch.create_foreign_key(
            op.f("fk_documents_duplicate_of_documents"),
            "documents",
            ["duplicate_of"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(op.f("ix_documents_duplicate_of"), ["duplicate_of"])

    with op.batch_alter_table("entities") as batch:
        batch.drop_constraint(op.f("uq_entities_kind_norm_name"), type_="unique")
        batch.add_column(sa.Column("work_kind", sa.String(length=16), nullable=True))
        batch.create_index("ix_entities_kind_norm_name", ["kind", "norm_name"])

    with op.batch_alter_table("aliases") as batch:
        batch.add_column(sa.Column("rule", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("detail", sa.String(length=512), nullable=True))
        batch.add_column(sa.Column("doc_id", sa.String(length=255), nullable=True))
        batch.create_foreign_key(
            op.f("fk_aliases_doc_id_documents"),
            "documents",
            ["doc_id"],
            ["id"],
            ondelete="SET NULL",
        )

    op.create_table(
        "signatures",
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"],
            ["documents.id"],
            name=op.f("fk_signatures_doc_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("doc_id", name=op.f("pk_signatures")),
    )
    op.create_table(
        "buckets",
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("bucket", sa.String(length=48), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"],
            ["documents.id"],
            name=op.f("fk_buckets_doc_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("doc_id", "bucket", name=op.f("pk_buckets")),
    )
    op.create_index(op.f("ix_buckets_bucket"), "buckets", ["bucket"])

    op.create_table(
        "splits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("alias", sa.String(length=512), nullable=False),
        sa.Column("norm_alias", sa.String(length=512), nullable=False),
        sa.Column("from_entity_id", sa.Integer(), nullable=False),
        sa.Column("to_entity_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_entity_id"],
            ["entities.id"],
            name=op.f("fk_splits_from_entity_id_entities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_entity_id"],
            ["entities.id"],
            name=op.f("fk_splits_to_entity_id_entities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_splits")),
    )
    op.create_index(op.f("ix_splits_norm_alias"), "splits", ["norm_alias"])
    op.create_index(op.f("ix_splits_from_entity_id"), "splits", ["from_entity_id"])


def downgrade() -> None:
    op.drop_table("splits")
    op.drop_table("buckets")
    op.drop_table("signatures")
    with op.batch_alter_table("aliases") as batch:
        batch.drop_constraint(op.f("fk_aliases_doc_id_documents"), type_="foreignkey")
        batch.drop_column("doc_id")
        batch.drop_column("detail")
        batch.drop_column("rule")
    with op.batch_alter_table("entities") as batch:
        batch.drop_index("ix_entities_kind_norm_name")
        batch.drop_column("work_kind")
        batch.create_unique_constraint(op.f("uq_entities_kind_norm_name"), ["kind", "norm_name"])
    with op.batch_alter_table("documents") as batch:
        batch.drop_index(op.f("ix_documents_duplicate_of"))
        batch.drop_constraint(op.f("fk_documents_duplicate_of_documents"), type_="foreignkey")
        batch.drop_column("duplicate_of")
