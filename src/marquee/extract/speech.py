"""Who speaks where: quotation spans and the people and organisations that can say them.

``find_quotes`` pairs quotation marks (curly and straight) paragraph by paragraph, and
carries a curly quote on across paragraphs the way typesetting does (each paragraph of
a long quote opens with a mark; only the last one closes). ``Speakers`` knows every
mention of a person or an organisation outside quotation marks and answers the
questions attribution asks: who does this subject phrase name, and who does a pronoun
or a description ("the actress", "the network", "a spokesperson for the streamer")
clearly stand for. A speaker is a real person or organisation named outside quotation
marks: never a character of the article, never a work, never a name seen only inside a
quote; when the text leaves it unclear, there is no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from marquee.extract.context import Mention
from marquee.extract.intervals import RangeIndex
from marquee.nlp.doctext import doc_text
from marquee.nlp.pronouns import (
    PRONOUN_GENDER,
    Named,
    antecedent,
    characters,
    first_name_gender,
    genders,
    is_subject,
    paragraph_index,
)
from marquee.vocab import PLATFORMS

OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "“", "”", '"'
PARAGRAPH_RE = re.compile(r"[^\n]+")
PRONOUNS = frozenset({"he", "she", "it", "they"})
ORG_LABELS = {"NETWORK": "N", "OUTLET": "O", "STUDIO": "C"}
POSSESSIVE_RE = re.compile(r"['’]s?$")
WINDOW = 1500  # characters: an organisation named further back is out of reach

# Nouns that stand for an organisation already named ("the network said"), with the
# entity labels each may stand for.
ORG_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("network", "streamer", "broadcaster", "channel", "service", "platform", "cabler",
         "netlet", "corporation", "corp"), frozenset({"NETWORK"})),
    **dict.fromkeys(("studio", "company", "distributor", "label", "outfit", "banner"),
                    frozenset({"STUDIO", "NETWORK"})),
}
# Heads of a phrase that names an organisation by a compound ("the TV Guide magazine").
ORG_HEADS = frozenset(ORG_NOUNS) | {"magazine", "newspaper", "paper", "site", "website",
                                   "outlet", "publication", "tabloid", "daily", "group"}
# People who speak for an organisation: their words are the organisation's.
SPOKES_NOUNS = frozenset(
    {"spokesperson", "spokeswoman", "spokesman", "representative", "rep", "spokespeople",
     "spokespersons", "statement"}
)
# Role nouns a description ("said the director") or a name's title ("Showrunner X",
# "X, the show's creator") uses, each with the role it names.
ROLE_WORDS: dict[str, str] = {
    "actor": "actor", "actress": "actor", "star": "actor", "co-star": "actor",
    "costar": "actor", "lead": "actor", "newcomer": "actor", "performer": "actor",
    "comedian": "comedian", "comic": "comedian", "singer": "singer", "rapper": "singer",
    "musician": "singer", "frontman": "singer", "creator": "creator",
    "co-creator": "creator", "showrunner": "showrunner", "show-runner": "showrunner",
    "producer": "producer", "director": "director", "filmmaker": "director",
    "writer": "writer", "screenwriter": "writer", "novelist": "author", "author": "author",
    "host": "host", "presenter": "host", "narrator": "narrator", "judge": "judge",
    "chef": "chef", "designer": "designer", "composer": "composer", "executive": "executive",
    "boss": "executive", "chief": "executive", "president": "executive",
    "chairman": "executive", "chairwoman": "executive", "controller": "executive",
    "commissioner": "executive", "head": "executive", "ceo": "executive",
}
# Common nouns for a person: a subject that is one may be who a pronoun stands for.
PERSON_NOUNS = frozenset(
    {"character", "man", "woman", "girl", "boy", "mother", "father", "son", "daughter", "wife",
     "husband", "friend", "protagonist", "hero", "heroine", "villain", "kid", "teen",
     "teenager", "detective", "doctor", "officer", "agent", "lawyer", "nurse", "teacher",
     "student", "widow", "sister", "brother", "girlfriend", "boyfriend", "partner", "alter",
     "colleague", "persona", "counterpart", "lead", "mom", "dad", "cop", "boss"}
)
# Roles that say nothing about who among the cast is meant: only a pronoun-like reading
# (gender, the person in reach) can resolve them.
GENERIC_ROLES = frozenset({"actor", "comedian", "singer"})
FEMALE_NOUNS = frozenset({"actress", "spokeswoman", "chairwoman", "comedienne"})
MALE_NOUNS = frozenset({"spokesman", "chairman", "frontman"})
# "directed by X": the role a participle's agent has.
BY_ROLE_LEMMAS: dict[str, str] = {
    "direct": "director", "write": "writer", "create": "creator", "produce": "producer",
    "host": "host", "present": "host", "narrate": "narrator", "compose": "composer",
    "pen": "writer", "script": "writer", "helm": "director", "showrun": "showrunner",
}
NAME_PREFIXES = frozenset(ROLE_WORDS) | {"newcomer", "veteran", "drama", "comedy", "emmy",
                                           "oscar", "winner", "nominee", "alum", "former"}
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx", "sir", "dame", "lord", "lady"})
NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "NETWORK", "STUDIO", "OUTLET",
                           "MONEY", "PERCENT", "QUANTITY"})
FUNCTION_WORDS = frozenset(
    {"what", "what's", "are", "is", "was", "were", "does", "did", "do", "can", "will",
     "would", "should", "could", "has", "have", "had", "why", "how", "who", "when", "where",
     "if", "the", "a", "an", "and", "but", "or", "so", "then", "dear", "hey", "oh"}
)


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
    label: str = ""  # the entity label of an organisation


@dataclass(frozen=True)
class Speaker:
    """Who a subject phrase names, and how it was read: "name", "pronoun",
    "description", "spokesperson" or "org"."""

    name: str
    how: str


def plausible_name(name: str) -> bool:
    """A person's name: capitalised words, not opening with a question word or a verb."""
    words = name.split()
    return bool(words) and words[0].lower() not in FUNCTION_WORDS and all(
        w[:1].isupper() or w.lower() in ("de", "van", "von", "la", "le", "da", "di", "del", "ap")
        for w in words
    )


def clean_name(name: str) -> str:
    """A name without a leading role word ("Showrunner Jane Doe") or a possessive."""
    words = POSSESSIVE_RE.sub("", " ".join(name.split())).split()
    while len(words) > 2 and words[0].lower().strip(".") in NAME_PREFIXES:
        words = words[1:]
    return " ".join(words)


class Speakers:
    """Mentions of possible speakers in one article, outside quotation marks."""

    def __init__(self, doc: Doc, quotes: list[QuoteSpan], characters: Iterable[str] = (),
                 titles: Iterable[Span] = ()) -> None:
        self.doc = doc
        self.quotes = quotes
        self.characters = {c.lower() for c in characters}
        self.titles = list(titles)
        self._paragraphs = paragraph_index(doc)

    @cached_property
    def _quote_index(self) -> RangeIndex[QuoteSpan]:
        return RangeIndex(self.quotes, lambda q: q.start, lambda q: q.end)

    @cached_property
    def _title_index(self) -> RangeIndex[Span]:
        return RangeIndex(self.titles, lambda t: t.start_char, lambda t: t.end_char)

    @cached_property
    def _mention_index(self) -> RangeIndex[SpeakerMention]:
        return RangeIndex(self.mentions, lambda m: m.start, lambda m: m.end)

    def _quoted(self, start: int) -> bool:
        return self._quote_index.covers(start)

    def paragraph(self, at: int) -> int:
        return bisect_right(self._paragraphs, at) - 1

    def _in_title(self, start: int, end: int) -> bool:
        return self._title_index.meets(start, end)

    @cached_property
    def _characters(self) -> set[str]:
        people = [p for p in self.doc.spans.get("people", []) if p.text.lower() not in PRONOUNS]
        names = characters(people) | self.characters
        return {n.lower() for n in names} | {clean_name(n).lower() for n in names}

    def is_character(self, name: str) -> bool:
        """Whether a name is (a part of) a character's name and no real person's."""
        lowered = clean_name(name).lower()
        if lowered in self._characters:
            return True
        part_of = any(f" {lowered} " in f" {c} " for c in self._characters)
        return part_of and lowered not in self._real_people

    @cached_property
    def _real_people(self) -> set[str]:
        """Names of people spans outside quotation marks that are not characters."""
        return {
            clean_name(s.label_).lower() for s in self.doc.spans.get("people", [])
            if s.text.lower() not in PRONOUNS and not self._quoted(s.start_char)
            and clean_name(s.label_).lower() not in self._characters
        }

    @cached_property
    def full_names(self) -> list[str]:
        names = {
            clean_name(s.label_) for s in self.doc.spans.get("people", [])
            if s.text.lower() not in PRONOUNS
        }
        return sorted(n for n in names if plausible_name(n))

    @cached_property
    def _multiword(self) -> set[str]:
        """Full names of two words or more that no longer name contains."""
        many = [n for n in self.full_names if len(n.split()) > 1]
        return {n for n in many if not any(o != n and o.endswith(" " + n) for o in many)}

    def name_for(self, text: str, first_names: bool = True) -> str | None:
        """The full name a name or a part of one (a first name, a surname, the last words
        of a name, one half of a hyphenated surname) stands for, when only one fits."""
        text = clean_name(text)
        parts = text.split()
        if not parts:
            return None
        longer = [n for n in self.full_names
                  if len(n.split()) > len(parts) and n.split()[-len(parts):] == parts]
        if len(longer) == 1:
            return longer[0]
        if text in self.full_names:
            return text
        fits = [n for n in self.full_names if n.split()[-len(parts):] == parts]
        if len(parts) == 1:
            if first_names:
                fits += [n for n in self.full_names if parts[0] == n.split()[0]]
            fits += [n for n in self.full_names if parts[0] in n.split()[-1].split("-")]
        fits = sorted(set(fits))
        if len(fits) == 1:
            return fits[0]
        return self.fullest(text) if not fits else None

    def fullest(self, name: str) -> str | None:
        """The fullest form of a surname (or a name opening with a particle: "Lo Castro")
        that the text writes: a given name right before it ("Jane Lo Castro"), when only
        one given name is ever written before it."""
        words = name.split()
        if not words or len(words) > 2 or (len(words) == 2 and len(words[0]) > 3):
            return None
        found = set()
        for m in re.finditer(r"(?<![\w'’-])([A-ZÀ-Þ][\w’'.-]*)\s+" + re.escape(name)
                             + r"(?![\w-])", doc_text(self.doc)):
            given = m.group(1)
            if given.endswith(".") and len(given) > 2:
                continue  # the end of a sentence, not an initial
            if given.lower().strip(".") in NAME_PREFIXES | FUNCTION_WORDS | HONORIFICS or \
                    given.endswith(("'s", "’s", "s'")) or self._quoted(m.start()):
                continue
            token = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if token is None or token[0].ent_type_ in NOT_NAME_ENTS or token[0].is_stop or \
                    token[0].pos_ not in ("PROPN", "NOUN", "ADJ", "X"):
                continue
            found.add(f"{given} {name}")
        return found.pop() if len(found) == 1 else None

    @cached_property
    def mentions(self) -> list[SpeakerMention]:
        found: list[SpeakerMention] = []
        taken: set[int] = set()
        for span in self.doc.spans.get("people", []):
            name = clean_name(span.label_)
            if not plausible_name(name) and span.text.lower() not in PRONOUNS:
                continue
            if any(t.ent_type_ in ORG_LABELS for t in span):
                continue  # a network's or an outlet's name is nobody's name
            if name not in self._multiword:
                name = self.name_for(name) or name
            found.append(SpeakerMention("person", name, span.start_char, span.end_char))
            taken.update(range(span.start_char, span.end_char))
        for ent in self.doc.ents:
            if ent.start_char in taken or self._in_title(ent.start_char, ent.end_char):
                continue
            if ent.text.lower() in PLATFORMS:
                continue  # "on Instagram": a platform is where words appear, not who said them
            if ent.label_ in ORG_LABELS:
                found.append(SpeakerMention("org", ent.text, ent.start_char, ent.end_char,
                                            ent.label_))
            elif ent.label_ in ("PERSON", "ORG"):
                # an organisation's one word is no one's first name ("Sky's director")
                full = self.name_for(POSSESSIVE_RE.sub("", ent.text),
                                     first_names=ent.label_ == "PERSON")
                if full:
                    found.append(SpeakerMention("person", full, ent.start_char, ent.end_char))
                elif ent.label_ == "ORG":
                    found.append(SpeakerMention("org", POSSESSIVE_RE.sub("", ent.text),
                                                ent.start_char, ent.end_char, "ORG"))
        return sorted(
            (m for m in found if not self._quoted(m.start) and not self.is_character(m.name)),
            key=lambda m: m.start,
        )

    def within(self, start: int, end: int) -> list[SpeakerMention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def at_token(self, token: Token) -> SpeakerMention | None:
        return self._mention_index.first_covering(token.idx)  # mentions are sorted by start

    @cached_property
    def genders(self) -> dict[str, str]:
        """The genders marquee_pronouns found, else found here from the named people."""
        if self.doc._.person_genders is not None:
            return dict(self.doc._.person_genders)
        names = [p for p in self.doc.spans.get("people", []) if p.text.lower() not in PRONOUNS]
        return genders(self.doc, names)

    @cached_property
    def _sentence_of(self) -> dict[int, int]:
        """Token index -> sentence index."""
        return {t.i: n for n, sent in enumerate(self.doc.sents) for t in sent}

    @cached_property
    def _named(self) -> list[Named]:
        """The people named outside quotation marks, and the subjects that describe one
        ("the director said"), in text order, for pronouns to choose from."""
        out = []
        for m in self.mentions:
            if m.kind != "person":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            sentence = self._sentence_of.get(span.start, 0) if span is not None else 0
            out.append(Named(m.name, m.start, m.end, span is not None and is_subject(span),
                             self.paragraph(m.start), sentence))
        for t in self._person_nouns:
            role = ROLE_WORDS.get(t.lower_)
            if role is None or role in GENERIC_ROLES:
                continue
            who = self._described(t.lower_, t.idx)
            if who is not None:
                out.append(Named(who.name, t.idx, t.idx + len(t), True, self.paragraph(t.idx),
                                 self._sentence_of.get(t.i, 0)))
        return sorted(out, key=lambda n: n.start)

    @cached_property
    def _person_nouns(self) -> list[Token]:
        """Subjects that are common nouns for a person ("the presenter", "her character"),
        outside quotation marks and names."""
        return [
            t for t in self.doc
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
            and (t.lower_ in ROLE_WORDS or t.lemma_ in PERSON_NOUNS)
            and not self._quoted(t.idx) and self.at_token(t) is None
            and not any(c.dep_ in ("appos", "compound") and self._person_at(c)
                        for c in t.children)
            and not any(c.dep_ == "appos" and self._person_at(c) for c in t.subtree)
        ]

    def _person_at(self, token: Token) -> bool:
        m = self.at_token(token)
        return m is not None and m.kind == "person"

    def person_for(self, before: int, gender: str | None = None) -> str | None:
        """The one person a pronoun or a description at ``before`` clearly stands for;
        None when a person named by a common noun ("her character", "the detective") is
        a subject in reach that no name resolves."""
        token = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if token is not None:
            here = self._sentence_of.get(token.start, 0)
            resolved = {n.start for n in self._named}
            for t in self._person_nouns:
                sentence = self._sentence_of.get(t.i, -9)
                main = t.head.dep_ == "ROOT" or t.head.head.dep_ == "ROOT" and \
                    t.head.dep_ == "conj"
                if t.idx < before and (sentence == here or sentence == here - 1 and main) \
                        and t.idx not in resolved:
                    return None
        return antecedent(self._named, before, gender, self.genders, self.paragraph(before))

    @cached_property
    def _spokes_subjects(self) -> list[Token]:
        """Subjects that are a spokesperson ("a BBC spokesman said"), outside quotes."""
        return [t for t in self.doc
                if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in SPOKES_NOUNS - {"statement"}
                and not self._quoted(t.idx)]

    def _spokes_before(self, before: int, gender: str | None) -> Token | None:
        """A spokesperson who is the subject of the pronoun's sentence or the one before
        it, of the pronoun's gender, with no person named between them: who "he" or
        "she" is."""
        token = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if token is None:
            return None
        here = self._sentence_of.get(token.start, 0)
        found = [t for t in self._spokes_subjects
                 if t.i < token.start and self._sentence_of.get(t.i, -9) in (here, here - 1)]
        if not found:
            return None
        last = found[-1]
        noun_gender = gender_of_noun(last.lower_)
        if gender and noun_gender and noun_gender != gender:
            return None
        if any(last.idx < n.start < before for n in self._named):
            return None  # a person named since is nearer
        return last

    def org_for(self, before: int, labels: frozenset[str]) -> str | None:
        """The organisation a description ("the network") at ``before`` stands for: the
        only one of its kind named in reach, else the last one named in its paragraph or
        the paragraph above."""
        here = self.paragraph(before)
        reach = [
            m for m in self.mentions
            if m.kind == "org" and m.label in labels and m.start < before
            and before - m.end <= WINDOW
        ]
        names = {m.name for m in reach}
        if len(names) == 1:
            return reach[-1].name
        near = [m for m in reach if self.paragraph(m.start) >= here - 1]
        return near[-1].name if near else None

    def org_antecedent(self, before: int) -> str | None:
        """The organisation "it" stands for: the only one that is a clause's subject in
        reach (its paragraph before it, else the paragraph above)."""
        here = self.paragraph(before)
        subjects = []
        for m in self.mentions:
            if m.kind != "org" or m.start >= before or self.paragraph(m.start) < here - 1:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and is_subject(span):
                subjects.append(m)
        same = [m for m in subjects if self.paragraph(m.start) == here] or subjects
        names = {m.name for m in same}
        return same[-1].name if len(names) == 1 else None

    @staticmethod
    def _appos_of(root: Token, person: SpeakerMention) -> bool:
        return any(t.dep_ == "appos" and person.start <= t.idx < person.end
                   for t in root.subtree)

    @cached_property
    def roles(self) -> dict[str, list[tuple[str, int]]]:
        """Role -> (person, where) for each time the article gives someone that role:
        "Showrunner X", "film-maker X", "X, the show's creator", "the director, X",
        "directed by X" (names the people layer missed included)."""
        found: dict[str, list[tuple[str, int]]] = {}
        for m in self.mentions:
            if m.kind != "person":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.text.lower() in PRONOUNS:
                continue
            for role in _roles_of(span):
                found.setdefault(role, []).append((m.name, m.start))
        for token in self.doc:
            word = token.lower_
            if token.i + 1 >= len(self.doc) or self._quoted(token.idx):
                continue
            if word == "-" and token.i > 0:  # "film-maker": the word the hyphen ends
                continue
            if token.i + 2 < len(self.doc) and self.doc[token.i + 1].text == "-":
                word = word + self.doc[token.i + 2].lower_
                nxt = self.doc[token.i + 3] if token.i + 3 < len(self.doc) else None
            else:
                nxt = self.doc[token.i + 1]
            if word not in ROLE_WORDS or nxt is None or nxt.pos_ != "PROPN":
                continue
            run = name_run(nxt)
            if run is None or self.at_token(nxt) is not None:
                continue
            name = self.name_for(run.text) or clean_name(run.text)
            if 2 <= len(name.split()) <= 4 and plausible_name(name):
                found.setdefault(ROLE_WORDS[word], []).append((name, run.start_char))
        return found

    # --- who a subject phrase names ----------------------------------------------------
    def speaker_of(self, start: int, end: int, at: int, last_org: str | None = None
                   ) -> Speaker | None:
        """The speaker the subject phrase at ``[start, end)`` names (``at``: where the
        quote or clause is, for pronouns and descriptions), or None when it is unclear."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        tokens = [t for t in span if not (t.is_punct or t.is_space)]
        while tokens and (tokens[0].pos_ in ("CCONJ", "ADV", "SCONJ") or tokens[0].lower_ in (
                "and", "but", "then", "also", "later")):
            tokens = tokens[1:]
        while tokens and tokens[-1].pos_ in ("ADV", "AUX", "PART") and tokens[-1].lower_ not in (
                "he", "she"):
            tokens = tokens[:-1]
        if not tokens:
            return None
        first = tokens[0].lower_
        if first in PRONOUN_GENDER and len(tokens) == 1:
            # the pronoun stands for someone named before it (not before the quote: the
            # people a frame before the quote names come after the pronoun's subject)
            at = tokens[0].idx if tokens[0].idx < at else at
            spokes = self._spokes_before(at, PRONOUN_GENDER[first])
            if spokes is not None:  # "A BBC spokesman said ... he said": the BBC's words
                return self._spokes(spokes, spokes.idx, last_org)
            who = self.person_for(at, PRONOUN_GENDER[first])
            return Speaker(who, "pronoun") if who else None
        if first in ("it", "they") and len(tokens) == 1:
            org = last_org or self.org_antecedent(at)
            return Speaker(org, "pronoun") if org else None
        phrase = self.doc[tokens[0].i : tokens[-1].i + 1]
        return self._named_in(phrase, at, last_org)

    def _named_in(self, phrase: Span, at: int, last_org: str | None) -> Speaker | None:
        root = phrase.root
        mentions = self.within(phrase.start_char, phrase.end_char)
        own = self.at_token(root)
        if own is not None and own in mentions:
            return self._checked(own)
        if root.pos_ in ("VERB", "AUX"):  # a clause ("X discussed the plan:"): its subject
            subjects = [c for c in root.children if c.dep_ == "nsubj"]
            if not subjects and root.dep_ == "conj":
                subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
            if len(subjects) != 1:
                return None
            sub = list(subjects[0].subtree)
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
            if start <= phrase.start_char and end >= phrase.end_char:
                return None  # the subject's subtree holds the whole phrase: it names no one
            return self.speaker_of(start, end, at, last_org)
        persons = [m for m in mentions if m.kind == "person"]
        if root.lower_ in ROLE_WORDS and len({m.name for m in persons}) == 1 and not any(
            c.dep_ == "det" for c in root.children
        ) or root.lower_ in ROLE_WORDS and len(persons) == 1 and self._appos_of(root, persons[0]):
            return self._checked(persons[0])
        if len({m.name for m in persons}) == 1 and _modifies(phrase, persons[0]):
            return self._checked(persons[0])
        orgs = [m for m in (self.at_token(c) for c in root.children
                            if c.dep_ in ("compound", "poss"))
                if m is not None and m.kind == "org"]
        if root.lower_ in ORG_HEADS and len(orgs) == 1:  # "the TV Guide magazine"
            return Speaker(orgs[0].name, "org")
        for child in root.children:  # "head of drama, Jane Doe"
            if child.dep_ == "appos":
                m = self.at_token(child)
                if m is not None and m in mentions:
                    return self._checked(m)
                if m is None and child.pos_ == "PROPN" and root.lower_ in ROLE_WORDS:
                    # "head of drama, Jane Doe": a person, even if read as a title
                    return self._unlisted_name(child, role_appositive=True)
        noun = root.lower_
        if noun in SPOKES_NOUNS:
            return self._spokes(root, at, last_org)
        determiners = [c.lower_ for c in root.children if c.dep_ in ("det", "poss")]
        if noun in ORG_NOUNS and determiners == ["the"]:
            org = self.org_for(phrase.start_char, ORG_NOUNS[noun])
            return Speaker(org, "description") if org else None
        if noun in ROLE_WORDS and determiners == ["the"]:
            return self._described(noun, at)
        if root.pos_ == "PROPN" and not mentions:
            return self._unlisted_name(root)
        return None

    def _checked(self, m: SpeakerMention) -> Speaker | None:
        if m.kind == "person":
            return Speaker(m.name, "name") if plausible_name(m.name) else None
        return Speaker(m.name, "org")

    def _spokes(self, root: Token, at: int, last_org: str | None) -> Speaker | None:
        """"a spokesperson for X", "an X spokesperson", "X's representative": X."""
        for child in root.children:
            if child.dep_ in ("compound", "poss", "nmod"):
                m = self.at_token(child)
                if m is not None and m.kind == "org":
                    return Speaker(m.name, "spokesperson")
            if child.dep_ == "prep" and child.lower_ in ("for", "at", "from", "of"):
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    m = self.at_token(obj)
                    if m is not None:
                        return Speaker(m.name, "spokesperson") if m.kind == "org" else None
                    dets = [c.lower_ for c in obj.children if c.dep_ == "det"]
                    if obj.lower_ in ORG_NOUNS and dets == ["the"]:
                        org = self.org_for(obj.idx, ORG_NOUNS[obj.lower_])
                        return Speaker(org, "spokesperson") if org else None
                    return None
        if last_org and self.paragraph(at) - 1 <= self._org_paragraph(last_org, at):
            return Speaker(last_org, "spokesperson")
        return None

    def _org_paragraph(self, name: str, before: int) -> int:
        found = [m.start for m in self.mentions if m.name == name and m.start < before]
        return self.paragraph(found[-1]) if found else -10

    def _described(self, noun: str, at: int) -> Speaker | None:
        """"the director": the one person the article has called its director before;
        "the actress": the one woman in reach."""
        role = ROLE_WORDS[noun]
        holders = {name for name, where in self.roles.get(role, []) if where < at}
        gender = gender_of_noun(noun)
        if gender:
            holders = {h for h in holders if self.genders.get(h, gender) == gender}
        if len(holders) == 1:
            return Speaker(holders.pop(), "description")
        if role not in GENERIC_ROLES or holders:
            return None
        who = self.person_for(at, gender)
        return Speaker(who, "description") if who else None

    def _unlisted_name(self, root: Token, role_appositive: bool = False) -> Speaker | None:
        """A proper name the people layer missed: the run of proper nouns (hyphenated
        parts joined) around ``root``; one in apposition to a role noun is a person's when
        it opens with a given name, even if the titles layer took it for a work."""
        span = name_run(root)
        if span is None:
            return None
        titled = self._in_title(span.start_char, span.end_char)
        if titled and role_appositive and first_name_gender(span.text) is not None:
            titled = False
        if titled or any(
            t.ent_type_ in ("NETWORK", "STUDIO", "OUTLET", "GPE", "LOC", "DATE", "NORP",
                            "FAC", "EVENT", "WORK_OF_ART") for t in span
        ):
            return None
        text = span.text
        full = self.name_for(text)
        if full:
            return Speaker(full, "name")
        name = clean_name(text)
        if 2 <= len(name.split()) <= 4 and plausible_name(name) and not self.is_character(name):
            return Speaker(name, "name")
        return None


def _modifies(phrase: Span, person: SpeakerMention) -> bool:
    """Whether everything in a phrase besides one name only describes it ("her co-star
    X", "veteran producer X"): no verb, preposition or clause before or after the name."""
    for t in phrase:
        if person.start <= t.idx < person.end or t.is_punct:
            continue
        if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") or t.lower_ in PRONOUNS:
            return False
        if t.idx >= person.end and t.pos_ != "NUM":
            return False
    return True


def name_run(root: Token) -> Span | None:
    """The proper nouns around ``root`` in one run ("Jane", "Doe", "-", "Roe")."""
    doc = root.doc

    def part(i: int) -> bool:
        t = doc[i]
        if t.pos_ == "PROPN" and t.text[:1].isupper():
            return True
        return t.text == "-" and 0 < i < len(doc) - 1 and not t.whitespace_ and \
            not doc[i - 1].whitespace_ and doc[i + 1].pos_ == "PROPN"

    if not part(root.i):
        return None
    first = last = root.i
    while first > root.sent.start and part(first - 1):
        first -= 1
    while last + 1 < root.sent.end and part(last + 1) and doc[last].text not in ("'s", "’s"):
        last += 1
    return doc[first : last + 1]


def _roles_of(span: Span) -> Iterator[str]:
    doc = span.doc
    words = span.text.split()
    if words and words[0].lower() in ROLE_WORDS and len(words) > 2:
        yield ROLE_WORDS[words[0].lower()]
    before = doc[span.sent.start : span.start].text  # not doc.text: joined on each access
    last = re.search(r"([A-Za-z][\w-]*)\s*$", before)
    if last:
        word = last.group(1).lower()
        word = word if word in ROLE_WORDS else word.replace("-", "")
        if word in ROLE_WORDS:
            yield ROLE_WORDS[word]
    root = span.root
    for child in root.children:  # "X, the show's creator"
        if child.dep_ == "appos" and child.lower_ in ROLE_WORDS:
            yield ROLE_WORDS[child.lower_]
    if root.dep_ == "appos" and root.head.lower_ in ROLE_WORDS:  # "the creator, X"
        yield ROLE_WORDS[root.head.lower_]
    if root.dep_ == "pobj" and root.head.lower_ == "by":  # "directed by X"
        verb = root.head.head
        if verb.lemma_ in BY_ROLE_LEMMAS:
            yield BY_ROLE_LEMMAS[verb.lemma_]


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


def unmask(masked_offset: int, start: int, masked: str, kept: list[Mention]) -> int:
    """The body offset of an offset into ``mask(text, start, ...)``'s string."""
    raw = start
    pos = 0
    for m in re.finditer(r"§[A-Z](\d+)§", masked):
        if m.start() >= masked_offset:
            break
        mention = kept[int(m.group(1))]
        if masked_offset < m.end():
            return mention.start
        raw += m.start() - pos
        raw = mention.end
        pos = m.end()
    return raw + (masked_offset - pos)


def gender_of_noun(noun: str) -> str | None:
    if noun in FEMALE_NOUNS:
        return "f"
    if noun in MALE_NOUNS:
        return "m"
    return None


__all__ = [
    "GENERIC_ROLES", "ORG_NOUNS", "PRONOUN_GENDER", "ROLE_WORDS", "SPOKES_NOUNS", "QuoteSpan",
    "Speaker", "SpeakerMention", "Speakers", "as_mentions", "clean_name", "find_quotes",
    "gender_of_noun", "mask", "paragraph_of", "paragraphs", "plausible_name", "unmask",
]
