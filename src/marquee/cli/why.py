"""`marquee why ENTITY`: the aliases of an entity and the evidence that merged each one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from marquee.cli import app
from marquee.cli.inert import console, inert
from marquee.cli.kb_errors import DbOption, open_kb
from marquee.kb.kinds import KINDS

if TYPE_CHECKING:
    from marquee.kb.explain import Explanation


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def render(console: Console, found: Explanation) -> None:
    kind = found.kind + (f", {found.work_kind}" if found.work_kind else "")
    console.rule(
        Text.assemble((found.name, "bold cyan"), "  ", (f"({kind}, #{found.id})", "italic"))
    )
    console.print(f"{_count(found.facts, 'fact')} from {_count(found.documents, 'document')}")
    table = Table("alias", "rule", "evidence", "first seen in", box=None, padding=(0, 2))
    table.columns[2].overflow = "fold"
    for line in found.aliases:
        table.add_row(line.alias, line.rule, line.detail, Text(line.doc_id or "", style="dim"))
    console.print(table)
    for split in found.splits:
        console.print(Text(
            f"split: '{split.alias}' from {split.from_entity} to {split.to_entity} "
            f"({split.created_at:%Y-%m-%d %H:%M})"
        ))


@app.command("why")
def why(
    entity: Annotated[str, typer.Argument(help="A name of a work, person or company.")],
    kind: Annotated[
        str | None, typer.Option("--kind", help=f"Only entities of this kind: {', '.join(KINDS)}.")
    ] = None,
    db: DbOption = None,
) -> None:
    """List an entity's aliases and the rule, detail and document that merged each."""
    from marquee.kb.explain import explain

    if kind is not None and kind not in KINDS:
        typer.echo(f"error: --kind must be one of {', '.join(KINDS)}", err=True)
        raise typer.Exit(2)
    with open_kb(db) as kb, kb.session() as session:
        found = explain(session, entity, kind)
    if not found:
        typer.echo(f"Not found: {inert(entity)}", err=True)
        raise typer.Exit(1)
    out = console()
    for item in found:
        render(out, item)
