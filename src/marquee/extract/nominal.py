"""Noun phrases that name a work: "the Channel 4 sitcom", "HBO's drama X", "X, a comedy".

A genre, a network or a setting is often said in a noun phrase about a work rather than
in a clause: ``X, the Halvern Bay-set crime drama``, ``the Netflix series X``, ``its
Glasgow comedy``. :func:`work_of_noun` finds the work such a phrase names, by the parse:
the title the noun stands in apposition to or modifies, the subject of ``X is a ...``, a
title right beside it, or (for a definite phrase, ``the drama``) the work its clause is
about.
"""

from __future__ import annotations

from spacy.tokens import Token

from marquee.extract.about import work_at
from marquee.extract.context import Article, Mention, Sentence

DEFINITE = {"the", "this", "that", "its", "their", "his", "her", "our"}
# Nouns of a work made from another: a title modifying one names the other work ("a
# Halvern Bay spin-off" is not Halvern Bay).
DERIVED_NOUNS = {"spin-off", "spinoff", "spin", "off", "sequel", "prequel", "reboot", "remake",
                 "version", "adaptation", "revival", "follow-up", "companion", "offshoot"}
NAMING_WORDS = {"called", "titled", "entitled", "dubbed", "named"}
LINKS = {"appos", "compound", "nmod", "npadvmod", "attr", "dobj", "conj", "acl"}


def title_at(article: Article, token: Token | None) -> Mention | None:
    if token is None:
        return None
    mention = article.mention_of(token)
    return mention if mention is not None and mention.kind == "T" else None


def phrase_start(article: Article, head: Token) -> int:
    """The first token of the noun phrase of ``head``: its left dependents, determiner
    and possessor included."""
    start = head.i
    for child in head.lefts:
        start = min(start, child.left_edge.i)
    return start


def is_definite(head: Token) -> bool:
    """``the drama``, ``its comedy``, ``HBO's series`` (not ``a drama``, ``dramas``)."""
    for child in head.children:
        if child.i < head.i and (child.lower_ in DEFINITE or child.dep_ == "poss"):
            return True
    return False


def title_right_after(article: Article, sentence: Sentence, head: Token,
                      marks: tuple[str, ...] = (",",)) -> Mention | None:
    """The title that starts right after ``head``, past one of ``marks`` if one stands
    between ("the drama X", "the drama, X"), within the sentence."""
    after = head.i + 1
    if after < sentence.last and article.doc[after].text in marks:
        after += 1
    if after >= sentence.last:
        return None
    found = title_at(article, article.doc[after])
    return found if found is not None and found.first == after else None


def named_work(
    article: Article, sentence: Sentence, head: Token
) -> tuple[Mention, str] | None:
    """A title the noun ``head`` is tied to in the parse or stands right beside, and how:
    "title" (the noun is in the title or a reference), "apposition" (``the drama X``,
    ``X, the sitcom``), "copula" (``X is a comedy``), "beside" (next to it, unparsed)."""
    doc = article.doc
    own = title_at(article, head)
    if own is not None:
        return own, "title"
    for child in head.children:  # "the drama X", "the sitcom, X"
        if child.dep_ in ("appos", "compound", "npadvmod", "nmod", "conj") and child.i > head.i:
            found = title_at(article, child)
            if found is not None:
                return found, "apposition"
        if child.dep_ == "acl" and child.lower_ in NAMING_WORDS:  # "a sitcom called X"
            for token in child.subtree:
                found = title_at(article, token)
                if found is not None:
                    return found, "called"
    if head.dep_ in ("appos", "compound", "nmod", "amod") and head.head.i != head.i:
        found = title_at(article, head.head)  # "X, the sitcom", "the drama X" (X the head)
        if found is not None:
            return found, "apposition"
    if head.dep_ in ("attr", "appos"):
        # "X is a comedy": the copula's subject
        verb = head.head
        if verb.lemma_ == "be":
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    found = title_at(article, child)
                    if found is not None:
                        return found, "copula"
    # Beside it: "the boxing drama X", "X, the sitcom about ..."
    found = title_right_after(article, sentence, head, (",", ":"))
    if found is not None:
        return found, "beside"
    start = phrase_start(article, head)
    before = start - 1
    if before >= sentence.first and doc[before].text in (",", "(", "—", "–"):
        found = title_at(article, doc[before - 1]) if before - 1 >= sentence.first else None
        if found is not None:
            return found, "beside"
    return None


def derived_from(article: Article, sentence: Sentence) -> tuple[Mention, ...]:
    """Titles of a sentence that only modify a noun of a derived work ("a Halvern Bay
    spin-off", "the Halvern Bay reboot"): the clause is about the derived work."""
    out = []
    for mention in sentence.titles():
        if mention.first < 0 or mention.last > len(article.doc):
            continue
        head = article.doc[mention.first : mention.last].root
        if head.dep_ in ("compound", "nmod", "poss") and head.head.lower_ in DERIVED_NOUNS:
            out.append(mention)
    return tuple(out)


def clause_work(article: Article, sentence: Sentence, anchor: Token) -> Mention | None:
    """The work the clause of ``anchor`` is about (:func:`marquee.extract.about.work_at`),
    titles that only name the source of a derived work left out."""
    return work_at(article, sentence, anchor, exclude=derived_from(article, sentence))


def work_of_noun(
    article: Article, sentence: Sentence, head: Token, *, definite_only: bool = True
) -> tuple[Mention, str] | None:
    """The work a noun phrase about a work names (see the module's doc) and how (see
    :func:`named_work`; "reference" for a definite phrase read as the clause's work).

    A phrase tied to no title names the work its clause is about only when it is
    definite (``the drama``, ``its comedy``): ``a drama`` or ``dramas`` names none.
    """
    found = named_work(article, sentence, head)
    if found is not None:
        return found
    if head.tag_ in ("NNS", "NNPS"):
        return None
    if definite_only and not is_definite(head):
        return None
    work = clause_work(article, sentence, head)
    return (work, "reference") if work is not None else None
