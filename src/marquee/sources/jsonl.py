"""JSON Lines articles: one object a line with id, url, published, title and text."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from marquee.sources.common import (
    BOM,
    decode_utf8,
    describe_decode_error,
    parse_iso_date,
    read_stream_file,
)
from marquee.sources.document import Document, Rejected, clean_text, text_hash

STDIN_NAME = "<stdin>"
HASH_ID_CHARS = 16


def parse_jsonl_record(line: str, source: str) -> Document | Rejected | None:
    """Parse one decoded line; ``None`` for a blank line (skipped silently)."""
    if not line.strip():
        return None
    try:
        value: Any = json.loads(line.rstrip("\r\n"))  # columns count on the line itself
    except json.JSONDecodeError as err:
        return Rejected(source, f"malformed JSON: {err.msg} at column {err.colno}")
    except RecursionError:
        return Rejected(source, "malformed JSON: nested too deeply")
    except ValueError:  # an integer longer than Python converts
        limit = sys.get_int_max_str_digits()
        return Rejected(source, f"malformed JSON: a number longer than {limit} digits")
    if not isinstance(value, dict):
        return Rejected(source, f"expected a JSON object, got {_json_type(value)}")
    return record_to_document(value, source)


def record_to_document(record: dict[str, Any], source: str) -> Document | Rejected:
    """Build a Document from one JSON object, or say why it cannot be one."""
    if "text" not in record:
        return Rejected(source, "missing 'text'")
    text = record["text"]
    if not isinstance(text, str):
        return Rejected(source, f"'text' is not a string (got {_json_type(text)})")
    if not clean_text(text).strip():  # nothing left once control characters are gone
        return Rejected(source, "empty body")
    published = record.get("published")
    if published is None or published == "":
        day = None
    elif isinstance(published, str):
        try:
            day = parse_iso_date(published)
        except ValueError as err:
            return Rejected(source, str(err))
    else:
        return Rejected(source, f"bad date {published!r}")
    return Document(
        id=_record_id(record.get("id"), text),
        text=text,
        date=day,
        title=_optional_str(record.get("title")),
        url=_optional_str(record.get("url")),
        source=source,
    )


def read_jsonl_lines(lines: Iterable[bytes | str], name: str) -> Iterator[Document | Rejected]:
    """Read JSON Lines from raw lines; each line is decoded and judged on its own."""
    for number, raw in enumerate(lines, start=1):
        source = f"{name}:{number}"
        if isinstance(raw, bytes):
            try:
                line = decode_utf8(raw, strip_bom=number == 1)
            except UnicodeDecodeError as err:
                yield Rejected(source, describe_decode_error(err))
                continue
        else:
            line = raw[1:] if number == 1 and raw.startswith(BOM) else raw
        outcome = parse_jsonl_record(line, source)
        if outcome is not None:
            yield outcome


def read_jsonl_file(path: str) -> Iterator[Document | Rejected]:
    """Read a ``.jsonl`` file line by line; never raises for bad input."""
    yield from read_stream_file(path, read_jsonl_lines)


def read_stdin() -> Iterator[Document | Rejected]:
    """Read JSON Lines from standard input (bytes when available, so bad UTF-8 is per line)."""
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    lines: Iterable[bytes | str] = buffer if buffer is not None else stream
    try:
        yield from read_jsonl_lines(lines, STDIN_NAME)
    except UnicodeDecodeError as err:  # a text-only stdin that cannot decode its input
        yield Rejected(STDIN_NAME, describe_decode_error(err))


def _record_id(value: Any, text: str) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return text_hash(text)[:HASH_ID_CHARS]


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")
