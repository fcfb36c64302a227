"""Pronouns: a "he" or "she" that is a sentence's subject, resolved only when one person is meant.

News prose names a person, then goes on with "She added ...", "He also directed ...". A
pronoun is resolved to a person named before it, outside quotation marks, in reach (its
own paragraph before it, else the paragraph above), whose gender does not disagree:

- genders come from the text first (a role word right before the name: "actress Jane
  Doe", "his wife, Jane Doe"), else from the first name (``gender_guesser``'s lexicon of
  given names), else from a lone person whose next sentence opens with "He"/"She";
- characters ("stars as Tess Vane", "Tess Vane (Jane Doe)") are never antecedents;
- of the people in reach who fit, the one person who fits; or the one whose gender is
  known to agree when the others' is unknown and none of them was named after it; or the
  subject of the nearest sentence before the pronoun when nobody else who fits is named in
  that sentence. Anything less clear is left unresolved: a wrong person is worse than none.

Pronouns inside quotation marks belong to the speaker's own story and are left alone.
Resolved pronouns join ``doc.spans["people"]``, labelled with the full name, so extractors
read "She stars as X" like "Jane Doe stars as X".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from marquee.nlp.doctext import doc_text

GENDERED: dict[str, str] = {
    **dict.fromkeys(
        ("actress", "wife", "mother", "daughter", "sister", "girlfriend", "queen", "princess",
         "woman", "mrs", "ms", "miss", "lady", "actresses", "aunt", "grandmother",
         "niece", "businesswoman", "chairwoman", "spokeswoman", "heroine", "comedienne",
         "songstress", "granddaughter", "fiancée", "widow", "dame"), "f"),
    **dict.fromkeys(
        ("husband", "father", "son", "brother", "boyfriend", "king", "prince", "man", "mr",
         "sir", "lord", "uncle", "grandfather", "nephew", "businessman", "chairman",
         "spokesman", "grandson", "fiancé", "widower"), "m"),
}
PRONOUN_GENDER = {"he": "m", "she": "f"}
WINDOW = 1500  # characters: a person named further back is out of reach
QUOTE_MARKS = "“”\""
# gender_guesser answers; "andy" (androgynous) and "unknown" give no gender.
LEXICON_GENDER = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}
# Words that link a character name to its actor ("stars as X", "plays X" is left to credits).
CHARACTER_PREPS = {"as"}
# Verbs whose object is a character: "she plays Tess Vane", "voices Pim".
CHARACTER_VERBS = {"play", "portray", "voice", "reprise", "embody"}
CHARACTER_NOUNS = {"character", "role", "alter", "persona", "counterpart"}


@dataclass(frozen=True)
class Named:
    """A mention of a person: full name, character offsets, whether it is its clause's
    subject, and which paragraph and sentence (indices) it is in."""

    name: str
    start: int
    end: int
    subject: bool
    paragraph: int = 0
    sentence: int = 0


def is_subject(span: Span) -> bool:
    """Whether a name is the subject of its clause ('X, the show's creator, said')."""
    root = span.root
    while root.dep_ in ("compound", "appos", "conj", "pobj", "prep") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def is_character(span: Span, people_at: set[int] | None = None) -> bool:
    """Whether a name reads as a character: "stars as X", "as MI6 handler X", "as the
    detective, X", or "X (Actor)" with a person's name in the brackets right after it
    (``people_at``: the first tokens of the person spans)."""
    if is_subject(span):
        return False
    doc = span.doc
    sent_start = span.sent.start if span.doc.has_annotation("SENT_START") else 0
    back = list(doc[max(sent_start, span.start - 4) : span.start])
    for i in range(len(back) - 1, -1, -1):
        t = back[i]
        if t.lower_ in CHARACTER_PREPS:
            earlier = doc[t.i - 1].lower_ if t.i > 0 else ""
            between = back[i + 1 :]
            if earlier not in ("well", "such", "same") and all(
                b.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT") for b in between
            ):
                return True
            break
        if t.pos_ in ("VERB", "AUX", "ADP", "CCONJ") or t.text in ";:":
            break
    root = span.root
    while root.dep_ in ("appos", "compound") and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in CHARACTER_PREPS:
        return True
    if root.dep_ == "dobj" and root.head.lemma_ in CHARACTER_VERBS:
        return True
    if root.dep_ == "appos" and root.head.lemma_ in CHARACTER_NOUNS:  # "her character, Tess"
        return True
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text == "(":
        starts = people_at if people_at is not None else set()
        if after[1].i in starts or after[1].ent_type_ == "PERSON":
            return True
        close = next((t for t in doc[span.end + 1 : span.end + 6] if t.text == ")"), None)
        inside = doc[span.end + 1 : close.i] if close is not None else None
        # "Tess (Jane Doe)": a given name and a surname in the brackets, not a title
        return inside is not None and 2 <= len(inside.text.split()) <= 3 and all(
            t.pos_ == "PROPN" or t.text == "-" for t in inside
        ) and first_name_gender(inside.text) is not None
    return False


def _fold(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
    )


@lru_cache(maxsize=1)
def _detector() -> Any:
    import gender_guesser.detector as gender_detector

    return gender_detector.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """"f"/"m" for a full name by its given name, or None (unknown or ambiguous)."""
    words = [w.strip(".,") for w in name.split()]
    words = [w for w in words if w]
    if len(words) < 2:
        return None  # a lone word may be a surname
    first = words[0].lower()
    if first in GENDERED:
        return GENDERED[first]
    given = words[0].split("-")[0]
    if not given[:1].isupper() or len(given) < 2:
        return None
    detector = _detector()
    answer = detector.get_gender(given)
    if answer == "unknown" and _fold(given) != given:
        answer = detector.get_gender(_fold(given))
    return LEXICON_GENDER.get(answer)


def _role_word_gender(doc: Doc, span: Span) -> str | None:
    """The gender a role word right before a name gives it: "actress Jane Doe",
    "his wife, Jane Doe", "Ms Doe" (same sentence only)."""
    sent_start = span.sent.start if span.doc.has_annotation("SENT_START") else 0
    previous = [t for t in doc[max(sent_start, span.start - 3) : span.start]]
    words = [t.lower_.strip(".") for t in previous]
    if words and words[-1] in GENDERED:
        return GENDERED[words[-1]]
    if len(words) >= 2 and words[-1] == "," and words[-2] in GENDERED:
        return GENDERED[words[-2]]
    return None


def genders(doc: Doc, people: list[Span]) -> dict[str, str]:
    """"f"/"m" for the people whose gender the text marks or their given name tells."""
    marked: dict[str, set[str]] = {}
    for span in people:
        if span.text.lower() in PRONOUN_GENDER:
            continue
        g = _role_word_gender(doc, span)
        if g:
            marked.setdefault(span.label_, set()).add(g)
    found = {name: g.pop() for name, g in marked.items() if len(g) == 1}
    for span in people:
        name = span.label_
        if name in found or name in marked or span.text.lower() in PRONOUN_GENDER:
            continue
        lexical = first_name_gender(name)
        if lexical:
            found[name] = lexical
    sentences = list(doc.sents)
    follow: dict[str, set[str]] = {}
    for sent, nxt in zip(sentences, sentences[1:], strict=False):
        inside = {p.label_ for p in people if sent.start <= p.start < sent.end}
        first = nxt[0].lower_ if len(nxt) else ""
        if len(inside) == 1 and first in PRONOUN_GENDER:
            follow.setdefault(inside.pop(), set()).add(PRONOUN_GENDER[first])
    for name, seen in follow.items():
        if name not in found and name not in marked and len(seen) == 1:
            found[name] = seen.pop()
    return found


def _fits(named: Named, gender: str | None, known: dict[str, str]) -> bool:
    return not (gender and known.get(named.name, gender) != gender)


def in_reach(named: Sequence[Named], before: int, paragraph: int) -> list[Named]:
    """The people named before offset ``before`` in its paragraph, else (when none is) in
    the paragraph above; never further back than ``WINDOW``."""
    earlier = [n for n in named if n.start < before and before - n.end <= WINDOW]
    here = [n for n in earlier if n.paragraph == paragraph]
    if here:
        return here
    return [n for n in earlier if n.paragraph == paragraph - 1]


def antecedent(
    named: Sequence[Named], before: int, gender: str | None, known: dict[str, str],
    paragraph: int | None = None,
) -> str | None:
    """The one person a pronoun (or a description) at ``before`` clearly stands for, among
    ``named`` (in text order), or None; ``gender`` is "f", "m" or None (any)."""
    if paragraph is None:
        paragraph = max((n.paragraph for n in named if n.start < before), default=0)
    reach = in_reach(named, before, paragraph)
    fitting = [n for n in reach if _fits(n, gender, known)]
    names = {n.name for n in fitting}
    if not names:
        return None
    if len(names) == 1:
        return fitting[-1].name
    if gender:
        agree = [n for n in fitting if known.get(n.name) == gender]
        if len({n.name for n in agree}) == 1:
            last = agree[-1]
            if not any(n.start > last.start and n.name != last.name for n in fitting):
                return last.name
    subjects = [n for n in fitting if n.subject]
    if subjects:
        last = subjects[-1]
        same_sentence = [n for n in fitting if n.sentence == last.sentence]
        later = [n for n in fitting if n.start > last.start and n.name != last.name]
        if {n.name for n in same_sentence} == {last.name} and not later:
            return last.name
    return None


def quoted(doc: Doc, at: int) -> bool:
    """Whether offset ``at`` lies inside quotation marks opened earlier in its paragraph."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1


def paragraph_index(doc: Doc) -> list[int]:
    """Start offsets of the non-empty lines of ``doc.text``: ``bisect`` into it gives the
    index of an offset's paragraph (blank lines between paragraphs do not count)."""
    return [m.start() for m in re.finditer(r"[^\n]+", doc_text(doc))] or [0]


def characters(people: Sequence[Span]) -> set[str]:
    """The names that some mention reads as a character (see ``is_character``)."""
    at = {p.start for p in people}
    return {p.label_ for p in people if p.text.lower() not in PRONOUN_GENDER
            and is_character(p, at)}


def named_people(doc: Doc, people: Iterable[Span], exclude: set[str] | None = None
                 ) -> list[Named]:
    """The people spans as ``Named``, less the names in ``exclude`` and quoted mentions."""
    from bisect import bisect_right

    starts = paragraph_index(doc)
    sent_of = {}
    for index, sent in enumerate(doc.sents):
        sent_of[sent.start] = index
    out = []
    for p in people:
        if exclude and p.label_ in exclude:
            continue
        if quoted(doc, p.start_char):
            continue
        sentence = sent_of.get(p.sent.start, 0) if doc.has_annotation("SENT_START") else 0
        out.append(Named(p.label_, p.start_char, p.end_char, is_subject(p),
                         bisect_right(starts, p.start_char) - 1, sentence))
    return sorted(out, key=lambda n: n.start)


def find_pronouns(doc: Doc, people: list[Span], known: dict[str, str]) -> list[Span]:
    """A span for each subject "he"/"she" that clearly stands for a person named before it;
    ``known`` is ``genders(doc, people)``."""
    from bisect import bisect_right

    named = named_people(doc, people, characters(people))
    starts = paragraph_index(doc)
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    found: list[Span] = []
    for token in doc:
        gender = PRONOUN_GENDER.get(token.lower_)
        if gender is None or token.dep_ not in ("nsubj", "nsubjpass") or quoted(doc, token.idx):
            continue
        paragraph = bisect_right(starts, token.idx) - 1
        name = antecedent(named, token.idx, gender, known, paragraph)
        if name is None:
            continue
        found.append(Span(doc, token.i, token.i + 1, label=name))
        named.append(Named(name, token.idx, token.idx + len(token), True, paragraph,
                           sent_index.get(token.sent.start, 0)))
        named.sort(key=lambda n: n.start)
    return found
