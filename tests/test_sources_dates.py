"""Publication dates in the forms feeds and pages write them (library parsers only)."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from marquee.sources.dates import optional_date, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 03 Jun 2025 23:30:00 -0400", date(2025, 6, 3)),  # RFC 2822, its own zone
        ("Mon, 2 Jun 2025 08:00:00 GMT", date(2025, 6, 2)),
        ("03 Jun 2025 23:30 +0000", date(2025, 6, 3)),
        ("2025-06-03T23:30:00Z", date(2025, 6, 3)),  # ISO 8601 with time and zone
        ("2025-06-03T23:30:00.250+05:30", date(2025, 6, 3)),
        ("2025-06-03 10:00", date(2025, 6, 3)),
        ("2025-06-03", date(2025, 6, 3)),
        ("Feb 8, 2017 11:03 am", date(2017, 2, 8)),
        ("July 18, 2008  1:54 PM", date(2008, 7, 18)),
        ("8 February 2017", date(2017, 2, 8)),
        (datetime(2020, 1, 2, 23, 0, tzinfo=UTC), date(2020, 1, 2)),
        (date(2020, 1, 2), date(2020, 1, 2)),
        (time.struct_time((2020, 1, 2, 0, 0, 0, 3, 2, 0)), date(2020, 1, 2)),
    ],
)
def test_parse_date(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "yesterday", "in three days", "last week", "2021-02-30", "February 2017", "soon", 12,
     "x" * 500],
)
def test_no_full_date_is_an_error(value: object) -> None:
    with pytest.raises(ValueError, match="bad date"):
        parse_date(value)
    assert optional_date(value) is None
