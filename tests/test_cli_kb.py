"""`marquee ingest` and `marquee show`, with canned facts in place of the extractor."""

from __future__ import annotations

import socket
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import typer
from feeds import rss
from http_server import Site, serve
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

import marquee.cli.ingest as ingest_module
from marquee.cli import app
from marquee.extract.records import Company, Credit, Evidence, Fact, Status, Work
from marquee.sources.document import Document

LAMB = (
    "Apple TV+ has renewed Slow Horses for a fifth season ahead of the fourth season's debut. "
    "Gary Oldman leads the spy series as Jackson Lamb, the scruffy boss of a unit of "
    "disgraced MI5 officers."
)
SEASON_FOUR = (
    "The fourth season of Slow Horses premieres on Apple TV+ on September 4, 2024. "
    "Gary Oldman returns as Jackson Lamb, with Jack Lowden back as River Cartwright."
)


def canned_facts(document: Document) -> list[Fact]:
    d = document.id
    title = Work(doc=d, title="Slow Horses", kind="series", evidence=[Evidence(0, 20)])
    network = Company(doc=d, work="Slow Horses", company="Apple TV+", role="network")
    lamb = Credit(
        doc=d,
        work="Slow Horses",
        season=None,
        person="Gary Oldman",
        role="cast",
        character="Jackson Lamb",
    )
    if d == "renewal":
        renewed = Status(doc=d, work="Slow Horses", season=5, status="renewed", date="2024-03-01")
        return [title, network, lamb, renewed]
    return [
        title,
        network,
        lamb,
        Credit(
            doc=d,
            work="slow horses",
            season=None,
            person="Jack Lowden",
            role="cast",
            character="River Cartwright",
        ),
        Status(doc=d, work="Slow Horses", season=4, status="premiere_scheduled", date="2024-09-04"),
    ]


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the pipeline and the extractor; returns the ids of the documents extracted."""
    seen: list[str] = []

    def fake_extract(
        _nlp: object, documents: Iterable[Document], on_failure: object = None
    ) -> Iterator[tuple[Document, list[Fact]]]:
        for document in documents:
            seen.append(document.id)
            yield document, canned_facts(document)

    monkeypatch.setattr(ingest_module, "load_pipeline", lambda model: object())
    monkeypatch.setattr(ingest_module, "extract_documents", fake_extract)
    return seen


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "renewal.txt").write_text(f" date 2024-03-01 {LAMB}\n", encoding="utf-8")
    (folder / "season-four.txt").write_text(f" date 2024-08-01 {SEASON_FOUR}\n", encoding="utf-8")
    (folder / "blank.txt").write_text(" date 2024-03-01 \n", encoding="utf-8")
    return folder


@pytest.fixture
def db(kb_url: str) -> str:
    """A fresh knowledge base on each backend (see ``kb_url`` in conftest.py)."""
    return kb_url


runner = CliRunner()


def test_ingest_reports_counts_and_rejections(corpus: Path, db: str, extracted: list[str]) -> None:
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 0, result.output
    shown = make_url(db).render_as_string(hide_password=True)
    assert f"ingested 2, duplicate 0, rejected 1 (facts 9) into {shown}" in result.stdout
    assert f"rejected: {corpus / 'blank.txt'}: empty body" in result.stderr
    assert sorted(extracted) == ["renewal", "season-four"]


def test_reingest_skips_known_documents_before_extraction(
    corpus: Path, db: str, extracted: list[str]
) -> None:
    runner.invoke(app, ["ingest", str(corpus), "--db", db])
    extracted.clear()
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 0, result.output
    assert "ingested 0, duplicate 2, rejected 1 (facts 0)" in result.stdout
    assert extracted == []


def test_same_text_twice_in_one_batch_is_a_duplicate(
    corpus: Path, db: str, extracted: list[str]
) -> None:
    (corpus / "renewal-copy.txt").write_text(f"date 2024-03-01 {LAMB}", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(corpus / "renewal*.txt"), "--db", db])
    assert result.exit_code == 0, result.output
    assert "ingested 1, duplicate 1, rejected 0" in result.stdout


def test_every_input_rejected_exits_1(corpus: Path, db: str, extracted: list[str]) -> None:
    result = runner.invoke(app, ["ingest", str(corpus / "blank.txt"), "--db", db])
    assert result.exit_code == 1
    assert "ingested 0, duplicate 0, rejected 1" in result.stdout
    missing = runner.invoke(app, ["ingest", str(corpus / "nothing-here.txt"), "--db", db])
    assert missing.exit_code == 1
    assert "no such file or directory" in missing.stderr


def test_show_prints_the_card_with_sources(
    corpus: Path, db: str, extracted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MARQUEE_DB", db)  # the default when --db is not given
    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    result = runner.invoke(app, ["show", "SLOW HORSES"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Slow Horses" in out and "(series)" in out
    assert "Apple TV+" in out
    lamb = next(line for line in out.splitlines() if "Gary Oldman as Jackson Lamb" in line)
    assert "renewal" in lamb and "season-four" in lamb
    assert "Jack Lowden as River Cartwright" in out
    timeline = [line for line in out.splitlines() if "2024-" in line]
    assert "renewed" in timeline[0] and "premiere_scheduled" in timeline[1]


def test_show_unknown_title_exits_1(
    corpus: Path, db: str, extracted: list[str], tmp_path: Path
) -> None:
    runner.invoke(app, ["ingest", str(corpus), "--db", db])
    result = runner.invoke(app, ["show", "Birthright", "--db", db])
    assert result.exit_code == 1
    assert "Not found: Birthright" in result.stderr
    assert "Did you mean" not in result.stderr
    close = runner.invoke(app, ["show", "Fast Horses", "--db", db])
    assert close.exit_code == 1
    assert "Did you mean: Slow Horses?" in close.stderr
    missing_db = f"sqlite:///{tmp_path / 'missing.db'}"
    assert runner.invoke(app, ["show", "Slow Horses", "--db", missing_db]).exit_code == 1
    assert not (tmp_path / "missing.db").exists()


def kb_commands() -> set[str]:
    """The commands that open a knowledge base (those with a ``--db`` option)."""
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    return {
        name
        for name, command in commands.items()
        if any(param.name == "db" for param in command.params)
    }


def command_args(corpus: Path, feed: str = "http://127.0.0.1:9/feed.xml") -> dict[str, list[str]]:
    """Arguments for each KB command, in an order that makes sense on one database."""
    return {
        "ingest": [str(corpus)],
        "show": ["Slow Horses"],
        "timeline": ["Slow Horses"],
        "conflicts": [],
        "why": ["Gary Oldman"],
        "split": ["Slow Horses", "slow horses"],
        "stats": ["--json"],
        "quotes": ["--work", "Slow Horses"],
        "inputs": ["--rejected"],
        "reextract": [],
        "watch": [feed, "--once"],
        "export": ["--format", "jsonl"],
        "serve": ["--port", "8123"],  # uvicorn.run is replaced: it opens the KB and returns
    }


def test_every_kb_command_runs_on_this_backend(
    corpus: Path, db: str, extracted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda application, **options: None)
    feed = ("application/rss+xml", rss([0]).encode())
    with serve(Site(pages={"/feed.xml": feed})) as site:
        run_every_kb_command(command_args(corpus, f"{site.base}/feed.xml"), db)


def run_every_kb_command(args: dict[str, list[str]], db: str) -> None:
    assert kb_commands() == set(args)  # a new KB command gets a line here
    for name, arguments in args.items():
        result = runner.invoke(app, [name, *arguments, "--db", db])
        assert result.exit_code == 0, (name, result.output)
        assert result.stdout.strip() or name == "quotes", name  # the canned facts have none


@pytest.fixture
def unreachable_server() -> str:
    """A PostgreSQL URL on a loopback port where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"postgresql+psycopg://marquee:secret@127.0.0.1:{port}/marquee"


@pytest.mark.parametrize("name", sorted(command_args(Path("corpus"))))
def test_a_kb_command_with_the_server_down_fails_in_one_line(
    name: str, corpus: Path, unreachable_server: str, extracted: list[str]
) -> None:
    arguments = command_args(corpus)[name]
    result = runner.invoke(app, [name, *arguments, "--db", unreachable_server])
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit), result.exception  # not a crash
    [line] = result.stderr.strip().splitlines()
    assert "127.0.0.1" in line and "secret" not in line
    assert "Traceback" not in result.output
