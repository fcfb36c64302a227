"""Facts that contradict each other, each side with its sources.

The rules (``ConflictRules`` holds their settings):

- ``cancelled_and_renewed``: one season (or the work as a whole, season null, against
  any season) both cancelled and renewed in the same period: the two dates at most
  ``window_days`` apart (a date of month or year precision spans its month or year),
  with no other event of that season reported in between (renewed, then filming, then
  cancelled is a story, not a contradiction).
- ``two_premiere_dates``: two premiere dates for one season that cannot both be true
  (``2013-04`` and ``2013-04-07`` agree; ``2013-04-07`` and ``2013-04-14`` do not);
  reports that name no season clash only when published at most ``window_days`` apart.
- ``two_characters``: one actor as two different characters in one work and season
  (``Emily`` and ``Emily Cooper`` agree; so do spellings closer than
  ``character_similarity``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from marquee.kb.groups import typed_facts, work_facts
from marquee.kb.models import Entity, FactRow
from marquee.kb.normalise import norm_name
from marquee.kb.provenance import Source
from marquee.kb.timeline import Event, date_range, event_order, merge_events, status_facts

CAST_ROLES = ("cast", "guest_cast", "voice_cast")


@dataclass(frozen=True)
class ConflictRules:
    window_days: int = 30
    character_similarity: int = 90


@dataclass(kw_only=True)
class Claim:
    """One side of a conflict: what is said, and the documents that say it."""

    says: str
    sources: list[Source] = field(default_factory=list)
    facts: list[int] = field(default_factory=list)  # ids of the fact rows behind it

    def to_dict(self) -> dict[str, Any]:
        return {"says": self.says, "sources": [s.to_dict() for s in self.sources]}


@dataclass(kw_only=True)
class Conflict:
    kind: str  # cancelled_and_renewed, two_premiere_dates, two_characters
    work: str
    season: int | None
    subject: str  # what the claims disagree about: "season 2", "Ada Bell", "" (the work)
    claims: tuple[Claim, Claim]
    work_id: int | None = None

    def describe(self) -> str:
        """One line: ``Marrow Lane season 5: cancelled (2012-03-01) / renewed (2012-03-02)``."""
        about = f"{self.work} {self.subject}" if self.subject else self.work
        return f"{about}: {self.claims[0].says} / {self.claims[1].says}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "work": self.work,
            "season": self.season,
            "subject": self.subject,
            "claims": [c.to_dict() for c in self.claims],
        }


def _season_label(season: int | None) -> str:
    return f"season {season}" if season is not None else ""


def _dated(event: Event) -> str:
    return f"{event.status} ({event.when})" if event.when else event.status


def _gap_days(a: str | None, b: str | None) -> int | None:
    """Days between two dates of any precision (0 when they may be the same day)."""
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return None
    if ra[1] < rb[0]:
        return (rb[0] - ra[1]).days
    if rb[1] < ra[0]:
        return (ra[0] - rb[1]).days
    return 0


def _seasons_meet(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


def cancelled_and_renewed(
    events: Sequence[Event], rules: ConflictRules
) -> Iterator[tuple[Event, Event]]:
    """Pairs (cancelled, renewed) of one season in one period with nothing in between."""
    ordered = sorted(events, key=event_order)
    for cancel in (e for e in ordered if e.status == "cancelled"):
        for renew in (e for e in ordered if e.status == "renewed"):
            if not _seasons_meet(cancel.season, renew.season):
                continue
            gap = _gap_days(cancel.when, renew.when)
            if gap is None or gap > rules.window_days:
                continue
            if not _between(ordered, cancel, renew):
                yield cancel, renew


def _between(ordered: Sequence[Event], a: Event, b: Event) -> list[Event]:
    """Other events of the season of ``a`` and ``b`` dated strictly between them."""
    low, high = sorted([a.when or "", b.when or ""])
    return [
        e
        for e in ordered
        if e is not a
        and e is not b
        and e.status not in ("cancelled", "renewed")
        and _seasons_meet(e.season, a.season)
        and _seasons_meet(e.season, b.season)
        and low < (e.when or "") < high
    ]


def two_premiere_dates(
    events: Sequence[Event], rules: ConflictRules
) -> Iterator[tuple[Event, Event]]:
    """Pairs of premiere dates of the same season that cannot both hold. Reports that
    name no season may each mean another season, so they clash only when they were
    published in the same period."""
    scheduled = [e for e in sorted(events, key=event_order) if e.status == "premiere_scheduled"]
    for a, b in combinations(scheduled, 2):
        if a.season != b.season or not _gap_days(a.date, b.date):
            continue
        if a.season is None and not _reported_together(a, b, rules):
            continue
        yield a, b


def _reported_together(a: Event, b: Event, rules: ConflictRules) -> bool:
    if a.published is None or b.published is None:
        return False
    return abs((a.published - b.published).days) <= rules.window_days


@dataclass(kw_only=True)
class Role:
    """An actor as one character in one season of a work, with the sources that say so."""

    person: str
    character: str
    season: int | None
    sources: list[Source] = field(default_factory=list)
    facts: list[int] = field(default_factory=list)


def _same_character(a: str, b: str, rules: ConflictRules) -> bool:
    na, nb = norm_name(a), norm_name(b)
    wa, wb = set(na.split()), set(nb.split())
    if wa <= wb or wb <= wa:
        return True
    return fuzz.ratio(na, nb) >= rules.character_similarity


def two_characters(roles: Sequence[Role], rules: ConflictRules) -> Iterator[tuple[Role, Role]]:
    """Pairs of roles of one actor in one season whose characters are not the same."""
    groups: dict[tuple[str, int | None], list[Role]] = defaultdict(list)
    for role in roles:
        groups[(norm_name(role.person), role.season)].append(role)
    for group in groups.values():
        for a, b in combinations(group, 2):
            if not _same_character(a.character, b.character, rules):
                yield a, b


def merge_roles(rows: Iterable[tuple[FactRow, list[Source]]]) -> list[Role]:
    """One role per (person, normalised character, season) from cast credits."""
    roles: dict[tuple[str, str, int | None], Role] = {}
    for row, sources in rows:
        f = row.fields
        if row.type != "credit" or f.get("role") not in CAST_ROLES or not f.get("character"):
            continue
        person = row.subject.name if row.subject is not None else f.get("person") or ""
        key = (norm_name(person), norm_name(f["character"]), f.get("season"))
        role = roles.setdefault(
            key, Role(person=person, character=f["character"], season=f.get("season"))
        )
        role.sources.extend(s for s in sources if s not in role.sources)
        role.facts.append(row.id)
    return list(roles.values())


def work_conflicts(
    work: str, rows: Sequence[tuple[FactRow, list[Source]]], rules: ConflictRules
) -> list[Conflict]:
    """Every conflict among one work's facts (each with the sources that count)."""
    events = merge_events(status_facts(rows))
    found: list[Conflict] = []
    for cancel, renew in cancelled_and_renewed(events, rules):
        season = cancel.season if cancel.season is not None else renew.season
        found.append(_conflict("cancelled_and_renewed", work, season, cancel, renew))
    for a, b in two_premiere_dates(events, rules):
        found.append(_conflict("two_premiere_dates", work, a.season, a, b))
    for ra, rb in two_characters(merge_roles(rows), rules):
        claims = (
            Claim(says=f"as {ra.character}", sources=ra.sources, facts=ra.facts),
            Claim(says=f"as {rb.character}", sources=rb.sources, facts=rb.facts),
        )
        subject = ra.person + (f" in {_season_label(ra.season)}" if ra.season is not None else "")
        found.append(
            Conflict(
                kind="two_characters", work=work, season=ra.season, subject=subject, claims=claims
            )
        )
    return found


def _conflict(kind: str, work: str, season: int | None, a: Event, b: Event) -> Conflict:
    claims = (
        Claim(says=_dated(a), sources=a.sources, facts=a.facts),
        Claim(says=_dated(b), sources=b.sources, facts=b.facts),
    )
    return Conflict(
        kind=kind, work=work, season=season, subject=_season_label(season), claims=claims
    )


def find_conflicts(
    session: Session,
    *,
    work_id: int | None = None,
    as_of: date | None = None,
    rules: ConflictRules | None = None,
) -> list[Conflict]:
    """Conflicts in the knowledge base (of one work with ``work_id``), as known on ``as_of``,
    from the distinct status and credit facts of each work (``marquee.kb.groups``)."""
    rules = rules or ConflictRules()
    types = ("status", "credit")
    if work_id is not None:
        counted = work_facts(session, work_id, as_of, types)
    else:
        counted = typed_facts(session, types, as_of)
    by_work: dict[int, list[tuple[FactRow, list[Source]]]] = defaultdict(list)
    for c in counted:
        if c.row.work_entity_id is not None:
            by_work[c.row.work_entity_id].append((c.row, c.sources))
    names = _names(session, by_work)
    found: list[Conflict] = []
    for wid in sorted(by_work, key=lambda i: (names.get(i, "").casefold(), i)):
        for conflict in work_conflicts(names.get(wid, ""), by_work[wid], rules):
            conflict.work_id = wid
            found.append(conflict)
    return found


def _names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(ids)
    names: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.execute(select(Entity.id, Entity.name).where(Entity.id.in_(chunk)))
        names.update({i: n for i, n in rows})
    return names
