"""Quote records: direct and reported speech of one article, with outlets and works.

``via``: an outlet the article credits for a speaker's words (``According to a report
by Deadline``, ``told Variety``) also covers that speaker's following words, until the
article names another source.
"""

from __future__ import annotations

import re

from marquee.extract.context import Article
from marquee.extract.quote import Attributor, Said
from marquee.extract.records import Evidence, Quote
from marquee.extract.reported import reported_speech

ARTICLE_VIA_RE = re.compile(r"\[\s*via\s+(?P<outlet>[^\]\n]{2,40})\]", re.I)


def attributed(article: Article) -> list[Said]:
    """Every attributed quotation of the article, direct and reported, in text order."""
    attributor = Attributor(article)
    direct = attributor.run()
    said = sorted([*direct, *reported_speech(attributor, direct)], key=lambda s: s.start)
    _scope_via(said, article)
    return said


def _scope_via(said: list[Said], article: Article) -> None:
    current: tuple[str, str] | None = None  # (speaker, outlet)
    for s in said:
        if s.explicit_via and s.via:
            current = (s.speaker, s.via)
        elif current and current[0] == s.speaker:
            s.via = current[1]
        if s.via == s.speaker:
            s.via = None
        elif current and s.speaker != current[0] and _is_source(s, article):
            current = None
    credited = ARTICLE_VIA_RE.search(article.text)
    if credited:
        for s in said:
            if s.kind == "direct" and s.via is None and s.speaker != credited.group("outlet"):
                s.via = credited.group("outlet").strip()


def _is_source(said: Said, article: Article) -> bool:
    """Whether a speaker is itself a source (an outlet) that ends an earlier credit."""
    return any(
        ent.label_ == "OUTLET" and ent.text == said.speaker for ent in article.doc.ents
    )


def _work(said: Said, article: Article) -> str | None:
    """The work a quote is about: a title in its words or its sentence, else the main work."""
    for sentence in article.sentences:
        if sentence.start <= said.start < sentence.end or said.start <= sentence.start < said.end:
            titles = sentence.titles()
            if titles:
                return titles[0].value
    return article.main_work


def quote_records(article: Article, said: list[Said]) -> list[Quote]:
    return [
        Quote(
            doc=article.doc_id,
            speaker=s.speaker,
            text=s.text,
            kind=s.kind,
            via=s.via,
            work=_work(s, article),
            evidence=[Evidence(q.start, q.end) for q in s.spans],
            path=s.path,
        )
        for s in said
    ]
