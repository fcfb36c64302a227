"""The status timeline as an SVG chart: seasons as rows, events on a date axis, claims
in conflict ringed. Only numbers and labels are computed here; the template writes the
markup (autoescaped)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from marquee.kb.card import Card, StatusLine
from marquee.kb.timeline import date_range

WIDTH, ROW, LEFT, TOP, RIGHT = 760, 28, 90, 24, 20


@dataclass
class Dot:
    x: float
    y: float
    status: str
    label: str
    fact: int | None
    conflict: bool


@dataclass
class Chart:
    width: int
    height: int
    rows: list[tuple[str, float]] = field(default_factory=list)
    ticks: list[tuple[str, float]] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    axis_y: float = 0.0


def _day(when: str | None) -> date | None:
    span = date_range(when)
    return span[0] if span else None


def timeline_chart(card: Card) -> Chart | None:
    """The chart of ``card``'s timeline; None when no event is dated."""
    dated: list[tuple[StatusLine, date]] = []
    for line in card.timeline:
        day = _day(line.when)
        if day is not None:
            dated.append((line, day))
    if not dated:
        return None
    seasons = sorted({line.season for line, _ in dated}, key=lambda s: (s is not None, s or 0))
    rows = {s: TOP + ROW * i + ROW / 2 for i, s in enumerate(seasons)}
    first = min(day for _, day in dated)
    last = max(day for _, day in dated)
    start, end = date(first.year, 1, 1), date(last.year + 1, 1, 1)
    span = (end - start).days or 1

    def x(day: date) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - start).days / span, 1)

    disputed = {i for c in card.conflicts for claim in c.claims for i in claim.facts}
    chart = Chart(width=WIDTH, height=int(TOP + ROW * len(seasons) + 30))
    chart.axis_y = TOP + ROW * len(seasons) + 4
    chart.rows = [(f"season {s}" if s is not None else "the work", y) for s, y in rows.items()]
    years = range(start.year, end.year + 1)
    step = max(1, len(years) // 8)
    chart.ticks = [(str(year), x(date(year, 1, 1))) for year in years[::step]]
    for line, day in dated:
        chart.dots.append(
            Dot(
                x=x(day),
                y=rows[line.season],
                status=line.status,
                label=f"{line.when} {line.status}" + (
                    f" (season {line.season})" if line.season is not None else ""),
                fact=line.facts[0] if line.facts else None,
                conflict=any(f in disputed for f in line.facts),
            )
        )
    return chart
