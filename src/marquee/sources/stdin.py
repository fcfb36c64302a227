"""Standard input in any format, told apart by its first bytes.

JSON Lines (a first line that opens an object) is read as a stream, a line at a time;
anything else is read whole (up to the input cap) and handed to its reader: a WARC
archive, an RSS or Atom feed, an HTML page, Markdown with front matter, or corpus text.
Gzip-compressed input is undone first.
"""

from __future__ import annotations

import io
import itertools
import shutil
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from marquee.sources.common import BOM, decode_utf8, describe_decode_error
from marquee.sources.corpus_text import parse_corpus_text
from marquee.sources.document import Document, Rejected, text_hash
from marquee.sources.feeds import looks_like_feed, parse_feed
from marquee.sources.html import parse_html_page
from marquee.sources.jsonl import read_jsonl_lines
from marquee.sources.markdown import parse_markdown
from marquee.sources.raw import MAX_INPUT_BYTES, InputError, gunzip, is_gzip

STDIN_NAME = "<stdin>"
HASH_ID_CHARS = 16
_BOM_BYTES = BOM.encode("utf-8")


def sniff(head: bytes) -> str:
    """The format of an input from its first bytes: jsonl, warc, feed, html, markdown, text."""
    start = head[len(_BOM_BYTES) :] if head.startswith(_BOM_BYTES) else head
    start = start.lstrip()
    lower = start[:2048].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"---\n") or start.startswith(b"---\r\n"):
        return "markdown"
    if start.startswith(b"<"):
        if looks_like_feed(lower) and b"<html" not in lower:
            return "feed"
        return "html"
    return "text"


def read_stream(lines: Iterable[bytes], name: str = STDIN_NAME) -> Iterator[Document | Rejected]:
    """Read one input given as a stream of byte lines, in whatever format it is."""
    stream = iter(lines)
    leading: list[bytes] = []
    for line in stream:
        leading.append(line)
        if line.strip(b" \t\r\n" + _BOM_BYTES):
            break
    if not leading or not leading[-1].strip(b" \t\r\n" + _BOM_BYTES):
        return  # nothing but blank lines
    if sniff(leading[-1]) == "jsonl" and not is_gzip(leading[0]):
        yield from read_jsonl_lines(itertools.chain(leading, stream), name)
        return
    if _is_warc(b"".join(leading)):  # spooled to disk, never held whole
        from marquee.sources.warc import read_warc_stream

        with tempfile.TemporaryFile() as spool:  # fastwarc needs a seekable file
            shutil.copyfileobj(_ChainReader(itertools.chain(leading, stream)), spool)
            spool.seek(0)
            yield from read_warc_stream(spool, name)
        return
    try:
        data = _rest(leading, stream)
    except InputError as err:
        yield Rejected(name, str(err))
        return
    yield from read_bytes(data, name)


def read_bytes(
    data: bytes, name: str, *, url: str | None = None
) -> Iterator[Document | Rejected]:
    """Read one whole input held in memory, by its sniffed format. With ``url`` (a fetched
    page) a page's id and URL are that URL, and a feed's relative links resolve against it."""
    if is_gzip(data):
        try:
            data = gunzip(data)
        except InputError as err:
            yield Rejected(name, str(err))
            return
    kind = sniff(data[:4096])
    if kind == "jsonl":
        yield from read_jsonl_lines(data.splitlines(keepends=True), name)
    elif kind == "warc":
        from marquee.sources.warc import read_warc_stream

        yield from read_warc_stream(io.BytesIO(data), name)
    elif kind == "feed":
        yield from parse_feed(data, name, base_url=url)
    elif kind == "html":
        yield parse_html_page(data, url or _hash_id(data), name, url=url)
    else:
        yield _decoded(data, name, parse_markdown if kind == "markdown" else parse_corpus_text)


def read_stdin() -> Iterator[Document | Rejected]:
    """Read standard input (bytes when available, so bad UTF-8 is judged per line)."""
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        yield from read_stream(buffer)
        return
    try:
        yield from read_stream(line.encode("utf-8") for line in stream)
    except UnicodeDecodeError as err:  # a text-only stdin that cannot decode its input
        yield Rejected(STDIN_NAME, describe_decode_error(err))


def _decoded(
    data: bytes, name: str, parse: Callable[[str, str, str], Document | Rejected]
) -> Document | Rejected:
    try:
        text = decode_utf8(data)
    except UnicodeDecodeError as err:
        return Rejected(name, describe_decode_error(err))
    return parse(text, _hash_id(data), name)


def _rest(leading: list[bytes], stream: Iterator[bytes]) -> bytes:
    parts = list(leading)
    size = sum(len(part) for part in parts)
    for line in stream:
        size += len(line)
        if size > MAX_INPUT_BYTES:
            raise InputError(f"too large (over {MAX_INPUT_BYTES} bytes)")
        parts.append(line)
    return b"".join(parts)


def _is_warc(head: bytes) -> bool:
    """True for a WARC archive, gzip-compressed or not, from its first bytes."""
    if is_gzip(head):
        try:
            head = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


class _ChainReader(io.RawIOBase):
    """A binary file over an iterator of byte chunks (stdin's lines, after the sniff)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = chunk
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def _hash_id(data: bytes) -> str:
    return "stdin-" + text_hash(data.decode("utf-8", "replace"))[:HASH_ID_CHARS]
