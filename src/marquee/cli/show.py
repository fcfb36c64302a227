"""`marquee show`: print a work's card, every line with the documents that support it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from marquee.cli import app
from marquee.config import Settings
from marquee.kb import Card, KnowledgeBase
from marquee.kb.card import CastLine, Sourced
from marquee.kb.db import sqlite_path


def _sources(line: Sourced) -> Text:
    return Text(", ".join(line.sources), style="dim")


def _season(season: int | None) -> str:
    return f"season {season}" if season is not None else ""


def _section(console: Console, heading: str, rows: Sequence[tuple[str, Sourced]]) -> None:
    if not rows:
        return
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)  # the fact reads whole; the source list wraps
    table.add_column(no_wrap=False, overflow="fold")
    for text, line in rows:
        table.add_row(Text("  " + text), _sources(line))
    console.print(Text(heading, style="bold"))
    console.print(table)


def _timeline(console: Console, card: Card) -> None:
    if not card.timeline:
        return
    table = Table("date", "status", "season", "source", box=None, padding=(0, 2))
    table.columns[-1].overflow = "fold"
    for line in card.timeline:
        table.add_row(line.date or "?", line.status, _season(line.season), _sources(line))
    console.print(Text("Status timeline", style="bold"))
    console.print(table)


def _with_details(text: str, *details: str) -> str:
    shown = ", ".join(d for d in details if d)
    return f"{text} ({shown})" if shown else text


def _cast_text(line: CastLine) -> str:
    text = line.person + (f" as {line.character}" if line.character else "")
    role = line.role.replace("_", " ") if line.role != "cast" else ""
    return _with_details(text, role, _season(line.season))


def render(console: Console, card: Card) -> None:
    """Print ``card``: a header, then one section per kind of fact."""
    header = Text.assemble((card.title, "bold cyan"), "  ", (f"({card.kind})", "italic"))
    console.rule(header)
    _section(console, "Network", [(n.company, n) for n in card.networks])
    companies = [(_with_details(c.company, c.role.replace("_", " ")), c) for c in card.companies]
    _section(console, "Companies", companies)
    _section(console, "Genres", [(g.genre, g) for g in card.genres])
    _timeline(console, card)
    cast = [(_cast_text(c), c) for c in card.cast]
    _section(console, "Cast", cast)
    crew = [
        (f"{role.replace('_', ' ')}: {p.person}", p) for role, ps in card.crew.items() for p in ps
    ]
    _section(console, "Crew", crew)
    places = [(_with_details(p.place, p.role, _season(p.season)), p) for p in card.places]
    _section(console, "Places", places)
    characters = [
        (c.name + (f": {c.description}" if c.description else ""), c) for c in card.characters
    ]
    _section(console, "Characters", characters)
    _section(console, "Quotes", [(f'{q.speaker}: "{q.text}"', q) for q in card.quotes])


def _not_found(title: str, suggestions: list[str], note: str = "") -> typer.Exit:
    typer.echo(f"Not found: {title}{note}", err=True)
    if suggestions:
        typer.echo(f"Did you mean: {', '.join(suggestions)}?", err=True)
    return typer.Exit(1)


@app.command("show")
def show(
    title: Annotated[str, typer.Argument(help="The title of a series or film.")],
    db: Annotated[
        str | None, typer.Option("--db", help="Knowledge base URL (default: $MARQUEE_DB).")
    ] = None,
) -> None:
    """Show everything known about one title, with the source of every line."""
    url = db or Settings.from_env().db_url
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise _not_found(title, [], f" (no knowledge base at {url})")
    with KnowledgeBase(url) as kb:
        card = kb.card(title)
        if card is None:
            raise _not_found(title, kb.suggest(title))
    render(Console(), card)
