"""Small helpers shared by the extractors."""

from __future__ import annotations

import re

from spacy.tokens import Token

from marquee.extract.context import Article, Mention, Sentence
from marquee.extract.records import Evidence

P = r"§P(\d+)§"
T = r"§T(\d+)§"
PLIST = rf"{P}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){P})*"
HEDGES = re.compile(
    r"\b(?:rumou?rs?|rumou?red|possibly|might|may be|could|whether|if|exaggerated|denie[sd]|"
    r"no plans|speculation|reportedly considering|unlikely|hope|hoping|wants? to)\b",
    re.I,
)


def hyphenated_word(token: Token) -> str:
    """The lower-case word a token ends, hyphenated parts joined ("co-production",
    "spin-off", which the tokenizer splits in three)."""
    doc, first = token.doc, token.i
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
            and not doc[first - 2].whitespace_:
        first -= 2
    return doc[first : token.i + 1].text.lower()


def evidence(sentence: Sentence) -> list[Evidence]:
    return [Evidence(sentence.start, sentence.end)]


def persons_in(sentence: Sentence, fragment: str) -> list[Mention]:
    """The people whose markers appear in ``fragment`` of the masked sentence."""
    return [sentence.mentions[int(i)] for i in re.findall(P, fragment)]


def nearest_title(article: Article, sentence: Sentence, at: int) -> str | None:
    """The work a phrase at masked offset ``at`` is about: the nearest title in the
    sentence, else the article's main work when the sentence refers to it."""
    best: tuple[int, str] | None = None
    for m in re.finditer(T, sentence.masked):
        distance = abs(m.start() - at)
        if best is None or distance < best[0]:
            best = (distance, sentence.mentions[int(m.group(1))].value)
    if best is not None:
        return best[1]
    return None


def work_for(article: Article, sentence: Sentence, at: int, fallback: bool = True) -> str | None:
    title = nearest_title(article, sentence, at)
    if title is None and fallback:
        return article.main_work
    return title


def work_before(article: Article, sentence: Sentence, at: int) -> str | None:
    """The last title before masked offset ``at`` in the sentence, else the main work.

    Who played whom is told of the work already in view, not of one named later.
    """
    before = [
        m for m in re.finditer(T, sentence.masked)
        if m.start() < at and sentence.masked[m.start() - 1 : m.start()] != "("
    ]
    if before:
        return sentence.mentions[int(before[-1].group(1))].value
    return article.main_work


def hedged(masked: str, at: int) -> bool:
    """Whether the clause before a cue at ``at`` hedges it ("rumours ... cancelled")."""
    window = masked[max(0, at - 80) : at]
    window = re.split(r"\bwhich\b|;|—", window)[-1]
    return bool(HEDGES.search(window)) and not re.search(r"\bconfirm", window, re.I)
