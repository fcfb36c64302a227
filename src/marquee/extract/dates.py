"""Dates of events as an article states them, resolved against its publication date.

A phrase ("on Monday", "last week", "in January", "next spring", "Oct. 7, 2021") is read
by dateparser (``RELATIVE_BASE`` = the publication date, ``PREFER_DATES_FROM`` = the
tense of the event) and written at the precision the phrase supports: a day
(``2021-10-07``), a month (``2021-10``: a month name, "last week", "this month") or a year
(``2021``: a bare year, "next year", "next spring"). dateparser does not read seasons of
the year; they are resolved to a year through the month they open.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span, Token

# The month each season of the year is read through (its year is all that is kept).
SEASON_MONTH = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}
# Words around a date that dateparser does not need.
FILLERS = {"on", "in", "by", "from", "since", "until", "till", "at", "of", "during", "the",
           "late", "early", "mid", "earlier", "later", "around", "about", "as", "soon",
           "sometime", "some", "time", "beginning", "starting", "end", "start", "first",
           "half", "second", "part", "a", "an"}
TIMES_OF_DAY = {"night", "morning", "afternoon", "evening", "tonight"}
UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
         "decades", "hour", "hours", "minute", "minutes"}
SEASON_WORDS = {"season", "seasons", "series", "episode", "episodes", "run", "cycle"}
WEEKDAYS = {d.lower() for d in calendar.day_name} | {d.lower() for d in calendar.day_abbr}
MONTHS = ({m.lower() for m in calendar.month_name if m}
          | {m.lower() for m in calendar.month_abbr if m} | {"sept"})
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
PERIOD_PRECISION = {"day": 10, "time": 10, "week": 7, "month": 7, "year": 4}


@lru_cache(maxsize=64)
def _parser(base: date, prefer: str) -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime.combine(base, datetime.min.time()),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
    })


def words(phrase: str) -> list[str]:
    return re.findall(r"[A-Za-z]+\.?|\d+(?:st|nd|rd|th)?|,", phrase)


def is_duration(phrase: str) -> bool:
    """``two weeks``, ``three years after``: a length of time, not a point in it."""
    tokens = [w.lower().rstrip(".") for w in words(phrase)]
    if "ago" in tokens:
        return False
    for i, word in enumerate(tokens[:-1]):
        if (word.isdigit() or word in _NUMBER_WORDS) and tokens[i + 1] in UNITS:
            return True
    return False


_NUMBER_WORDS = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "twelve", "several", "few", "couple"}


def clean(phrase: str) -> str:
    """The phrase without the prepositions and hedges around it ("late yesterday" ->
    "yesterday", "earlier this month" -> "this month", "Wednesday night" -> "Wednesday")."""
    phrase = re.sub(r"\b(late|early|mid)-", "", phrase, flags=re.I)
    drop = FILLERS | TIMES_OF_DAY
    if re.search(r"\bago\b", phrase, re.I):
        drop = drop - {"a", "an"}  # "a week ago"
    kept = [w for w in words(phrase) if w.lower().rstrip(".") not in drop]
    while kept and kept[0] == ",":
        kept.pop(0)
    while kept and kept[-1] == ",":
        kept.pop()
    text = " ".join(kept).replace(" ,", ",")
    return text


def season_of_year(phrase: str) -> str | None:
    for word in words(phrase):
        if word.lower() in SEASON_MONTH:
            return word.lower()
    return None


def resolve(phrase: str, published: date | None, prefer: str = "past") -> str | None:
    """The ISO date of ``phrase`` at its precision, or None when it names no date.

    ``prefer`` ("past" or "future") settles phrases that could go either way: "in
    January" in a November article is last January for a past event and next January
    for a premiere.
    """
    if is_duration(phrase) or re.search(r"\d{4}\s*[-–/]\s*\d{2}\b|\b\d{1,2}-\d{2}\b", phrase):
        return None  # "two weeks", "the 2018-19 season", "adults 18-49"
    years = [w for w in words(phrase) if YEAR_RE.match(w)]
    season = season_of_year(phrase)
    if season is not None:
        return _season_year(phrase, season, years, published, prefer)
    text = clean(phrase)
    if not text or (text.isdigit() and not YEAR_RE.match(text)):
        return None  # "'13", "the 5th": no month, no year
    if published is None:
        if not years:
            return None  # a relative phrase with nothing to be relative to
        published = date(int(years[0]), 1, 1)
    text, prefer = _month_direction(text, published, prefer)
    data = _parser(published, prefer).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    width = PERIOD_PRECISION.get(data.period or "day", 10)
    found = _same_period(clean(phrase), found, published, width)
    return found.isoformat()[:width]


def _month_direction(text: str, published: date, prefer: str) -> tuple[str, str]:
    """"last October" is the October before publication, "next March" the one after,
    "this October" the publication year's: dateparser reads the bare month that way."""
    tokens = [w.lower().rstrip(".") for w in words(text)]
    if len(tokens) != 2 or tokens[1] not in MONTHS or tokens[0] not in ("last", "next", "this"):
        return text, prefer
    month = words(text)[1]
    if tokens[0] == "this":
        return f"{month} {published.year}", prefer
    number = next((i for i, name in enumerate(calendar.month_abbr) if name and
                   tokens[1].startswith(name.lower())), 0)
    if number == published.month:  # "last July" in July is a year ago
        return f"{month} {published.year + (-1 if tokens[0] == 'last' else 1)}", prefer
    return month, "past" if tokens[0] == "last" else "future"


def _same_period(text: str, found: date, published: date, width: int) -> date:
    """A weekday or month that is the publication's own is the publication's: "said
    Thursday" in a Thursday article is that day, "in September" in September is this one."""
    tokens = {w.lower().rstrip(".") for w in words(text)}
    if "last" in tokens or "next" in tokens or any(YEAR_RE.match(t) for t in tokens):
        return found
    if width == 10 and tokens & WEEKDAYS and not any(t.isdigit() for t in tokens):
        if abs((found - published).days) == 7:
            return published
    if width == 7 and tokens & MONTHS and found.month == published.month:
        return published
    return found


def _season_year(
    phrase: str, season: str, years: list[str], published: date | None, prefer: str
) -> str | None:
    """The year of "spring 2022", "next spring", "last fall", "in the autumn"."""
    if years:
        return years[0]
    if published is None:
        return None
    tokens = {w.lower() for w in words(phrase)}
    month = calendar.month_name[SEASON_MONTH[season]]
    if "this" in tokens:
        return str(published.year)
    direction = "future" if "next" in tokens else "past" if "last" in tokens else prefer
    data = _parser(published, direction).get_date_data(month)
    if data is None or data.date_obj is None:
        return None
    year = data.date_obj.year
    if "next" in tokens and year == published.year:
        year += 1
    return str(year)


# --- finding the phrases in a parsed sentence ------------------------------------------

def _datey(token: Token) -> bool:
    """A token that names a date on its own: a month, a weekday, a season of the year,
    a year, yesterday/today/tonight."""
    low = token.lower_.rstrip(".")
    return (low in MONTHS or low in WEEKDAYS or low in SEASON_MONTH
            or bool(YEAR_RE.match(token.text)) or low in ("yesterday", "today", "tonight")
            or bool(re.match(r"^(?:late|early|mid)-(?:19|20)\d\d$", low)))


def date_phrases(
    doc: Doc, first: int, last: int, ents: Sequence[Span] | None = None
) -> list[Span]:
    """Date phrases of the tokens ``doc[first:last]``: the model's DATE entities that
    name a point in time (not "two seasons", "three years"), adjacent ones joined
    ("Thursday, Jan. 11"), and date words the model missed ("in the autumn").

    ``ents``: the entities to look at, when the caller has those of the range at hand
    (``Article.ents_between``); else every entity of ``doc``."""
    spans: list[Span] = []
    covered: set[int] = set()
    for ent in doc.ents if ents is None else ents:
        if ent.label_ != "DATE" or ent.start < first or ent.end > last:
            continue
        if any(t.lower_ in SEASON_WORDS for t in ent) or is_duration(ent.text):
            continue
        if not any(_datey(t) or t.like_num or t.lower_ in ("week", "month", "year", "weekend")
                   for t in ent):
            continue
        spans.append(ent)
        covered.update(range(ent.start, ent.end))
    for token in doc[first:last]:
        if token.i in covered:
            continue
        if token.lower_ in ("week", "month", "year", "weekend") and token.i > first and \
                doc[token.i - 1].lower_ in ("this", "next", "last") and token.i - 1 not in covered:
            spans.append(Span(doc, token.i - 1, token.i + 1, label="DATE"))  # "last month"
            covered.update((token.i - 1, token.i))
            continue
        if not _datey(token):
            continue
        if token.text[:1].islower() and token.lower_ in ("may", "march"):
            continue  # the verbs
        if token.lower_.rstrip(".") in WEEKDAYS | MONTHS and not token.text[:1].isupper():
            continue
        start, end = token.i, token.i + 1
        while start > first and doc[start - 1].lower_ in ("this", "next", "last", "early",
                                                          "late", "the", "mid"):
            start -= 1
        if end < last and doc[end].like_num and not doc[end].text.startswith("0"):
            end += 1
        spans.append(Span(doc, start, end, label="DATE"))
        covered.update(range(start, end))
    spans.sort(key=lambda s: s.start)
    return _join_adjacent(doc, spans)


def _join_adjacent(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Thursday" "," "Jan. 11" -> one phrase."""
    out: list[Span] = []
    for span in spans:
        if out:
            prev = out[-1]
            between = doc[prev.end : span.start]
            if len(between) <= 1 and all(t.text in (",",) for t in between):
                out[-1] = Span(doc, prev.start, span.end, label="DATE")
                continue
        out.append(span)
    return out


def shift(iso: str, days: int) -> str:
    """A day-precision ISO date moved by ``days``; other precisions unchanged."""
    if len(iso) != 10:
        return iso
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()
