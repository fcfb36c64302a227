"""Running the extractors: parsed Doc -> fact records, merged (stage 3)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import partial
from itertools import islice
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from marquee.extract.attribution import attributed, quote_records
from marquee.extract.characters import extract_characters, normalise_credits
from marquee.extract.company import extract_companies
from marquee.extract.confidence import calibrate
from marquee.extract.context import Article
from marquee.extract.credits import extract_credits
from marquee.extract.genre import extract_genres
from marquee.extract.location import extract_locations
from marquee.extract.metric import extract_metrics
from marquee.extract.parts import shifted, split_parts
from marquee.extract.post import extract_posts
from marquee.extract.records import Credit, Fact, Status
from marquee.extract.status import extract_statuses
from marquee.extract.topic import mark_topic_facts
from marquee.extract.work import extract_works
from marquee.sources.document import Document

KEYS: dict[str, tuple[str, ...]] = {
    "work": ("title",),
    "status": ("work", "season", "status"),
    "credit": ("work", "person", "role", "character"),
    "company": ("work", "company", "role"),
    "genre": ("work", "genre"),
    "location": ("work", "place", "role"),
    "character": ("work", "character"),
    "quote": ("speaker", "text"),
    "post": ("platform", "handle", "text"),
    "metric": ("work", "measure", "value"),
}


def extract_article(doc: Doc, document: Document) -> list[Fact]:
    """All fact records of one parsed document, duplicates merged."""
    article = Article.build(document.id, doc, document.date)
    credits = list(extract_credits(article))
    normalise_credits(credits, article)
    article.characters = {c.character for c in credits if c.character}
    said = attributed(article)
    facts: list[Fact] = [
        *extract_works(article),
        *extract_statuses(article),
        *credits,
        *extract_companies(article),
        *extract_genres(article),
        *extract_locations(article),
        *extract_characters(article, credits),
        *quote_records(article, said),
        *extract_posts(article, said),
        *extract_metrics(article),
    ]
    merged = merge(facts, article.published)
    mark_topic_facts(article, merged)
    calibrate(merged)
    return merged


def _key(fact: Fact) -> tuple[Any, ...]:
    payload = fact.payload()
    fields = KEYS.get(fact.type, tuple(payload))
    return (fact.type, *(_norm(payload.get(f)) for f in fields))


def _norm(value: Any) -> Any:
    return value.lower().replace("-", " ") if isinstance(value, str) else value


def merge(facts: Iterable[Fact], published: date | None) -> list[Fact]:
    """One record per fact: evidence joined, an explicit date preferred to the default
    one (the publication date)."""
    default = published.isoformat() if published else None
    merged: dict[tuple[Any, ...], Fact] = {}
    with_character: set[tuple[Any, ...]] = set()  # credit keys less the character
    for fact in facts:
        key = _key(fact)
        if isinstance(fact, Credit):
            # "X stars" and "X stars as Y" are one credit: the character wins.
            if fact.character is None and key[:4] in with_character:
                continue
            if fact.character is not None:
                merged.pop((*key[:4], None), None)
                with_character.add(key[:4])
        kept = merged.get(key)
        if kept is None:
            merged[key] = fact
            continue
        for ev in fact.evidence:
            if ev not in kept.evidence:
                kept.evidence.append(ev)
        kept.confidence = max(kept.confidence, fact.confidence)
        if isinstance(kept, Status) and isinstance(fact, Status):
            if kept.date in (None, default) and fact.date not in (None, default):
                kept.date = fact.date
    return _drop_seasonless(list(merged.values()))


def _drop_seasonless(facts: list[Fact]) -> list[Fact]:
    """A status with no season is dropped when the same status is known for a season."""
    with_season = {(f.work, f.status) for f in facts if isinstance(f, Status) and f.season}
    return [
        f for f in facts
        if not (isinstance(f, Status) and f.season is None and (f.work, f.status) in with_season)
    ]


OnFailure = Callable[[Document, str], None]
T = TypeVar("T")


def extract_documents(
    nlp: Language,
    documents: Iterable[Document],
    batch_size: int = 32,
    *,
    max_chars: int | None = None,
    on_failure: OnFailure | None = None,
) -> Iterator[tuple[Document, list[Fact]]]:
    """Parse documents with ``nlp.pipe`` and yield each with its fact records, in order.

    The headline rides along in ``doc.user_data`` so the title component can use it. A
    text longer than ``max_chars`` (default: the pipeline's ``max_length``) is read in
    parts (``marquee.extract.parts``). With ``on_failure``, a document the pipeline or
    an extractor fails on is handed to it with the reason and the others go on; without
    it the error propagates.
    """
    limit = max_chars or nlp.max_length
    source = iter(documents)
    while batch := list(islice(source, batch_size)):
        short = [d for d in batch if len(d.text) <= limit]
        parsed = dict(zip(map(id, short), _parse_all(nlp, short, on_failure), strict=True))
        for document in batch:
            if len(document.text) > limit:
                work = partial(_in_parts, nlp, document, limit)
            else:
                doc = parsed[id(document)]
                if doc is None:
                    continue  # the failure was reported
                work = partial(extract_article, doc, document)
            facts = _guarded(on_failure, document, work)
            if facts is not None:
                yield document, facts


def _make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    if document.title:
        doc.user_data["headline"] = document.title
    return doc


def _parse_all(
    nlp: Language, documents: list[Document], on_failure: OnFailure | None
) -> list[Doc | None]:
    """The parses of ``documents`` (one ``pipe`` call); when it fails and failures are
    handled, each is parsed alone so that only the bad one is lost (None)."""
    if not documents:
        return []
    try:
        return list(nlp.pipe((_make_doc(nlp, d) for d in documents), batch_size=len(documents)))
    except Exception:
        if on_failure is None:
            raise
    out: list[Doc | None] = []
    for document in documents:
        out.append(_guarded(on_failure, document, partial(_parse, nlp, document)))
    return out


def _parse(nlp: Language, document: Document) -> Doc:
    return nlp(_make_doc(nlp, document))


def _in_parts(nlp: Language, document: Document, limit: int) -> list[Fact]:
    """The facts of a text too long for the pipeline: each part read alone, then merged."""
    facts: list[Fact] = []
    for offset, text in split_parts(document.text, limit):
        part = replace(document, text=text)
        facts.extend(shifted(f, offset) for f in extract_article(_parse(nlp, part), part))
    merged = merge(facts, document.date)
    calibrate(merged)
    return merged


def _guarded(on_failure: OnFailure | None, document: Document, work: Callable[[], T]) -> T | None:
    """``work()``; with ``on_failure``, an error becomes a reported failure (None)."""
    if on_failure is None:
        return work()
    try:
        return work()
    except Exception as exc:  # any bug on one document must not cost the batch
        on_failure(document, failure_reason(exc))
        return None


def failure_reason(exc: BaseException) -> str:
    """``extraction failed: IndexError: string index out of range`` and the like."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"extraction failed: {type(exc).__name__}" + (f": {message[:200]}" if message else "")
