"""A work's card: everything the knowledge base knows about one title, line by line with sources."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from marquee.kb.conflicts import Conflict, ConflictRules, work_conflicts
from marquee.kb.groups import Counted, work_articles, work_facts
from marquee.kb.models import Alias, Entity, FactGroup, FactRow
from marquee.kb.normalise import norm_name, work_key
from marquee.kb.provenance import Source, source_order
from marquee.kb.timeline import SeasonStatus, Timeline, build_timeline, count_events

CAST_ROLES = ("cast", "guest_cast", "voice_cast")
CREW_ORDER = (
    "creator",
    "showrunner",
    "writer",
    "director",
    "executive_producer",
    "producer",
    "composer",
    "host",
)
FUZZY_CUTOFF = 90
SOURCES_SHOWN = 3  # sources named on a card line; ``count`` says how many there are
ARTICLES_KEPT = 40  # the oldest and newest articles a card lists; ``article_count`` all


@dataclass(kw_only=True)
class Sourced:
    """A card line: the same fact stated by many articles is one line. ``count`` is the
    number of documents behind it (a document that states it in two wordings counts
    twice), ``sources`` the oldest of them (at most ``SOURCES_SHOWN``), ``facts`` the ids
    of the fact rows that stand for it (their evidence is the line's sentences)."""

    sources: list[str] = field(default_factory=list)
    facts: list[int] = field(default_factory=list)
    count: int = 0
    dates: list[date | None] = field(default_factory=list)  # of ``sources``
    entity: int | None = None  # the person or company it is about, when resolved


@dataclass(kw_only=True)
class CompanyLine(Sourced):
    company: str
    role: str


@dataclass(kw_only=True)
class GenreLine(Sourced):
    genre: str


@dataclass(kw_only=True)
class StatusLine(Sourced):
    date: str | None  # as the fact says
    status: str
    season: int | None
    when: str | None = None  # the date, else the first report's publication date


@dataclass(kw_only=True)
class CastLine(Sourced):
    person: str
    character: str | None
    season: int | None
    role: str = "cast"


@dataclass(kw_only=True)
class PersonLine(Sourced):
    person: str


@dataclass(kw_only=True)
class PlaceLine(Sourced):
    place: str
    role: str
    season: int | None


@dataclass(kw_only=True)
class CharacterLine(Sourced):
    name: str
    description: str | None


@dataclass(kw_only=True)
class MetricLine(Sourced):
    measure: str
    value: float | int | None
    unit: str | None
    period: str | None
    text: str


@dataclass(kw_only=True)
class QuoteLine(Sourced):
    speaker: str
    text: str
    kind: str = "direct"
    via: str | None = None
    date: date | None = None  # publication date of the first article that has it


@dataclass
class Card:
    title: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    networks: list[CompanyLine] = field(default_factory=list)
    companies: list[CompanyLine] = field(default_factory=list)
    genres: list[GenreLine] = field(default_factory=list)
    timeline: list[StatusLine] = field(default_factory=list)
    cast: list[CastLine] = field(default_factory=list)
    crew: dict[str, list[PersonLine]] = field(default_factory=dict)
    places: list[PlaceLine] = field(default_factory=list)
    characters: list[CharacterLine] = field(default_factory=list)
    quotes: list[QuoteLine] = field(default_factory=list)
    metrics: list[MetricLine] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # the sources named on its lines
    articles: list[Source] = field(default_factory=list)  # oldest and newest, oldest first
    article_count: int = 0  # every document behind the card
    current: list[SeasonStatus] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    as_of: date | None = None
    others: list[str] = field(default_factory=list)  # kinds of other works of this title
    hidden: int = 0  # facts left off for a confidence below the card's threshold
    min_confidence: float = 0.0
    work_id: int = 0


L = TypeVar("L", bound=Sourced)


class Lines(Generic[L]):
    """Lines in first-seen order; a line seen again only gains a source."""

    def __init__(self) -> None:
        self._lines: dict[Hashable, L] = {}

    def add(self, key: Hashable, line: L, sources: Iterable[Source], fact: int,
            count: int = 0) -> None:
        kept = self._lines.setdefault(key, line)
        sources = list(sources)
        for source in sources:
            if source.doc_id not in kept.sources:
                kept.sources.append(source.doc_id)
                kept.dates.append(source.date)
        if len(kept.sources) > SOURCES_SHOWN:  # the oldest few
            pairs = sorted(zip(kept.dates, kept.sources, strict=True),
                           key=lambda p: source_order(Source(p[1], p[0])))[:SOURCES_SHOWN]
            kept.dates, kept.sources = [d for d, _ in pairs], [i for _, i in pairs]
        if fact not in kept.facts:
            kept.facts.append(fact)
        kept.count += count or len(sources)

    def __call__(self) -> list[L]:
        return list(self._lines.values())


def _norm(value: str | None) -> str:
    return norm_name(value) if value else ""


def _name(row: FactRow, fallback: str | None) -> str:
    """The resolved subject's canonical name, else the fact's own field."""
    return row.subject.name if row.subject is not None else fallback or ""


def _work_names(session: Session, column: InstrumentedAttribute[str]) -> dict[int, str]:
    rows = session.execute(select(Entity.id, column).where(Entity.kind == "work"))
    return {entity_id: name for entity_id, name in rows}


def find_works(session: Session, title: str) -> list[Entity]:
    """Works called exactly ``title`` (or a variant of it: quotes, a leading article, an
    owner's possessive), the one with the most facts first. Two works share a title
    when one is a series and the other a film."""
    norm = norm_name(title)
    if not norm:
        return []
    works = select(Entity).where(Entity.kind == "work")
    found = list(session.scalars(works.where(Entity.norm_name == norm)).all())
    if not found:
        keys = {norm, work_key(title)} - {""}
        aliased = works.join(Alias).where(Alias.norm_alias.in_(keys)).distinct()
        found = list(session.scalars(aliased).all())
    sizes = _fact_counts(session, [w.id for w in found])
    return sorted(found, key=lambda w: (-sizes.get(w.id, 0), w.id))


def _fact_counts(session: Session, ids: list[int]) -> dict[int, int]:
    """Distinct facts per work (fact groups)."""
    if len(ids) < 2:
        return {}
    query = (
        select(FactGroup.work_entity_id, func.count())
        .where(FactGroup.work_entity_id.in_(ids))
        .group_by(FactGroup.work_entity_id)
    )
    return {wid: n for wid, n in session.execute(query) if wid is not None}


def find_work(session: Session, title: str, kind: str | None = None) -> Entity | None:
    """A work by title or a variant of it (of ``kind`` when given), else a unique
    whole-word match or a close fuzzy match."""
    exact = [w for w in find_works(session, title) if kind is None or w.work_kind == kind]
    if exact:
        return exact[0]
    norm = norm_name(title)
    if not norm or kind is not None:
        return None
    names = _work_names(session, Entity.norm_name)
    containing = [i for i, name in names.items() if f" {norm} " in f" {name} "]
    if len(containing) == 1:
        return session.get(Entity, containing[0])
    best = process.extractOne(norm, names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return session.get(Entity, best[2]) if best else None


def suggest_titles(session: Session, title: str, limit: int = 5) -> list[str]:
    """Names of known works that look like ``title``, best first."""
    names = _work_names(session, Entity.name)
    matches = process.extract(
        title, names, scorer=fuzz.WRatio, processor=norm_name, limit=limit, score_cutoff=60
    )
    return [name for name, _score, _id in matches]


def build_card(
    session: Session,
    title: str,
    as_of: date | None = None,
    today: date | None = None,
    rules: ConflictRules | None = None,
    kind: str | None = None,
    min_confidence: float = 0.0,
) -> Card | None:
    """The card of the work called ``title`` (of ``kind`` when given) as known on ``as_of``
    (only documents published by then count); None when no such work is known then.
    ``today`` settles premiere dates (default: ``as_of``, else the real today). Facts with
    a confidence below ``min_confidence`` are left off (and counted in ``hidden``); the
    work's own records always count."""
    work = find_work(session, title, kind)
    if work is None:
        return None
    return work_card(session, work, as_of, today, rules, min_confidence)


def work_card(
    session: Session,
    work: Entity,
    as_of: date | None = None,
    today: date | None = None,
    rules: ConflictRules | None = None,
    min_confidence: float = 0.0,
) -> Card | None:
    """The card of ``work`` (see ``build_card``): its distinct facts with their source
    counts, read from the fact groups (as of a date: aggregated in SQL)."""
    counted = work_facts(session, work.id, as_of)
    if not counted:
        return None
    shown = [c for c in counted if c.row.type == "work" or c.row.confidence >= min_confidence]
    card = Card(
        title=work.name,
        kind=_kind(work, [c.row for c in shown]),
        aliases=sorted({a.alias for a in work.aliases}),
        as_of=as_of,
        others=[
            w.work_kind or "unknown" for w in find_works(session, work.name) if w.id != work.id
        ],
        hidden=len(counted) - len(shown),
        min_confidence=min_confidence,
        work_id=work.id,
    )
    known = [(c.row, c.sources) for c in shown]
    counts = {c.row.id: c.count for c in shown}
    _fill(card, shown)
    _fill_timeline(card, build_timeline(known, today or as_of or date.today()), counts)
    card.conflicts = work_conflicts(work.name, known, rules or ConflictRules())
    for conflict in card.conflicts:
        conflict.work_id = work.id
    card.article_count, card.articles = work_articles(session, work.id, as_of, ARTICLES_KEPT)
    return card


def _fill_timeline(card: Card, timeline: Timeline, counts: dict[int, int]) -> None:
    count_events(timeline.events, counts)
    card.timeline = [
        StatusLine(
            date=e.date,
            status=e.status,
            season=e.season,
            when=e.when,
            sources=[s.doc_id for s in e.sources[:SOURCES_SHOWN]],
            dates=[s.date for s in e.sources[:SOURCES_SHOWN]],
            facts=list(e.facts),
            count=e.count,
        )
        for e in timeline.events
    ]
    card.current = timeline.current


def _kind(work: Entity, rows: Sequence[FactRow]) -> str:
    """The work's kind as resolution settled it, else the kind its facts say most often."""
    if work.work_kind and work.work_kind != "unknown":
        return work.work_kind
    kinds = Counter(r.fields.get("kind") for r in rows if r.type == "work")
    kinds.pop("unknown", None)
    kinds.pop(None, None)
    return str(kinds.most_common(1)[0][0]) if kinds else "unknown"


def _fill(card: Card, rows: Sequence[Counted]) -> None:
    companies: Lines[CompanyLine] = Lines()
    genres: Lines[GenreLine] = Lines()
    cast: Lines[CastLine] = Lines()
    crew: dict[str, Lines[PersonLine]] = {}
    places: Lines[PlaceLine] = Lines()
    characters: Lines[CharacterLine] = Lines()
    quotes: Lines[QuoteLine] = Lines()
    metrics: Lines[MetricLine] = Lines()
    documents: dict[str, None] = {}
    for counted in rows:
        row, sources, n = counted.row, counted.sources, counted.count
        f: dict[str, Any] = row.fields
        subject = row.subject_entity_id
        src = sources
        documents.update(dict.fromkeys(s.doc_id for s in sources))
        if row.type == "company":
            name = _name(row, f.get("company"))
            line = CompanyLine(company=name, role=f.get("role") or "", entity=subject)
            companies.add((_norm(name), line.role), line, src, row.id, n)
        elif row.type == "genre":
            genres.add(_norm(f.get("genre")), GenreLine(genre=f.get("genre") or ""), src, row.id, n)
        elif row.type == "credit" and f.get("role") in CAST_ROLES:
            person = CastLine(
                person=_name(row, f.get("person")),
                character=f.get("character"),
                season=f.get("season"),
                role=f.get("role") or "cast",
                entity=subject,
            )
            key = (_norm(person.person), _norm(person.character), person.season, person.role)
            cast.add(key, person, src, row.id, n)
        elif row.type == "credit":
            name = _name(row, f.get("person"))
            crew.setdefault(f.get("role") or "", Lines()).add(
                _norm(name), PersonLine(person=name, entity=subject), src, row.id, n
            )
        elif row.type == "location":
            place = PlaceLine(
                place=f.get("place") or "", role=f.get("role") or "", season=f.get("season")
            )
            places.add((_norm(place.place), place.role, place.season), place, src, row.id, n)
        elif row.type == "character":
            char = CharacterLine(name=f.get("character") or "", description=f.get("description"))
            characters.add((_norm(char.name), _norm(char.description)), char, src, row.id, n)
        elif row.type == "quote":
            quote = QuoteLine(
                speaker=_name(row, f.get("speaker")),
                text=f.get("text") or "",
                kind=f.get("kind") or "direct",
                via=f.get("via"),
                date=sources[0].date if sources else None,
                entity=subject,
            )
            quotes.add((_norm(quote.speaker), _norm(quote.text)), quote, src, row.id, n)
        elif row.type == "metric":
            metric = MetricLine(
                measure=f.get("measure") or "other",
                value=f.get("value"),
                unit=f.get("unit"),
                period=f.get("period"),
                text=f.get("text") or "",
            )
            what = (metric.measure, metric.value, _norm(metric.unit), _norm(metric.period))
            metrics.add(what, metric, src, row.id, n)
    card.networks = [c for c in companies() if c.role == "network"]
    card.companies = [c for c in companies() if c.role != "network"]
    card.genres = genres()
    card.cast = cast()
    order = {role: i for i, role in enumerate(CREW_ORDER)}
    card.crew = {
        role: crew[role]() for role in sorted(crew, key=lambda r: (order.get(r, len(order)), r))
    }
    card.places = places()
    card.characters = characters()
    card.quotes = quotes()
    card.metrics = metrics()
    card.documents = list(documents)
