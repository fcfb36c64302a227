"""Expand the paths given on the command line into the files to read."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from marquee.sources.document import Rejected

STDIN = "-"
SUFFIXES = (".txt", ".jsonl")
_GLOB_CHARS = frozenset("*?[")


def is_supported(path: str) -> bool:
    """True for a file name the readers understand (``.txt`` or ``.jsonl``, any case)."""
    return path.lower().endswith(SUFFIXES)


def is_hidden(name: str) -> bool:
    return name.startswith(".")


def walk_directory(directory: str) -> list[str]:
    """Every supported, non-hidden file under ``directory``, recursively, sorted."""
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not is_hidden(d))
        found.extend(
            os.path.join(root, name) for name in files if not is_hidden(name) and is_supported(name)
        )
    return sorted(found)


def expand_path(path: str) -> Iterator[str | Rejected]:
    """The files named by one argument: a file, a directory, a glob, or ``-`` for stdin."""
    if path == STDIN:
        yield STDIN
    elif os.path.isdir(path):
        files = walk_directory(path)
        if not files:
            yield Rejected(path, "no .txt or .jsonl files in directory")
        yield from files
    elif os.path.exists(path):
        if is_supported(path):
            yield path
        else:
            yield Rejected(path, "unsupported file type (expected .txt or .jsonl)")
    elif _GLOB_CHARS.intersection(path):
        yield from _expand_glob(path)
    else:
        yield Rejected(path, "no such file or directory")


def expand_paths(paths: Iterable[str]) -> Iterator[str | Rejected]:
    """Expand every argument in order; a file named twice is read once."""
    seen: set[str] = set()
    for path in paths:
        for item in expand_path(path):
            if isinstance(item, str) and item != STDIN:
                key = os.path.realpath(item)
                if key in seen:
                    continue
                seen.add(key)
            yield item


def _expand_glob(pattern: str) -> Iterator[str | Rejected]:
    files: list[str] = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        if os.path.isdir(match):
            files.extend(walk_directory(match))
        elif is_supported(match):
            files.append(match)
    if not files:
        yield Rejected(pattern, "no files match")
    yield from files
