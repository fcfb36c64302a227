"""Where a fact comes from: its source documents, and which of them count as of a date.

A fact's sources are the document that first stored it plus every document that added
evidence to it (a near-duplicate copy appends evidence instead of storing the fact
again), so every copy is listed and the fact counts once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from marquee.kb.models import DocumentRow, FactRow

CHUNK = 500  # ids per IN (...) query


@dataclass(frozen=True)
class Source:
    """One document behind a fact."""

    doc_id: str
    date: date | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "doc": self.doc_id,
            "date": self.date.isoformat() if self.date else None,
            "url": self.url,
        }

    def label(self) -> str:
        """``id (YYYY-MM-DD) url`` with the parts that are known."""
        parts = [self.doc_id]
        if self.date is not None:
            parts.append(f"({self.date.isoformat()})")
        if self.url:
            parts.append(self.url)
        return " ".join(parts)


def source_ids(row: FactRow) -> list[str]:
    """The fact's own document first, then the documents of its evidence, each once."""
    ids = dict.fromkeys([row.doc_id, *(e.doc_id for e in row.evidence)])
    return list(ids)


def source_order(source: Source) -> tuple[bool, date, str]:
    """Oldest first, undated last."""
    return (source.date is None, source.date or date.min, source.doc_id)


class Provenance:
    """Dates and URLs of documents, and the cut-off of an as-of query.

    With ``as_of`` only documents published on or before that date count; a document
    without a date cannot be shown to be that old and does not count either.
    """

    def __init__(self, session: Session, as_of: date | None = None) -> None:
        self.session = session
        self.as_of = as_of
        self._docs: dict[str, Source] = {}

    def load(self, rows: Iterable[FactRow]) -> None:
        """Fetch the documents behind ``rows`` that are not known yet (one query per chunk)."""
        wanted = sorted({i for row in rows for i in source_ids(row)} - self._docs.keys())
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            query = select(DocumentRow.id, DocumentRow.date, DocumentRow.url).where(
                DocumentRow.id.in_(chunk)
            )
            for doc_id, published, url in self.session.execute(query):
                self._docs[doc_id] = Source(doc_id, published, url)

    def visible(self, source: Source) -> bool:
        if self.as_of is None:
            return True
        return source.date is not None and source.date <= self.as_of

    def sources(self, row: FactRow) -> list[Source]:
        """The fact's sources that count, oldest first (call ``load`` first)."""
        found = (self._docs.get(i, Source(i)) for i in source_ids(row))
        return sorted((s for s in found if self.visible(s)), key=source_order)

    def known(self, rows: Sequence[FactRow]) -> list[tuple[FactRow, list[Source]]]:
        """Each fact with at least one source that counts, paired with those sources."""
        self.load(rows)
        pairs = ((row, self.sources(row)) for row in rows)
        return [(row, sources) for row, sources in pairs if sources]
