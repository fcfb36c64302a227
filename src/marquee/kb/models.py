"""The knowledge base schema: documents, entities and their aliases, facts and evidence."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ENTITY_KINDS = ("work", "person", "company")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DocumentRow(Base):
    """One ingested article (the body text is kept so evidence offsets stay meaningful)."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    source: Mapped[str] = mapped_column(String(1024), default="")
    url: Mapped[str | None] = mapped_column(String(2048))
    date: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(String(1024))
    text_hash: Mapped[str] = mapped_column(String(64), index=True, unique=True)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    # The id of the first document of this one's near-duplicate group (None: not a copy).
    # No foreign key: adding one would make SQLite rebuild (and so cascade-empty) this table.
    duplicate_of: Mapped[str | None] = mapped_column(String(255), index=True)

    facts: Mapped[list[FactRow]] = relationship(back_populates="document")


class SignatureRow(Base):
    """A document's MinHash signature (little-endian uint64 hash values), kept for grouping."""

    __tablename__ = "signatures"

    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    minhash: Mapped[bytes] = mapped_column(LargeBinary)


class BucketRow(Base):
    """One LSH band of a signature: documents that share a bucket are candidate copies."""

    __tablename__ = "buckets"

    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    bucket: Mapped[str] = mapped_column(String(48), primary_key=True, index=True)


class Entity(Base):
    """A work, person or company, resolved across documents (see ``marquee.kb.resolve``).

    Two entities may share ``(kind, norm_name)``: a series and a film of one title, or
    an alias the user split off. ``work_kind`` is a work's series/film/special/unknown.
    """

    __tablename__ = "entities"
    __table_args__ = (Index("ix_entities_kind_norm_name", "kind", "norm_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(512))
    norm_name: Mapped[str] = mapped_column(String(512), index=True)
    work_kind: Mapped[str | None] = mapped_column(String(16))

    aliases: Mapped[list[Alias]] = relationship(back_populates="entity")


class Alias(Base):
    """A surface form an entity was written as, and why it joined the entity.

    ``norm_alias`` is the kind's resolution key (``marquee.kb.normalise.entity_key``);
    ``rule`` and ``detail`` say which rule merged it, ``doc_id`` where it was first seen.
    """

    __tablename__ = "aliases"
    __table_args__ = (
        UniqueConstraint("entity_id", "alias"),
        Index("ix_aliases_alias_entity_id", "alias", "entity_id"),  # the exact-name lookup
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(512))
    norm_alias: Mapped[str] = mapped_column(String(512), index=True)
    rule: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(String(512))
    doc_id: Mapped[str | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))

    entity: Mapped[Entity] = relationship(back_populates="aliases")


class SplitRow(Base):
    """A user's split: ``alias`` left ``from_entity`` for ``to_entity`` and never merges back."""

    __tablename__ = "splits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    alias: Mapped[str] = mapped_column(String(512))
    norm_alias: Mapped[str] = mapped_column(String(512), index=True)
    from_entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    to_entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class FactRow(Base):
    """One fact record: ``fields`` is ``Fact.payload()``; ``key`` identifies it within its doc."""

    __tablename__ = "facts"
    __table_args__ = (UniqueConstraint("doc_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    work_entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    subject_entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)
    key: Mapped[str] = mapped_column(String(40))

    document: Mapped[DocumentRow] = relationship(back_populates="facts")
    work: Mapped[Entity | None] = relationship(foreign_keys=[work_entity_id])
    subject: Mapped[Entity | None] = relationship(foreign_keys=[subject_entity_id])
    evidence: Mapped[list[EvidenceRow]] = relationship(
        back_populates="fact", cascade="all, delete-orphan", order_by="EvidenceRow.start"
    )


class EvidenceRow(Base):
    """A character span of the document body that supports a fact."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    fact: Mapped[FactRow] = relationship(back_populates="evidence")


class FactGroup(Base):
    """One fact as the knowledge base counts it: every fact row of one work with one key
    (the same statement in many articles), its sources counted on write.

    ``fact_id`` is the first row stored (its fields and evidence stand for the group);
    ``sources`` the documents behind it, ``first_doc_id``/``first_published`` the oldest
    (dated first, then by id) and ``leads`` the oldest few; ``confidence`` the highest of
    its rows.
    """

    __tablename__ = "fact_groups"
    __table_args__ = (
        Index("ix_fact_groups_work_entity_id_type", "work_entity_id", "type"),
        Index("ix_fact_groups_key", "key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    work_entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL")
    )
    type: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(40))
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    confidence: Mapped[float] = mapped_column(Float)
    sources: Mapped[int] = mapped_column(Integer, default=0)
    first_doc_id: Mapped[str | None] = mapped_column(String(255))
    first_published: Mapped[date | None] = mapped_column(Date)
    # the oldest few sources, [[doc_id, "YYYY-MM-DD" or null], ...], kept on write
    leads: Mapped[list[list[str | None]]] = mapped_column(JSON, default=list)

    fact: Mapped[FactRow] = relationship()


class FactSource(Base):
    """One document behind a fact group (its own row's document, or a copy's evidence)."""

    __tablename__ = "fact_sources"
    __table_args__ = (
        Index("ix_fact_sources_group_id_published", "group_id", "published", "doc_id"),
    )

    group_id: Mapped[int] = mapped_column(
        ForeignKey("fact_groups.id", ondelete="CASCADE"), primary_key=True
    )
    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    published: Mapped[date | None] = mapped_column(Date)


class WorkDocument(Base):
    """A document that says something about a work (the articles of its card)."""

    __tablename__ = "work_documents"
    __table_args__ = (
        Index(
            "ix_work_documents_work_entity_id_published",
            "work_entity_id",
            "published",
            "doc_id",
        ),
    )

    work_entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    )
    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    published: Mapped[date | None] = mapped_column(Date)


class ExtractionRow(Base):
    """Which version of the extractor made a document's facts (``marquee reextract``
    re-reads the documents of older versions; a document without a row predates them)."""

    __tablename__ = "extractions"

    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer, index=True)
    extracted_at: Mapped[datetime] = mapped_column(DateTime)


class InputRow(Base):
    """The input journal: how each input of each run ended, with its place and reason.

    ``outcome`` is ingested, duplicate, updated, skipped or rejected; ``previous_hash`` is
    the hash of the text an update replaced. No foreign key: the journal outlives what
    it tells of.
    """

    __tablename__ = "inputs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run: Mapped[str] = mapped_column(String(32), index=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    file: Mapped[str] = mapped_column(String(1024))
    line: Mapped[int | None] = mapped_column(Integer)
    doc_id: Mapped[str | None] = mapped_column(String(255))
    outcome: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    text_hash: Mapped[str | None] = mapped_column(String(64))
    previous_hash: Mapped[str | None] = mapped_column(String(64))
