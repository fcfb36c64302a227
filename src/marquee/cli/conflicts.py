"""`marquee conflicts`: facts that contradict each other, each side with its sources."""

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
    as_of_note,
    not_found,
    parse_as_of,
)

if TYPE_CHECKING:
    from marquee.kb.conflicts import Conflict


def render_conflicts(console: Console, conflicts: list[Conflict]) -> None:
    """Each conflict on a line, then each claim with the labels of its sources."""
    for conflict in conflicts:
        console.print(Text(conflict.describe(), style="bold"), soft_wrap=True)
        console.print(Text(f"  {conflict.kind.replace('_', ' ')}", style="italic"))
        for claim in conflict.claims:
            sources = "; ".join(s.label() for s in claim.sources)
            console.print(Text.assemble(f"  {claim.says}: ", (sources, "dim")), soft_wrap=True)


@app.command("conflicts")
def conflicts(
    work: Annotated[
        str | None, typer.Option("--work", help="Only the conflicts of this title.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
    db: DbOption = None,
    as_of: AsOfOption = None,
) -> None:
    """List facts that contradict each other, with the sources of both sides."""
    from marquee.kb.card import find_work, suggest_titles
    from marquee.kb.conflicts import find_conflicts

    cut_off = parse_as_of(as_of)
    with open_kb(db) as kb, kb.session() as session:
        work_id = None
        if work is not None:
            found = find_work(session, work)
            if found is None:
                raise not_found(work, suggest_titles(session, work))
            work_id = found.id
        listed = find_conflicts(session, work_id=work_id, as_of=cut_off)
    if as_json:
        typer.echo(json.dumps([c.to_dict() for c in listed], indent=2, ensure_ascii=False))
    elif listed:
        render_conflicts(console(), listed)
    else:
        typer.echo(f"no conflicts{as_of_note(cut_off)}")
