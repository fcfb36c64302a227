"""`marquee reextract`: read the stored documents again with the current extractor.

A document whose facts an older extractor made (``marquee.extract.EXTRACTOR_VERSION``)
gets its facts replaced, one transaction per document: killed half-way, the command
run again goes on with the documents still left.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import typer

from marquee.cli import app
from marquee.cli.inert import console, inert
from marquee.cli.kb_errors import DbOption, db_url, kb_errors, require_existing
from marquee.cli.progress import Reporter
from marquee.cli.textwork import extract_documents, load_pipeline
from marquee.config import Settings, check_model

if TYPE_CHECKING:
    from marquee.kb import KnowledgeBase
    from marquee.sources import Document


def stored(kb: KnowledgeBase, ids: list[str]) -> Iterator[Document]:
    """The stored documents, read one at a time."""
    for doc_id in ids:
        document = kb.document(doc_id)
        if document is not None:
            yield document


@app.command("reextract")
def reextract(db: DbOption = None) -> None:
    """Re-run the current extractor over the documents an older one read; replace their facts."""
    from marquee.extract.version import EXTRACTOR_VERSION
    from marquee.kb import KnowledgeBase

    settings = Settings.from_env()
    check_model(settings.model)
    url = db_url(db, write=True)
    require_existing(url)
    done = failed = facts = 0
    with kb_errors(url), KnowledgeBase(url) as kb:
        ids = kb.stale_documents(EXTRACTOR_VERSION)
        if not ids:
            typer.echo(f"nothing to re-extract: every document was read by extractor "
                       f"version {EXTRACTOR_VERSION}")
            return
        with Reporter("re-extracting", len(ids), console(stderr=True)) as progress:
            pipeline = load_pipeline(settings.model)

            def fail(document: Document, reason: str) -> None:
                nonlocal failed
                failed += 1
                typer.echo(f"failed: {inert(document.id)}: {inert(reason)} "
                           "(its facts are kept)", err=True)
                progress.advance()

            for document, found in extract_documents(pipeline, stored(kb, ids), on_failure=fail):
                kb.store(document, found, replace=True, version=EXTRACTOR_VERSION)
                done, facts = done + 1, facts + len(found)
                progress.advance()
    typer.echo(f"re-extracted {done} of {len(ids)} document(s) with extractor version "
               f"{EXTRACTOR_VERSION} (facts {facts}), failed {failed}")
    if failed and not done:
        raise typer.Exit(1)
