"""The knowledge base: store documents with their facts, resolve entities, answer cards."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from types import TracebackType
from typing import Literal

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from marquee.extract.records import Fact
from marquee.kb.card import Card, build_card, suggest_titles
from marquee.kb.db import lock_for_writing, make_engine, upgrade
from marquee.kb.duplicates import DuplicateSettings, find_copy_of, group_facts, remember, signature
from marquee.kb.groups import record
from marquee.kb.models import Alias, DocumentRow, Entity, EvidenceRow, FactRow
from marquee.kb.resolve import EntityResolver, ResolutionSettings
from marquee.sources.document import Document

# "near_duplicate": stored, its facts shared with the first copy of its group
Outcome = Literal["ingested", "near_duplicate", "duplicate"]


def fact_key(fact: Fact) -> str:
    """A stable id of a fact within its document: sha1 of its type and payload."""
    data = json.dumps([fact.type, fact.payload()], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(data.encode("utf-8")).hexdigest()


class KnowledgeBase:
    """A knowledge base at any SQLAlchemy URL; its schema is migrated to head on opening."""

    def __init__(
        self,
        url: str,
        duplicates: DuplicateSettings | None = None,
        resolution: ResolutionSettings | None = None,
    ) -> None:
        self.url = url
        self.duplicates = duplicates or DuplicateSettings.from_env()
        self.resolution = resolution or ResolutionSettings()
        self.engine = make_engine(url)
        upgrade(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def has_document(self, doc_id: str, text_hash: str) -> bool:
        """Whether a document with this id or this text hash is already stored."""
        query = select(DocumentRow.id).where(
            or_(DocumentRow.id == doc_id, DocumentRow.text_hash == text_hash)
        )
        with self.session() as session:
            return session.scalar(query.limit(1)) is not None

    def ingest(self, document: Document, facts: list[Fact]) -> Outcome:
        """Store a document and its facts; a document already known changes nothing.

        A near-duplicate of a stored document is stored too, but its facts that the group
        already has only add evidence (and so a source) to them.
        """
        for attempt in range(2):
            if self.has_document(document.id, document.text_hash):
                return "duplicate"
            try:
                with self.session() as session:
                    outcome = self._store(session, document, facts)
                    session.commit()
                return outcome
            except IntegrityError:  # a concurrent writer stored the doc or an entity first
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def card(self, title: str) -> Card | None:
        """Everything known about the work called ``title`` (None when unknown)."""
        with self.session() as session:
            return build_card(session, title)

    def suggest(self, title: str, limit: int = 5) -> list[str]:
        """Titles of known works that look like ``title``."""
        with self.session() as session:
            return suggest_titles(session, title, limit)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        tables = {
            "documents": DocumentRow,
            "entities": Entity,
            "aliases": Alias,
            "facts": FactRow,
            "evidence": EvidenceRow,
        }
        with self.session() as session:
            return {
                name: session.scalar(select(func.count()).select_from(model)) or 0
                for name, model in tables.items()
            }

    def _store(self, session: Session, document: Document, facts: list[Fact]) -> Outcome:
        lock_for_writing(session.connection())  # resolution reads, decides, then writes
        minhash = signature(document.text, self.duplicates)
        copy = find_copy_of(session, minhash, self.duplicates)
        session.add(
            DocumentRow(
                id=document.id,
                source=document.source,
                url=document.url,
                date=document.date,
                title=document.title,
                text_hash=document.text_hash,
                text=document.text,
                ingested_at=datetime.now(UTC).replace(tzinfo=None),
                duplicate_of=copy.canonical if copy else None,
            )
        )
        session.flush()
        remember(session, document.id, minhash, self.duplicates)
        shared = group_facts(session, copy.canonical) if copy else {}
        resolver = EntityResolver(session, document.id, self.resolution)
        resolver.prepare(facts)
        rows: dict[str, FactRow] = {}
        for fact in facts:
            key = fact_key(fact)
            row = rows.get(key) or shared.get(key)
            if row is None:
                row = FactRow(
                    type=fact.type,
                    doc_id=document.id,
                    work=resolver.work(fact),
                    subject=resolver.subject(fact),
                    fields=fact.payload(),
                    confidence=fact.confidence,
                    key=key,
                )
                session.add(row)
            rows[key] = row
            row.confidence = max(row.confidence, fact.confidence)
            _add_evidence(row, document.id, fact)
        record(session, rows.values(), document.id, document.date)
        return "near_duplicate" if copy else "ingested"


def _add_evidence(row: FactRow, doc_id: str, fact: Fact) -> None:
    """Append the fact's spans in ``doc_id`` to ``row``; a copy with no span still counts
    as a source of a fact first stored by another document (an empty span at 0)."""
    spans = {(e.doc_id, e.start, e.end) for e in row.evidence}
    wanted = [(doc_id, e.start, e.end) for e in fact.evidence]
    if not wanted and row.doc_id != doc_id:
        wanted = [(doc_id, 0, 0)]
    for span in wanted:
        if span not in spans:
            spans.add(span)
            row.evidence.append(EvidenceRow(doc_id=span[0], start=span[1], end=span[2]))
