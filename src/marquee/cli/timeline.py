"""`marquee timeline`: a work's status events in order, each with its sources."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.text import Text

from marquee.cli import app
from marquee.cli.inert import console
from marquee.cli.kb_errors import DbOption, open_kb
from marquee.cli.show import (
    AsOfOption,
    KindOption,
    as_of_note,
    not_found,
    parse_as_of,
    parse_kind,
    status_text,
)

if TYPE_CHECKING:
    from marquee.kb.timeline import Timeline


def render_timeline(console: Console, title: str, timeline: Timeline, note: str) -> None:
    """Each event (date, season, status) followed by its sources, then each season's status."""
    console.rule(Text.assemble((title, "bold cyan"), ("  timeline" + note, "italic")))
    if not timeline.events:
        console.print("  no status events")
        return
    for event in timeline.events:
        season = f"season {event.season}" if event.season is not None else "-"
        line = f"{event.when or '?':<12}{season:<12}{event.status}"
        console.print(Text(line, style="bold"), soft_wrap=True)
        for source in event.sources:
            console.print(Text("    " + source.label(), style="dim"), soft_wrap=True)
    console.print(Text("Current status", style="bold"))
    for status in timeline.current:
        console.print("  " + status_text(status), soft_wrap=True)


@app.command("timeline")
def timeline(
    title: Annotated[str, typer.Argument(help="The title of a series or film.")],
    db: DbOption = None,
    as_of: AsOfOption = None,
    kind: KindOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON object.")] = False,
) -> None:
    """Print a work's status events in date order, with the articles behind each."""
    from marquee.kb.card import find_work, suggest_titles
    from marquee.kb.timeline import work_timeline

    cut_off, chosen = parse_as_of(as_of), parse_kind(kind)
    with open_kb(db) as kb, kb.session() as session:
        work = find_work(session, title, chosen)
        if work is None:
            raise not_found(title, suggest_titles(session, title))
        found = work_timeline(session, work.id, cut_off)
        name = work.name
    if as_json:
        data = {"work": name, "as_of": cut_off.isoformat() if cut_off else None}
        typer.echo(json.dumps(data | found.to_dict(), indent=2, ensure_ascii=False))
    else:
        render_timeline(console(), name, found, as_of_note(cut_off))
