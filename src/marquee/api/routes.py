"""The JSON API under /api: works, people, companies, documents, facts, exports, stats.

Every list takes ``offset`` and ``limit`` and answers ``{"total", "offset", "limit",
"items"}``; every answer carries an ETag (``If-None-Match`` gets a 304); ``as_of``
(YYYY-MM-DD) counts only documents published by then, as ``marquee show --as-of`` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy.orm import Session

from marquee.api import queries
from marquee.api.http import cached_json, parse_date
from marquee.api.jsonable import jsonable
from marquee.config import DEFAULT_MIN_CONFIDENCE
from marquee.kb import export
from marquee.kb.card import find_work
from marquee.kb.models import Entity
from marquee.kb.stats import kb_stats
from marquee.kb.timeline import work_timeline

router = APIRouter(prefix="/api")

MAX_LIMIT = 100


def session(request: Request) -> Iterator[Session]:
    with request.app.state.kb.session() as s:
        yield s


DB = Annotated[Session, Depends(session)]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
AsOf = Annotated[
    str | None,
    Query(description="YYYY-MM-DD: only documents published by then count.",
          pattern=r"^\d{4}-\d{2}-\d{2}$"),
]
Confidence = Annotated[float | None, Query(ge=0.0, le=1.0)]


def _work(db: Session, work_id: int) -> Entity:
    work = queries.get_entity(db, work_id, "work")
    if work is None:
        raise HTTPException(404, f"no work #{work_id}")
    return work


@router.get("/works", summary="Works by title or alias, filtered")
def works(
    request: Request,
    db: DB,
    q: str | None = None,
    network: str | None = None,
    status: str | None = None,
    kind: str | None = None,
    published_from: Annotated[str | None, Query(alias="from")] = None,
    published_to: Annotated[str | None, Query(alias="to")] = None,
    offset: Offset = 0,
    limit: Limit = 20,
) -> Response:
    where = queries.work_filters(
        network, status, kind, parse_date(published_from, "from"), parse_date(published_to, "to")
    )
    page = queries.search_entities(db, "work", q, offset, limit, where)
    return cached_json(request, page.to_dict())


@router.get("/works/suggest", summary="Titles that look like q (did you mean)")
def suggest(request: Request, db: DB, q: Annotated[str, Query(min_length=1, max_length=200)]
            ) -> Response:
    return cached_json(request, {"items": queries.suggestions(db, q)})


@router.get("/works/{work_id}", summary="One work: the card's content")
def work(
    request: Request,
    db: DB,
    work_id: int,
    as_of: AsOf = None,
    min_confidence: Confidence = None,
) -> Response:
    entity = _work(db, work_id)
    threshold = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    card = queries.card_of(db, entity, parse_date(as_of), threshold)
    if card is None:
        raise HTTPException(404, f"nothing known about work #{work_id} as of {as_of}")
    return cached_json(request, {"id": work_id, **jsonable(card)})


@router.get("/works/{work_id}/timeline", summary="A work's status events and current status")
def timeline(request: Request, db: DB, work_id: int, as_of: AsOf = None) -> Response:
    entity = _work(db, work_id)
    found = work_timeline(db, entity.id, parse_date(as_of))
    return cached_json(request, {"id": work_id, "work": entity.name, "as_of": as_of,
                                 **found.to_dict()})


@router.get("/people", summary="People by name")
def people(request: Request, db: DB, q: str | None = None, offset: Offset = 0,
           limit: Limit = 20) -> Response:
    return cached_json(request, queries.search_entities(db, "person", q, offset, limit).to_dict())


@router.get("/people/{person_id}", summary="One person: credits and quotes")
def person(request: Request, db: DB, person_id: int, min_confidence: Confidence = None
           ) -> Response:
    entity = queries.get_entity(db, person_id, "person")
    if entity is None:
        raise HTTPException(404, f"no person #{person_id}")
    threshold = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    return cached_json(request, queries.person_view(db, entity, threshold))


@router.get("/companies", summary="Companies and networks by name")
def companies(request: Request, db: DB, q: str | None = None, offset: Offset = 0,
              limit: Limit = 20) -> Response:
    page = queries.search_entities(db, "company", q, offset, limit)
    return cached_json(request, page.to_dict())


@router.get("/companies/{company_id}", summary="One company: its works and what it said")
def company(request: Request, db: DB, company_id: int, min_confidence: Confidence = None
            ) -> Response:
    entity = queries.get_entity(db, company_id, "company")
    if entity is None:
        raise HTTPException(404, f"no company #{company_id}")
    threshold = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    return cached_json(request, queries.company_view(db, entity, threshold))


@router.get("/documents", summary="Documents by id or title, newest first")
def documents(request: Request, db: DB, q: str | None = None, offset: Offset = 0,
              limit: Limit = 20) -> Response:
    return cached_json(request, queries.list_documents(db, q, offset, limit).to_dict())


@router.get("/documents/{doc_id:path}", summary="One document: metadata, text and its facts")
def document(request: Request, db: DB, doc_id: str) -> Response:
    view = queries.document_view(db, doc_id)
    if view is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return cached_json(request, view.to_dict())


@router.get("/facts", summary="Distinct facts, filtered, each with evidence and sources")
def facts(
    request: Request,
    db: DB,
    type: str | None = None,
    work: int | None = None,
    person: int | None = None,
    document: str | None = None,
    min_confidence: Confidence = None,
    as_of: AsOf = None,
    offset: Offset = 0,
    limit: Limit = 20,
) -> Response:
    where = queries.fact_filters(
        db, type=type, work=work, person=person, document=document,
        min_confidence=min_confidence, as_of=parse_date(as_of),
    )
    return cached_json(request, queries.list_facts(db, where, offset, limit).to_dict())


def _group(db: Session, fact_id: int) -> int:
    group = queries.group_of_fact(db, fact_id)
    if group is None:
        raise HTTPException(404, f"no fact #{fact_id}")
    return group


@router.get("/facts/{fact_id}", summary="One fact with its evidence and a page of sources")
def fact(request: Request, db: DB, fact_id: int, offset: Offset = 0, limit: Limit = 20
         ) -> Response:
    group = _group(db, fact_id)
    view = queries.fact_views(db, [group])[0].to_dict()
    view["sources"] = queries.fact_sources_page(db, group, offset, limit).to_dict()
    return cached_json(request, view)


@router.get("/facts/{fact_id}/sources", summary="The documents behind one fact, paginated")
def fact_sources(request: Request, db: DB, fact_id: int, offset: Offset = 0,
                 limit: Limit = 20) -> Response:
    group = _group(db, fact_id)
    return cached_json(request, queries.fact_sources_page(db, group, offset, limit).to_dict())


@router.get("/stats", summary="Counts over the whole knowledge base")
def stats(request: Request, db: DB) -> Response:
    return cached_json(request, kb_stats(db))


MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
         "jsonld": "application/ld+json"}


@router.get("/export", summary="FACTS.md records (jsonl, csv) or schema.org JSON-LD")
def export_facts(
    request: Request,
    format: Annotated[str, Query(pattern="^(jsonl|csv|jsonld)$")] = "jsonl",
    work: str | None = Query(None, description="Only this title's facts."),
) -> Response:
    kb = request.app.state.kb
    with kb.session() as db:
        work_id = None
        if work is not None:
            found = find_work(db, work)
            if found is None:
                raise HTTPException(404, f"no work called {work!r}")
            work_id = found.id
        if format == "jsonld":
            ids = [work_id] if work_id is not None else export.work_ids(db)
            base = str(request.base_url).rstrip("/")
            return cached_json(request, export.jsonld(db, ids, base))

    def stream() -> Iterator[str]:
        with kb.session() as db:
            lines = export.jsonl if format == "jsonl" else export.csv_lines
            yield from lines(db, work_id)

    name = f"marquee-facts.{format}"
    headers = {"content-disposition": f'attachment; filename="{name}"'}
    return StreamingResponse(stream(), media_type=MEDIA[format], headers=headers)


