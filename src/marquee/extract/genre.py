"""Genres, as the article words them: the pre-modifiers of a noun phrase about a work.

``the spy thriller series`` gives "spy thriller", ``the half-hour comedy`` "comedy",
``a true-crime docuseries`` "true-crime", ``the animated family film`` "animated
family": the words before the head noun that say what kind of story it is, read right to
left from the head and stopping at the first that says something else (a network, a
place, a number, ``new``, ``eight-part``). A genre head (``drama``, ``sitcom``) is part
of the genre; a kind head (``series``, ``film``, ``pilot``) is not. The work is the one
the phrase names (:func:`marquee.extract.nominal.work_of_noun`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from marquee.extract.context import Article, Mention
from marquee.extract.nominal import work_of_noun
from marquee.extract.records import Evidence, Genre
from marquee.extract.trade_words import (
    GENRE_HEADS,
    GENRE_WORDS,
    KIND_NOUNS,
    NOT_GENRE_WORDS,
    WEAK_GENRE_HEADS,
)

# Entity labels whose words are no part of a genre ("its Glasgow comedy", "NBC's drama").
NOT_GENRE_ENTS = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "DATE", "TIME", "CARDINAL",
                  "ORDINAL", "MONEY", "QUANTITY", "PERCENT", "NETWORK", "STUDIO", "OUTLET",
                  "WORK_OF_ART", "LANGUAGE"}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "half", "multi", "single", "double", "triple"}
# Last parts of hyphenated words of form, not genre: "eight-part", "London-set".
# Words of a medium other than the screen: "the radio serial X" is no genre of a show.
MEDIUM_WORDS = {"radio", "podcast", "stage", "book", "novel", "comic", "audio", "print"}
# Words before a kind noun that are part of the kind: "reality TV show".
KIND_PREFIXES = {"tv", "television"}
# Words of a work still to come: "its next comedy".
FUTURE_WORDS = {"next", "another", "future"}
FORM_ENDINGS = ("part", "episode", "episodes", "minute", "hour", "set", "based", "language",
                "season", "time", "camera", "winning", "nominated", "budget", "length")


def extract_genres(article: Article) -> Iterator[Genre]:
    doc = article.doc
    for sentence in article.sentences:
        for head in doc[sentence.first : sentence.last]:
            found = genre_phrase(article, head)
            if found is None:
                continue
            genre, _start = found
            linked = work_of_noun(article, sentence, head)
            if linked is None:
                continue
            work, how = linked
            if how == "reference" and (_not_the_work(article, head) or genre in WEAK_GENRE_HEADS):
                continue  # "the competition" names a work only beside its title
            yield Genre(doc=article.doc_id, work=work.value, genre=genre,
                        evidence=[Evidence(sentence.start, sentence.end)],
                        confidence=0.7, path=f"genre.{how}")


def genre_phrase(article: Article, head: Token) -> tuple[str, int] | None:
    """(genre, first token) of the noun phrase headed by ``head``, or None."""
    doc = article.doc
    lower = head.lower_
    kind = lower in KIND_NOUNS
    if not kind and lower not in GENRE_HEADS:
        return None
    if head.is_upper and len(head.text) > 1:
        return None  # a heading in capitals ("THE GREAT ROOFTOP BAKING SHOW") is a name
    plural = head.tag_ in ("NNS", "NNPS", "VBZ") and not lower.endswith("series")
    if head.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or plural:
        return None
    if head.pos_ == "VERB" and not kind:
        return None  # "show" is often tagged a verb: "the talent show X"
    if head.is_title and head.i > 0 and not doc[head.i - 1].is_sent_start:
        if not (head.i > 0 and doc[head.i - 1].is_punct):
            return None  # a capitalised word inside a name
    mention = article.mention_of(head)
    if mention is not None and (mention.kind != "T" or _is_title_text(article, mention)):
        return None  # a word of a title or a name ("The Drama Club")
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is not None and not head.whitespace_ and nxt.text == "-":
        return None  # the first part of "comedy-drama": the phrase ends later
    if nxt is not None and head.whitespace_ and nxt.lower_ in KIND_NOUNS | GENRE_HEADS and \
            nxt.pos_ in ("NOUN", "PROPN") and nxt.tag_ not in ("NNS", "NNPS"):
        return None  # "drama series": the phrase's head is the next word
    words, start = _modifiers(article, head, mention)
    head_word = _head_word(doc, head)
    if head_word is None:
        return None
    tokens_of_head, first = head_word
    if kind:
        if first != head.i:  # "docu-series": the parts before the hyphen modify it
            return None
        if not words or not any(_is_genre_word(w) for w in words):
            return None
        genre = " ".join(_open_compound(w) for w in words)
    else:
        genre = " ".join([*words, tokens_of_head])
        start = min(start, first)
    if _superlative(doc, start, head.i) or any(w.lower() in MEDIUM_WORDS for w in words):
        return None  # "the most-watched comedy"; "the radio serial" is no screen work
    return genre.lower(), start


def _is_title_text(article: Article, mention) -> bool:
    """Whether a work mention is a title as written (not a reference like "the drama")."""
    text = article.text[mention.start : mention.end].lower()
    return text == mention.value.lower() or not text.startswith(("the ", "this ", "that "))


def _head_word(doc, head: Token) -> tuple[str, int] | None:
    """The head noun with the hyphenated parts joined to it ("comedy-drama")."""
    first = head.i
    while first - 2 >= 0 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
            and not doc[first - 2].whitespace_ and doc[first - 2].is_alpha:
        first -= 2
    return doc[first : head.i + 1].text, first


def _words_before(doc, end: int, floor: int) -> Iterator[tuple[int, int]]:
    """(start, end) token ranges of the words before token ``end``, right to left; tokens
    joined by hyphens without spaces are one word."""
    i = end - 1
    while i >= floor:
        start = i
        while start - 2 >= floor and doc[start - 1].text == "-" and \
                not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
            start -= 2
        yield start, i + 1
        i = start - 1


def _not_the_work(article: Article, head: Token) -> bool:
    """Definite phrases about something else than the clause's work: ``the show's
    central mystery`` (a part of a work), ``head of drama`` (a department), ``its next
    comedy`` (a work still to come)."""
    for child in head.children:
        if child.dep_ == "poss":
            owner = article.mention_of(child)
            if owner is not None and owner.kind == "T":
                return True
        if child.i < head.i and child.lower_ in FUTURE_WORDS:
            return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and not any(
        c.dep_ == "det" for c in head.children
    ):
        return True
    return False


def _modifiers(
    article: Article, head: Token, own: Mention | None = None
) -> tuple[list[str], int]:
    """The words before the head that say what kind of story it is, and where they start;
    ``own`` is a reference ("the crime-drama series") whose words may be read."""
    doc = article.doc
    _, first = _head_word(doc, head) or ("", head.i)
    floor = max(0, first - 8)
    words: list[str] = []
    start = first
    for n, (a, b) in enumerate(_words_before(doc, first, floor)):
        if n == 0 and head.lower_ in KIND_NOUNS and doc[a:b].text.lower() in KIND_PREFIXES:
            continue  # "reality TV show": "TV show" is the kind
        if not _acceptable(article, doc[a:b], own):
            break
        words.insert(0, doc[a:b].text)
        start = a
    return words, start


def _acceptable(article: Article, span, own: Mention | None) -> bool:
    text = span.text
    lower = text.lower()
    if lower in NOT_GENRE_WORDS:
        return False
    if span[0].is_title and not span[0].is_sent_start and not (
        _is_genre_word(lower) or span[0].ent_type_ == "EVENT" or lower.endswith("-era")
    ):
        return False  # a name: "its Glasgow comedy"
    if len(span) > 1 and (lower in GENRE_WORDS or lower.endswith("-era")):
        return True  # "coming-of-age", "stand-up", "Victorian-era"
    parts = lower.split("-")
    if any(p in NUMBER_WORDS or p.isdigit() for p in parts) or parts[-1] in FORM_ENDINGS:
        return False
    for token in span:
        if token.text == "-":
            continue
        if not token.is_alpha or token.is_punct:
            return False
        mention = article.mention_of(token)
        if mention is not None and mention is not own:
            return False
        if token.ent_type_ in NOT_GENRE_ENTS and not _is_genre_word(token.lower_):
            return False
        if token.pos_ in ("DET", "PRON", "ADP", "CCONJ", "AUX", "NUM", "PART", "ADV", "SCONJ"):
            return False
        if token.tag_ in ("JJS", "RBS", "JJR", "POS", "PRP$"):
            return False
    last = span[-1]
    if last.pos_ not in ("NOUN", "ADJ", "PROPN", "VERB"):
        return False
    return not (last.pos_ == "VERB" and last.tag_ not in ("VBG", "VBN"))


def _open_compound(word: str) -> str:
    """A compound hyphenated to modify a noun stands open on its own: "romantic-comedy
    series" -> "romantic comedy" (a word like "sci-fi" keeps its hyphen)."""
    parts = word.split("-")
    if len(parts) > 1 and all(p.lower() in GENRE_WORDS and len(p) > 3 for p in parts):
        return " ".join(parts)
    return word


def _is_genre_word(word: str) -> bool:
    lower = word.lower()
    return lower in GENRE_WORDS or any(p in GENRE_WORDS for p in lower.split("-"))


def _superlative(doc, start: int, end: int) -> bool:
    """``the most-watched comedy``, ``the biggest drama``: a comparison, not a genre."""
    lo = max(0, start - 4)
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in ("most", "best", "top")
               for t in doc[lo:end])

