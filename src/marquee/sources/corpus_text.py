"""Plain-text articles: the corpus format (`` date YYYY-MM-DD `` header) and headline files."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from marquee.sources.common import decode_utf8, describe_decode_error, parse_iso_date
from marquee.sources.document import Document, Rejected, clean_text

# ` date 2021-05-04 ` at the very start; the body follows on the same line.
_HEADER = re.compile(r"\A\s?date (\d{4}-\d{2}-\d{2})(?: |\r?\n|\Z)")
# A short first line followed by one or more blank lines is a headline.
_HEADLINE = re.compile(r"\A(?P<title>[^\r\n]*\S[^\r\n]*)\r?\n(?:[ \t]*\r?\n)+")
MAX_HEADLINE_CHARS = 200


def parse_corpus_text(text: str, doc_id: str, source: str) -> Document | Rejected:
    """Turn the decoded text of one ``.txt`` file into a Document.

    With a date header the body is exactly the text after the header (only trailing
    whitespace is dropped), so evidence offsets index into it. Without a header, a short
    first line followed by a blank line is the title and the body starts after the blanks.
    """
    header = _HEADER.match(text)
    if header is not None:
        try:
            published = parse_iso_date(header.group(1))
        except ValueError as err:
            return Rejected(source, str(err))
        return _document(doc_id, text[header.end() :], source, published=published)
    headline = _HEADLINE.match(text)
    if headline is not None and len(headline.group("title").strip()) <= MAX_HEADLINE_CHARS:
        body = text[headline.end() :]
        return _document(doc_id, body, source, title=headline.group("title").strip())
    return _document(doc_id, text, source)


def read_text_file(path: str) -> Document | Rejected:
    """Read one ``.txt`` file; never raises for bad input."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return Rejected(path, f"cannot read: {err.strerror or err}")
    try:
        text = decode_utf8(data)
    except UnicodeDecodeError as err:
        return Rejected(path, describe_decode_error(err))
    return parse_corpus_text(text, Path(path).stem, path)


def _document(
    doc_id: str,
    body: str,
    source: str,
    *,
    published: date | None = None,
    title: str | None = None,
) -> Document | Rejected:
    body = body.rstrip()
    if not clean_text(body).strip():  # nothing left once control characters are gone
        return Rejected(source, "empty body")
    return Document(
        id=doc_id,
        text=body,
        date=published,
        title=title,
        source=source,
    )
