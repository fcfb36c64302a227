"""A Doc's text and entities, read once per document.

spaCy joins ``doc.text`` from the tokens and rebuilds ``doc.ents`` on every access, so a
loop that reads them per sentence or per candidate costs the square of the document's
length. These read each once and keep it in ``doc.user_data``.

The text of a Doc never changes. Its entities are final once the NER has run, and no
Marquee component sets them: ``doc_ents`` is for the components after the NER and for
the extractors.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

TEXT_KEY = "marquee_text"
ENTS_KEY = "marquee_ents"
STARTS_KEY = "marquee_ent_starts"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once (after the NER)."""
    ents = doc.user_data.get(ENTS_KEY)
    if not isinstance(ents, tuple):
        ents = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    return ents


def ent_around(doc: Doc, start: int, end: int) -> Span | None:
    """The entity that holds the tokens ``doc[start:end]`` whole, if any (entities never
    overlap, so only the last one that starts at or before ``start`` can)."""
    ents = doc_ents(doc)
    starts = doc.user_data.get(STARTS_KEY)
    if not isinstance(starts, list) or len(starts) != len(ents):
        starts = doc.user_data[STARTS_KEY] = [ent.start for ent in ents]
    at = bisect_right(starts, start) - 1
    if at >= 0 and ents[at].end >= end:
        return ents[at]
    return None
