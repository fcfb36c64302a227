"""The document every reader produces, and the outcome of reading one input."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Document:
    """One article: a body text with optional metadata.

    ``text`` is the body only (a corpus header or a headline is not part of it), so
    evidence offsets always point into ``text``.
    """

    id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str = ""  # where it was read from: "path" or "path:line"
    author: str | None = None
    site: str | None = None  # the publication's name, as the page gives it

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)


@dataclass(frozen=True)
class Rejected:
    """An input that could not become a document, with the place and the reason."""

    source: str  # "path" or "path:line"
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Skipped(Rejected):
    """An input passed over on purpose, not an error: not an article (a WARC request
    record, an image) or not a file to open (a FIFO). Counted apart from rejections."""

    def __str__(self) -> str:
        return f"{self.source}: skipped: {self.reason}"


def normalise_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def text_hash(text: str) -> str:
    """A stable hash of the normalised text (used for ids and duplicate detection)."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
