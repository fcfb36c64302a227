"""Running the extractors: parsed Doc -> fact records, merged (stage 3)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

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
from marquee.extract.post import extract_posts
from marquee.extract.records import Credit, Fact, Status
from marquee.extract.status import extract_statuses
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
    merged = merge(facts, article)
    calibrate(merged)
    return merged


def _key(fact: Fact) -> tuple[Any, ...]:
    payload = fact.payload()
    fields = KEYS.get(fact.type, tuple(payload))
    return (fact.type, *(_norm(payload.get(f)) for f in fields))


def _norm(value: Any) -> Any:
    return value.lower().replace("-", " ") if isinstance(value, str) else value


def merge(facts: Iterable[Fact], article: Article) -> list[Fact]:
    """One record per fact: evidence joined, an explicit date preferred to a default one."""
    default = article.published.isoformat() if article.published else None
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


def extract_documents(
    nlp: Language, documents: Iterable[Document], batch_size: int = 32
) -> Iterator[tuple[Document, list[Fact]]]:
    """Parse documents with ``nlp.pipe`` and yield each with its fact records.

    The headline rides along in ``doc.user_data`` so the title component can use it.
    """

    def docs() -> Iterator[tuple[Doc, Document]]:
        for document in documents:
            doc = nlp.make_doc(document.text)
            if document.title:
                doc.user_data["headline"] = document.title
            yield doc, document

    for doc, document in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield document, extract_article(doc, document)
