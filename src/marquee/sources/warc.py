"""WARC archives (``.warc``, ``.warc.gz``), read as a stream with fastwarc.

Each response record whose HTTP status is 200 and whose payload is HTML goes through
the HTML reader, with the record's target URI as the document's id and URL. Every other
record (warcinfo, request, metadata, an image, a 404, a page over the size cap) is
counted as skipped with its reason. Records are read one at a time and dropped, so
memory stays flat however large the archive is.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from marquee.sources.common import read_stream_file
from marquee.sources.document import Document, Rejected, Skipped
from marquee.sources.html import parse_html_page

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_PAGE_BYTES = 16 * 1024 * 1024


def record_source(name: str, number: int) -> str:
    return f"{name}:record {number}"


def read_warc_stream(stream: IO[bytes], name: str) -> Iterator[Document | Rejected]:
    """Every record of a binary WARC stream (gzip or not) as a Document, Skipped or Rejected."""
    from fastwarc.warc import ArchiveIterator

    number = 0
    try:
        records = ArchiveIterator(stream, parse_http=True, auto_decode="all")
        for number, record in enumerate(records, start=1):
            yield record_outcome(record, record_source(name, number))
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as err:  # noqa: B036 - fastwarc's Rust panics are BaseExceptions
        yield Rejected(name, f"bad WARC data after record {number}: {_first_line(err)}")
    if number == 0:
        yield Rejected(name, "no WARC records found")


def record_outcome(record: Any, source: str) -> Document | Rejected:
    """One record's Document, or why it has none."""
    kind = str(record.headers.get("WARC-Type") or "untyped").lower()
    uri = record.headers.get("WARC-Target-URI")
    if kind != "response":
        return Skipped(source, f"{kind} record")
    if not record.is_http:
        return Skipped(source, f"response record without HTTP ({uri})")
    status = record.http_headers.status_code
    if status != 200:
        return Skipped(source, f"HTTP {status} ({uri})")
    mime = (record.http_content_type or "").split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        return Skipped(source, f"not HTML: {mime or 'no content type'} ({uri})")
    if record.content_length > MAX_PAGE_BYTES:
        return Skipped(source, f"page over {MAX_PAGE_BYTES} bytes ({uri})")
    payload = record.reader.read(MAX_PAGE_BYTES)
    return parse_html_page(payload, uri or source, source, url=uri)


def read_warc_file(path: str) -> Iterator[Document | Rejected]:
    """Read one WARC file as a stream; never raises for bad input."""
    yield from read_stream_file(path, read_warc_stream)


def _first_line(err: BaseException) -> str:
    lines = str(err).strip().splitlines()
    return lines[0] if lines else type(err).__name__
