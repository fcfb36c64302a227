"""The pages: search, a work, a person, a company, a document with its evidence marked;
every fact links to its sentence. Jinja2 autoescapes everything; no script is inline."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from marquee.api import queries
from marquee.api.http import cached, parse_date
from marquee.config import DEFAULT_MIN_CONFIDENCE
from marquee.kb.card import Card, Sourced
from marquee.kb.evidence import Span
from marquee.kb.models import DocumentRow, FactRow
from marquee.kb.timeline import work_timeline
from marquee.web.chart import timeline_chart
from marquee.web.feeds import status_feed, work_feed

HERE = Path(__file__).parent
router = APIRouter(include_in_schema=False)
env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) link, else None (shown as text, never linked)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def outlet(url: str | None, doc_id: str) -> str:
    """Where an article was published: its URL's host, else its id."""
    link = safe_url(url)
    return (urlsplit(link).hostname or doc_id) if link else doc_id


env.filters["safe_url"] = safe_url
env.globals["outlet"] = outlet


def mount_static(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")


def render(request: Request, template: str, status: int = 200, **context: Any) -> Response:
    body = env.get_template(template).render(request_path=request.url.path, **context)
    return cached(request, body.encode("utf-8"), "text/html; charset=utf-8", status)


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status=status, status_code=status, message=message)


def _session(request: Request) -> AbstractContextManager[Session]:
    session: AbstractContextManager[Session] = request.app.state.kb.session()
    return session


@dataclass(frozen=True)
class FactLink:
    """Where a fact's sentence is: its document, that document's date and outlet."""

    fact: int
    doc: str
    date: date | None
    outlet: str

    @property
    def href(self) -> str:
        return f"/documents/{quote(self.doc)}#fact-{self.fact}"


def fact_links(session: Session, ids: list[int]) -> dict[int, FactLink]:
    found: dict[int, FactLink] = {}
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(FactRow.id, FactRow.doc_id, DocumentRow.date, DocumentRow.url)
            .join(DocumentRow, DocumentRow.id == FactRow.doc_id)
            .where(FactRow.id.in_(wanted[start : start + 500]))
        )
        for fid, doc, published, url in rows:
            found[fid] = FactLink(fid, doc, published, outlet(url, doc))
    return found


def _card_lines(card: Card) -> list[Sourced]:
    return [*card.networks, *card.companies, *card.genres, *card.timeline, *card.cast,
            *(p for ps in card.crew.values() for p in ps), *card.places, *card.characters,
            *card.quotes, *card.metrics]


def _show_all(value: str | None) -> bool:
    return value not in (None, "", "0", "false")


@router.get("/")
def search_page(request: Request, q: Annotated[str | None, Query(max_length=200)] = None
                ) -> Response:
    with _session(request) as session:
        works = people = companies = None
        suggested: list[dict[str, Any]] = []
        if q:
            works = queries.search_entities(session, "work", q, 0, 20)
            people = queries.search_entities(session, "person", q, 0, 10)
            companies = queries.search_entities(session, "company", q, 0, 10)
            if not works.total:
                suggested = queries.suggestions(session, q)
        return render(request, "search.html", q=q or "", works=works, people=people,
                      companies=companies, suggested=suggested)


@router.get("/works/{work_id}")
def work_page(
    request: Request,
    work_id: int,
    as_of: Annotated[str | None, Query()] = None,
    all: Annotated[str | None, Query()] = None,
) -> Response:
    show_all = _show_all(all)
    day = parse_date(as_of)
    threshold = 0.0 if show_all else DEFAULT_MIN_CONFIDENCE
    with _session(request) as session:
        work = queries.get_entity(session, work_id, "work")
        if work is None:
            raise HTTPException(404, f"no work #{work_id}")
        card = queries.card_of(session, work, day, threshold)
        if card is None:
            raise HTTPException(404, f"nothing is known about {work.name} as of {as_of}")
        ids = [i for line in _card_lines(card) for i in line.facts[:1]]
        ids += [i for s in card.current for i in s.event.facts[:1]]
        ids += [i for c in card.conflicts for claim in c.claims for i in claim.facts[:1]]
        links = fact_links(session, ids)
        return render(
            request, "work.html", card=card, links=links, chart=timeline_chart(card),
            show_all=show_all, as_of=as_of or "", threshold=DEFAULT_MIN_CONFIDENCE,
        )


@router.get("/people/{person_id}")
def person_page(request: Request, person_id: int,
                all: Annotated[str | None, Query()] = None) -> Response:
    return _subject_page(request, person_id, "person", _show_all(all))


@router.get("/companies/{company_id}")
def company_page(request: Request, company_id: int,
                 all: Annotated[str | None, Query()] = None) -> Response:
    return _subject_page(request, company_id, "company", _show_all(all))


def _subject_page(request: Request, entity_id: int, kind: str, show_all: bool) -> Response:
    threshold = 0.0 if show_all else DEFAULT_MIN_CONFIDENCE
    with _session(request) as session:
        entity = queries.get_entity(session, entity_id, kind)
        if entity is None:
            raise HTTPException(404, f"no {kind} #{entity_id}")
        if kind == "person":
            data = queries.person_view(session, entity, threshold)
        else:
            data = queries.company_view(session, entity, threshold)
        ids = [f["id"] for key in ("credits", "quotes", "works") for f in data.get(key, [])]
        return render(request, "entity.html", entity=data, links=fact_links(session, ids),
                      show_all=show_all, threshold=DEFAULT_MIN_CONFIDENCE)


@dataclass
class Segment:
    text: str
    facts: list[int]  # the facts whose evidence covers it
    anchors: list[int]  # facts whose first span starts here


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """``text`` cut at every evidence boundary, each piece with the facts covering it."""
    cuts = {0, len(text)}
    for span in spans:
        cuts.update((max(0, min(span.start, len(text))), max(0, min(span.end, len(text)))))
    points = sorted(cuts)
    first: dict[int, int] = {}
    for span in spans:
        first.setdefault(span.fact_id, span.start)
    pieces = []
    for a, b in zip(points, points[1:], strict=False):
        covering = sorted({s.fact_id for s in spans if s.start <= a and b <= s.end})
        anchors = sorted(f for f, at in first.items() if at == a)
        pieces.append(Segment(text[a:b], covering, anchors))
    for fact, at in first.items():  # a span past the end of the text still gets an anchor
        if at >= len(text) and pieces:
            pieces[-1].anchors.append(fact)
    return pieces


@router.get("/documents/{doc_id:path}")
def document_page(request: Request, doc_id: str,
                  all: Annotated[str | None, Query()] = None) -> Response:
    show_all = _show_all(all)
    with _session(request) as session:
        view = queries.document_view(session, doc_id)
        if view is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        shown = [f for f in view.facts if show_all or f.confidence >= DEFAULT_MIN_CONFIDENCE
                 or f.type == "work"]
        visible = {f.id for f in shown}
        spans = [s for s in view.spans if s.fact_id in visible]
        return render(
            request, "document.html", doc=view.document, facts=shown,
            hidden=len(view.facts) - len(shown), pieces=segments(view.document.text, spans),
            show_all=show_all, threshold=DEFAULT_MIN_CONFIDENCE,
        )


@router.get("/facts/{fact_id}")
def fact_page(request: Request, fact_id: int) -> Response:
    """A fact's sentence: its document, scrolled to the fact's first span."""
    with _session(request) as session:
        row = session.get(FactRow, fact_id)
        if row is None:
            raise HTTPException(404, f"no fact #{fact_id}")
        target = f"/documents/{quote(row.doc_id)}#fact-{row.id}"
        return RedirectResponse(target, status_code=303)


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.get("/feeds/status.atom")
def status_atom(request: Request) -> Response:
    with _session(request) as session:
        body = status_feed(session, _base(request))
    return cached(request, body, "application/atom+xml")


@router.get("/works/{work_id}/feed.atom")
def work_atom(request: Request, work_id: int) -> Response:
    with _session(request) as session:
        work = queries.get_entity(session, work_id, "work")
        if work is None:
            raise HTTPException(404, f"no work #{work_id}")
        events = work_timeline(session, work.id).events
        body = work_feed(_base(request), work.id, work.name, events)
    return cached(request, body, "application/atom+xml")
