"""Sentences that respect paragraphs: a line break always ends a sentence.

News bodies separate paragraphs (and headings, captions, list items) with line breaks.
The parser joins a short line to the next one when it sees no full stop; a fact read
across that join comes from two unrelated sentences. This component runs before the
parser and marks the first token after every line break as a sentence start, which
the parser respects.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on each token that follows a whitespace token with a newline."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
    return doc


@Language.component("marquee_paragraphs")
def paragraphs_component(doc: Doc) -> Doc:
    return mark_paragraphs(doc)
