"""The knowledge base: store documents with their facts, resolve entities, answer cards."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Literal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from marquee.extract.records import Fact
from marquee.extract.version import EXTRACTOR_VERSION
from marquee.kb.card import Card, build_card, suggest_titles
from marquee.kb.db import lock_for_writing, make_engine, upgrade
from marquee.kb.duplicates import DuplicateSettings, find_copy_of, group_facts, remember, signature
from marquee.kb.groups import count_sources, rebuild
from marquee.kb.journal import Entry, record
from marquee.kb.models import (
    Alias,
    BucketRow,
    DocumentRow,
    Entity,
    EvidenceRow,
    ExtractionRow,
    FactRow,
    SignatureRow,
)
from marquee.kb.resolve import EntityResolver, ResolutionSettings
from marquee.sources.document import Document

# "near_duplicate": stored, its facts shared with the first copy of its group;
# "updated": a known id with new text, its facts replaced
Outcome = Literal["ingested", "near_duplicate", "duplicate", "updated"]


@dataclass(frozen=True)
class Stored:
    """What storing a document did: the outcome, the hash of the text an update
    replaced, the stored document a duplicate repeats or a near-duplicate copies."""

    outcome: Outcome
    previous_hash: str | None = None
    same_as: str | None = None

    def entry(self, document: Document) -> Entry:
        """The journal entry of this outcome."""
        if self.outcome == "duplicate":
            same = f"same text as {self.same_as}"
            if self.same_as == document.id:
                same = "already stored"
            return Entry("duplicate", document.source, document.id, same, document.text_hash)
        copy = f"near-duplicate of {self.same_as}" if self.outcome == "near_duplicate" else None
        outcome = "updated" if self.outcome == "updated" else "ingested"
        return Entry(outcome, document.source, document.id, copy, document.text_hash,
                     self.previous_hash)


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
        """Store a document and its facts (see ``store``); the outcome."""
        return self.store(document, facts).outcome

    def store(
        self,
        document: Document,
        facts: list[Fact],
        *,
        run: str | None = None,
        replace: bool = False,
        version: int = EXTRACTOR_VERSION,
    ) -> Stored:
        """Store a document and its facts in one transaction, with its journal entry
        when ``run`` is given.

        A text already stored changes nothing (``duplicate``). A known id with new text
        is an update: the document's facts are replaced by ``facts`` (``updated``, with
        the old text's hash); ``replace`` replaces them even for the same text (a new
        extractor's reading). A near-duplicate of a stored document is stored too, but
        its facts that the group already has only add evidence (and so a source).
        """
        for attempt in range(2):
            try:
                with self.session() as session:
                    stored = self._store_once(session, document, facts, replace, version)
                    if run is not None:
                        record(session, run, [stored.entry(document)])
                    session.commit()
                return stored
            except IntegrityError:  # a concurrent writer stored the doc or an entity first
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def stored_with_text(self, text_hash: str) -> str | None:
        """The id of the stored document with this text, if any."""
        with self.session() as session:
            return session.scalar(
                select(DocumentRow.id).where(DocumentRow.text_hash == text_hash).limit(1)
            )

    def record(self, run: str, entries: Sequence[Entry]) -> None:
        """Add journal entries (rejections, duplicates found before extraction)."""
        if entries:
            with self.session() as session:
                record(session, run, entries)
                session.commit()

    def stale_documents(self, version: int = EXTRACTOR_VERSION) -> list[str]:
        """Ids of the stored documents whose facts an older extractor made, oldest first."""
        query = (
            select(DocumentRow.id)
            .outerjoin(ExtractionRow, ExtractionRow.doc_id == DocumentRow.id)
            .where(or_(ExtractionRow.version.is_(None), ExtractionRow.version < version))
            .order_by(DocumentRow.ingested_at, DocumentRow.id)
        )
        with self.session() as session:
            return list(session.scalars(query))

    def document(self, doc_id: str) -> Document | None:
        """A stored document as the readers made it."""
        with self.session() as session:
            row = session.get(DocumentRow, doc_id)
            if row is None:
                return None
            return Document(id=row.id, text=row.text, date=row.date, title=row.title,
                            url=row.url, source=row.source)

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

    def _store_once(
        self, session: Session, document: Document, facts: list[Fact], replace: bool,
        version: int,
    ) -> Stored:
        lock_for_writing(session.connection())  # resolution reads, decides, then writes
        same_text = session.scalar(
            select(DocumentRow.id).where(DocumentRow.text_hash == document.text_hash)
        )
        if same_text is not None and not (replace and same_text == document.id):
            return Stored("duplicate", same_as=same_text)
        known = session.get(DocumentRow, document.id)
        previous = known.text_hash if known is not None else None
        if known is not None:
            clear_document(session, document.id)
        minhash = signature(document.text, self.duplicates)
        copy = find_copy_of(session, minhash, self.duplicates)
        stored = known or DocumentRow(id=document.id)
        stored.source, stored.url, stored.date = document.source, document.url, document.date
        stored.title, stored.text_hash = document.title, document.text_hash
        stored.text = document.text
        stored.ingested_at = datetime.now(UTC).replace(tzinfo=None)
        # A group's first document read again finds its own copies: it stays their first.
        stored.duplicate_of = copy.canonical if copy and copy.canonical != document.id else None
        if known is None:
            session.add(stored)
        session.merge(ExtractionRow(doc_id=document.id, version=version,
                                    extracted_at=stored.ingested_at))
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
        count_sources(session, rows.values(), document.id, document.date)
        if known is not None:
            return Stored("updated", previous_hash=previous)
        if stored.duplicate_of is not None:
            return Stored("near_duplicate", same_as=stored.duplicate_of)
        return Stored("ingested")


def clear_document(session: Session, doc_id: str) -> None:
    """Take a document's facts, evidence and signature out of the KB, before its facts
    are stored anew. A fact of it that other documents (its near-duplicates) also
    support stays, theirs: it passes to the first of them. The fact groups of every work
    the document spoke of are counted again without it."""
    session.flush()
    of_doc = or_(
        FactRow.doc_id == doc_id,
        FactRow.id.in_(select(EvidenceRow.fact_id).where(EvidenceRow.doc_id == doc_id)),
    )
    touched = session.execute(select(FactRow.work_entity_id, FactRow.key).where(of_doc)).all()
    session.execute(delete(EvidenceRow).where(EvidenceRow.doc_id == doc_id))
    for fact in session.scalars(select(FactRow).where(FactRow.doc_id == doc_id)).all():
        session.refresh(fact)
        others = sorted(e.doc_id for e in fact.evidence)
        taken = others and session.scalar(
            select(FactRow).where(FactRow.doc_id == others[0], FactRow.key == fact.key)
        )
        if not others or taken:
            if taken:
                for evidence in list(fact.evidence):
                    evidence.fact = taken
            session.delete(fact)
        else:
            fact.doc_id = others[0]
    session.execute(delete(BucketRow).where(BucketRow.doc_id == doc_id))
    session.execute(delete(SignatureRow).where(SignatureRow.doc_id == doc_id))
    session.flush()
    works = {work for work, _key in touched if work is not None}
    unattached = {key for work, key in touched if work is None}
    rebuild(session.connection(), works, unattached)


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
