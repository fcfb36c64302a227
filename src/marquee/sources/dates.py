"""Publication dates in the forms feeds and pages use, parsed by libraries only.

RFC 2822 (``Tue, 03 Jun 2025 23:30:00 -0400``) goes through ``email.utils``, ISO 8601
(``2025-06-03T23:30:00Z``) through ``datetime.fromisoformat``, and anything else that
names a day, a month and a year (``Feb 8, 2017 11:03 am``) through dateparser with
relative phrases ("yesterday") turned off. A date is the calendar day as written, in
the zone it was written in.
"""

from __future__ import annotations

import email.utils
import time
from datetime import date, datetime
from typing import Any

_DATEPARSER_SETTINGS: dict[str, Any] = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
MAX_DATE_CHARS = 100


def parse_date(value: object) -> date:
    """The calendar date in ``value`` (a string, a date, a datetime or a struct_time).

    Raises ``ValueError("bad date '...'")`` when no full date can be read from it.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, str):
        parsed = _parse_string(value.strip())
        if parsed is not None:
            return parsed
    raise ValueError(f"bad date {value!r}")


def optional_date(value: object) -> date | None:
    """Like :func:`parse_date`, but ``None`` for a missing or unreadable value."""
    if value is None or value == "":
        return None
    try:
        return parse_date(value)
    except ValueError:
        return None


def _parse_string(text: str) -> date | None:
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # imported on first use: it takes a while to load

    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None
