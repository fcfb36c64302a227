"""The sentences behind facts: each evidence span with its text, read from the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from marquee.kb.models import DocumentRow, EvidenceRow

CHUNK = 500  # fact ids per IN (...) query


@dataclass(frozen=True)
class Span:
    """One evidence span of a fact: where it is in its document and what it says."""

    fact_id: int
    doc_id: str
    start: int
    end: int
    text: str
    date: date | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "doc": self.doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "date": self.date.isoformat() if self.date else None,
            "url": self.url,
        }


def fact_spans(session: Session, fact_ids: Iterable[int]) -> dict[int, list[Span]]:
    """The evidence spans of each fact (text cut from the stored body in SQL), in
    document order; a copy's empty span (a source with no offsets) is left out."""
    wanted = sorted(set(fact_ids))
    found: dict[int, list[Span]] = {}
    for first in range(0, len(wanted), CHUNK):
        chunk = wanted[first : first + CHUNK]
        length = EvidenceRow.end - EvidenceRow.start
        text = func.substr(DocumentRow.text, EvidenceRow.start + 1, length)
        query = (
            select(
                EvidenceRow.fact_id,
                EvidenceRow.doc_id,
                EvidenceRow.start,
                EvidenceRow.end,
                text,
                DocumentRow.date,
                DocumentRow.url,
            )
            .join(DocumentRow, DocumentRow.id == EvidenceRow.doc_id)
            .where(EvidenceRow.fact_id.in_(chunk), EvidenceRow.end > EvidenceRow.start)
            .order_by(EvidenceRow.fact_id, EvidenceRow.doc_id, EvidenceRow.start)
        )
        for fact_id, doc_id, start, end, body, published, url in session.execute(query):
            span = Span(fact_id, doc_id, start, end, (body or "").strip(), published, url)
            found.setdefault(fact_id, []).append(span)
    return found


def line_spans(
    spans: dict[int, list[Span]], fact_ids: Iterable[int], limit: int
) -> list[Span]:
    """Up to ``limit`` different sentences behind one card line (its facts in order)."""
    shown: list[Span] = []
    seen: set[str] = set()
    for fact_id in fact_ids:
        for span in spans.get(fact_id, []):
            if span.text and span.text not in seen and len(shown) < limit:
                seen.add(span.text)
                shown.append(span)
    return shown
