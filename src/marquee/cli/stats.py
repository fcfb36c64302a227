"""`marquee stats`: counts of documents, near-duplicates, entities, facts and conflicts."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table

from marquee.cli import app
from marquee.cli.inert import console
from marquee.cli.kb_errors import DbOption, open_kb


def _table(stats: dict[str, Any]) -> Table:
    table = Table("count", "", box=None, padding=(0, 2), show_header=False)
    table.columns[1].justify = "right"
    for name, value in stats.items():
        if isinstance(value, dict):
            table.add_row(name, str(sum(value.values())))
            for key, count in value.items():
                table.add_row(f"  {key}", str(count))
        else:
            table.add_row(name, str(value))
    return table


@app.command("stats")
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    db: DbOption = None,
) -> None:
    """Count documents, near-duplicates, entities by kind, facts by type and conflicts."""
    from marquee.kb.stats import kb_stats

    with open_kb(db) as kb, kb.session() as session:
        counts = kb_stats(session)
    if as_json:
        typer.echo(json.dumps(counts, sort_keys=True))
    else:
        console().print(_table(counts))
