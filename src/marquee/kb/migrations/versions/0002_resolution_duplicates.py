"""Resolution and near-duplicates: merge evidence on aliases, user splits, work kinds,
near-duplicate documents with their MinHash signatures and LSH buckets.

SQLite cannot drop the old unique (kind, norm_name) of ``entities`` without rebuilding
the table, and with foreign keys on, dropping the old table empties ``aliases`` and
unlinks ``facts`` (ON DELETE CASCADE / SET NULL); so on SQLite both are saved first and
restored after the rebuild. ``documents`` only gains a column, which needs no rebuild.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from marquee.kb.normalise import entity_key

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALIASES = sa.table(
    "aliases",
    sa.column("id", sa.Integer),
    sa.column("entity_id", sa.Integer),
    sa.column("alias", sa.String),
    sa.column("norm_alias", sa.String),
)
FACTS = sa.table(
    "facts",
    sa.column("id", sa.Integer),
    sa.column("work_entity_id", sa.Integer),
    sa.column("subject_entity_id", sa.Integer),
)
ENTITIES = sa.table("entities", sa.column("id", sa.Integer), sa.column("kind", sa.String))


def upgrade() -> None:
    op.add_column("documents", sa.Column("duplicate_of", sa.String(length=255), nullable=True))
    op.create_index(op.f("ix_documents_duplicate_of"), "documents", ["duplicate_of"])

    with _links_kept():
        with op.batch_alter_table("entities") as batch:
            batch.drop_constraint(op.f("uq_entities_kind_norm_name"), type_="unique")
            batch.add_column(sa.Column("work_kind", sa.String(length=16), nullable=True))
            batch.create_index("ix_entities_kind_norm_name", ["kind", "norm_name"])

    with op.batch_alter_table("aliases") as batch:  # nothing refers to aliases
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
    _rekey_aliases()

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


class _links_kept:  # noqa: N801 - used as a context manager, reads as a phrase
    """Around a rebuild of ``entities`` on SQLite: keep the aliases and the facts' links."""

    def __enter__(self) -> None:
        bind = op.get_bind()
        self.sqlite = bind.dialect.name == "sqlite"
        if not self.sqlite:
            return
        self.aliases: list[dict[str, Any]] = [
            dict(row._mapping) for row in bind.execute(sa.select(ALIASES))
        ]
        self.links: list[dict[str, Any]] = [
            dict(row._mapping)
            for row in bind.execute(
                sa.select(FACTS).where(
                    FACTS.c.work_entity_id.is_not(None) | FACTS.c.subject_entity_id.is_not(None)
                )
            )
        ]

    def __exit__(self, *exc: object) -> None:
        if not self.sqlite or exc[0] is not None:
            return
        bind = op.get_bind()
        bind.execute(ALIASES.delete())
        if self.aliases:
            bind.execute(ALIASES.insert(), self.aliases)
        if self.links:
            bind.execute(
                FACTS.update()
                .where(FACTS.c.id == sa.bindparam("fact_id"))
                .values(
                    work_entity_id=sa.bindparam("work"),
                    subject_entity_id=sa.bindparam("subject"),
                ),
                [
                    {"fact_id": r["id"], "work": r["work_entity_id"],
                     "subject": r["subject_entity_id"]}
                    for r in self.links
                ],
            )


def _rekey_aliases() -> None:
    """Aliases stored before this revision get their kind's resolution key."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(ALIASES.c.id, ALIASES.c.alias, ALIASES.c.norm_alias, ENTITIES.c.kind).join(
            ENTITIES, ENTITIES.c.id == ALIASES.c.entity_id
        )
    ).all()
    for alias_id, alias, norm_alias, kind in rows:
        key = entity_key(kind, alias)
        if key != norm_alias:
            bind.execute(ALIASES.update().where(ALIASES.c.id == alias_id).values(norm_alias=key))


def downgrade() -> None:
    op.drop_table("splits")
    op.drop_table("buckets")
    op.drop_table("signatures")
    with op.batch_alter_table("aliases") as batch:
        batch.drop_constraint(op.f("fk_aliases_doc_id_documents"), type_="foreignkey")
        batch.drop_column("doc_id")
        batch.drop_column("detail")
        batch.drop_column("rule")
    with _links_kept():
        with op.batch_alter_table("entities") as batch:
            batch.drop_index("ix_entities_kind_norm_name")
            batch.drop_column("work_kind")
            batch.create_unique_constraint(
                op.f("uq_entities_kind_norm_name"), ["kind", "norm_name"]
            )
    op.drop_index(op.f("ix_documents_duplicate_of"), table_name="documents")
    op.drop_column("documents", "duplicate_of")  # SQLite >= 3.35 drops it in place
