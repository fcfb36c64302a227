"""Tests for marquee.extract.dates: date phrases resolved against a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from marquee.extract.dates import clean, is_duration, resolve, season_of_year

WED = date(2024, 11, 20)  # a Wednesday in November


@pytest.mark.parametrize(
    ("phrase", "published", "prefer", "expected"),
    [
        # weekdays: the last one for past news, the next one for a premiere
        ("on Monday", WED, "past", "2024-11-18"),
        ("Monday", WED, "future", "2024-11-25"),
        ("Friday, Dec. 6", WED, "future", "2024-12-06"),
        ("Wednesday", WED, "past", "2024-11-20"),  # the day of publication itself
        ("Wednesday night", WED, "past", "2024-11-20"),
        ("last Thursday", WED, "past", "2024-11-14"),
        ("late yesterday", WED, "past", "2024-11-19"),
        ("today", WED, "past", "2024-11-20"),
        # months: "in January" in November is next January for a premiere
        ("in January", WED, "future", "2025-01"),
        ("in January", WED, "past", "2024-01"),
        ("in October", WED, "past", "2024-10"),
        ("in November", WED, "future", "2024-11"),
        ("Jan. 11", WED, "future", "2025-01-11"),
        ("Oct. 30", WED, "past", "2024-10-30"),
        ("March 2023", WED, "past", "2023-03"),
        ("20 February", date(2022, 3, 2), "past", "2022-02-20"),
        # weeks and months around publication keep the month
        ("last week", WED, "past", "2024-11"),
        ("last week", date(2025, 2, 6), "past", "2025-01"),
        ("earlier this month", WED, "past", "2024-11"),
        ("last month", WED, "past", "2024-10"),
        ("next month", WED, "future", "2024-12"),
        # years
        ("in 2013", WED, "future", "2013"),
        ("the first half of 2026", WED, "future", "2026"),
        ("next year", WED, "future", "2025"),
        ("late last year", WED, "past", "2023"),
        ("earlier this year", WED, "past", "2024"),
        ("a late-2027", WED, "future", "2027"),
        # seasons of the year resolve to a year
        ("next spring", WED, "future", "2025"),
        ("next spring", date(2025, 7, 10), "future", "2026"),
        ("in the spring", WED, "future", "2025"),
        ("in the spring", WED, "past", "2024"),
        ("last fall", date(2024, 9, 26), "past", "2023"),
        ("last spring", WED, "past", "2024"),
        ("last spring", date(2026, 2, 13), "past", "2025"),
        ("this summer", date(2024, 3, 19), "future", "2024"),
        ("the fall of 2021", WED, "future", "2021"),
        ("autumn 2026", WED, "future", "2026"),
    ],
)
def test_resolve(phrase: str, published: date, prefer: str, expected: str) -> None:
    assert resolve(phrase, published, prefer) == expected


@pytest.mark.parametrize(
    "phrase", ["two weeks", "three years", "the 2018-19 season", "Christmas Eve", "'13", ""],
)
def test_resolve_gives_nothing_for_what_is_no_date(phrase: str) -> None:
    assert resolve(phrase, WED, "past") is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("May 19, 2006", "2006-05-19"), ("1989", "1989"), ("in May", None), ("on Monday", None)],
)
def test_without_a_publication_date_only_absolute_dates_resolve(
    phrase: str, expected: str | None
) -> None:
    assert resolve(phrase, None, "past") == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("two weeks", True), ("three years after", True), ("a week ago", False),
     ("last week", False), ("Monday", False)],
)
def test_is_duration(phrase: str, expected: bool) -> None:
    assert is_duration(phrase) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("late yesterday", "yesterday"), ("earlier this month", "this month"),
     ("on Monday, Oct. 7", "Monday, Oct. 7"), ("Wednesday night", "Wednesday"),
     ("a week ago", "a week ago")],
)
def test_clean(phrase: str, expected: str) -> None:
    assert clean(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("next spring", "spring"), ("in the Autumn", "autumn"), ("in May", None)],
)
def test_season_of_year(phrase: str, expected: str | None) -> None:
    assert season_of_year(phrase) == expected
