"""Fact groups: each work's distinct facts with their sources counted on write
(``marquee.kb.groups``), the documents of each work, and an index on the exact alias
(the resolver's first lookup, ``Entity.kind = ? AND Alias.alias = ?``).

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from marquee.kb.groups import rebuild

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_aliases_alias_entity_id", "aliases", ["alias", "entity_id"])
    op.create_table(
        "fact_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_entity_id", sa.Integer(), nullable=True),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("first_doc_id", sa.String(length=255), nullable=True),
        sa.Column("first_published", sa.Date(), nullable=True),
        sa.Column("leads", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_fact_groups_fact_id_facts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["work_entity_id"], ["entities.id"],
            name=op.f("fk_fact_groups_work_entity_id_entities"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fact_groups")),
    )
    op.create_index(
        "ix_fact_groups_work_entity_id_type", "fact_groups", ["work_entity_id", "type"]
    )
    op.create_index("ix_fact_groups_key", "fact_groups", ["key"])
    op.create_index(op.f("ix_fact_groups_fact_id"), "fact_groups", ["fact_id"])
    op.create_table(
        "fact_sources",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_fact_sources_doc_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_fact_sources_fact_id_facts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["fact_groups.id"], name=op.f("fk_fact_sources_group_id_fact_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "doc_id", name=op.f("pk_fact_sources")),
    )
    op.create_index(
        "ix_fact_sources_group_id_published", "fact_sources", ["group_id", "published", "doc_id"]
    )
    op.create_index(op.f("ix_fact_sources_doc_id"), "fact_sources", ["doc_id"])
    op.create_index(op.f("ix_fact_sources_fact_id"), "fact_sources", ["fact_id"])
    op.create_table(
        "work_documents",
        sa.Column("work_entity_id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_work_documents_doc_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["work_entity_id"], ["entities.id"],
            name=op.f("fk_work_documents_work_entity_id_entities"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("work_entity_id", "doc_id", name=op.f("pk_work_documents")),
    )
    op.create_index(
        "ix_work_documents_work_entity_id_published",
        "work_documents",
        ["work_entity_id", "published", "doc_id"],
    )
    op.create_index(op.f("ix_work_documents_doc_id"), "work_documents", ["doc_id"])
    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table("work_documents")
    op.drop_table("fact_sources")
    op.drop_table("fact_groups")
    op.drop_index("ix_aliases_alias_entity_id", table_name="aliases")
