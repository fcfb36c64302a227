"""`marquee ingest`: read inputs, extract facts from new documents, store them in the KB."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.engine import make_url

from marquee.cli import app
from marquee.cli.kb_errors import DbOption, db_url, kb_errors
from marquee.config import Settings
from marquee.extract import extract_documents
from marquee.kb import KnowledgeBase
from marquee.nlp.pipeline import load_pipeline
from marquee.sources import Document, Rejected, Skipped, read_inputs
from marquee.sources.discover import is_url

if TYPE_CHECKING:
    from marquee.sources.fetch import Fetcher


@dataclass
class Tally:
    ingested: int = 0
    near_duplicate: int = 0  # of the ingested: copies whose shared facts only gained a source
    duplicate: int = 0
    rejected: int = 0
    skipped: int = 0  # inputs that are not articles (a WARC request record, a FIFO)
    facts: int = 0

    def summary(self, url: str) -> str:
        shown = make_url(url).render_as_string(hide_password=True)
        return (
            f"ingested {self.ingested}, duplicate {self.duplicate}, rejected {self.rejected} "
            f"(facts {self.facts}) into {shown}\n"
            + (f"skipped {self.skipped} (not articles)\n" if self.skipped else "")
            + f"near-duplicate {self.near_duplicate} of the ingested (their facts count once)"
        )


def new_documents(
    kb: KnowledgeBase, items: Iterable[Document | Rejected], tally: Tally
) -> list[Document]:
    """Documents not yet in the KB nor earlier in this batch; rejections are reported."""
    seen: set[str] = set()
    fresh: list[Document] = []
    for item in items:
        if isinstance(item, Skipped):
            tally.skipped += 1
            typer.echo(f"skipped: {item.source}: {item.reason}", err=True)
        elif isinstance(item, Rejected):
            tally.rejected += 1
            typer.echo(f"rejected: {item.source}: {item.reason}", err=True)
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


@contextmanager
def fetcher_for(paths: list[str], url: str) -> Iterator[Fetcher | None]:
    """A fetcher (its state kept beside the KB) when any input is a URL, else None."""
    if not any(is_url(path) for path in paths):
        yield None
        return
    from marquee.sources.fetch import Fetcher, FetchState, state_path_for

    with Fetcher(state=FetchState.load(state_path_for(url))) as fetcher:
        yield fetcher


@app.command("ingest")
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories, globs, URLs, or - for stdin.")
    ],
    db: DbOption = None,
) -> None:
    """Read articles, extract their facts and store them in the knowledge base."""
    settings = Settings.from_env()
    url = db_url(db)
    tally = Tally()
    with kb_errors(url), KnowledgeBase(url) as kb, fetcher_for(paths, url) as fetcher:
        documents = new_documents(kb, read_inputs(paths, fetcher), tally)
        if documents:
            with _progress(Console(stderr=True)) as progress:
                task = progress.add_task("ingest", total=len(documents))
                pipeline = load_pipeline(settings.model)
                for document, facts in extract_documents(pipeline, documents):
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
        if tally.rejected + tally.skipped == 0:
            typer.echo("nothing found to ingest", err=True)
        raise typer.Exit(1)
