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
    said = sorted([*said, *_after_speech(attributor, said)], key=lambda s: s.start)
    _scope_via(said, article)
    return said


SENTENCE_REST_RE = re.compile(r"^[^\n.!?]*[.!?][\"”’')]*\s*$")
NEW_SENTENCE_RE = re.compile(r"^\s*(?:$|\n|[“\"A-Z])")


def _after_speech(attributor: Attributor, said: list[Said]) -> list[Said]:
    """Quotes with no frame of their own that open a sentence right after a sentence
    reporting someone's words ("X says the ending was planned. "We always knew."") are
    that speaker's; a run of such quotes is one record."""
    text = attributor.text
    out: list[Said] = []
    for q, content in attributor.unattributed:
        p_start = text.rfind("\n", 0, q.outer_start) + 1
        before = text[p_start : q.outer_start]
        if not before.strip() or not re.search(r"[.!?][\"”’')]*\s*$", before):
            continue  # the quote does not follow a sentence of its paragraph
        line_end = text.find("\n", q.outer_end)
        after = text[q.outer_end : line_end if line_end >= 0 else len(text)]
        if not NEW_SENTENCE_RE.match(after) and not re.match(r"^[.!?]", after.strip()):
            continue  # words after the quote in its sentence: not a quote of its own
        last = out[-1] if out else None
        if last and not text[last.end : q.outer_start].strip():
            last.spans.append(q)
            last.texts.append(content)
            continue
        reports = [
            s for s in said
            if p_start <= s.start and s.end <= q.outer_start and s.path != "quote.reported_fragment"
            and SENTENCE_REST_RE.match(text[s.end : q.outer_start])
        ]
        if not reports:
            continue
        source = reports[-1]
        out.append(Said(source.speaker, [q], [content], verb=source.verb, via=source.via,
                        frame=(source.start, q.outer_start), path="quote.after_speech"))
    return out


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
    return any(ent.label_ == "OUTLET" and ent.text == said.speaker for ent in article.ents)


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
