"""Exports: every distinct fact as a FACTS.md record with its evidence and sources (JSON
Lines or CSV), and works as schema.org JSON-LD (TVSeries / TVSeason / Movie)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from marquee.extract.records import FACT_TYPES
from marquee.kb.card import Card, work_card
from marquee.kb.models import DocumentRow, Entity, EvidenceRow, FactGroup, FactRow, FactSource
from marquee.kb.provenance import Source

FORMATS = ("jsonl", "csv", "jsonld")
BATCH = 500
CONTEXT = {"@vocab": "https://schema.org/", "marquee": "https://marquee.invalid/ns#"}
FIELDS = sorted(
    {f.name for cls in FACT_TYPES.values() for f in fields(cls)}
    - {"doc", "evidence", "confidence", "path"}
)
CSV_COLUMNS = ["doc", "type", *FIELDS, "confidence", "evidence", "sources"]


def _sources(session: Session, group_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {}
    query = (
        select(FactSource.group_id, FactSource.doc_id, FactSource.published, DocumentRow.url)
        .join(DocumentRow, DocumentRow.id == FactSource.doc_id)
        .where(FactSource.group_id.in_(group_ids))
        .order_by(FactSource.group_id, FactSource.published, FactSource.doc_id)
    )
    for gid, doc, published, url in session.execute(query):
        found.setdefault(gid, []).append(Source(doc, published, url).to_dict())
    return found


def records(session: Session, work_id: int | None = None) -> Iterator[dict[str, Any]]:
    """Each distinct fact (of one work) as a FACTS.md record of its first document, with
    its evidence there and every document behind it (``sources``)."""
    query = select(FactGroup.id).order_by(FactGroup.id)
    if work_id is not None:
        query = query.where(FactGroup.work_entity_id == work_id)
    ids = list(session.scalars(query))
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        pairs = session.execute(
            select(FactGroup, FactRow)
            .join(FactRow, FactRow.id == FactGroup.fact_id)
            .where(FactGroup.id.in_(chunk))
            .order_by(FactGroup.id)
            .options(selectinload(FactRow.evidence))
        ).all()
        sources = _sources(session, chunk)
        for group, row in pairs:
            evidence = [{"start": e.start, "end": e.end} for e in _own(row.evidence, row.doc_id)]
            yield {
                "doc": row.doc_id,
                "type": row.type,
                **row.fields,
                "evidence": evidence,
                "confidence": round(group.confidence, 3),
                "sources": sources.get(group.id, []),
            }


def _own(evidence: list[EvidenceRow], doc_id: str) -> list[EvidenceRow]:
    return [e for e in evidence if e.doc_id == doc_id and e.end > e.start]


def jsonl(session: Session, work_id: int | None = None) -> Iterator[str]:
    for record in records(session, work_id):
        yield json.dumps(record, ensure_ascii=False, default=str) + "\n"


def csv_lines(session: Session, work_id: int | None = None) -> Iterator[str]:
    """One row per fact: the record's fields as columns, evidence as JSON, sources as ids."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for record in records(session, work_id):
        row = dict(record)
        row["evidence"] = json.dumps(record["evidence"])
        row["sources"] = " ".join(s["doc"] for s in record["sources"])
        writer.writerow({k: _cell(v) for k, v in row.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.getvalue():
        yield buffer.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # a spreadsheet must not read article text as a formula
    return value


def _urls(sources: list[str], articles: dict[str, Source]) -> list[str]:
    return [articles[s].url or s for s in sources if s in articles] or sources


def work_jsonld(card: Card, base: str = "") -> dict[str, Any]:
    """A work as schema.org: TVSeries (seasons as TVSeason) or Movie, with actors as
    PerformanceRole (characterName), creators, production companies, genres, and the
    status events as dated ``marquee:statusEvent`` values citing their sources."""
    articles = {a.doc_id: a for a in card.articles}
    kind = {"film": "Movie", "series": "TVSeries"}.get(card.kind, "CreativeWork")
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": kind,
        "@id": f"{base}/works/{card.work_id}",
        "name": card.title,
    }
    if card.aliases:
        data["alternateName"] = [a for a in card.aliases if a != card.title]
    if card.genres:
        data["genre"] = [g.genre for g in card.genres]
    data["actor"] = [
        {
            "@type": "PerformanceRole",
            "actor": {"@type": "Person", "name": c.person},
            **({"characterName": c.character} if c.character else {}),
            **({"marquee:season": c.season} if c.season is not None else {}),
            "citation": _urls(c.sources, articles),
        }
        for c in card.cast
    ]
    data["creator"] = [
        {"@type": "Person", "name": p.person} for p in card.crew.get("creator", [])
    ]
    data["productionCompany"] = [
        {"@type": "Organization", "name": c.company} for c in card.companies
        if c.role == "production_company"
    ]
    if card.networks:
        key = "publisher" if kind == "Movie" else "marquee:network"
        data[key] = [{"@type": "Organization", "name": n.company} for n in card.networks]
    events = [
        {
            "@type": "marquee:StatusEvent",
            "marquee:status": e.status,
            "startDate": e.when,
            **({"seasonNumber": e.season} if e.season is not None else {}),
            "citation": _urls(e.sources, articles),
        }
        for e in card.timeline
    ]
    seasons = sorted({e.season for e in card.timeline if e.season is not None})
    if kind == "TVSeries" and seasons:
        data["containsSeason"] = [
            {
                "@type": "TVSeason",
                "seasonNumber": n,
                "marquee:statusEvent": [ev for ev in events if ev.get("seasonNumber") == n],
                **_season_dates(card, n),
            }
            for n in seasons
        ]
        data["marquee:statusEvent"] = [ev for ev in events if "seasonNumber" not in ev]
    else:
        data["marquee:statusEvent"] = events
    return data


def _season_dates(card: Card, season: int) -> dict[str, Any]:
    premieres = [e.when for e in card.timeline
                 if e.season == season and e.status == "premiere_scheduled" and e.when]
    return {"startDate": premieres[-1]} if premieres else {}


def jsonld(session: Session, work_ids: list[int], base: str = "") -> dict[str, Any]:
    """The works as one JSON-LD document (a @graph)."""
    graph = []
    for work_id in work_ids:
        work = session.get(Entity, work_id)
        card = work_card(session, work) if work is not None else None
        if card is not None:
            node = work_jsonld(card, base)
            node.pop("@context")
            graph.append(node)
    return {"@context": CONTEXT, "@graph": graph}


def work_ids(session: Session) -> list[int]:
    """Every work that has a fact."""
    query = select(FactGroup.work_entity_id).where(FactGroup.work_entity_id.is_not(None))
    return sorted({i for i in session.scalars(query.distinct()) if i is not None})
