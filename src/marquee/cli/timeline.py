"""`marquee timeline`: a work's status events in order, each with its sources."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from marquee.cli import app
from marquee.cli.show import (
    AsOfOption,
    DbOption,
    as_of_note,
    db_url,
    has_kb,
    not_found,
    opened,
    parse_as_of,
    status_text,
)
from marquee.kb.card import find_work, suggest_titles
from marquee.kb.timeline import Timeline, work_timeline


def render_timeline(console: Console, title: str, timeline: Timeline, note: str) -> None:
    """A table of events (date, season, status, sources), then each season's status."""
    console.rule(Text.assemble((title, "bold cyan"), ("  timeline" + note, "italic")))
    if not timeline.events:
        console.print("  no status events")
        return
    table = Table("date", "season", "status", "sources", box=None, padding=(0, 2))
    table.columns[-1].overflow = "fold"
    for event in timeline.events:
        sources = "\n".join(s.label() for s in event.sources)
        season = str(event.season) if event.season is not None else "-"
        table.add_row(event.when or "?", season, event.status, Text(sources, style="dim"))
    console.print(table)
    console.print(Text("Current status", style="bold"))
    for line in timeline.current:
        console.print("  " + status_text(line))


@app.command("timeline")
def timeline(
    title: Annotated[str, typer.Argument(help="The title of a series or film.")],
    db: DbOption = None,
    as_of: AsOfOption = None,
) -> None:
    """Print a work's status events in date order, with the articles behind each."""
    cut_off = parse_as_of(as_of)
    url = db_url(db)
    if not has_kb(url):
        raise not_found(title, [], f" (no knowledge base at {url})")
    with opened(url) as kb, kb.session() as session:
        work = find_work(session, title)
        if work is None:
            raise not_found(title, suggest_titles(session, title))
        found = work_timeline(session, work.id, cut_off)
        name = work.name
    render_timeline(Console(), name, found, as_of_note(cut_off))
