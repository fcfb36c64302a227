"""The input journal (`marquee inputs`), updates of known ids, `marquee reextract` and the
progress report; canned facts stand in for the extractor. All names are invented."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

import marquee.cli.ingest as ingest_module
import marquee.cli.reextract as reextract_module
from marquee.cli import app
from marquee.cli.progress import Reporter
from marquee.extract.records import Evidence, Fact, Status, Work
from marquee.extract.version import EXTRACTOR_VERSION
from marquee.kb import KnowledgeBase
from marquee.kb.models import ExtractionRow, FactRow
from marquee.sources.document import Document, text_hash

runner = CliRunner()
OLD = "The Amber Meridian was renewed for a second season."
NEW = "The Amber Meridian was cancelled after one season."


def canned(document: Document) -> list[Fact]:
    """A work, and a status read from the words of the text."""
    status = "cancelled" if "cancelled" in document.text else "renewed"
    return [
        Work(doc=document.id, title="The Amber Meridian", kind="series",
             evidence=[Evidence(0, 18)]),
        Status(doc=document.id, work="The Amber Meridian", season=2 if status == "renewed"
               else 1, status=status, date=None, evidence=[Evidence(0, len(document.text))]),
    ]


def fake_extract(
    _nlp: object, documents: Iterable[Document], on_failure: object = None
) -> Iterator[tuple[Document, list[Fact]]]:
    for document in documents:
        yield document, canned(document)


@pytest.fixture(autouse=True)
def no_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (ingest_module, reextract_module):
        monkeypatch.setattr(module, "load_pipeline", lambda model: object())
        monkeypatch.setattr(module, "extract_documents", fake_extract)


def jsonl(path: Path, *records: dict[str, object] | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def journal(db: str, *extra: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["inputs", "--json", "--db", db, *extra])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def statuses(db: str) -> list[str]:
    with KnowledgeBase(db) as kb, kb.session() as session:
        rows = session.scalars(select(FactRow).where(FactRow.type == "status")).all()
        return sorted(str(r.fields["status"]) for r in rows)


def test_every_input_ends_in_the_journal_with_file_line_and_reason(
    tmp_path: Path, kb_url: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(OLD, encoding="utf-8")
    (folder / "copy.txt").write_text(OLD, encoding="utf-8")
    (folder / "blank.txt").write_text("\x00\x01", encoding="utf-8")
    jsonl(folder / "b.jsonl", {"id": "b1", "text": NEW}, "{not json", {"id": "b3"})
    result = runner.invoke(app, ["ingest", str(folder), "--db", kb_url])
    assert result.exit_code == 0, result.output
    found = {(e["file"], e["line"]): (e["outcome"], e["reason"]) for e in journal(kb_url)}
    assert found == {
        (str(folder / "a.txt"), None): ("ingested", None),
        (str(folder / "b.jsonl"), 1): ("ingested", None),
        (str(folder / "b.jsonl"), 2): ("rejected", "malformed JSON: Expecting property name "
                                                   "enclosed in double quotes at column 2"),
        (str(folder / "b.jsonl"), 3): ("rejected", "missing 'text'"),
        (str(folder / "blank.txt"), None): ("rejected", "empty body"),
        (str(folder / "copy.txt"), None): ("duplicate", "same text as a"),
    }
    rejected = journal(kb_url, "--rejected")
    assert {e["outcome"] for e in rejected} == {"rejected"} and len(rejected) == 3
    again = runner.invoke(app, ["ingest", str(folder / "a.txt"), "--db", kb_url])
    assert "ingested 0, duplicate 1" in again.stdout
    [last] = journal(kb_url, "--last")
    assert (last["outcome"], last["reason"]) == ("duplicate", "already stored")


def test_inputs_prints_a_table_of_the_journal(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    path = jsonl(tmp_path / "x.jsonl", {"id": "x1", "text": OLD}, "[1, 2]")
    runner.invoke(app, ["ingest", str(path), "--db", db])
    result = runner.invoke(app, ["inputs", "--db", db])
    assert result.exit_code == 0, result.output
    assert f"{path}:2" in result.stdout and "expected a JSON object, got array" in result.stdout


def test_a_known_id_with_new_text_is_an_update_that_replaces_its_facts(
    tmp_path: Path, kb_url: str
) -> None:
    runner.invoke(app, ["ingest", str(jsonl(tmp_path / "1.jsonl", {"id": "m", "text": OLD})),
                        "--db", kb_url])
    assert statuses(kb_url) == ["renewed"]
    result = runner.invoke(
        app, ["ingest", str(jsonl(tmp_path / "2.jsonl", {"id": "m", "text": NEW})), "--db", kb_url]
    )
    assert result.exit_code == 0, result.output
    assert "updated 1" in result.stdout
    assert statuses(kb_url) == ["cancelled"]
    [entry] = journal(kb_url, "--last")
    assert entry["outcome"] == "updated" and entry["doc"] == "m"
    assert entry["previous_hash"] == text_hash(OLD) and entry["text_hash"] == text_hash(NEW)


def test_one_id_twice_in_one_batch_is_stored_then_updated(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    path = jsonl(tmp_path / "x.jsonl", {"id": "m", "text": OLD}, {"id": "m", "text": NEW})
    result = runner.invoke(app, ["ingest", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    assert [e["outcome"] for e in journal(db)] == ["ingested", "updated"]
    assert statuses(db) == ["cancelled"]


def test_updating_the_first_of_two_copies_keeps_what_the_other_copy_says(
    kb_url: str
) -> None:
    first = Document(id="first", text=OLD + " Filming starts in the spring in a small town.")
    copy = Document(id="copy", text=OLD + " Filming starts in the spring in a small town!")
    with KnowledgeBase(kb_url) as kb:
        assert kb.ingest(first, canned(first)) == "ingested"
        assert kb.ingest(copy, canned(copy)) == "near_duplicate"
        changed = Document(id="first", text=NEW)
        assert kb.ingest(changed, canned(changed)) == "updated"
        with kb.session() as session:
            owners = {(r.doc_id, str(r.fields.get("status"))) for r in
                      session.scalars(select(FactRow).where(FactRow.type == "status"))}
    assert owners == {("copy", "renewed"), ("first", "cancelled")}


def old_kb(db: str, ids: Iterable[str]) -> None:
    with KnowledgeBase(db) as kb:
        for doc_id in ids:
            words = " ".join(f"{doc_id}w{n}" for n in range(12))  # no two are near-copies
            document = Document(id=doc_id, text=f"{OLD} {words}", date=date(2025, 1, 1))
            kb.store(document, [Work(doc=doc_id, title="Stale Title")], version=0)


def test_reextract_replaces_the_facts_of_older_extractors(kb_url: str) -> None:
    old_kb(kb_url, ["d1", "d2"])
    result = runner.invoke(app, ["reextract", "--db", kb_url])
    assert result.exit_code == 0, result.output
    assert f"re-extracted 2 of 2 document(s) with extractor version {EXTRACTOR_VERSION}" \
        in result.stdout
    assert "re-extracting: 2/2 documents" in result.stderr  # the report off a terminal
    assert statuses(kb_url) == ["renewed", "renewed"]
    with KnowledgeBase(kb_url) as kb, kb.session() as session:
        assert set(session.scalars(select(ExtractionRow.version))) == {EXTRACTOR_VERSION}
        titles = {r.fields.get("title") for r in session.scalars(select(FactRow))}
        assert "Stale Title" not in titles
    again = runner.invoke(app, ["reextract", "--db", kb_url])
    assert "nothing to re-extract" in again.stdout


def test_reextract_killed_with_sigkill_goes_on_where_it_stopped(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    old_kb(db, ["d1", "d2", "d3"])
    harness = (
        "import os, signal, sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "import test_journal as t, marquee.cli.reextract as r\n"
        "def dies_after_one(nlp, documents, on_failure=None):\n"
        "    for n, pair in enumerate(t.fake_extract(nlp, documents)):\n"
        "        if n == 1:\n"
        "            os.kill(os.getpid(), signal.SIGKILL)\n"
        "        yield pair\n"
        "r.load_pipeline = lambda model: object()\n"
        "r.extract_documents = dies_after_one\n"
        "from marquee.cli import app\n"
        f"app(['reextract', '--db', {db!r}])\n"
    )
    killed = subprocess.run([sys.executable, "-c", harness], capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    with KnowledgeBase(db) as kb:
        assert kb.stale_documents() == ["d2", "d3"]  # d1 was stored whole, in its transaction
    result = runner.invoke(app, ["reextract", "--db", db])
    assert "re-extracted 2 of 2" in result.stdout
    with KnowledgeBase(db) as kb:
        assert kb.stale_documents() == []
    assert os.path.exists(tmp_path / "kb.db")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_off_a_terminal_is_a_line_every_n_documents_or_seconds() -> None:
    from marquee.cli.inert import console

    out, clock = io.StringIO(), Clock()
    quiet = console(file=io.StringIO())  # not a terminal
    with Reporter("ingesting", 7, quiet, every=3, seconds=10, stream=out, clock=clock) as bar:
        for step in range(7):
            clock.now = step + (20.0 if step >= 4 else 0.0)
            bar.advance()
    assert out.getvalue().splitlines() == [
        "ingesting: 3/7 documents, 2.0 s",
        "ingesting: 5/7 documents, 24.0 s",  # 10 s went by before the 3 documents did
        "ingesting: 7/7 documents, 26.0 s",
    ]
