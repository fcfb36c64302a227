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

OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "“", "”", '"'
PARAGRAPH_RE = re.compile(r"[^\n]+")
PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "any"}
ORG_LABELS = {"NETWORK": "N", "OUTLET": "O", "STUDIO": "C"}
POSSESSIVE_RE = re.compile(r"['’]s?$")
SUBJECT_LOOKBACK = 4  # people mentioned last among whom a pronoun looks for a subject
GENDERED = {
    **dict.fromkeys(
        ("actress", "wife", "mother", "daughter", "sister", "girlfriend", "queen", "princess",
         "woman", "mrs", "ms", "miss", "lady", "her", "actresses", "aunt", "grandmother",
         "niece", "businesswoman", "chairwoman", "spokeswoman", "heroine"), "f"),
    **dict.fromkeys(
        ("husband", "father", "son", "brother", "boyfriend", "king", "prince", "man", "mr",
         "sir", "lord", "his", "uncle", "grandfather", "nephew", "businessman", "chairman",
         "spokesman"), "m"),
}


@dataclass(frozen=True)
class QuoteSpan:
    """The words between a pair of quotation marks (``start``/``end``, body offsets),
    the marks included in ``outer_start``/``outer_end``; ``paragraph`` counts lines."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int


def _paragraphs(text: str) -> list[tuple[int, int]]:
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
    for index, (p_start, p_end) in enumerate(_paragraphs(text)):
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
        """"f"/"m" for people the text marks: a gendered word just before a mention
        ("actress", "his wife", "Mr"), or the only person of a sentence that the next
        sentence continues with "She"/"He"."""
        found: dict[str, set[str]] = {}
        people = [m for m in self.mentions if m.kind == "person"]
        for m in people:
            before = self.doc.text[max(0, m.start - 30) : m.start].lower().split()[-2:]
            marked = [GENDERED[w.strip(".,")] for w in before if w.strip(".,") in GENDERED]
            if marked:  # the word nearest the name: "his wife Jane" marks Jane
                found.setdefault(m.name, set()).add(marked[-1])
        sentences = list(self.doc.sents)
        for sent, nxt in zip(sentences, sentences[1:], strict=False):
            inside = {m.name for m in people if sent.start_char <= m.start < sent.end_char}
            first = nxt[0].lower_ if len(nxt) else ""
            if len(inside) == 1 and first in ("he", "she"):
                found.setdefault(inside.pop(), set()).add("m" if first == "he" else "f")
        return {name: g.pop() for name, g in found.items() if len(g) == 1}

    def recent(
        self, before: int, kind: str = "person", window: int = 1500, pronoun: str = ""
    ) -> str | None:
        """The most recent mention of ``kind`` ("any" for either) before offset ``before``;
        a "he" or "she" passes over people the text marks as the other gender."""
        wanted = {"he": "m", "she": "f"}.get(pronoun.lower())
        fitting = [
            m for m in self.mentions
            if m.start < before and before - m.end <= window and kind in ("any", m.kind)
            and not (wanted and self.genders.get(m.name, wanted) != wanted)
        ]
        if not fitting:
            return None
        if kind == "person":
            last = fitting[-SUBJECT_LOOKBACK:]
            known = [m for m in last if wanted and self.genders.get(m.name) == wanted]
            subjects = [m for m in last if self.is_subject(m)]
            # A pronoun picks up a person the text marks with its gender, else the last
            # person who did something (a sentence's subject), else the last one named.
            for group in (known, subjects):
                if group:
                    return group[-1].name
        return fitting[-1].name

    def is_subject(self, mention: SpeakerMention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        while root.dep_ in ("compound", "appos", "conj", "pobj", "prep") and root.head is not root:
            root = root.head
        return root.dep_ in ("nsubj", "nsubjpass")


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
