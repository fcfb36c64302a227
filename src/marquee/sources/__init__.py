"""Readers: turn input files into Documents (stage 1 of sources -> nlp -> extract -> kb)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from marquee.sources.corpus_text import read_text_file
from marquee.sources.discover import STDIN, expand_paths, is_url
from marquee.sources.document import Document, Rejected, Skipped
from marquee.sources.feeds import FEED_SUFFIXES, read_feed_file
from marquee.sources.html import HTML_SUFFIXES, read_html_file
from marquee.sources.jsonl import read_jsonl_file
from marquee.sources.language import check_language
from marquee.sources.markdown import MARKDOWN_SUFFIXES, read_markdown_file
from marquee.sources.remote import read_url
from marquee.sources.stdin import read_stdin
from marquee.sources.warc import WARC_SUFFIXES, read_warc_file

if TYPE_CHECKING:  # httpx loads only when a URL is fetched
    from marquee.sources.fetch import Fetcher

__all__ = ["Document", "Rejected", "Skipped", "read_file", "read_inputs"]

Reader = Callable[[str], Iterator[Document | Rejected]]


def _one(read: Callable[[str], Document | Rejected]) -> Reader:
    def reader(path: str) -> Iterator[Document | Rejected]:
        yield read(path)

    return reader


READERS: tuple[tuple[tuple[str, ...], Reader], ...] = (
    ((".jsonl",), read_jsonl_file),
    (MARKDOWN_SUFFIXES, _one(read_markdown_file)),
    (HTML_SUFFIXES, _one(read_html_file)),
    (FEED_SUFFIXES, read_feed_file),
    (WARC_SUFFIXES, read_warc_file),
)


def read_file(path: str, fetcher: Fetcher | None = None) -> Iterator[Document | Rejected]:
    """Read one file, ``-`` or URL; a file by its name's suffix (corpus text by default)."""
    if path == STDIN:
        yield from read_stdin()
        return
    if is_url(path):
        yield from read_url(path, fetcher)
        return
    name = path.lower()
    for suffixes, reader in READERS:
        if name.endswith(suffixes):
            yield from reader(path)
            return
    yield read_text_file(path)


def read_inputs(
    paths: Iterable[str], fetcher: Fetcher | None = None
) -> Iterator[Document | Rejected]:
    """Yield a Document or a Rejected for every input found under ``paths``.

    ``paths`` are files, directories, globs, ``-`` for stdin, or URLs (fetched with
    ``fetcher``; refused without one). Bad input never raises:
    it becomes a Rejected naming the file (and line), and the rest of the batch goes on.
    Every reader's Document passes the same language check here.
    """
    for item in expand_paths(paths):
        if isinstance(item, Rejected):
            yield item
            continue
        for outcome in read_file(item, fetcher):
            yield check_language(outcome) if isinstance(outcome, Document) else outcome
