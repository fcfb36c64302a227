"""The document every reader produces, and the outcome of reading one input.

Every reader builds a :class:`Document`, and a Document normalises its text fields as
it is made, once for every format: line ends become ``\n``; control characters other
than newline and tab (NUL among them), byte-order marks and the bidirectional
overrides are removed; the text is put in Unicode NFC. So SQLite and PostgreSQL (which
refuses NUL) store the same text, and evidence offsets index the text as stored.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# C0 and C1 controls but tab and newline; byte-order marks; bidirectional embeddings,
# overrides and isolates (text that reorders what a terminal or a page shows).
_UNWANTED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufeff\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """``text`` with ``\n`` line ends, without control characters (tab and newline
    kept), in Unicode NFC. Idempotent."""
    text = _UNWANTED.sub("", _LINE_ENDS.sub("\n", text))
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


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

    def __post_init__(self) -> None:
        for name in ("id", "text", "title", "url", "author", "site"):
            value = getattr(self, name)
            if isinstance(value, str):
                cleaned = clean_text(value)
                if name != "text":
                    one_line = name in ("title", "author", "site")
                    cleaned = " ".join(cleaned.split()) if one_line else cleaned.strip()
                if cleaned != value:
                    object.__setattr__(self, name, cleaned)

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
