"""Facts whose work the article's topic supplied, not their own words.

A fact is attributed to a work in its clause when the clause names one; otherwise the
sentence falls back to the article's main work (``about.work_at``). The two are not
equally reliable, so a fact whose evidence names its work nowhere (no title, no "the
series" that refers to it) carries ``TOPIC`` on its path: it is calibrated on its own
(``confidence``) and shown or hidden by that measure.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from marquee.extract.context import Article
from marquee.extract.records import Fact

TOPIC = "~topic"
# The types whose facts are told apart by their work (a quote is its speaker's words,
# whichever work it came with).
WORK_TYPES = frozenset({"status", "credit", "company", "genre", "location", "character",
                        "metric"})


def named_in_evidence(article: Article, fact: Fact, work: str,
                      starts: list[int] | None = None) -> bool:
    """Whether a title or a work reference labelled ``work`` lies inside the sentences of
    the fact's evidence (``starts``: the sentences' start offsets, when known)."""
    wanted = work.lower()
    sentences = article.sentences
    starts = [s.start for s in sentences] if starts is None else starts
    for span in fact.evidence:
        i = max(bisect_right(starts, span.start) - 1, 0)
        while i < len(sentences) and sentences[i].start < max(span.end, span.start + 1):
            if any(m.kind == "T" and m.value.lower() == wanted for m in sentences[i].mentions):
                return True
            i += 1
    return False


def mark_topic_facts(article: Article, facts: Iterable[Fact]) -> None:
    """Add ``TOPIC`` to the path of each fact whose work its evidence does not name."""
    starts = [s.start for s in article.sentences]
    for fact in facts:
        work = getattr(fact, "work", None)
        if fact.type not in WORK_TYPES or not isinstance(work, str) or not fact.evidence:
            continue
        if fact.path.endswith(TOPIC) or named_in_evidence(article, fact, work, starts):
            continue
        fact.path = f"{fact.path or fact.type}{TOPIC}"
