"""Readers: turn input files into Documents (stage 1 of sources -> nlp -> extract -> kb)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marquee.sources.corpus_text import read_text_file
from marquee.sources.discover import STDIN, expand_paths
from marquee.sources.document import Document, Rejected
from marquee.sources.jsonl import read_jsonl_file, read_stdin

__all__ = ["Document", "Rejected", "read_file", "read_inputs"]


def read_file(path: str) -> Iterator[Document | Rejected]:
    """Read one file (``.jsonl`` as JSON Lines, anything else as corpus text) or ``-``."""
    if path == STDIN:
        yield from read_stdin()
    elif path.lower().endswith(".jsonl"):
        yield from read_jsonl_file(path)
    else:
        yield read_text_file(path)


def read_inputs(paths: Iterable[str]) -> Iterator[Document | Rejected]:
    """Yield a Document or a Rejected for every input found under ``paths``.

    ``paths`` are files, directories, globs, or ``-`` for stdin. Bad input never raises:
    it becomes a Rejected naming the file (and line), and the rest of the batch goes on.
    """
    for item in expand_paths(paths):
        if isinstance(item, Rejected):
            yield item
        else:
            yield from read_file(item)
