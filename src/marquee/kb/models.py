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
    Integer,
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

    facts: Mapped[list[FactRow]] = relationship(back_populates="document")


class Entity(Base):
    """A work, person or company, resolved across documents by (kind, norm_name)."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("kind", "norm_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(512))
    norm_name: Mapped[str] = mapped_column(String(512), index=True)

    aliases: Mapped[list[Alias]] = relationship(back_populates="entity")


class Alias(Base):
    """A surface form an entity was written as."""

    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("entity_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(512))
    norm_alias: Mapped[str] = mapped_column(String(512), index=True)

    entity: Mapped[Entity] = relationship(back_populates="aliases")


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
