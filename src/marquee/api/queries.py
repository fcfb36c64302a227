"""What the API and the pages read: works, people, companies, documents and facts, each
list a page at a time (``Page``), each fact with its evidence spans and sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from marquee.kb.card import Card, suggest_titles, work_card
from marquee.kb.evidence import Span, fact_spans
from marquee.kb.groups import group_sources, lead_sources
from marquee.kb.models import (
    Alias,
    DocumentRow,
    Entity,
    FactGroup,
    FactRow,
    FactSource,
    WorkDocument,
)
from marquee.kb.normalise import norm_name
from marquee.kb.provenance import Source


@dataclass
class Page:
    """One page of a list: ``items`` from ``offset``, ``total`` in all."""

    total: int
    offset: int
    limit: int
    items: list[Any] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "offset": self.offset, "limit": self.limit,
                "items": self.items}


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def entity_dict(entity: Entity) -> dict[str, Any]:
    data: dict[str, Any] = {"id": entity.id, "kind": entity.kind, "name": entity.name}
    if entity.kind == "work":
        data["work_kind"] = entity.work_kind or "unknown"
    return data


def search_entities(
    session: Session,
    kind: str,
    q: str | None,
    offset: int,
    limit: int,
    where: Sequence[ColumnElement[bool]] = (),
) -> Page:
    """Entities of ``kind`` whose name or an alias contains ``q`` (normalised), with the
    most facts first."""
    conditions: list[ColumnElement[bool]] = [Entity.kind == kind, *where]
    if q and norm_name(q):
        pattern = _like(norm_name(q))
        aliased_as = exists().where(
            Alias.entity_id == Entity.id, Alias.norm_alias.like(pattern, escape="\\")
        )
        conditions.append(or_(Entity.norm_name.like(pattern, escape="\\"), aliased_as))
    total = session.scalar(select(func.count()).select_from(Entity).where(*conditions)) or 0
    size = (
        select(func.count())
        .select_from(FactGroup)
        .where(FactGroup.work_entity_id == Entity.id)
        .scalar_subquery()
        if kind == "work"
        else select(func.count())
        .select_from(FactRow)
        .where(FactRow.subject_entity_id == Entity.id)
        .scalar_subquery()
    )
    rows = session.scalars(
        select(Entity).where(*conditions).order_by(size.desc(), Entity.name, Entity.id)
        .offset(offset).limit(limit)
    ).all()
    return Page(total, offset, limit, [entity_dict(e) for e in rows])


def work_filters(
    network: str | None,
    status: str | None,
    kind: str | None,
    published_from: date | None,
    published_to: date | None,
) -> list[ColumnElement[bool]]:
    """Conditions on works: a network (by name), a status reported, a kind, an article
    published in a date range."""
    where: list[ColumnElement[bool]] = []
    if kind:
        where.append(Entity.work_kind == kind)
    if network:
        company = aliased(Entity)
        rows = (
            select(FactGroup.id)
            .join(FactRow, FactRow.id == FactGroup.fact_id)
            .join(company, company.id == FactRow.subject_entity_id)
            .where(
                FactGroup.work_entity_id == Entity.id,
                FactGroup.type == "company",
                company.norm_name == norm_name(network),
            )
        )
        where.append(exists(rows))
    if status:
        rows = (
            select(FactGroup.id)
            .join(FactRow, FactRow.id == FactGroup.fact_id)
            .where(FactGroup.work_entity_id == Entity.id, FactGroup.type == "status")
            .where(FactRow.fields["status"].as_string() == status)
        )
        where.append(exists(rows))
    if published_from or published_to:
        dated = select(WorkDocument.doc_id).where(WorkDocument.work_entity_id == Entity.id)
        if published_from:
            dated = dated.where(WorkDocument.published >= published_from)
        if published_to:
            dated = dated.where(WorkDocument.published <= published_to)
        where.append(exists(dated))
    return where


def suggestions(session: Session, q: str, limit: int = 5) -> list[dict[str, Any]]:
    """Works whose title looks like ``q`` (the CLI's "did you mean"), then works whose
    title or alias contains it."""
    names = suggest_titles(session, q, limit)
    found: dict[int, dict[str, Any]] = {}
    for name in names:
        for entity in session.scalars(
            select(Entity).where(Entity.kind == "work", Entity.name == name).limit(2)
        ):
            found.setdefault(entity.id, entity_dict(entity))
    for item in search_entities(session, "work", q, 0, limit).items:
        found.setdefault(item["id"], item)
    return list(found.values())[:limit]


def get_entity(session: Session, entity_id: int, kind: str) -> Entity | None:
    entity = session.get(Entity, entity_id)
    return entity if entity is not None and entity.kind == kind else None


def card_of(
    session: Session, work: Entity, as_of: date | None, min_confidence: float
) -> Card | None:
    return work_card(session, work, as_of, min_confidence=min_confidence)


@dataclass
class FactView:
    """A fact as the API shows it: its fields, evidence spans and sources."""

    id: int
    group_id: int
    type: str
    doc_id: str
    fields: dict[str, Any]
    confidence: float
    work: dict[str, Any] | None
    subject: dict[str, Any] | None
    source_count: int
    sources: list[Source]
    evidence: list[Span]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "doc": self.doc_id,
            "fields": self.fields,
            "confidence": round(self.confidence, 3),
            "work": self.work,
            "subject": self.subject,
            "evidence": [s.to_dict() for s in self.evidence],
            "sources": {"total": self.source_count,
                        "items": [s.to_dict() for s in self.sources]},
            "links": {"sentence": f"/facts/{self.id}", "api": f"/api/facts/{self.id}"},
        }


def fact_filters(
    session: Session,
    *,
    type: str | None = None,
    work: int | None = None,
    person: int | None = None,
    document: str | None = None,
    min_confidence: float | None = None,
    as_of: date | None = None,
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if type:
        where.append(FactGroup.type == type)
    if work is not None:
        where.append(FactGroup.work_entity_id == work)
    if person is not None:
        where.append(FactRow.subject_entity_id == person)
    if document is not None:
        where.append(
            FactGroup.id.in_(select(FactSource.group_id).where(FactSource.doc_id == document))
        )
    if min_confidence is not None:
        where.append(FactGroup.confidence >= min_confidence)
    if as_of is not None:
        where.append(
            exists().where(FactSource.group_id == FactGroup.id, FactSource.published <= as_of)
        )
    return where


def list_facts(
    session: Session, where: Sequence[ColumnElement[bool]], offset: int, limit: int
) -> Page:
    """Distinct facts (fact groups) matching ``where``, in the order they were stored."""
    base = select(FactGroup.id).join(FactRow, FactRow.id == FactGroup.fact_id).where(*where)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    ids = list(session.scalars(base.order_by(FactGroup.id).offset(offset).limit(limit)))
    return Page(total, offset, limit, [v.to_dict() for v in fact_views(session, ids)])


def fact_views(session: Session, group_ids: Sequence[int]) -> list[FactView]:
    """The facts of these groups, in that order, each with evidence and first sources."""
    if not group_ids:
        return []
    rows = session.execute(
        select(FactGroup, FactRow)
        .join(FactRow, FactRow.id == FactGroup.fact_id)
        .where(FactGroup.id.in_(list(group_ids)))
        .options(selectinload(FactRow.subject), selectinload(FactRow.work))
    ).all()
    by_id = {group.id: (group, row) for group, row in rows}
    spans = fact_spans(session, [row.id for _g, row in rows])
    docs = {str(d) for group, _r in rows for d, _ in group.leads or []}
    urls = dict(
        session.execute(select(DocumentRow.id, DocumentRow.url).where(DocumentRow.id.in_(docs)))
        .all()
    )
    views = []
    for gid in group_ids:
        if gid not in by_id:
            continue
        group, row = by_id[gid]
        views.append(
            FactView(
                id=row.id,
                group_id=group.id,
                type=row.type,
                doc_id=row.doc_id,
                fields=row.fields,
                confidence=group.confidence,
                work=entity_dict(row.work) if row.work is not None else None,
                subject=entity_dict(row.subject) if row.subject is not None else None,
                source_count=group.sources,
                sources=lead_sources(group.leads or [], urls),
                evidence=spans.get(row.id, []),
            )
        )
    return views


def group_of_fact(session: Session, fact_id: int) -> int | None:
    """The group a fact row belongs to (its own, or the one it was counted in)."""
    own = session.scalar(select(FactGroup.id).where(FactGroup.fact_id == fact_id).limit(1))
    if own is not None:
        return own
    return session.scalar(
        select(FactSource.group_id).where(FactSource.fact_id == fact_id).limit(1)
    )


def fact_sources_page(session: Session, group_id: int, offset: int, limit: int) -> Page:
    total, sources = group_sources(session, group_id, offset, limit)
    return Page(total, offset, limit, [s.to_dict() for s in sources])


def list_documents(session: Session, q: str | None, offset: int, limit: int) -> Page:
    where: list[ColumnElement[bool]] = []
    if q:
        pattern = _like(q)
        where.append(
            or_(DocumentRow.id.like(pattern, escape="\\"),
                DocumentRow.title.like(pattern, escape="\\"))
        )
    total = session.scalar(select(func.count()).select_from(DocumentRow).where(*where)) or 0
    rows = session.execute(
        select(DocumentRow.id, DocumentRow.title, DocumentRow.date, DocumentRow.url)
        .where(*where)
        .order_by(DocumentRow.date.desc(), DocumentRow.id)
        .offset(offset)
        .limit(limit)
    ).all()
    items = [
        {"id": i, "title": t, "date": d.isoformat() if d else None, "url": u}
        for i, t, d, u in rows
    ]
    return Page(total, offset, limit, items)


@dataclass
class DocumentView:
    document: DocumentRow
    facts: list[FactView]
    spans: list[Span]  # every evidence span in this document, by start

    def to_dict(self, with_text: bool = True) -> dict[str, Any]:
        d = self.document
        data: dict[str, Any] = {
            "id": d.id,
            "title": d.title,
            "date": d.date.isoformat() if d.date else None,
            "url": d.url,
            "source": d.source,
            "duplicate_of": d.duplicate_of,
            "facts": [f.to_dict() for f in self.facts],
        }
        if with_text:
            data["text"] = d.text
        return data


def document_view(session: Session, doc_id: str, fact_limit: int = 500) -> DocumentView | None:
    """A document with the facts it states (each with its spans in this document)."""
    document = session.get(DocumentRow, doc_id)
    if document is None:
        return None
    pairs = session.execute(
        select(FactSource.group_id, FactSource.fact_id)
        .where(FactSource.doc_id == doc_id)
        .order_by(FactSource.fact_id)
        .limit(fact_limit)
    ).all()
    views = fact_views(session, [g for g, _f in pairs])
    own = {g: f for g, f in pairs}
    spans_by_fact = fact_spans(session, [f for _g, f in pairs])
    spans: list[Span] = []
    for view in views:
        fid = own.get(view.group_id, view.id)
        mine = [s for s in spans_by_fact.get(fid, []) if s.doc_id == doc_id]
        view.evidence = [Span(view.id, s.doc_id, s.start, s.end, s.text, s.date, s.url)
                         for s in mine]
        spans.extend(view.evidence)
    return DocumentView(document, views, sorted(spans, key=lambda s: (s.start, s.end)))


def person_view(session: Session, person: Entity, min_confidence: float) -> dict[str, Any]:
    """A person's credits (by work) and quotes, each with its fact id."""
    groups = session.execute(
        select(FactGroup.id)
        .join(FactRow, FactRow.id == FactGroup.fact_id)
        .where(FactRow.subject_entity_id == person.id, FactGroup.confidence >= min_confidence)
        .order_by(FactGroup.id)
        .limit(500)
    ).scalars().all()
    views = fact_views(session, list(groups))
    return {
        **entity_dict(person),
        "aliases": sorted({a.alias for a in person.aliases}),
        "credits": [v.to_dict() for v in views if v.type == "credit"],
        "quotes": [v.to_dict() for v in views if v.type in ("quote", "post")],
        "hidden": _hidden(session, person.id, min_confidence),
    }


def company_view(session: Session, company: Entity, min_confidence: float) -> dict[str, Any]:
    """A company's works (with its role on each) and what it said."""
    data = person_view(session, company, min_confidence)
    groups = session.execute(
        select(FactGroup.id)
        .join(FactRow, FactRow.id == FactGroup.fact_id)
        .where(FactRow.subject_entity_id == company.id, FactGroup.type == "company",
               FactGroup.confidence >= min_confidence)
        .order_by(FactGroup.id)
        .limit(500)
    ).scalars().all()
    data["works"] = [v.to_dict() for v in fact_views(session, list(groups))]
    data.pop("credits")
    return data


def _hidden(session: Session, subject_id: int, min_confidence: float) -> int:
    return session.scalar(
        select(func.count())
        .select_from(FactGroup)
        .join(FactRow, FactRow.id == FactGroup.fact_id)
        .where(FactRow.subject_entity_id == subject_id, FactGroup.confidence < min_confidence)
    ) or 0
