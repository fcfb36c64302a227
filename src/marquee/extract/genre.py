"""Genres, as the article words them ("romantic-comedy series" -> "romantic comedy")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from marquee.extract.common import evidence
from marquee.extract.context import Article, Mention, Sentence
from marquee.extract.records import Genre
from marquee.nlp.vocab import GENRES

_G = "|".join(sorted((re.escape(g).replace(r"\ ", "[ -]") for g in GENRES), key=len,
                     reverse=True))
KIND = r"(?:(?:tv|television) )?(?:series|show|sitcom|programme|program|film|movie|drama|hit)"
GENRE_RE = re.compile(
    rf"(?<![\w-])(?P<genre>{_G})(?!\w)(?:[ -](?:tv|television))?(?P<kind>[ -]{KIND}\b)?", re.I
)


def normalise_genre(text: str) -> str:
    text = text.lower().replace("-", " ")
    text = re.sub(r"\b(?:tv|television|series|show|film|movie)\b", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _work(article: Article, sentence: Sentence, start: int, end: int, kind: bool) -> str | None:
    """The work a genre phrase at body offsets [start, end) describes."""
    titles: list[Mention] = sentence.titles()
    for t in titles:  # "the romantic-comedy series" is itself a reference to the work
        if t.start <= start and end <= t.end:
            return t.value
    for t in titles:  # "hit comedy Blackadder", "TV talent show The X Factor"
        gap = article.text[end : t.start]
        if 0 <= t.start - end <= 40 and re.fullmatch(r"[\s,]*(?:[\w-]+\s+){0,3}", gap):
            return t.value
    before = [t for t in titles if t.end <= start]
    if before and re.search(r"\b(?:is|was|as)\b", article.text[before[-1].end : start]):
        return before[-1].value  # "Comeback is the first comedy series"
    return None


def extract_genres(article: Article) -> Iterator[Genre]:
    for sentence in article.sentences:
        for m in GENRE_RE.finditer(sentence.text):
            start, end = sentence.start + m.start(), sentence.start + m.end()
            work = _work(article, sentence, start, end, bool(m.group("kind")))
            if work is None:
                continue
            genre = normalise_genre(m.group("genre"))
            if genre:
                yield Genre(doc=article.doc_id, work=work, genre=genre,
                            evidence=evidence(sentence), confidence=0.6)
