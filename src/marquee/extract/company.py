"""Companies behind a work: the network that airs it, the studios that make it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from marquee.extract.common import evidence, work_before, work_for
from marquee.extract.context import Article, Sentence
from marquee.extract.records import Company

AIRING_RE = re.compile(
    r"§N\d+§['’]s|\b(?:on|to|by|from|at|for|hit|with) (?:the )?(?:cable channel |channel |"
    r"network |streamer )?§N\d+§|§N\d+§ (?:has |have |had |will |is |was )?(?:renew|cancel|"
    r"order|commission|pick|announce|confirm|revive|air|series|show|drama|comedy|original|"
    r"event|took|wrote|said|executive|cancels|renews|orders|programming)|"
    r"§N\d+§ (?:[a-z-]+ ){1,2}(?:series|show|drama|comedy|sitcom|programme|documentary)\b",
    re.I,
)
AGENT_RE = re.compile(r"\bby (?:the )?(?:cable |pay |streaming )?(?:channel |network |streamer )?$")
PRODUCTION_RE = re.compile(
    r"\b(?:produced by|producers?|production company|studio|in partnership with|partners?|"
    r"made by|of)\s*(?:§[NC]\d+§|,|and|\s)*$", re.I
)
STUDIO_PHRASE_RE = re.compile(r"\bproduced by (?P<name>[A-Z][\w&.'-]*(?:[ /][A-Z][\w&.'-]*)*)")


def extract_companies(article: Article) -> Iterator[Company]:
    for sentence in article.sentences:
        yield from _networks(article, sentence)
        yield from _studios(article, sentence)


def _networks(article: Article, sentence: Sentence) -> Iterator[Company]:
    masked = sentence.masked
    if not AIRING_RE.search(masked):
        return
    for m in re.finditer(r"§N(\d+)§", masked):
        mention = sentence.mentions[int(m.group(1))]
        context = masked[max(0, m.start() - 40) : m.end() + 40]
        if not AIRING_RE.search(context):
            continue
        if re.match(r"['’]s (?:controller|president|head|chief|boss)", masked[m.end():]):
            continue
        works = [work_for(article, sentence, m.start(), fallback=_mentions_work(masked))]
        possessive = re.match(r"['’]s\b", masked[m.end() :])
        if AGENT_RE.search(masked[: m.start()]) and not possessive:
            # "X was commissioned by N": X, the subject before the agent, airs on N too.
            works.insert(0, work_before(article, sentence, m.start()))
        for work in dict.fromkeys(w for w in works if w):
            yield Company(doc=article.doc_id, work=work, company=mention.value, role="network",
                          evidence=evidence(sentence), confidence=0.7)


def _mentions_work(masked: str) -> bool:
    return bool(re.search(r"\b(?:show|series|programme|season|renew|cancel|episodes?)\b",
                          masked, re.I))


def _studios(article: Article, sentence: Sentence) -> Iterator[Company]:
    masked = sentence.masked
    names: list[tuple[int, str]] = []
    for m in re.finditer(r"§C(\d+)§", masked):
        if PRODUCTION_RE.search(masked[: m.start()]):
            names.append((m.start(), sentence.mentions[int(m.group(1))].value))
    for m in STUDIO_PHRASE_RE.finditer(masked):
        names.append((m.start(), m.group("name")))
    for at, name in names:
        work = work_for(article, sentence, at)
        if work:
            yield Company(doc=article.doc_id, work=work, company=name,
                          role="production_company", evidence=evidence(sentence),
                          confidence=0.6)
