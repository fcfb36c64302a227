"""Helpers shared by the readers: opening a file, decoding bytes, parsing dates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import BinaryIO

from marquee.sources.document import Document, Rejected

BOM = "\ufeff"

_DATE_PREFIX = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]|\Z)")


def decode_utf8(data: bytes, *, strip_bom: bool = True) -> str:
    """Decode UTF-8, dropping a leading byte-order mark; raises ``UnicodeDecodeError``."""
    text = data.decode("utf-8")
    if strip_bom and text.startswith(BOM):
        text = text[1:]
    return text


def describe_decode_error(err: UnicodeDecodeError) -> str:
    """A short reason for a decoding failure, e.g. ``not UTF-8: byte 0xa3 at offset 5 (...)``."""
    byte = err.object[err.start : err.start + 1]
    shown = f"0x{byte[0]:02x}" if byte else "?"
    return f"not UTF-8: byte {shown} at offset {err.start} ({err.reason})"


def parse_iso_date(value: str) -> date:
    """Parse ``YYYY-MM-DD``, or the date part of a longer ISO timestamp.

    Raises ``ValueError("bad date '...'")`` when the value is not a real calendar date.
    """
    match = _DATE_PREFIX.match(value.strip())
    if match is not None:
        try:
            return date.fromisoformat(match.group(1))
        except ValueError:
            pass
    raise ValueError(f"bad date {value!r}")


def read_stream_file(
    path: str, read: Callable[[BinaryIO, str], Iterator[Document | Rejected]]
) -> Iterator[Document | Rejected]:
    """Open ``path`` in binary and yield what ``read(handle, path)`` yields; a file that
    cannot be opened is one Rejected naming it. Never raises for bad input."""
    try:
        handle = open(path, "rb")  # closed by the ``with`` below
    except OSError as err:
        yield Rejected(path, f"cannot read: {err.strerror or err}")
        return
    with handle:
        yield from read(handle, path)
