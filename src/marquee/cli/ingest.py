"""`marquee ingest`: read inputs, extract facts from new documents, store them in the KB.

Every input ends in the knowledge base's journal (``marquee inputs``): ingested,
duplicate, updated, skipped or rejected, with its file, line and reason. Rejections and
duplicates found before extraction are journalled together; each stored document is
journalled in the transaction that stores it, so a killed ingest loses no entry of
what it stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

import typer

from marquee.cli import app
from marquee.cli.inert import console, inert
from marquee.cli.kb_errors import DbOption, db_url, kb_errors, shown
from marquee.cli.progress import Reporter
from marquee.cli.textwork import extract_documents, load_pipeline
from marquee.config import Settings, check_model

if TYPE_CHECKING:
    from marquee.kb import KnowledgeBase
    from marquee.kb.journal import Entry
    from marquee.sources import Document, Rejected
    from marquee.sources.fetch import Fetcher


@dataclass
class Tally:
    ingested: int = 0
    near_duplicate: int = 0  # of the ingested: copies whose shared facts only gained a source
    duplicate: int = 0
    updated: int = 0
    skipped: int = 0  # inputs that are not articles (a WARC request record, a FIFO)
    rejected: int = 0
    facts: int = 0

    def summary(self, url: str) -> str:
        return (
            f"ingested {self.ingested}, duplicate {self.duplicate}, rejected {self.rejected} "
            f"(facts {self.facts}) into {shown(url)}\n"
            f"near-duplicate {self.near_duplicate} of the ingested (their facts count once), "
            f"updated {self.updated}, skipped {self.skipped}"
        )

    def count(self, entry: Entry, facts: int = 0) -> None:
        setattr(self, entry.outcome, getattr(self, entry.outcome) + 1)
        self.near_duplicate += bool(entry.reason and entry.reason.startswith("near-duplicate"))
        if entry.outcome in ("ingested", "updated"):
            self.facts += facts


def rejected_entry(source: str, reason: str) -> Entry:
    from marquee.kb.journal import Entry

    typer.echo(f"rejected: {inert(source)}: {inert(reason)}", err=True)
    return Entry("rejected", source, reason=reason)


def triage(
    kb: KnowledgeBase, items: Iterable[Document | Rejected], tally: Tally
) -> tuple[list[Document], list[Entry]]:
    """The documents to extract (new texts, and known ids with new text: updates), and
    the journal entries of the other inputs (rejections, skips, texts already stored)."""
    from marquee.kb.journal import Entry
    from marquee.sources import Rejected, Skipped

    first_of: dict[str, str] = {}  # text hash -> id of the first document with it
    fresh: list[Document] = []
    entries: list[Entry] = []
    for item in items:
        if isinstance(item, Skipped):  # a Skipped is a Rejected: it comes first
            typer.echo(f"skipped: {inert(item.source)}: {inert(item.reason)}", err=True)
            entry = Entry("skipped", item.source, reason=item.reason)
        elif isinstance(item, Rejected):
            entry = rejected_entry(item.source, item.reason)
        elif not item.text.strip():
            entry = rejected_entry(item.source, "empty body")
        elif item.text_hash in first_of:
            entry = Entry("duplicate", item.source, item.id,
                          f"same text as {first_of[item.text_hash]}", item.text_hash)
        elif (stored := kb.stored_with_text(item.text_hash)) is not None:
            reason = "already stored" if stored == item.id else f"same text as {stored}"
            entry = Entry("duplicate", item.source, item.id, reason, item.text_hash)
        else:
            first_of[item.text_hash] = item.id
            fresh.append(item)
            continue
        tally.count(entry)
        entries.append(entry)
    return fresh, entries


def new_documents(
    kb: KnowledgeBase, items: Iterable[Document | Rejected], tally: Tally, run: str | None = None
) -> list[Document]:
    """The documents to extract (see ``triage``); the other inputs' entries go to the
    journal under ``run``."""
    fresh, entries = triage(kb, items, tally)
    if run is not None:
        kb.record(run, entries)
    return fresh


@contextmanager
def fetcher_for(paths: list[str], url: str) -> Iterator[Fetcher | None]:
    """A fetcher (its state kept beside the KB) when any input is a URL, else None."""
    from marquee.sources.discover import is_url

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
    from marquee.kb import KnowledgeBase
    from marquee.kb.duplicates import DuplicateSettings
    from marquee.kb.journal import new_run
    from marquee.sources import read_inputs

    settings = Settings.from_env()
    check_model(settings.model)  # every setting is checked before the KB is created
    DuplicateSettings.from_env()
    url = db_url(db, write=True)
    tally = Tally()
    run = new_run()
    with kb_errors(url), KnowledgeBase(url) as kb, fetcher_for(paths, url) as fetcher:
        documents = new_documents(kb, read_inputs(paths, fetcher), tally, run)
        if documents:
            with Reporter("ingesting", len(documents), console(stderr=True)) as progress:
                pipeline = load_pipeline(settings.model)

                def failed(document: Document, reason: str) -> None:
                    entry = rejected_entry(document.source, reason)
                    kb.record(run, [entry])
                    tally.count(entry)
                    progress.advance()

                for document, facts in extract_documents(pipeline, documents, on_failure=failed):
                    tally.count(kb.store(document, facts, run=run).entry(document), len(facts))
                    progress.advance()
    typer.echo(tally.summary(url))
    if tally.ingested + tally.duplicate + tally.updated == 0:
        if tally.rejected + tally.skipped == 0:
            typer.echo("nothing found to ingest", err=True)
        raise typer.Exit(1)
