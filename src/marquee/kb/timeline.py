"""Status timelines: every article's status facts of a work as dated events, and the
status of each season derived from them.

An event's date is the fact's own date (when it happened or was announced; for
``premiere_scheduled`` the premiere itself), else the publication date of its oldest
source. Events are ordered by that date, then by season, then by stage.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from marquee.kb.groups import work_facts
from marquee.kb.models import FactRow
from marquee.kb.provenance import Source, source_order

# The life of a season, in order (FACTS.md's status values). A season only moves
# forward: a later report of an earlier stage (a recap) does not set it back.
STAGES: dict[str, int] = {
    "announced": 0,
    "renewed": 1,
    "revived": 1,
    "casting": 2,
    "in_production": 3,
    "wrapped": 4,
    "premiere_scheduled": 5,
    "released": 6,
    "ended": 7,
}
CANCELLED = "cancelled"
Day = date  # ``Event.date`` (a string) shadows the type inside the class
# After a cancellation only these bring a work back (as ``revived``).
RESTARTS = frozenset({"announced", "renewed", "revived"})


def next_status(current: str | None, event: str) -> str:
    """The status after ``event`` happens to something whose status is ``current``.

    >>> next_status("renewed", "in_production")
    'in_production'
    >>> next_status("released", "renewed")  # a recap of an older renewal
    'released'
    >>> next_status("renewed", "cancelled")
    'cancelled'
    >>> next_status("cancelled", "renewed")
    'revived'
    """
    if current is None or event == CANCELLED:
        return event
    if current == CANCELLED:
        return "revived" if event in RESTARTS else CANCELLED
    if event == "revived":
        event = "renewed"  # revived without a cancellation on record: a renewal
    if event not in STAGES:
        return current
    return event if STAGES[event] >= STAGES.get(current, -1) else current


def next_work_status(current: str | None, event: str) -> str:
    """The status of the work as a whole (reports that name no season) after ``event``.

    Each such report may be about another season, so the latest wins; only a
    cancellation holds until something restarts the work.

    >>> next_work_status("released", "renewed")  # released one season, renewed for more
    'renewed'
    >>> next_work_status("cancelled", "released")
    'cancelled'
    """
    if current is None or event == CANCELLED:
        return event
    if current == CANCELLED:
        return "revived" if event in RESTARTS else CANCELLED
    return "renewed" if event == "revived" else event


def derive_status(events: Iterable[str]) -> str | None:
    """The status after ``events`` (in the order they happened); None when there are none."""
    status: str | None = None
    for event in events:
        status = next_status(status, event)
    return status


def date_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date of any precision (``2013``, ``2013-04``,
    ``2013-04-07``) may mean; None when it is not a date."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        if len(parts) == 3:
            day = date(parts[0], parts[1], parts[2])
            return day, day
    except ValueError:
        return None
    return None


def settle(status: str, when: str | None, today: date) -> str:
    """A scheduled premiere whose date has surely passed by ``today`` is a release.

    >>> settle("premiere_scheduled", "2013-04-07", date(2013, 5, 1))
    'released'
    >>> settle("premiere_scheduled", "2013-04", date(2013, 4, 10))  # maybe not yet
    'premiere_scheduled'
    """
    span = date_range(when)
    if status == "premiere_scheduled" and span is not None and span[1] <= today:
        return "released"
    return status


@dataclass(kw_only=True)
class Event:
    """A status a work's season reached, as the articles report it."""

    season: int | None
    status: str
    date: str | None  # the fact's own date
    sources: list[Source] = field(default_factory=list)
    facts: list[int] = field(default_factory=list)  # ids of the fact rows behind it
    count: int = 0  # documents behind it (the sum of its facts' source counts)

    @property
    def when(self) -> str | None:
        """The event's date, else the publication date of its oldest dated source."""
        if self.date:
            return self.date
        dated = [s.date for s in self.sources if s.date is not None]
        return min(dated).isoformat() if dated else None

    @property
    def published(self) -> Day | None:
        """When the event was first reported."""
        dated = [s.date for s in self.sources if s.date is not None]
        return min(dated) if dated else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "when": self.when,
            "season": self.season,
            "status": self.status,
            "count": self.count or len(self.sources),
            "sources": [s.to_dict() for s in self.sources],
        }


def event_order(event: Event) -> tuple[bool, str, bool, int, int]:
    """By date (undated last), then season (None first), then stage."""
    when = event.when
    return (
        when is None,
        when or "",
        event.season is not None,
        event.season or 0,
        STAGES.get(event.status, len(STAGES)),
    )


StatusFact = tuple[int | None, str, str | None, Sequence[Source]] | tuple[
    int | None, str, str | None, Sequence[Source], int
]


def merge_events(facts: Iterable[StatusFact]) -> list[Event]:
    """One event per (season, status, date), with the sources of every fact behind it
    (oldest first) and the fact ids when given (a fifth item); a vaguer date joins a
    precise one it contains (``fold_vague``), and a report without a season the one
    seasonal event it matches (``fold_seasonless``)."""
    events: dict[tuple[int | None, str, str | None], Event] = {}
    for season, status, when, sources, *fact in facts:
        event = events.setdefault(
            (season, status, when), Event(season=season, status=status, date=when)
        )
        _add_sources(event, sources)
        event.facts.extend(i for i in fact if i not in event.facts)
    merged = fold_seasonless(fold_vague(list(events.values())))
    for event in merged:
        event.sources.sort(key=source_order)
    return sorted(merged, key=event_order)


def _add_sources(event: Event, sources: Iterable[Source]) -> None:
    for source in sources:
        if source not in event.sources:
            event.sources.append(source)


def _contains(vague: str | None, precise: str | None) -> bool:
    """Whether the date ``vague`` (``2018-06``) strictly contains ``precise`` (``2018-06-11``)."""
    outer, inner = date_range(vague), date_range(precise)
    if outer is None or inner is None or outer == inner:
        return False
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def fold_vague(events: list[Event]) -> list[Event]:
    """An event dated by month or year is the same event as the one of its season and
    status dated more precisely within that month or year (``renewed 2018-06`` and
    ``renewed 2018-06-11``): it adds its sources there. With two candidates it stays."""
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: -len(e.date or "")):
        within = [
            k
            for k in kept
            if (k.season, k.status) == (event.season, event.status)
            and _contains(event.date, k.date)
        ]
        if len(within) == 1:
            _add_sources(within[0], event.sources)
            within[0].facts.extend(event.facts)
        else:
            kept.append(event)
    return kept


def fold_seasonless(events: list[Event]) -> list[Event]:
    """A report that names no season joins the one event of a named season with the same
    status on the same (or a contained) date: ``premiere 2013-04-07`` is the season 6
    premiere on that day when one is known. With two candidates it stays."""
    seasonal = [e for e in events if e.season is not None]
    kept = list(seasonal)
    for event in (e for e in events if e.season is None):
        same = [
            k
            for k in seasonal
            if k.status == event.status
            and event.date is not None
            and (k.date == event.date or _contains(event.date, k.date))
        ]
        if len(same) == 1:
            _add_sources(same[0], event.sources)
            same[0].facts.extend(event.facts)
        else:
            kept.append(event)
    return kept


def status_facts(rows: Iterable[tuple[FactRow, list[Source]]]) -> list[StatusFact]:
    """(season, status, date, sources, fact id) of each status fact among ``rows``."""
    return [
        (
            row.fields.get("season"),
            row.fields.get("status") or "",
            row.fields.get("date"),
            src,
            row.id,
        )
        for row, src in rows
        if row.type == "status" and row.fields.get("status")
    ]


@dataclass(kw_only=True)
class SeasonStatus:
    """Where a season (None: the work as a whole) stands, and the event that put it there."""

    season: int | None
    status: str
    event: Event
    inferred: bool = False  # a scheduled premiere that has passed since

    def to_dict(self) -> dict[str, Any]:
        return {
            "season": self.season,
            "status": self.status,
            "since": self.event.when,
            "inferred": self.inferred,
        }


def _newer_schedule(kept: Event, event: Event) -> bool:
    """A premiere date reported later replaces an earlier one (a premiere moved)."""
    if event.status != "premiere_scheduled" or kept.status != "premiere_scheduled":
        return False
    return (event.published or date.min) > (kept.published or date.min)


def current_status(events: Sequence[Event], today: date) -> list[SeasonStatus]:
    """Each season's status after its events (in ``event_order``), and the work's own
    (season None) after the reports that name no season; seasons in order."""
    by_season: dict[int | None, SeasonStatus] = {}
    for event in sorted(events, key=event_order):
        now = by_season.get(event.season)
        step = next_work_status if event.season is None else next_status
        status = step(now.status if now else None, event.status)
        if now is None or status != now.status or _newer_schedule(now.event, event):
            by_season[event.season] = SeasonStatus(season=event.season, status=status, event=event)
    for line in by_season.values():
        settled = settle(line.status, line.event.when, today)
        if settled != line.status:
            line.status, line.inferred = settled, True
    return [by_season[s] for s in sorted(by_season, key=lambda s: (s is not None, s or 0))]


@dataclass(kw_only=True)
class Timeline:
    events: list[Event] = field(default_factory=list)
    current: list[SeasonStatus] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "events": [e.to_dict() for e in self.events],
            "current": [c.to_dict() for c in self.current],
        }


def build_timeline(rows: Sequence[tuple[FactRow, list[Source]]], today: date) -> Timeline:
    """The timeline of a work from its facts (each with the sources that count)."""
    events = merge_events(status_facts(rows))
    return Timeline(events=events, current=current_status(events, today))


def work_timeline(session: Session, work_id: int, as_of: date | None = None) -> Timeline:
    """The timeline of the work ``work_id`` as known on ``as_of`` (None: everything),
    from its distinct status facts (``marquee.kb.groups``)."""
    counted = work_facts(session, work_id, as_of, types=("status",))
    timeline = build_timeline([(c.row, c.sources) for c in counted], as_of or date.today())
    count_events(timeline.events, {c.row.id: c.count for c in counted})
    return timeline


def count_events(events: Iterable[Event], counts: dict[int, int]) -> None:
    """Set each event's ``count`` from the source counts of its facts."""
    for event in events:
        event.count = sum(counts.get(i, 0) for i in event.facts)
