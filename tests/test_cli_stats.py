"""`marquee stats`: counts that ingesting twice, or in two batches, does not change."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import marquee.cli.ingest as ingest_module
from marquee.cli import app
from marquee.extract.records import Company, Credit, Evidence, Fact, Status, Work
from marquee.sources.document import Document

runner = CliRunner()

QUIPS = (
    "Max has renewed Quips for another season after the comedy swept the Emmy awards. Jean "
    "Smart stars as Deborah Vance, a veteran Las Vegas comedian, and Hannah Einbinder plays "
    "Ava Daniels, the young writer she hires to freshen up her act. The show was created by "
    "Lucia Aniello, Paul W. Downs and Jen Statsky, and the cast and crew will return to "
    "Los Angeles to begin shooting later this year, the streamer confirmed on Tuesday."
)
# a syndicated copy with a byline of its own
HACKS_COPY = "Staff and agencies. " + QUIPS
ABBOTT = (
    "ABC has picked up Abbott Elementary for a fifth season. Quinta Brunson created the "
    "mockumentary sitcom and stars as Janine Teagues, an optimistic second-grade teacher at "
    "an underfunded public school in Philadelphia, alongside Tyler James Williams, Janelle "
    "James and Sheryl Lee Ralph. Episodes stream on Hulu the day after they air."
)
DOCS = {"quips": QUIPS, "abbott": ABBOTT, "quips-copy": HACKS_COPY}


def canned_facts(document: Document) -> list[Fact]:
    d = document.id
    if d.startswith("quips"):
        return [
            Work(doc=d, title="Quips", kind="series", evidence=[Evidence(15, 20)]),
            Status(doc=d, work="Quips", season=5, status="renewed", date="2025-05-01",
                   evidence=[Evidence(0, 40)]),
            Credit(doc=d, work="Quips", season=None, person="Joan Sharp", role="cast",
                   character="Deborah Vance", evidence=[Evidence(90, 130)]),
            Company(doc=d, work="Quips", company="Max", role="network"),
        ]
    return [
        Work(doc=d, title="Abbott Elementary", kind="series"),
        Company(doc=d, work="Abbott Elementary", company="ABC", role="network"),
        Credit(doc=d, work="Abbott Elementary", season=None, person="Quinta Brunson",
               role="creator"),
    ]


@pytest.fixture(autouse=True)
def extracted(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_extract(
        _nlp: object, documents: Iterable[Document], on_failure: object = None
    ) -> Iterator[tuple[Document, list[Fact]]]:
        for document in documents:
            yield document, canned_facts(document)

    monkeypatch.setattr(ingest_module, "load_pipeline", lambda model: object())
    monkeypatch.setattr(ingest_module, "extract_documents", fake_extract)


def write(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / f"{name}.txt").write_text(f" date 2025-05-01 {DOCS[name]}\n", encoding="utf-8")
    return folder


def ingest(db: str, *paths: Path) -> str:
    result = runner.invoke(app, ["ingest", *map(str, paths), "--db", db])
    assert result.exit_code == 0, result.output
    return result.stdout


def stats(db: str) -> dict[str, Any]:
    result = runner.invoke(app, ["stats", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_stats_counts_documents_near_duplicates_entities_facts(
    kb_url: str, tmp_path: Path
) -> None:
    out = ingest(kb_url, write(tmp_path / "all", *DOCS))
    assert "ingested 3, duplicate 0" in out and "near-duplicate 1" in out
    counts = stats(kb_url)
    assert counts["documents"] == 3
    assert counts["near_duplicates"] == 1 and counts["duplicate_groups"] == 1
    assert counts["entities"] == {"company": 2, "person": 2, "work": 2}
    assert counts["works"] == {"series": 2}
    assert counts["facts"] == {"company": 2, "credit": 2, "status": 1, "work": 2}
    assert counts["conflicts"] == 0


def test_ingesting_twice_changes_no_count(kb_url: str, tmp_path: Path) -> None:
    folder = write(tmp_path / "all", *DOCS)
    ingest(kb_url, folder)
    once = stats(kb_url)
    assert "ingested 0, duplicate 3" in ingest(kb_url, folder)
    assert stats(kb_url) == once


def test_two_halves_give_the_counts_of_one_go(kb_url: str, tmp_path: Path) -> None:
    one_go = f"sqlite:///{tmp_path / 'one-go.db'}"
    ingest(one_go, write(tmp_path / "all", *DOCS))
    ingest(kb_url, write(tmp_path / "first", "quips", "abbott"))
    ingest(kb_url, write(tmp_path / "second", "quips-copy"))
    assert stats(kb_url) == stats(one_go)


def test_stats_prints_a_table_without_json(kb_url: str, tmp_path: Path) -> None:
    ingest(kb_url, write(tmp_path / "all", "abbott"))
    result = runner.invoke(app, ["stats", "--db", kb_url])
    assert result.exit_code == 0, result.output
    lines = {" ".join(line.split()) for line in result.stdout.splitlines()}
    assert {"documents 1", "near_duplicates 0", "entities 3", "person 1", "facts 3"} <= lines


def test_stats_without_a_knowledge_base_fails_in_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert result.exit_code == 1
    missing = f"sqlite:///{tmp_path / 'none.db'}"
    assert result.stderr.strip() == f"error: no knowledge base at {missing} (run `marquee ingest`)"


def test_an_unreachable_server_fails_in_one_line() -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    result = runner.invoke(app, ["stats", "--db", url])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: knowledge base at postgresql+psycopg://nobody@")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
