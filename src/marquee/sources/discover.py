"""Expand the paths given on the command line into the files to read.

Only regular files are read: a FIFO, a socket or a device named like an article is
refused with a reason (opening a FIFO would wait forever), and a folder that cannot be
listed gets a line of its own rather than vanishing from the summary.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator

from marquee.sources.document import Rejected, Skipped

STDIN = "-"
SUFFIXES = (
    ".txt",
    ".jsonl",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".html.gz",
    ".htm.gz",
    ".rss",
    ".atom",
    ".xml",
    ".warc",
    ".warc.gz",
)
SUFFIXES_SHOWN = ", ".join(SUFFIXES)
_GLOB_CHARS = frozenset("*?[")
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def is_supported(path: str) -> bool:
    """True for a file name the readers understand (see ``SUFFIXES``, any case)."""
    return path.lower().endswith(SUFFIXES)


def is_hidden(name: str) -> bool:
    return name.startswith(".")


def not_regular(path: str) -> Rejected | None:
    """``None`` for a regular file (or a link to one); else why it is not read."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        return Rejected(path, f"cannot read: {err.strerror or err}")
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return Skipped(path, f"{kind}, not a regular file")


def walk_directory(directory: str) -> list[str | Rejected]:
    """Every supported, non-hidden file under ``directory``, recursively, sorted.

    A subfolder that cannot be listed, and a supported name that is not a regular file,
    come back as a Rejected in the file's place.
    """
    found: list[tuple[str, str | Rejected]] = []

    def unreadable(err: OSError) -> None:
        where = err.filename if isinstance(err.filename, str) else directory
        found.append((where, Rejected(where, f"cannot read directory: {err.strerror or err}")))

    for root, dirs, files in os.walk(directory, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not is_hidden(d))
        for name in files:
            if is_hidden(name) or not is_supported(name):
                continue
            path = os.path.join(root, name)
            found.append((path, not_regular(path) or path))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def expand_path(path: str) -> Iterator[str | Rejected]:
    """The files named by one argument: a file, a directory, a glob, or ``-`` for stdin."""
    if path == STDIN or is_url(path):
        yield path  # read as it is: standard input, or a URL to fetch
    elif os.path.isdir(path):
        files = walk_directory(path)
        if not files:
            yield Rejected(path, f"no readable files in directory (expected {SUFFIXES_SHOWN})")
        yield from files
    elif os.path.lexists(path):
        if not is_supported(path):
            yield Rejected(path, f"unsupported file type (expected {SUFFIXES_SHOWN})")
        else:
            yield not_regular(path) or path
    elif _GLOB_CHARS.intersection(path):
        yield from _expand_glob(path)
    else:
        yield Rejected(path, "no such file or directory")


def expand_paths(paths: Iterable[str]) -> Iterator[str | Rejected]:
    """Expand every argument in order; a file (or URL) named twice is read once."""
    seen: set[str] = set()
    for path in paths:
        for item in expand_path(path):
            if isinstance(item, str) and item != STDIN:
                key = item if is_url(item) else os.path.realpath(item)
                if key in seen:
                    continue
                seen.add(key)
            yield item


def is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def _expand_glob(pattern: str) -> Iterator[str | Rejected]:
    files: list[str | Rejected] = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        if os.path.isdir(match):
            files.extend(walk_directory(match))
        elif is_supported(match):
            files.append(not_regular(match) or match)
    if not files:
        yield Rejected(pattern, "no files match")
    yield from files
