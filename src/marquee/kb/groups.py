"""Facts as the knowledge base counts them: one group per work and fact key, its
sources counted on write, so a card costs the work's distinct facts, not its articles.

The same statement in many articles is many fact rows with one ``key`` (a hash of the
type and the fields); ``fact_groups`` holds one row per (work, key) with the number of
documents behind it and the oldest of them, ``fact_sources`` one row per (group,
document), ``work_documents`` one per (work, document). ``count_sources`` keeps them up to date
as a document is stored; ``rebuild`` recomputes them from the facts (a migration, a
split).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import (
    JSON,
    ColumnElement,
    Connection,
    Table,
    and_,
    bindparam,
    delete,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    true,
    union,
    update,
)
from sqlalchemy.orm import Session, selectinload

from marquee.kb.models import (
    DocumentRow,
    EvidenceRow,
    FactGroup,
    FactRow,
    FactSource,
    WorkDocument,
)
from marquee.kb.provenance import Source, source_order

LEADS = 3  # sources kept on each group (the oldest), so a card names a few per line


def _lead(doc_id: str, published: date | None) -> list[str | None]:
    return [doc_id, published.isoformat() if published else None]


def lead_sources(
    leads: Sequence[Sequence[str | None]], urls: dict[str, str | None]
) -> list[Source]:
    """The sources a group keeps (``leads``), with the URLs known."""
    return [
        Source(str(doc), date.fromisoformat(day) if day else None, urls.get(str(doc)))
        for doc, day in leads
    ]


def _with_lead(
    leads: Sequence[Sequence[str | None]], doc_id: str, published: date | None
) -> list[list[str | None]]:
    """``leads`` with one more source, the oldest ``LEADS`` kept."""
    every = lead_sources([*leads, _lead(doc_id, published)], {})
    return [_lead(s.doc_id, s.date) for s in sorted(every, key=source_order)[:LEADS]]


def _group_of(session: Session, row: FactRow) -> FactGroup | None:
    work = (
        FactGroup.work_entity_id.is_(None)
        if row.work_entity_id is None
        else FactGroup.work_entity_id == row.work_entity_id
    )
    return session.scalar(select(FactGroup).where(work, FactGroup.key == row.key).limit(1))


def count_sources(
    session: Session, rows: Iterable[FactRow], doc_id: str, published: date | None
) -> None:
    """Count ``doc_id`` (published on ``published``) as a source of each of ``rows``."""
    session.flush()
    seen_works: set[int] = set()
    for row in rows:
        group = _group_of(session, row)
        if group is None:
            group = FactGroup(
                work_entity_id=row.work_entity_id,
                type=row.type,
                key=row.key,
                fact_id=row.id,
                confidence=row.confidence,
                sources=0,
                leads=[],
            )
            session.add(group)
            session.flush()
        group.confidence = max(group.confidence, row.confidence)
        if session.get(FactSource, (group.id, doc_id)) is None:
            session.add(
                FactSource(group_id=group.id, doc_id=doc_id, fact_id=row.id, published=published)
            )
            group.sources += 1
            group.leads = _with_lead(group.leads or [], doc_id, published)
            first = lead_sources(group.leads[:1], {})[0]
            group.first_doc_id, group.first_published = first.doc_id, first.date
        work = row.work_entity_id
        if work is not None and work not in seen_works:
            seen_works.add(work)
            if session.get(WorkDocument, (work, doc_id)) is None:
                session.add(WorkDocument(work_entity_id=work, doc_id=doc_id, published=published))
    session.flush()


def _scope(
    work_ids: Collection[int] | None, unattached_keys: Collection[str] | None
) -> Callable[[Table], ColumnElement[bool]]:
    """Which rows of a table (with ``work_entity_id`` and maybe ``key``) a rebuild covers:
    every row (both None), or those of the works ``work_ids`` and the facts of no work
    whose key is in ``unattached_keys``."""
    if work_ids is None and unattached_keys is None:
        return lambda table: true()
    works, keys = list(work_ids or ()), list(unattached_keys or ())

    def covered(table: Table) -> ColumnElement[bool]:
        parts: list[ColumnElement[bool]] = []
        if works:
            parts.append(table.c.work_entity_id.in_(works))
        if keys and "key" in table.c:
            parts.append(and_(table.c.work_entity_id.is_(None), table.c.key.in_(keys)))
        return or_(*parts) if parts else false()

    return covered


def rebuild(
    connection: Connection,
    work_ids: Collection[int] | None = None,
    unattached_keys: Collection[str] | None = None,
) -> None:
    """Recompute the groups of the works ``work_ids`` and of the work-less facts with keys
    in ``unattached_keys`` (both None: of every fact) from the facts, their evidence and
    their documents, in a few INSERT ... SELECT statements."""
    facts, groups = _table(FactRow), _table(FactGroup)
    sources, works = _table(FactSource), _table(WorkDocument)
    scope = _scope(work_ids, unattached_keys)
    if work_ids is not None or unattached_keys is not None:
        connection.execute(delete(groups).where(scope(groups)))  # their sources cascade
        connection.execute(delete(works).where(scope(works)))
    else:
        for table in (sources, groups, works):
            connection.execute(delete(table))
    connection.execute(
        insert(groups).from_select(
            ["work_entity_id", "type", "key", "fact_id", "confidence", "sources", "leads"],
            select(
                facts.c.work_entity_id,
                func.min(facts.c.type),
                facts.c.key,
                func.min(facts.c.id),
                func.max(facts.c.confidence),
                literal(0),
                literal([], JSON),
            )
            .where(scope(facts))
            .group_by(facts.c.work_entity_id, facts.c.key),
        )
    )
    evidence = _table(EvidenceRow)
    behind = union(
        select(facts.c.id.label("fact_id"), facts.c.doc_id, facts.c.work_entity_id, facts.c.key)
        .where(scope(facts)),
        select(facts.c.id, evidence.c.doc_id, facts.c.work_entity_id, facts.c.key)
        .join(evidence, evidence.c.fact_id == facts.c.id)
        .where(scope(facts)),
    ).subquery()
    docs = _table(DocumentRow)
    same_work = func.coalesce(groups.c.work_entity_id, 0) == func.coalesce(
        behind.c.work_entity_id, 0
    )
    connection.execute(
        insert(sources).from_select(
            ["group_id", "doc_id", "fact_id", "published"],
            select(groups.c.id, behind.c.doc_id, func.min(behind.c.fact_id), docs.c.date)
            .join(groups, and_(groups.c.key == behind.c.key, same_work))
            .join(docs, docs.c.id == behind.c.doc_id)
            .where(scope(groups))
            .group_by(groups.c.id, behind.c.doc_id, docs.c.date),
        )
    )
    of_group = sources.c.group_id == groups.c.id
    oldest = (sources.c.published.is_(None), sources.c.published, sources.c.doc_id)

    def first(column: Any) -> Any:  # the oldest source's column, correlated to the group
        return select(column).where(of_group).order_by(*oldest).limit(1).scalar_subquery()

    connection.execute(
        update(groups)
        .where(scope(groups))
        .values(
            sources=select(func.count()).where(of_group).scalar_subquery(),
            first_doc_id=first(sources.c.doc_id),
            first_published=first(sources.c.published),
        )
    )
    _rebuild_leads(connection, scope)
    connection.execute(
        insert(works).from_select(
            ["work_entity_id", "doc_id", "published"],
            select(groups.c.work_entity_id, sources.c.doc_id, func.min(sources.c.published))
            .join(groups, of_group)
            .where(groups.c.work_entity_id.is_not(None), scope(groups))
            .group_by(groups.c.work_entity_id, sources.c.doc_id),
        )
    )


def _rebuild_leads(connection: Connection, scope: Callable[[Table], ColumnElement[bool]]) -> None:
    """Each group's oldest ``LEADS`` sources, from a window over its sources."""
    groups, sources = _table(FactGroup), _table(FactSource)
    ranked = (
        select(
            sources.c.group_id,
            sources.c.doc_id,
            sources.c.published,
            func.row_number()
            .over(
                partition_by=sources.c.group_id,
                order_by=(sources.c.published.is_(None), sources.c.published, sources.c.doc_id),
            )
            .label("rank"),
        )
        .join(groups, groups.c.id == sources.c.group_id)
        .where(scope(groups))
        .subquery()
    )
    leads: dict[int, list[list[str | None]]] = {}
    query = select(ranked.c.group_id, ranked.c.doc_id, ranked.c.published).where(
        ranked.c.rank <= LEADS
    )
    for group_id, doc_id, published in connection.execute(
        query.order_by(ranked.c.group_id, ranked.c.rank)
    ):
        leads.setdefault(group_id, []).append(_lead(doc_id, published))
    if leads:
        connection.execute(
            update(groups).where(groups.c.id == bindparam("gid")).values(leads=bindparam("l")),
            [{"gid": gid, "l": value} for gid, value in leads.items()],
        )


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


@dataclass(frozen=True)
class Counted:
    """A group's fact, the sources that count (the oldest first; only the oldest is
    read on the default path) and how many documents are behind it."""

    row: FactRow
    sources: list[Source]
    count: int
    group_id: int


def work_facts(
    session: Session,
    work_id: int,
    as_of: date | None = None,
    types: Sequence[str] | None = None,
) -> list[Counted]:
    """The distinct facts of one work, each with its source count and oldest source, as
    known on ``as_of`` (only documents published by then count; aggregated in SQL)."""
    where: list[ColumnElement[bool]] = [FactGroup.work_entity_id == work_id]
    if types is not None:
        where.append(FactGroup.type.in_(list(types)))
    return _counted(session, where, as_of)


def typed_facts(
    session: Session, types: Sequence[str], as_of: date | None = None
) -> list[Counted]:
    """The distinct facts of these types of every work (``work_facts`` of them all)."""
    where = [FactGroup.type.in_(list(types)), FactGroup.work_entity_id.is_not(None)]
    return _counted(session, where, as_of)


def _counted(
    session: Session, where: Sequence[ColumnElement[bool]], as_of: date | None
) -> list[Counted]:
    if as_of is None:
        query = select(FactGroup.id, FactGroup.sources, FactGroup.leads).where(*where)
        found = [(gid, n, leads) for gid, n, leads in session.execute(query)]
    else:
        ranked = (
            select(
                FactSource.group_id,
                FactSource.doc_id,
                FactSource.published,
                func.row_number()
                .over(
                    partition_by=FactSource.group_id,
                    order_by=(FactSource.published, FactSource.doc_id),
                )
                .label("rank"),
                func.count().over(partition_by=FactSource.group_id).label("n"),
            )
            .join(FactGroup, FactGroup.id == FactSource.group_id)
            .where(*where, FactSource.published <= as_of)
            .subquery()
        )
        query = select(ranked.c.group_id, ranked.c.n, ranked.c.doc_id, ranked.c.published).where(
            ranked.c.rank <= LEADS
        )
        by_group: dict[int, tuple[int, list[list[str | None]]]] = {}
        gid: int
        n: int
        doc: str
        published: date | None
        for gid, n, doc, published in session.execute(query):
            by_group.setdefault(gid, (n, []))[1].append(_lead(doc, published))
        found = [(gid, n, leads) for gid, (n, leads) in by_group.items()]
    if not found:
        return []
    ids = [group_id for group_id, *_ in found]
    reps = dict(
        session.execute(
            select(FactGroup.id, FactGroup.fact_id).where(FactGroup.id.in_(ids))
        ).all()
    )
    rows = {
        row.id: row
        for row in session.scalars(
            select(FactRow)
            .where(FactRow.id.in_(list(reps.values())))
            .options(selectinload(FactRow.subject))
        )
    }
    docs = {str(doc) for _g, _n, leads in found for doc, _d in leads}
    url_rows = session.execute(
        select(DocumentRow.id, DocumentRow.url).where(DocumentRow.id.in_(docs))
    )
    urls: dict[str, str | None] = {doc: url for doc, url in url_rows}
    counted = [
        Counted(
            row=rows[reps[group_id]],
            sources=lead_sources(leads, urls),
            count=n,
            group_id=group_id,
        )
        for group_id, n, leads in found
    ]
    return sorted(counted, key=lambda c: c.row.id)


def group_sources(
    session: Session, group_id: int, offset: int = 0, limit: int = 20
) -> tuple[int, list[Source]]:
    """The documents behind one fact group, oldest first, a page at a time; and their count."""
    total = session.scalar(select(FactGroup.sources).where(FactGroup.id == group_id)) or 0
    query = (
        select(FactSource.doc_id, FactSource.published, DocumentRow.url)
        .join(DocumentRow, DocumentRow.id == FactSource.doc_id)
        .where(FactSource.group_id == group_id)
        .order_by(FactSource.published.is_(None), FactSource.published, FactSource.doc_id)
        .offset(offset)
        .limit(limit)
    )
    return total, [Source(doc, published, url) for doc, published, url in session.execute(query)]


def work_articles(
    session: Session, work_id: int, as_of: date | None = None, limit: int = 20
) -> tuple[int, list[Source]]:
    """How many documents say something about a work (by ``as_of``), and the oldest and
    newest of them (``limit`` in all, oldest first)."""
    where = [WorkDocument.work_entity_id == work_id]
    if as_of is not None:
        where.append(WorkDocument.published <= as_of)
    total = session.scalar(select(func.count()).select_from(WorkDocument).where(*where)) or 0
    base = (
        select(WorkDocument.doc_id, WorkDocument.published, DocumentRow.url)
        .join(DocumentRow, DocumentRow.id == WorkDocument.doc_id)
        .where(*where)
    )
    dated = base.where(WorkDocument.published.is_not(None))
    order = (WorkDocument.published, WorkDocument.doc_id)
    head = list(session.execute(dated.order_by(*order).limit((limit + 1) // 2)))
    tail = list(
        session.execute(dated.order_by(*(c.desc() for c in order)).limit(limit // 2))
    )
    undated = list(
        session.execute(
            base.where(WorkDocument.published.is_(None))
            .order_by(WorkDocument.doc_id)
            .limit(limit)
        )
    )
    seen: dict[str, Source] = {}
    for doc, published, url in [*head, *tail, *undated]:
        seen.setdefault(doc, Source(doc, published, url))
    return total, sorted(seen.values(), key=source_order)[:limit]
