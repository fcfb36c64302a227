"""Pronouns: a "he" or "she" that is a sentence's subject, resolved to a person named before.

News prose names a person, then goes on with "She added ...", "He also directed ...". A
pronoun stands for a person the text marks with its gender ("actress X", "his wife X",
or the only person of a sentence that the next one continues with "She"), else for the
last person who did something (a sentence's subject), else for the last person named,
among the few people named last. Pronouns inside quotation marks belong to the speaker's
own story and are left alone. Resolved pronouns join ``doc.spans["people"]``, labelled
with the full name, so extractors read "She stars as X" like "Jane Doe stars as X".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

GENDERED: dict[str, str] = {
    **dict.fromkeys(
        ("actress", "wife", "mother", "daughter", "sister", "girlfriend", "queen", "princess",
         "woman", "mrs", "ms", "miss", "lady", "her", "actresses", "aunt", "grandmother",
         "niece", "businesswoman", "chairwoman", "spokeswoman", "heroine"), "f"),
    **dict.fromkeys(
        ("husband", "father", "son", "brother", "boyfriend", "king", "prince", "man", "mr",
         "sir", "lord", "his", "uncle", "grandfather", "nephew", "businessman", "chairman",
         "spokesman"), "m"),
}
PRONOUN_GENDER = {"he": "m", "she": "f"}
LOOKBACK = 4  # how many of the people named last a pronoun chooses among
WINDOW = 1500  # characters: a person named further back is out of reach
QUOTE_MARKS = "“”\""


@dataclass(frozen=True)
class Named:
    name: str
    start: int
    end: int
    subject: bool


def is_subject(span: Span) -> bool:
    """Whether a name is the subject of its clause ('X, the show's creator, said')."""
    root = span.root
    while root.dep_ in ("compound", "appos", "conj", "pobj", "prep") and root.head is not root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def genders(doc: Doc, people: list[Span]) -> dict[str, str]:
    """"f"/"m" for the people the text marks with a gender (see the module's doc)."""
    found: dict[str, set[str]] = {}
    for span in people:
        before = doc.text[max(0, span.start_char - 30) : span.start_char].lower().split()[-2:]
        marked = [GENDERED[w.strip(".,")] for w in before if w.strip(".,") in GENDERED]
        if marked:  # the word nearest the name: "his wife Jane" marks Jane
            found.setdefault(span.label_, set()).add(marked[-1])
    sentences = list(doc.sents)
    for sent, nxt in zip(sentences, sentences[1:], strict=False):
        inside = {p.label_ for p in people if sent.start <= p.start < sent.end}
        first = nxt[0].lower_ if len(nxt) else ""
        if len(inside) == 1 and first in PRONOUN_GENDER:
            found.setdefault(inside.pop(), set()).add(PRONOUN_GENDER[first])
    return {name: g.pop() for name, g in found.items() if len(g) == 1}


def antecedent(
    named: list[Named], before: int, gender: str | None, known: dict[str, str]
) -> str | None:
    """The person a pronoun at ``before`` stands for, among ``named`` (in text order)."""
    fitting = [
        n for n in named
        if n.start < before and before - n.end <= WINDOW
        and not (gender and known.get(n.name, gender) != gender)
    ][-LOOKBACK:]
    marked = [n for n in fitting if gender and known.get(n.name) == gender]
    subjects = [n for n in fitting if n.subject]
    for group in (marked, subjects, fitting):
        if group:
            return group[-1].name
    return None


def quoted(doc: Doc, at: int) -> bool:
    """Whether offset ``at`` lies inside quotation marks opened earlier in its paragraph."""
    start = doc.text.rfind("\n", 0, at) + 1
    before = doc.text[start:at]
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1


def find_pronouns(doc: Doc, people: list[Span], known: dict[str, str]) -> list[Span]:
    """A span for each subject "he"/"she" that stands for a person named before it;
    ``known`` is ``genders(doc, people)``."""
    named = [Named(p.label_, p.start_char, p.end_char, is_subject(p)) for p in people]
    found: list[Span] = []
    for token in doc:
        gender = PRONOUN_GENDER.get(token.lower_)
        if gender is None or token.dep_ not in ("nsubj", "nsubjpass") or quoted(doc, token.idx):
            continue
        ahead = [n for n in named if n.start < token.idx]
        name = antecedent(ahead, token.idx, gender, known)
        if name is None:
            continue
        found.append(Span(doc, token.i, token.i + 1, label=name))
        named.append(Named(name, token.idx, token.idx + len(token), True))
        named.sort(key=lambda n: n.start)
    return found
