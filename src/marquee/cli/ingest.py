"""`marquee ingest`: read inputs, extract facts from new documents, store them in the KB."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from marquee.cli import app
from marquee.cli.inert import console, inert
from marquee.cli.kb_errors import DbOption, db_url, kb_errors, shown
from marquee.cli.textwork import extract_documents, load_pipeline
from marquee.config import Settings, check_model

if TYPE_CHECKING:
    from marquee.kb import KnowledgeBase
    from marquee.sources import Document, Rejected


@dataclass
class Tally:
    ingested: int = 0
    near_duplicate: int = 0  # of the ingested: copies whose shared facts only gained a source
    duplicate: int = 0
    rejected: int = 0
    facts: int = 0

    def summary(self, url: str) -> str:
        return (
            f"ingested {self.ingested}, duplicate {self.duplicate}, rejected {self.rejected} "
            f"(facts {self.facts}) into {shown(url)}\n"
            f"near-duplicate {self.near_duplicate} of the ingested (their facts count once)"
        )


def new_documents(
    kb: KnowledgeBase, items: Iterable[Document | Rejected], tally: Tally
) -> list[Document]:
    """Documents not yet in the KB nor earlier in this batch; rejections are reported."""
    from marquee.sources import Rejected

    seen: set[str] = set()
    fresh: list[Document] = []
    for item in items:
        if isinstance(item, Rejected):
            tally.rejected += 1
            typer.echo(f"rejected: {inert(item.source)}: {inert(item.reason)}", err=True)
        elif {item.id, item.text_hash} & seen or kb.has_document(item.id, item.text_hash):
            tally.duplicate += 1
        else:
            seen.update((item.id, item.text_hash))
            fresh.append(item)
    return fresh


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


@app.command("ingest")
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOption = None,
) -> None:
    """Read articles, extract their facts and store them in the knowledge base."""
    from marquee.kb import KnowledgeBase
    from marquee.kb.duplicates import DuplicateSettings
    from marquee.sources import read_inputs

    settings = Settings.from_env()
    check_model(settings.model)  # every setting is checked before the KB is created
    DuplicateSettings.from_env()
    url = db_url(db, write=True)
    tally = Tally()
    with kb_errors(url), KnowledgeBase(url) as kb:
        documents = new_documents(kb, read_inputs(paths), tally)
        if documents:
            with _progress(console(stderr=True)) as progress:
                task = progress.add_task("ingest", total=len(documents))
                pipeline = load_pipeline(settings.model)

                def failed(document: Document, reason: str) -> None:
                    tally.rejected += 1
                    typer.echo(f"rejected: {inert(document.source)}: {inert(reason)}", err=True)
                    progress.advance(task)

                for document, facts in extract_documents(pipeline, documents, on_failure=failed):
                    outcome = kb.ingest(document, facts)
                    if outcome in ("ingested", "near_duplicate"):
                        tally.ingested += 1
                        tally.near_duplicate += outcome == "near_duplicate"
                        tally.facts += len(facts)
                    else:
                        tally.duplicate += 1
                    progress.advance(task)
    typer.echo(tally.summary(url))
    if tally.ingested + tally.duplicate == 0:
        if tally.rejected == 0:
            typer.echo("nothing found to ingest", err=True)
        raise typer.Exit(1)
