"""`marquee export`: the facts as FACTS.md records (JSON Lines, CSV) or works as JSON-LD."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from marquee.cli import app
from marquee.cli.kb_errors import DbOption, open_kb
from marquee.cli.show import not_found
from marquee.kb import export as exports
from marquee.kb.card import find_work, suggest_titles


@app.command("export")
def export(
    format: Annotated[
        str, typer.Option("--format", metavar="jsonl|csv|jsonld", help="Output format.")
    ] = "jsonl",
    work: Annotated[
        str | None, typer.Option("--work", help="Only the facts of this title.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Print every distinct fact with its evidence and sources, or works as schema.org."""
    if format not in exports.FORMATS:
        typer.echo(f"Invalid --format: {format!r} (expected jsonl, csv or jsonld)", err=True)
        raise typer.Exit(2)
    with open_kb(db) as kb, kb.session() as session:
        work_id = None
        if work is not None:
            found = find_work(session, work)
            if found is None:
                raise not_found(work, suggest_titles(session, work))
            work_id = found.id
        if format == "jsonld":
            ids = [work_id] if work_id is not None else exports.work_ids(session)
            typer.echo(json.dumps(exports.jsonld(session, ids), indent=2, ensure_ascii=False))
            return
        lines = exports.jsonl(session, work_id) if format == "jsonl" else exports.csv_lines(
            session, work_id
        )
        for chunk in lines:
            sys.stdout.write(chunk)
