"""Readers: turn input files into Documents (stage 1 of sources -> nlp -> extract -> kb)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marquee.sources.document import Document, Rejected

__all__ = ["Document", "Rejected", "read_inputs"]


def read_inputs(paths: Iterable[str]) -> Iterator[Document | Rejected]:
    """Yield a Document or a Rejected for every input found under ``paths``.

    ``paths`` are files, directories, globs, or ``-`` for stdin.
    """
    raise NotImplementedError
