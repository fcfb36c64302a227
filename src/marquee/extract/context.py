"""What every extractor needs about one parsed article.

``Sentence.masked`` is the sentence text with each person, title, work reference,
network, studio and outlet replaced by a marker (``§P0§``, ``§T1§``, ``§N0§``...), so the
extractors' patterns read the shape of a sentence rather than its names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

import dateparser
from spacy.tokens import Doc, Span, Token

from marquee.extract.intervals import RangeIndex
from marquee.vocab import MONTHS

POST_SIGNATURE_RE = re.compile(
    r"—\s*(?P<author>[^\n(]{1,60}?)\s*\((?P<handle>@\w+)\)\s*(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})"
)
MONTH_RE = "|".join(m + "|" + m[:3] + r"\.?" for m in MONTHS)
YEAR_RE = re.compile(r"\b(19[0-9]{2}|20[0-9]{2})\b")
RELATIVE_RE = re.compile(
    r"\b(?:yesterday|today|this morning|tonight|last night|(?:on |late |early )?(?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning)?)\b", re.I)


# A round-up names more than ROUNDUP_WORKS works, none of them with MAIN_SHARE of the
# title mentions: a sentence that names no work is then about none that can be told.
ROUNDUP_WORKS = 6
MAIN_SHARE = 0.25

@dataclass
class Mention:
    kind: str  # P person, T work, N network, C studio, O outlet
    value: str  # the resolved name
    start: int  # characters, into the body
    end: int
    first: int = -1  # tokens: the mention is doc[first:last]
    last: int = -1


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    masked: str
    mentions: list[Mention]
    first: int = 0  # tokens: the sentence is doc[first:last]
    last: int = 0

    def titles(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "T"]


@dataclass
class Article:
    """A parsed document with its id, publication date and masked sentences."""

    doc_id: str
    doc: Doc
    published: date | None
    sentences: list[Sentence] = field(default_factory=list)

    mentions: list[Mention] = field(default_factory=list)
    # Names the credits read as characters ("X as Tess", "Tess (X)"): no speaker is one.
    characters: set[str] = field(default_factory=set)
    _by_token: dict[int, Mention] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, doc_id: str, doc: Doc, published: date | None) -> Article:
        """Mentions are collected once for the whole document, then dealt to sentences:
        the cost is linear in the document's length."""
        article = cls(doc_id, doc, published)
        article.mentions = doc_mentions(doc)
        for mention in article.mentions:
            for i in range(mention.first, mention.last):
                article._by_token[i] = mention
        pending = iter(article.mentions)
        upcoming = next(pending, None)
        for index, sent in enumerate(doc.sents):
            inside: list[Mention] = []
            while upcoming is not None and upcoming.first < sent.start:
                upcoming = next(pending, None)
            while upcoming is not None and upcoming.last <= sent.end:
                inside.append(upcoming)
                upcoming = next(pending, None)
            if not sent.text.isspace():
                article.sentences.append(_mask(index, sent, article.text, inside))
        return article

    def mention_of(self, token: Token | int) -> Mention | None:
        """The work, person or company mention that covers ``token``, if any."""
        return self._by_token.get(token if isinstance(token, int) else token.i)

    @property
    def main_work(self) -> str | None:
        value = self.doc._.main_work
        return value if isinstance(value, str) else None

    @cached_property
    def about_main_work(self) -> bool:
        """Whether the article is about its main work, not a round-up of many: the main
        work has at least MAIN_SHARE of the title mentions, or few works are named."""
        main = self.main_work
        if main is None:
            return False
        names = [s.label_ for s in self.doc.spans.get("titles", [])]
        if len(set(names)) <= ROUNDUP_WORKS:
            return True
        return names.count(main) >= MAIN_SHARE * len(names)

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The last words of the people's names the article gives in full."""
        return frozenset(p.label_.split()[-1] for p in self.doc.spans.get("people", [])
                         if p.label_ and len(p.label_.split()) > 1)

    @cached_property
    def text(self) -> str:
        """The body (spaCy joins it from the tokens on every access: read it once)."""
        return self.doc.text

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """The document's entities (spaCy rebuilds them on every access: read once)."""
        return tuple(self.doc.ents)

    @cached_property
    def _ent_starts(self) -> list[int]:
        return [ent.start for ent in self.ents]

    def ents_between(self, first: int, last: int) -> list[Span]:
        """The entities wholly inside the tokens ``doc[first:last]`` (as ``Span.ents``,
        found by bisection, not by a walk over every entity of the document)."""
        out = []
        for ent in self.ents[bisect_left(self._ent_starts, first) :]:
            if ent.start >= last:
                break
            if ent.end <= last:
                out.append(ent)
        return out

    @cached_property
    def title_kinds(self) -> dict[str, str]:
        kinds = self.doc._.title_kinds or {}
        return dict(kinds)

    @cached_property
    def seasons(self) -> list[Span]:
        return list(self.doc.spans.get("seasons", []))

    @cached_property
    def post_dates(self) -> list[tuple[int, int, str]]:
        """(start, end, ISO date) of each paragraph that ends in a post's signature."""
        out = []
        for m in POST_SIGNATURE_RE.finditer(self.text):
            para_start, _ = paragraph_before(self.text, m.start())
            parsed = parse_date(m.group("date"), self.published)
            if parsed:
                out.append((para_start, m.end(), parsed))
        return out

    def default_date(self, start: int) -> str | None:
        """The date of a fact with no date of its own: its post's, else the article's."""
        for s, e, d in self.post_dates:
            if s <= start <= e:
                return d
        return self.published.isoformat() if self.published else None

    @cached_property
    def season_index(self) -> RangeIndex[Span]:
        """The season spans by token (``within``: those of a sentence's tokens)."""
        return RangeIndex(self.seasons, lambda s: s.start, lambda s: s.end)

    @cached_property
    def _season_chars(self) -> RangeIndex[Span]:
        return RangeIndex(self.seasons, lambda s: s.start_char, lambda s: s.end_char)

    def season_spans(self, sentence: Sentence) -> list[Span]:
        """The season spans that start in ``sentence``."""
        return self._season_chars.starting_in(sentence.start, sentence.end)

    def resolve_season(self, label: str) -> list[int | None]:
        """Season numbers of a season span's label ("2", "next", "more:2")."""
        if label.isdigit():
            return [int(label)]
        numbers = [int(s.label_) for s in self.seasons if s.label_.isdigit()]
        if label == "next":
            return [max(numbers)] if numbers else [None]
        count = int(label.split(":")[1])
        current = re.search(r"\bcurrent (\d+)(?:st|nd|rd|th) season", self.text)
        if current:
            base = int(current.group(1))
            return [base + i for i in range(1, count + 1)]
        return [None]


def paragraph_before(text: str, at: int) -> tuple[int, str]:
    """(start, text) of the line ending at ``at``, or of the line above when it is empty:
    the words of an embedded post above its credit line."""
    start = text.rfind("\n", 0, at) + 1
    body = text[start:at]
    if not body.strip():
        end = len(text[:start].rstrip())
        start = text.rfind("\n", 0, end) + 1
        body = text[start:end]
    return start, body


def doc_mentions(doc: Doc) -> list[Mention]:
    """Every person, title, work reference, network, studio and outlet of ``doc``, in
    order; where two overlap the earlier (then the longer) one is kept."""
    spans: list[tuple[Span, str, str]] = []
    for span in doc.spans.get("people", []):
        spans.append((span, "P", span.label_))
    for span in doc.spans.get("titles", []):
        spans.append((span, "T", span.label_))
    for span in doc.spans.get("work_refs", []):
        spans.append((span, "T", span.label_))
    for ent in doc.ents:
        kind = {"NETWORK": "N", "STUDIO": "C", "OUTLET": "O"}.get(ent.label_)
        if kind:
            spans.append((ent, kind, ent.text))
    spans.sort(key=lambda s: (s[0].start, -len(s[0])))
    out: list[Mention] = []
    end = 0
    for span, kind, value in spans:
        if span.start < end:
            continue  # overlaps an earlier, longer mention
        out.append(Mention(kind, value, span.start_char, span.end_char, span.start, span.end))
        end = span.end
    return out


def _mask(index: int, sent: Span, text: str, inside: list[Mention]) -> Sentence:
    parts: list[str] = []
    mentions: list[Mention] = []
    pos = sent.start_char
    for mention in inside:
        parts.append(text[pos : mention.start])
        parts.append(f"§{mention.kind}{len(mentions)}§")
        mentions.append(mention)
        pos = mention.end
    parts.append(text[pos : sent.end_char])
    return Sentence(index, sent.start_char, sent.end_char, text[sent.start_char : sent.end_char],
                    "".join(parts), mentions, sent.start, sent.end)


def parse_date(text: str, published: date | None, prefer: str = "past") -> str | None:
    """An ISO date at the precision ``text`` supports ("2012", "2016-12", "2016-02-21")."""
    text = text.strip()
    has_year = YEAR_RE.search(text)
    has_month = re.search(rf"\b(?:{MONTH_RE})\b", text)
    has_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", YEAR_RE.sub("", text))
    base = datetime.combine(published, datetime.min.time()) if published else None
    if RELATIVE_RE.search(text) and not has_month:
        if base is None:
            return None
        parsed = dateparser.parse(
            RELATIVE_RE.search(text).group().replace("late ", "").replace("early ", ""),  # type: ignore[union-attr]
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer},
        )
        return parsed.date().isoformat() if parsed else None
    if has_year and not has_month:
        return has_year.group(1)
    if not has_month:
        if re.search(r"\b(?:this|next|last) year\b", text, re.I) and published:
            offset = {"this": 0, "next": 1, "last": -1}[
                re.search(r"\b(this|next|last) year", text, re.I).group(1).lower()  # type: ignore[union-attr]
            ]
            return str(published.year + offset)
        return None
    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if has_day:
        return parsed.date().isoformat()
    return f"{parsed.year:04d}-{parsed.month:02d}"
