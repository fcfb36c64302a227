"""`marquee inputs`: the input journal, how every input of every ingest ended."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.text import Text

from marquee.cli import app
from marquee.cli.inert import console
from marquee.cli.kb_errors import DbOption, open_kb


@app.command("inputs")
def inputs(
    rejected: Annotated[
        bool, typer.Option("--rejected", help="Only the inputs that were rejected.")
    ] = False,
    last: Annotated[bool, typer.Option("--last", help="Only the latest run.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one input a line.")] = False,
    db: DbOption = None,
) -> None:
    """List every input the knowledge base has read: ingested, duplicate, updated,
    skipped or rejected, with its file, line and reason, oldest first."""
    from marquee.kb.journal import as_dict, last_run, list_inputs

    with open_kb(db) as kb, kb.session() as session:
        run = last_run(session) if last else None
        rows = list_inputs(session, rejected=rejected, run=run) if run or not last else []
        found = [as_dict(row) for row in rows]
    if as_json:
        for item in found:
            typer.echo(json.dumps(item, ensure_ascii=False))
        return
    if not found:
        typer.echo("no inputs")
        return
    out = console(soft_wrap=True)  # one input a line, however long: grep-able
    for item in found:
        where = item["file"] + (f":{item['line']}" if item["line"] is not None else "")
        line = Text.assemble(f"{item['outcome']:<9} {where}  ", (item["doc"] or "-", "dim"))
        if item["reason"]:
            line.append(f"  {item['reason']}")
        out.print(line)
