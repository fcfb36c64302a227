"""`marquee watch`: follow feeds, ingest their new entries, print each new status event."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Annotated

import typer

from marquee.cli import app
from marquee.cli.inert import inert
from marquee.cli.ingest import Tally, new_documents
from marquee.cli.kb_errors import DbOption, db_url, kb_errors
from marquee.config import Settings

if TYPE_CHECKING:  # the KB and the readers load when a watch starts, not for --help
    from marquee.extract.records import Fact
    from marquee.kb import KnowledgeBase
    from marquee.sources import Document
    from marquee.sources.fetch import Fetcher

Extractor = Callable[[Iterable["Document"]], Iterator[tuple["Document", list["Fact"]]]]

_DURATION = re.compile(r"(\d+)\s*([smhd])", re.I)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Event:
    """A status the feed's new entries gave a work, and where it was read."""

    work: str
    season: int | None
    status: str
    date: str | None
    source: str
    document: str

    def line(self) -> str:
        season = f" season {self.season}" if self.season is not None else ""
        when = f" {self.date}" if self.date else ""
        return inert(f"{self.work}{season}: {self.status}{when} ({self.source})")


def parse_every(value: str) -> float:
    """Seconds in a duration such as ``15m``, ``90s``, ``1h30m``; BadParameter otherwise."""
    parts = _DURATION.findall(value)
    if not parts or _DURATION.sub("", value).strip():
        raise typer.BadParameter(f"{value!r} is not a duration like 15m, 90s or 1h30m")
    seconds = sum(int(amount) * _UNITS[unit.lower()] for amount, unit in parts)
    if seconds <= 0:
        raise typer.BadParameter("the interval must be longer than 0 seconds")
    return float(seconds)


class Watcher:
    """One poll of every feed: fetch (conditionally), ingest new entries, yield events."""

    def __init__(
        self, kb: KnowledgeBase, fetcher: Fetcher, model: str, extract: Extractor | None = None
    ) -> None:
        self.kb = kb
        self.fetcher = fetcher
        self.model = model
        self._extract = extract
        from marquee.kb.journal import new_run

        self.run = new_run()  # every entry of every poll goes to the journal

    def poll(self, feeds: list[str], tally: Tally) -> Iterator[Event]:
        from marquee.sources import Document
        from marquee.sources.language import check_language
        from marquee.sources.remote import read_fetched

        for feed in feeds:
            fetched = self.fetcher.fetch(feed)
            if fetched.status != "ok":
                typer.echo(inert(f"{feed}: {fetched.reason}"), err=True)
                continue
            items = (
                check_language(item) if isinstance(item, Document) else item
                for item in read_fetched(fetched)
            )
            documents = new_documents(self.kb, items, tally, self.run)
            typer.echo(inert(f"{feed}: {len(documents)} new entries"), err=True)
            yield from self._ingest(documents, tally)

    def _ingest(self, documents: list[Document], tally: Tally) -> Iterator[Event]:
        if not documents:
            return
        if self._extract is None:
            self._extract = spacy_extractor(self.model)
        for document, facts in self._extract(documents):
            entry = self.kb.store(document, facts, run=self.run).entry(document)
            tally.count(entry, len(facts))
            if entry.outcome not in ("ingested", "updated"):
                continue
            for fact in facts:
                if fact.type == "status":
                    yield Event(
                        getattr(fact, "work", ""),
                        getattr(fact, "season", None),
                        getattr(fact, "status", ""),
                        getattr(fact, "date", None),
                        document.url or document.source,
                        document.id,
                    )


def spacy_extractor(model: str) -> Extractor:
    """The pipeline and extractor, loaded on first need (a poll with nothing new loads
    neither)."""
    from marquee.cli import ingest  # the same pipeline and extractor as `marquee ingest`

    pipeline = ingest.load_pipeline(model)
    return lambda documents: ingest.extract_documents(pipeline, documents)


@app.command("watch")
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs to follow.")],
    every: Annotated[str, typer.Option("--every", help="Time between polls, e.g. 15m.")] = "15m",
    webhook: Annotated[
        str | None, typer.Option("--webhook", help="POST each new event there as JSON.")
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit.")] = False,
    db: DbOption = None,
) -> None:
    """Follow feeds: ingest new entries only and print each new status event as it lands."""
    from marquee.sources.fetch import Fetcher, FetchState, is_url, state_path_for

    interval = parse_every(every)
    bad = [feed for feed in feeds if not is_url(feed)]
    if bad:
        raise typer.BadParameter(f"not an http(s) URL: {bad[0]!r}", param_hint="FEEDS")
    from marquee.kb import KnowledgeBase

    settings = Settings.from_env()
    url = db_url(db, write=True)
    with kb_errors(url), KnowledgeBase(url) as kb:
        with Fetcher(state=FetchState.load(state_path_for(url))) as fetcher:
            watcher = Watcher(kb, fetcher, settings.model)
            while True:
                tally = Tally()
                for event in watcher.poll(feeds, tally):
                    typer.echo(event.line())
                    if webhook:
                        problem = fetcher.post_json(webhook, asdict(event))
                        if problem:
                            typer.echo(inert(f"webhook {webhook}: {problem}"), err=True)
                fetcher.state.save()
                typer.echo(
                    f"polled {len(feeds)} feeds: ingested {tally.ingested}, duplicate "
                    f"{tally.duplicate}, rejected {tally.rejected}", err=True
                )
                if once:
                    return
                time.sleep(interval)


