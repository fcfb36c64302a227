"""Sentences that respect paragraphs: a line break always ends a sentence.

News bodies separate paragraphs (and headings, captions, list items) with line breaks.
The parser joins a short line to the next one when it sees no full stop; a fact read
across that join comes from two unrelated sentences. This component runs before the
parser and marks the first token after every line break as a sentence start, which
the parser respects. It also keeps "Dr. Ada Bell" in one sentence.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

# Abbreviations before a name that end in a full stop but never end a sentence.
TITLES_BEFORE_NAMES = frozenset({
    "dr.", "mr.", "mrs.", "ms.", "mx.", "st.", "lt.", "sgt.", "capt.", "det.", "prof.",
    "rev.", "gen.", "col.", "maj.", "cmdr.", "insp.", "supt.", "fr.", "sr.", "jr.",
})


def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on each token that follows a whitespace token with a newline,
    and clear it after a title such as "Dr." that introduces a name on the same line.

    The marks are written in one ``from_array`` (setting ``token.is_sent_start`` one by
    one rescans the whole document each time)."""
    marks = doc.to_array([SENT_START]).astype("int64")
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and previous.is_space and "\n" in previous.text:
            marks[token.i] = 1
        elif previous.lower_ in TITLES_BEFORE_NAMES and token.text[:1].isupper():
            marks[token.i] = -1
    doc.from_array([SENT_START], cast(Ints2d, marks.astype("uint64")))  # -1 wraps as spaCy's
    return doc


@Language.component("marquee_paragraphs")
def paragraphs_component(doc: Doc) -> Doc:
    return mark_paragraphs(doc)
