"""Documents longer than the pipeline takes at once, cut into parts.

spaCy refuses a text longer than ``nlp.max_length`` (its E088). Such a document is cut
at line breaks (else at spaces) into parts that the pipeline takes, each part is
parsed and read on its own, and the facts' evidence is moved back to offsets into the
whole text. The parts are slices of the text: joined, they are the text again.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from marquee.extract.records import Evidence, Fact


def split_parts(text: str, limit: int) -> list[tuple[int, str]]:
    """``(offset, part)`` pairs, each part at most ``limit`` characters, cut after the
    last line break that fits, else after the last space, else before a character that
    starts a new letter (never inside an accented letter)."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = text.rfind("\n", start, end) + 1 or text.rfind(" ", start, end) + 1
        if cut <= start:
            cut = end
            while cut > start + 1 and unicodedata.combining(text[cut]):
                cut -= 1
        parts.append((start, text[start:cut]))
        start = cut
    parts.append((start, text[start:]))
    return parts


def shifted(fact: Fact, offset: int) -> Fact:
    """``fact`` with its evidence moved ``offset`` characters on."""
    if not offset:
        return fact
    evidence = [Evidence(e.start + offset, e.end + offset) for e in fact.evidence]
    return replace(fact, evidence=evidence)
