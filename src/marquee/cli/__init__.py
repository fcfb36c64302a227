"""The `marquee` command line: a thin layer over sources -> nlp -> extract -> kb."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Marquee: facts about TV series and films from the news, with evidence.",
    no_args_is_help=True,
    add_completion=False,
)

# Each command lives in its own module and registers itself on `app`.
from marquee.cli import evaluate, extract, ingest, show  # noqa: E402,F401
