"""`marquee extract`: facts per FACTS.md from the inputs, without touching the KB."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from marquee.cli import app
from marquee.cli.inert import console
from marquee.cli.textwork import extract_documents, load_pipeline
from marquee.config import Settings, check_model

if TYPE_CHECKING:
    from marquee.sources import Document

KEY_COLUMNS = ("title", "work", "status", "season", "person", "role", "character", "company",
               "genre", "place", "date", "kind")


@app.command("extract")
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    output: Annotated[str, typer.Option("--format", help="jsonl or table.")] = "jsonl",
) -> None:
    """Print the fact records of each document (JSON Lines by default)."""
    if output not in ("jsonl", "table"):
        raise typer.BadParameter("must be jsonl or table", param_hint="--format")
    from marquee.sources import Rejected, read_inputs

    model = check_model(Settings.from_env().model)
    err = console(stderr=True, soft_wrap=True)  # a message is one line, however long
    documents: list[Document] = []
    for item in read_inputs(paths):
        if isinstance(item, Rejected):
            err.print(Text(f"rejected: {item}"))
        else:
            documents.append(item)
    nlp = load_pipeline(model)
    table = Table("doc", "type", "fact", "evidence")

    def failed(document: Document, reason: str) -> None:
        err.print(Text(f"rejected: {document.source}: {reason}"))

    for document, facts in extract_documents(nlp, documents, on_failure=failed):
        for fact in facts:
            if output == "jsonl":
                sys.stdout.write(json.dumps(fact.to_dict(), ensure_ascii=False) + "\n")
                continue
            data = fact.payload()
            shown = ", ".join(f"{k}={data[k]}" for k in KEY_COLUMNS if data.get(k) is not None)
            ev = fact.evidence[0] if fact.evidence else None
            snippet = document.text[ev.start : ev.end].strip()[:80] if ev else ""
            table.add_row(document.id, fact.type, shown, snippet)
    if output == "table":
        console().print(table)
    if not documents:
        raise typer.Exit(1)
