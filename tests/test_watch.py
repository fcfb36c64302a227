"""`marquee watch`: new entries only, each status event printed (loopback server only)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import typer
from feeds import rss
from http_server import Site, serve
from typer.testing import CliRunner

import marquee.cli.watch as watch_module
from marquee.cli import app
from marquee.cli.watch import Event, inert, parse_every
from marquee.extract.records import Fact, Status
from marquee.sources import Document

runner = CliRunner()


def canned(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Fact]]]:
    for document in documents:
        season = int(document.id.rsplit("-", 1)[1]) + 2
        renewal = Status(doc=document.id, work="Mossgrove Lane", season=season,
                         status="renewed", date="2025-06-01")
        yield document, [renewal]


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def extractor(model: str) -> object:
        def run(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Fact]]]:
            documents = list(documents)
            seen.extend(d.id for d in documents)
            return canned(documents)

        return run

    monkeypatch.setattr(watch_module, "spacy_extractor", extractor)
    return seen


@pytest.fixture
def site() -> Iterator[Site]:
    with serve(Site(pages={"/feed.xml": ("application/rss+xml", rss(range(2)).encode())})) as s:
        yield s


def test_watch_ingests_new_entries_and_a_second_poll_fetches_nothing(
    site: Site, tmp_path: Path, extracted: list[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    feed = f"{site.base}/feed.xml"
    first = runner.invoke(app, ["watch", feed, "--once", "--db", db])
    assert first.exit_code == 0, first.output
    assert first.stdout.splitlines() == [
        "Mossgrove Lane season 2: renewed 2025-06-01 (https://wire.example.test/s/0)",
        "Mossgrove Lane season 3: renewed 2025-06-01 (https://wire.example.test/s/1)",
    ]
    assert "ingested 2" in first.stderr
    assert extracted == ["wire-0", "wire-1"]
    assert (tmp_path / "kb.db.fetch.json").exists()

    second = runner.invoke(app, ["watch", feed, "--once", "--db", db])
    assert second.exit_code == 0, second.output
    assert second.stdout == ""
    assert "not modified (304)" in second.stderr
    assert site.not_modified["/feed.xml"] == 1
    assert extracted == ["wire-0", "wire-1"]


def test_watch_only_ingests_entries_it_has_not_seen(
    site: Site, tmp_path: Path, extracted: list[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    feed = f"{site.base}/feed.xml"
    runner.invoke(app, ["watch", feed, "--once", "--db", db])
    site.pages["/feed.xml"] = ("application/rss+xml", rss(range(4)).encode())  # two new
    result = runner.invoke(app, ["watch", feed, "--once", "--db", db])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2
    assert extracted == ["wire-0", "wire-1", "wire-2", "wire-3"]


def test_webhook_gets_each_event_as_json(site: Site, tmp_path: Path, extracted: list[str]) -> None:
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    result = runner.invoke(app, ["watch", f"{site.base}/feed.xml", "--once", "--db", db,
                                 "--webhook", f"{site.base}/hook"])
    assert result.exit_code == 0, result.output
    events = [json.loads(body) for body in site.posted]
    assert [e["season"] for e in events] == [2, 3]
    assert events[0] == {"work": "Mossgrove Lane", "season": 2, "status": "renewed",
                         "date": "2025-06-01", "source": "https://wire.example.test/s/0",
                         "document": "wire-0"}


def test_a_feed_that_is_not_a_url_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["watch", "feed.xml", "--once",
                                 "--db", f"sqlite:///{tmp_path / 'kb.db'}"])
    assert result.exit_code == 2
    assert "not an http(s) URL" in result.output
    assert not (tmp_path / "kb.db").exists()


@pytest.mark.parametrize(("value", "seconds"), [("15m", 900), ("90s", 90), ("1h30m", 5400)])
def test_parse_every(value: str, seconds: float) -> None:
    assert parse_every(value) == seconds


@pytest.mark.parametrize("value", ["", "soon", "15", "0m", "5x"])
def test_parse_every_refuses(value: str) -> None:
    with pytest.raises(typer.BadParameter):
        parse_every(value)


def test_event_line_is_inert() -> None:
    event = Event("Bad\x1b]0;title\x07Show", 1, "renewed", None, "src\x1b[2J", "d")
    line = event.line()
    assert "\x1b" not in line and "\x07" not in line
    assert inert("a\x1b[31mb") == "a\\x1b[31mb"
