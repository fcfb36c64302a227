"""Reading an input file's bytes: gzip undone, and a cap on how much is read."""

from __future__ import annotations

import zlib

GZIP_MAGIC = b"\x1f\x8b"
MAX_INPUT_BYTES = 64 * 1024 * 1024  # one page or feed; a bigger one is refused, not read


class InputError(Exception):
    """An input that cannot be read; the message is the reason shown to the user."""


def read_capped(path: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``path``, gunzipped when they are gzip; at most ``limit`` of them."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}") from err
    if is_gzip(data):
        data = gunzip(data, limit)
    if len(data) > limit:
        raise InputError(f"too large (over {limit} bytes)")
    return data


def gunzip(data: bytes, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Decompress gzip ``data``, stopping past ``limit`` bytes (a bomb costs nothing)."""
    inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as err:
        raise InputError(f"bad gzip data: {err}") from err
    if len(out) > limit:
        raise InputError(f"too large once decompressed (over {limit} bytes)")
    return out


def is_gzip(data: bytes) -> bool:
    return data.startswith(GZIP_MAGIC)
