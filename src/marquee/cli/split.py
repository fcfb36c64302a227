"""`marquee split ENTITY ALIAS`: undo a wrong merge; the split survives later ingests."""

from __future__ import annotations

from typing import Annotated

import typer

from marquee.cli import app
from marquee.cli.inert import inert
from marquee.cli.kb_errors import DbOption, open_kb
from marquee.kb.kinds import KINDS


@app.command("split")
def split(
    entity: Annotated[str, typer.Argument(help="The entity's name (any of its aliases).")],
    alias: Annotated[str, typer.Argument(help="The alias to move to an entity of its own.")],
    kind: Annotated[
        str | None, typer.Option("--kind", help=f"The entity's kind: {', '.join(KINDS)}.")
    ] = None,
    entity_id: Annotated[
        int | None, typer.Option("--id", help="The entity's number (see `marquee why`).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Separate ALIAS (and the facts written with it) from ENTITY into a new entity."""
    from marquee.kb.db import lock_for_writing
    from marquee.kb.explain import ExplainError, split_alias

    if kind is not None and kind not in KINDS:
        typer.echo(f"error: --kind must be one of {', '.join(KINDS)}", err=True)
        raise typer.Exit(2)
    with open_kb(db) as kb, kb.session() as session:
        lock_for_writing(session.connection())  # no ingest re-merges it half-way
        try:
            result = split_alias(session, entity, alias, kind, entity_id)
        except ExplainError as exc:
            typer.echo(f"error: {inert(exc)}", err=True)
            raise typer.Exit(1) from None
        session.commit()
        typer.echo(
            f"split '{result.alias}' from {result.source.name} (#{result.source.id}) "
            f"into #{result.target.id} with {result.facts_moved} "
            f"fact{'' if result.facts_moved == 1 else 's'}; "
            "later ingests keep them apart"
        )
