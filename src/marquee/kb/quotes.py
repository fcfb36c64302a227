"""Who said what: quote facts by speaker and by work, each with its date, outlet and sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from marquee.kb.card import find_work
from marquee.kb.explain import find_entities
from marquee.kb.models import FactRow
from marquee.kb.provenance import Provenance, Source


class QuoteQueryError(LookupError):
    """A --person or --work that names nothing in the knowledge base."""


@dataclass
class QuoteHit:
    speaker: str
    text: str
    kind: str
    via: str | None
    work: str | None
    sources: list[Source] = field(default_factory=list)

    @property
    def date(self) -> date | None:
        return self.sources[0].date if self.sources else None


def find_quotes(
    session: Session,
    person: str | None = None,
    work: str | None = None,
    as_of: date | None = None,
) -> list[QuoteHit]:
    """Quotes said by ``person`` and/or about ``work``, oldest first."""
    query = (
        select(FactRow)
        .where(FactRow.type == "quote")
        .options(
            selectinload(FactRow.subject),
            selectinload(FactRow.work),
            selectinload(FactRow.evidence),
        )
        .order_by(FactRow.id)
    )
    if person is not None:
        speakers = [e.id for e in find_entities(session, person) if e.kind != "work"]
        if not speakers:
            raise QuoteQueryError(f"no person or company called {person!r}")
        query = query.where(FactRow.subject_entity_id.in_(speakers))
    if work is not None:
        found = find_work(session, work)
        if found is None:
            raise QuoteQueryError(f"no work called {work!r}")
        query = query.where(FactRow.work_entity_id == found.id)
    rows: Sequence[FactRow] = session.scalars(query).all()
    provenance = Provenance(session, as_of)
    provenance.load(rows)
    hits = []
    for row in rows:
        sources = provenance.sources(row)
        if not sources:
            continue
        fields = row.fields
        hits.append(
            QuoteHit(
                speaker=row.subject.name if row.subject else fields.get("speaker") or "",
                text=fields.get("text") or "",
                kind=fields.get("kind") or "direct",
                via=fields.get("via"),
                work=row.work.name if row.work else fields.get("work"),
                sources=sources,
            )
        )
    return sorted(hits, key=lambda h: (h.date is None, h.date or date.min))
