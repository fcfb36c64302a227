"""`marquee quotes`: what a person (or company) said, or what was said about a work."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.text import Text

from marquee.cli import app
from marquee.cli.inert import console
from marquee.cli.kb_errors import DbOption, open_kb
from marquee.cli.show import AsOfOption, fail, parse_as_of

if TYPE_CHECKING:
    from marquee.kb.quotes import QuoteHit


def render(console: Console, hit: QuoteHit) -> None:
    when = hit.date.isoformat() if hit.date else "undated"
    head = Text.assemble(
        (when, "bold"), "  ", (hit.speaker, "cyan"),
        (f" via {hit.via}" if hit.via else "", "italic"),
        (f"  on {hit.work}" if hit.work else "", "dim"),
        ("  (reported)" if hit.kind == "indirect" else "", "dim"),
    )
    console.print(head)
    console.print(Text("  " + (f"“{hit.text}”" if hit.kind == "direct" else hit.text)))
    console.print(Text("  source: " + ", ".join(s.label() for s in hit.sources), style="dim"))


def as_json(hit: QuoteHit) -> dict[str, object]:
    return {
        "speaker": hit.speaker, "text": hit.text, "kind": hit.kind, "via": hit.via,
        "work": hit.work, "date": hit.date.isoformat() if hit.date else None,
        "sources": [s.to_dict() for s in hit.sources],
    }


@app.command("quotes")
def quotes(
    person: Annotated[
        str | None, typer.Option("--person", help="Only what this person or company said.")
    ] = None,
    work: Annotated[str | None, typer.Option("--work", help="Only quotes about this work.")] = None,
    as_of: AsOfOption = None,
    json_out: Annotated[bool, typer.Option("--json", help="JSON Lines, one quote a line.")] = False,
    db: DbOption = None,
) -> None:
    """List quotes with their date, the outlet they came via and their source articles."""
    from marquee.kb.quotes import QuoteQueryError, find_quotes

    if person is None and work is None:
        raise fail("Give --person NAME and/or --work TITLE.", 2)
    cutoff = parse_as_of(as_of)
    with open_kb(db) as kb, kb.session() as session:
        try:
            hits = find_quotes(session, person=person, work=work, as_of=cutoff)
        except QuoteQueryError as exc:
            raise fail(f"Not found: {exc}") from None
    if json_out:
        for hit in hits:
            typer.echo(json.dumps(as_json(hit), ensure_ascii=False))
        return
    if not hits:
        typer.echo("No quotes.")
        return
    out = console()
    for hit in hits:
        render(out, hit)
