"""Metrics: audience figures, ratings, episode counts, budgets and rankings.

Each measure is one pattern over a sentence's text; the number is normalised
(``numbers.parse_number``), the unit is the noun counted and the period the year or
season the sentence gives. The metric belongs to the nearest title in its sentence,
else the article's main work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from marquee.extract.context import Article, Sentence
from marquee.extract.numbers import NUMBER_RE, as_number, currency, parse_number
from marquee.extract.records import Evidence, Metric

N = rf"(?P<num>{NUMBER_RE})"
SCALED = (
    r"(?P<num>(?:\d[\d,]*(?:\.\d+)?\s?(?:million|billion|thousand|mln|mn|bn|m|k)\b|"
    r"\d{1,3}(?:,\d{3})+|(?:[a-z]+[- ])?[a-z]+ (?:million|billion|thousand)))"
)
AUDIENCE_NOUNS = r"viewers|fans|people|watchers|households|subscribers|members|accounts|homes"


@dataclass(frozen=True)
class Measure:
    measure: str
    pattern: re.Pattern[str]
    unit: str | None = None  # None: the unit is the pattern's "unit" group


MEASURES: tuple[Measure, ...] = (
    Measure(
        "episodes",
        re.compile(
            rf"(?<!first )(?<!last )(?<!next )(?<!final )\b(?!an?\b){N}[- ]"
            rf"(?:(?:hour|half[- ]hour|\d+[- ]minute)[- ]long[- ]|new |more |final |"
            rf"remaining |original )?(?P<unit>episodes?)\b"
            rf"(?!\s+(?:each|every|a week|per|at a time|back[- ]to[- ]back|in a row|a night)\b)",
            re.I,
        ),
        "episodes",
    ),
    Measure(
        "audience",
        re.compile(rf"\b{SCALED}\s+(?:\w+\s+)?(?P<unit>{AUDIENCE_NOUNS})\b", re.I),
    ),
    Measure(
        "audience",
        re.compile(
            rf"\b(?:audiences? of|watched by|viewership of|average of|peak of)\s+"
            rf"(?:(?:more than|over|about|around|nearly|almost|some)\s+)?{SCALED}"
            rf"(?:\s+(?P<unit>{AUDIENCE_NOUNS}))?",
            re.I,
        ),
        "viewers",
    ),
    Measure(
        "audience",
        re.compile(r"\b(?P<num>\d{1,2}\.\d)\s+(?P<unit>rating)\b", re.I),
    ),
    Measure(
        "budget",
        re.compile(
            rf"\b(?:cost(?:ing|s)?|budget(?:ed)? of|price tag of|spent|spending|budget)\s+"
            rf"(?:(?:of|about|around|roughly|nearly|almost|over|"
            rf"more than|an estimated|a reported)\s+)*(?P<num>[$£€]\s?{NUMBER_RE})"
            rf"(?P<per>\s+(?:per|an|a) episode)?",
            re.I,
        ),
    ),
    Measure(
        "budget",
        re.compile(
            rf"(?P<num>[$£€]\s?{NUMBER_RE})(?P<per>\s+(?:per|an|a) episode)?"
            rf"\s+(?:budget|production budget|price tag)",
            re.I,
        ),
    ),
    Measure(
        "budget",
        re.compile(
            rf"(?P<num>[$£€]\s?{NUMBER_RE})(?:(?P<per>\s+(?:per|an|a) episode)|\s+(?:[\w-]+\s+)?"
            rf"(?:movie|film|series|show|production|drama|project|epic|blockbuster|adaptation)\b)",
            re.I,
        ),
    ),
    Measure(
        "ranking",
        re.compile(
            r"\b(?:the|our|its|their|his|her)\s+(?P<unit>(?:most[- ](?:popular|watched|"
            r"streamed|viewed|successful)|highest[- ]rated|top[- ]rated|biggest|"
            r"longest[- ]running|best[- ]performing)\s+(?:[\w-]+\s+){0,3}(?:series|shows?|"
            r"comedy|drama|title|original|premiere|debut|launch|programme|program))\b",
            re.I,
        ),
    ),
)
CROWD_UNITS = {"people", "members", "households", "homes", "accounts"}
VIEWING_RE = re.compile(
    r"\b(?:watch\w*|tun\w* in|view\w*|saw|seen|audiences?|ratings?|stream\w*|"
    r"episodes?|series|show|broadcast)\b",
    re.I,
)
PERIOD_RE = re.compile(
    r"\b(?:of|in|for|during|since)\s+(?P<period>(?:19|20)\d{2})\b|"
    r"\b(?P<season>(?:first|second|third|fourth|fifth|sixth|final|debut|latest) season)\b",
    re.I,
)


def _period(sentence: Sentence, end: int) -> str | None:
    m = PERIOD_RE.search(sentence.text, end - sentence.start)
    if m is None:
        return None
    return m.group("period") or m.group("season").lower()


def _unit(measure: Measure, m: re.Match[str]) -> str | None:
    if measure.measure == "budget":
        money = currency(m.group("num")) or "dollars"
        return f"{money} per episode" if m.groupdict().get("per") else money
    if measure.unit is not None and measure.measure != "audience":
        return measure.unit
    unit = m.groupdict().get("unit")
    return (unit or measure.unit or "").lower() or None


def _value(measure: Measure, m: re.Match[str]) -> int | float | None:
    if measure.measure == "ranking":
        return 1
    value = parse_number(m.group("num"))
    return as_number(value) if value is not None else None


def extract_metrics(article: Article) -> Iterator[Metric]:
    for sentence in article.sentences:
        taken: list[tuple[int, int]] = []
        for measure in MEASURES:
            for m in measure.pattern.finditer(sentence.text):
                start, end = sentence.start + m.start(), sentence.start + m.end()
                if any(s < end and start < e for s, e in taken):
                    continue
                value = _value(measure, m)
                if value is None or (measure.measure == "episodes" and not 1 < value < 1000):
                    continue
                unit = _unit(measure, m)
                if unit in CROWD_UNITS and not VIEWING_RE.search(sentence.text):
                    continue  # "200,000 people marched": a crowd, not an audience
                work = _work(article, sentence, start)
                if work is None:
                    continue
                taken.append((start, end))
                yield Metric(
                    doc=article.doc_id,
                    work=work,
                    measure=measure.measure,
                    value=value,
                    unit=unit,
                    period=_period(sentence, end),
                    text=m.group().strip(),
                    evidence=[Evidence(start, end)],
                )


def _work(article: Article, sentence: Sentence, start: int) -> str | None:
    """The work of a figure: the title nearest it in the sentence, else the main work."""
    best: tuple[int, str] | None = None
    for mention in sentence.titles():
        distance = abs(mention.start - start)
        if best is None or distance < best[0]:
            best = (distance, mention.value)
    if best is not None:
        return best[1]
    return article.main_work
