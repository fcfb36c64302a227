"""Season mentions: "Season 2", "the 25th season", "a sixth and final season",
"series two", and relative ones ("another season", "two more seasons").

Each goes to ``doc.spans["seasons"]`` with its label: the number ("2"), ``next`` for
another/next/new season, or ``more:N`` for N more seasons.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from marquee.nlp.doctext import doc_text

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
_NUM = "|".join(NUMBER_WORDS)
_ORD = "|".join(ORDINALS)
SEASON = r"(?:season|series)"
PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b{SEASON} (?P<n>\d{{1,2}}|{_NUM})\b", re.I), "number"),
    (re.compile(rf"\b(?P<n>\d{{1,2}})(?:st|nd|rd|th)(?: and (?:final|last))? {SEASON}\b", re.I),
     "number"),
    (re.compile(rf"\b(?P<n>{_ORD})(?:,? and (?:final|last))?[ -]{SEASON}\b", re.I),
     "ordinal"),  # "a fourth season", "the fourth-series finale"
    (re.compile(rf"\b(?:another|next|new|further) {SEASON}\b", re.I), "next"),
    (re.compile(rf"\b(?P<n>\d{{1,2}}|{_NUM}) (?:more|further|additional) {SEASON}s?\b", re.I),
     "more"),
]


def season_number(token: str) -> int:
    token = token.lower()
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token) or ORDINALS[token]


def find_seasons(doc: Doc) -> list[Span]:
    spans: list[Span] = []
    taken: set[int] = set()
    for pattern, kind in PATTERNS:
        for m in pattern.finditer(doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or taken & set(range(span.start, span.end)):
                continue
            if kind == "next":
                label = "next"
            elif kind == "more":
                label = f"more:{season_number(m.group('n'))}"
            else:
                label = str(season_number(m.group("n")))
            taken.update(range(span.start, span.end))
            spans.append(Span(doc, span.start, span.end, label=label))
    return sorted(spans, key=lambda s: s.start)
