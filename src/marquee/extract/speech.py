"""Who speaks where: quotation spans and the people and organisations that can say them.

``find_quotes`` pairs quotation marks (curly and straight) paragraph by paragraph, and
carries a curly quote on across paragraphs the way typesetting does (each paragraph of
a long quote opens with a mark; only the last one closes). ``Speakers`` knows every
mention of a person or an organisation outside quotation marks and answers the
questions attribution asks: who is the speaker in this stretch of text, and who does a
pronoun or a description ("the actress") most recently point to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc

from marquee.extract.context import Mention
from marquee.nlp.pronouns import PRONOUN_GENDER, Named, antecedent, genders, is_subject

OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "“", "”", '"'
PARAGRAPH_RE = re.compile(r"[^\n]+")
PRONOUNS = frozenset({"he", "she", "it", "they"})
ORG_LABELS = {"NETWORK": "N", "OUTLET": "O", "STUDIO": "C"}
POSSESSIVE_RE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class QuoteSpan:
    """The words between a pair of quotation marks (``start``/``end``, body offsets),
    the marks included in ``outer_start``/``outer_end``; ``paragraph`` counts lines."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line."""
    return [(m.start(), m.end()) for m in PARAGRAPH_RE.finditer(text)]


def _straight_opens(para: str, i: int) -> bool:
    """Whether a straight mark at ``i`` opens a quote: a word follows it, none precedes it."""
    after = para[i + 1 : i + 2]
    before = para[i - 1 : i] if i else " "
    return bool(after) and not after.isspace() and (before.isspace() or before in "([—–-:")


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation in ``text``, in order; unpaired marks are ignored.

    A straight mark opens when a word follows it and closes otherwise, so a curly quote
    closed by a straight mark (a common typo) still pairs.
    """
    quotes: list[QuoteSpan] = []
    carried: int | None = None  # where a curly quote left open by earlier paragraphs began
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        para = text[p_start:p_end]
        open_at: int | None = None
        open_mark = ""
        for i, ch in enumerate(para):
            at = p_start + i
            if open_at is None:
                if ch == OPEN_CURLY:
                    resume = carried is not None and not para[:i].strip()
                    open_at = carried if resume and carried is not None else at
                    open_mark = OPEN_CURLY
                elif ch == STRAIGHT and _straight_opens(para, i):
                    open_at, open_mark = at, STRAIGHT
                carried = None if open_at is not None else carried
                continue
            closes = ch == CLOSE_CURLY and open_mark == OPEN_CURLY
            closes |= ch == STRAIGHT and (open_mark == STRAIGHT or not _straight_opens(para, i))
            if closes:
                if at > open_at + 1:
                    quotes.append(QuoteSpan(open_at + 1, at, open_at, at + 1, index))
                open_at = None
        carried = open_at if open_at is not None and open_mark == OPEN_CURLY else None
    return quotes


def paragraph_of(text: str, at: int) -> tuple[int, int]:
    """The (start, end) of the line holding offset ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


@dataclass(frozen=True)
class SpeakerMention:
    kind: str  # "person" or "org"
    name: str
    start: int
    end: int


class Speakers:
    """Mentions of possible speakers in one article, outside quotation marks."""

    def __init__(self, doc: Doc, quotes: list[QuoteSpan]) -> None:
        self.doc = doc
        self.quotes = quotes

    def _quoted(self, start: int) -> bool:
        return any(q.start <= start < q.end for q in self.quotes)

    @cached_property
    def full_names(self) -> list[str]:
        return sorted({s.label_ for s in self.doc.spans.get("people", [])})

    def name_for(self, text: str) -> str | None:
        """The full name a bare first name or surname stands for, when only one fits."""
        text = " ".join(text.split())
        if text in self.full_names:
            return text
        parts = text.split()
        fits = [
            n for n in self.full_names
            if len(parts) == 1 and parts[0] in (n.split()[0], n.split()[-1])
        ]
        return fits[0] if len(fits) == 1 else None

    @cached_property
    def mentions(self) -> list[SpeakerMention]:
        found: list[SpeakerMention] = []
        taken: set[int] = set()
        for span in self.doc.spans.get("people", []):
            name = POSSESSIVE_RE.sub("", span.label_)
            found.append(SpeakerMention("person", name, span.start_char, span.end_char))
            taken.update(range(span.start_char, span.end_char))
        for ent in self.doc.ents:
            if ent.start_char in taken:
                continue
            if ent.label_ in ORG_LABELS:
                found.append(SpeakerMention("org", ent.text, ent.start_char, ent.end_char))
            elif ent.label_ == "PERSON":
                full = self.name_for(ent.text)
                if full:
                    found.append(SpeakerMention("person", full, ent.start_char, ent.end_char))
        return sorted(
            (m for m in found if not self._quoted(m.start)), key=lambda m: m.start
        )

    def within(self, start: int, end: int) -> list[SpeakerMention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    @cached_property
    def genders(self) -> dict[str, str]:
        """The genders marquee_pronouns found, else found here from the named people."""
        if self.doc._.person_genders is not None:
            return dict(self.doc._.person_genders)
        names = [p for p in self.doc.spans.get("people", []) if p.text.lower() not in PRONOUNS]
        return genders(self.doc, names)

    @cached_property
    def _named(self) -> list[Named]:
        return [
            Named(m.name, m.start, m.end, self.is_subject(m))
            for m in self.mentions if m.kind == "person"
        ]

    def recent(
        self, before: int, kind: str = "person", window: int = 1500, pronoun: str = ""
    ) -> str | None:
        """The most recent mention of ``kind`` ("any" for either) before offset ``before``;
        for a person, the one a pronoun (or a description) would stand for."""
        if kind == "person":
            gender = PRONOUN_GENDER.get(pronoun.lower())
            return antecedent(self._named, before, gender, self.genders)
        for m in reversed(self.mentions):
            if m.start >= before:
                continue
            if before - m.end > window:
                return None
            if kind in ("any", m.kind):
                return m.name
        return None

    def is_subject(self, mention: SpeakerMention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and is_subject(span)


def as_mentions(speakers: list[SpeakerMention]) -> list[Mention]:
    """The speaker mentions as masking mentions (P for people, O for organisations)."""
    return [
        Mention("P" if s.kind == "person" else "O", s.name, s.start, s.end) for s in speakers
    ]


def mask(text: str, start: int, end: int, mentions: list[Mention]) -> tuple[str, list[Mention]]:
    """``text[start:end]`` with each mention inside replaced by ``§K<i>§``."""
    parts: list[str] = []
    kept: list[Mention] = []
    pos = start
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < pos or m.end > end:
            continue
        parts.append(text[pos : m.start])
        parts.append(f"§{m.kind}{len(kept)}§")
        kept.append(m)
        pos = m.end
    parts.append(text[pos:end])
    return "".join(parts), kept
