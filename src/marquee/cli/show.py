"""`marquee show`: print a work's card, every line with the documents that support it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from marquee.cli import app
from marquee.cli.inert import console, inert, inert_text
from marquee.cli.kb_errors import DbOption, open_kb
from marquee.config import DEFAULT_MIN_CONFIDENCE

if TYPE_CHECKING:
    from marquee.kb import Card
    from marquee.kb.card import CastLine, QuoteLine, Sourced
    from marquee.kb.conflicts import Conflict
    from marquee.kb.evidence import Span
    from marquee.kb.provenance import Source
    from marquee.kb.timeline import SeasonStatus

    Evidence = dict[int, list[Span]]

QUOTE_CHARS = 120  # a quote on the card is cut to this many characters
QUOTES_SHOWN = 5  # the default of --quotes
ARTICLES_SHOWN = 20  # the default of --articles
EVIDENCE_SHOWN = 2  # sentences printed under a line with --evidence
WORK_KINDS = ("series", "film", "special")

AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="Only what articles published on or before this date said.",
    ),
]

KindOption = Annotated[
    str | None,
    typer.Option(
        "--kind",
        metavar="series|film|special",
        help="Which work, when a series and a film share the title.",
    ),
]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` as one line on stderr; the exit to raise."""
    typer.echo(message, err=True)
    return typer.Exit(code)


def parse_as_of(value: str | None) -> date | None:
    """The ``--as-of`` date, or a clear error for anything but YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise fail(f"Invalid --as-of date: {value!r} (expected YYYY-MM-DD)", 2) from None


def parse_kind(value: str | None) -> str | None:
    """The ``--kind`` of work, or a clear error for anything but the kinds of FACTS.md."""
    if value is None or value in WORK_KINDS:
        return value
    raise fail(f"Invalid --kind: {value!r} (expected {', '.join(WORK_KINDS)})", 2)


def as_of_note(as_of: date | None) -> str:
    return f" as of {as_of.isoformat()}" if as_of else ""


def _sources(line: Sourced) -> Text:
    """The line's oldest sources, and how many more there are."""
    more = line.count - len(line.sources)
    shown = ", ".join(line.sources) + (f" (+{more} more)" if more > 0 else "")
    return inert_text(shown, style="dim")


def _season(season: int | None) -> str:
    return f"season {season}" if season is not None else ""


def _evidence_lines(console: Console, line: Sourced, evidence: Evidence) -> None:
    """The sentences behind ``line``, each quoted and followed by its document."""
    from marquee.kb.evidence import line_spans

    for span in line_spans(evidence, line.facts, EVIDENCE_SHOWN):
        quoted = Text.assemble(inert_text(f"\u201c{span.text}\u201d", "italic"),
                               inert_text(f"  {span.doc_id}", "dim"))
        console.print(Padding(quoted, (0, 0, 0, 6)))


def _section(
    console: Console,
    heading: str,
    rows: Sequence[tuple[str, Sourced]],
    evidence: Evidence | None = None,
) -> None:
    if not rows:
        return
    if evidence is not None:  # each line, then its sentences under it
        console.print(Text(heading, style="bold"))
        for text, line in rows:
            console.print(Text.assemble(inert_text("  " + text), "  ", _sources(line)))
            _evidence_lines(console, line, evidence)
        return
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)  # the fact reads whole; the source list wraps
    table.add_column(no_wrap=False, overflow="fold")
    for text, line in rows:
        table.add_row(inert_text("  " + text), _sources(line))
    console.print(Text(heading, style="bold"))
    console.print(table)


def _timeline(console: Console, card: Card, evidence: Evidence | None) -> None:
    rows = [
        (f"{line.when or '?':<12}{line.status:<20}{_season(line.season)}".rstrip(), line)
        for line in card.timeline
    ]
    _section(console, "Status timeline", rows, evidence)


def status_text(line: SeasonStatus) -> str:
    """``season 2: released (premiere 2013-04-07 has passed)`` and the like."""
    who = _season(line.season) or "the work"
    when = line.event.when
    if line.inferred:
        detail = f"premiere {when} has passed"
    elif line.status == "premiere_scheduled" and when:
        detail = f"premiere {when}"
    else:
        detail = f"since {when}" if when else ""
    return _with_details(f"{who}: {line.status}", detail)


def _current(console: Console, card: Card, evidence: Evidence | None) -> None:
    from marquee.kb.card import SOURCES_SHOWN, Sourced

    rows = [
        (
            status_text(line),
            Sourced(
                sources=[s.doc_id for s in line.event.sources[:SOURCES_SHOWN]],
                facts=line.event.facts,
                count=line.event.count,
            ),
        )
        for line in card.current
    ]
    _section(console, "Current status", rows, evidence)


def conflict_rows(conflict: Conflict) -> list[tuple[str, Sourced]]:
    """A conflict as two card lines, one per claim, each with its sources."""
    from marquee.kb.card import SOURCES_SHOWN, Sourced

    head = f"{conflict.subject or 'the work'}: "
    rows = []
    for i, claim in enumerate(conflict.claims):
        lead = head if i == 0 else " " * len(head)
        sourced = Sourced(
            sources=[s.doc_id for s in claim.sources[:SOURCES_SHOWN]],
            facts=claim.facts,
            count=len(claim.sources),
        )
        rows.append((lead + claim.says, sourced))
    return rows


def _articles(console: Console, card: Card, limit: int) -> None:
    """The articles the card rests on, oldest first: the span of its coverage. Past
    ``limit`` the oldest and the newest halves are listed around a count of the rest."""
    if not card.articles or limit <= 0:
        return
    total = max(card.article_count, len(card.articles))
    dated = [a.date for a in card.articles if a.date is not None]
    span = ""
    if dated:
        first, last = dated[0].isoformat(), dated[-1].isoformat()
        span = f", {first}" if first == last else f", {first} to {last}"
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold", style="dim")
    shown: list[Source | None] = list(card.articles)
    if total > limit:
        head, tail = shown[: (limit + 1) // 2], shown[len(shown) - limit // 2 :]
        shown = [*head, None, *tail]
    for article in shown:
        if article is None:
            table.add_row(Text(f"  ... {total - limit} more", style="dim"), "", "")
            continue
        when = article.date.isoformat() if article.date else "?"
        table.add_row("  " + when, inert_text(article.doc_id), inert_text(article.url or ""))
    console.print(Text(f"Articles ({total}{span})", style="bold"))
    console.print(table)


def _quote_order(line: QuoteLine) -> date:
    return line.date or date.min


def _quotes(console: Console, card: Card, limit: int, evidence: Evidence | None) -> None:
    """The ``limit`` newest quotes, newest first: the speaker (via outlet, date) with its
    sources, then the text, cut short; a last line counts the quotes left out."""
    if not card.quotes or limit <= 0:
        return
    newest = sorted(card.quotes, key=_quote_order, reverse=True)
    console.print(Text("Quotes", style="bold"))
    for line in newest[:limit]:
        via = f"via {line.via}" if line.via else ""
        when = line.date.isoformat() if line.date else ""
        reported = "reported" if line.kind == "indirect" else ""
        who = _with_details(line.speaker, reported, via, when)
        console.print(Text.assemble("  ", inert_text(who), "  ", _sources(line)))
        text = line.text if len(line.text) <= QUOTE_CHARS else line.text[: QUOTE_CHARS - 1] + "…"
        shown = text if line.kind == "indirect" else f'"{text}"'  # reported speech: no marks
        console.print(Padding(inert_text(shown, style="italic"), (0, 0, 0, 4)))
        if evidence is not None:
            _evidence_lines(console, line, evidence)
    if len(newest) > limit:
        more = len(newest) - limit
        console.print(Text(f"  and {more} older (--quotes {len(newest)} shows all)", style="dim"))


def _with_details(text: str, *details: str) -> str:
    shown = ", ".join(d for d in details if d)
    return f"{text} ({shown})" if shown else text


def _cast_text(line: CastLine) -> str:
    text = line.person + (f" as {line.character}" if line.character else "")
    role = line.role.replace("_", " ") if line.role != "cast" else ""
    return _with_details(text, role, _season(line.season))


def render(
    console: Console,
    card: Card,
    quotes: int = QUOTES_SHOWN,
    articles: int = ARTICLES_SHOWN,
    evidence: Evidence | None = None,
) -> None:
    """Print ``card``: a header, then one section per kind of fact; with ``evidence``
    (spans by fact id) each line is followed by the sentences behind it."""
    e = evidence
    header = Text.assemble((inert(card.title), "bold cyan"), "  ", (f"({card.kind})", "italic"))
    if card.as_of is not None:
        header.append(f"  as of {card.as_of.isoformat()}", style="yellow")
    console.rule(header)
    for other in card.others:
        console.print(inert_text(f"Also a {other} called {card.title}: --kind {other}", "dim"))
    _section(console, "Network", [(n.company, n) for n in card.networks], e)
    companies = [(_with_details(c.company, c.role.replace("_", " ")), c) for c in card.companies]
    _section(console, "Companies", companies, e)
    _section(console, "Genres", [(g.genre, g) for g in card.genres], e)
    _timeline(console, card, e)
    _current(console, card, e)
    conflicts = [row for c in card.conflicts for row in conflict_rows(c)]
    _section(console, "Conflicts", conflicts, e)
    cast = [(_cast_text(c), c) for c in card.cast]
    _section(console, "Cast", cast, e)
    crew = [
        (f"{role.replace('_', ' ')}: {p.person}", p) for role, ps in card.crew.items() for p in ps
    ]
    _section(console, "Crew", crew, e)
    places = [(_with_details(p.place, p.role, _season(p.season)), p) for p in card.places]
    _section(console, "Places", places, e)
    characters = [
        (c.name + (f": {c.description}" if c.description else ""), c) for c in card.characters
    ]
    _section(console, "Characters", characters, e)
    _quotes(console, card, quotes, e)
    _articles(console, card, articles)
    if card.hidden:
        console.print(Text(f"{card.hidden} fact(s) with confidence below "
                           f"{card.min_confidence:.2f} not shown (--all shows them)",
                           style="dim"))


def not_found(title: str, suggestions: list[str], note: str = "") -> typer.Exit:
    typer.echo(f"Not found: {inert(title)}{note}", err=True)
    if suggestions:
        typer.echo(f"Did you mean: {inert(', '.join(suggestions))}?", err=True)
    return typer.Exit(1)


@app.command("show")
def show(
    title: Annotated[str, typer.Argument(help="The title of a series or film.")],
    db: DbOption = None,
    as_of: AsOfOption = None,
    kind: KindOption = None,
    quotes: Annotated[
        int, typer.Option("--quotes", help="How many of the newest quotes to list (0: none).")
    ] = QUOTES_SHOWN,
    articles: Annotated[
        int,
        typer.Option("--articles", help="How many of the articles behind the card to list."),
    ] = ARTICLES_SHOWN,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also show facts of low confidence.")
    ] = False,
    min_confidence: Annotated[
        float,
        typer.Option("--min-confidence", min=0.0, max=1.0,
                     help="Leave off facts whose confidence is below this."),
    ] = DEFAULT_MIN_CONFIDENCE,
    evidence: Annotated[
        bool, typer.Option("--evidence", help="Print the sentence(s) behind every line.")
    ] = False,
) -> None:
    """Show everything known about one title, with the source of every line.

    Facts whose confidence (the measured precision of the extractor path that found them)
    is below --min-confidence are left off and counted; --all shows them too."""
    from marquee.kb.card import build_card, suggest_titles
    from marquee.kb.evidence import fact_spans

    cut_off, chosen = parse_as_of(as_of), parse_kind(kind)
    threshold = 0.0 if show_all else min_confidence
    with open_kb(db) as kb, kb.session() as session:
        card = build_card(session, title, cut_off, kind=chosen, min_confidence=threshold)
        if card is None:
            raise not_found(title, suggest_titles(session, title), as_of_note(cut_off))
        spans = fact_spans(session, card_fact_ids(card)) if evidence else None
    render(console(), card, quotes, articles, spans)


def card_fact_ids(card: Card) -> list[int]:
    """The ids of every fact behind a line of ``card``."""
    lines: list[Sourced] = [*card.networks, *card.companies, *card.genres, *card.timeline,
                            *card.cast, *(p for ps in card.crew.values() for p in ps),
                            *card.places, *card.characters, *card.quotes]
    ids = [i for line in lines for i in line.facts]
    ids += [i for c in card.conflicts for claim in c.claims for i in claim.facts]
    return ids
