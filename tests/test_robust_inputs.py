"""Hostile and broken inputs (issue 9, F1-F11): each costs nothing but its own line.

Every name and sentence here is invented.
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import subprocess
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import marquee.cli.extract as extract_module
from marquee.cli import app
from marquee.extract import extract_article, extract_documents
from marquee.extract.records import Credit, Evidence, Fact, Quote, Status, Work
from marquee.kb import KnowledgeBase
from marquee.nlp import load_pipeline
from marquee.sources import Document, Rejected, read_inputs
from marquee.sources.jsonl import parse_jsonl_record

runner = CliRunner()

RENEWAL = "Peacock has renewed The Copper Saints for a third season."
CASTING = "Mira Ashgrove stars as Odile Wexley in the mystery series."


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- F1: longer than the pipeline takes ---------------------------------------------------


def test_a_text_longer_than_the_pipeline_takes_is_read_in_parts(nlp: Language) -> None:
    text = "\n\n".join([RENEWAL, CASTING] * 4)
    document = Document(id="long", text=text)
    [(_, whole)] = list(extract_documents(nlp, [document]))
    [(_, parts)] = list(extract_documents(nlp, [document], max_chars=150))
    assert {(f.type, str(f.payload())) for f in parts} == {
        (f.type, str(f.payload())) for f in whole
    }
    renewed = next(f for f in parts if isinstance(f, Status))
    assert {text[e.start : e.end].strip() for e in renewed.evidence} == {RENEWAL}
    assert len(renewed.evidence) == 4  # one per part that says it, offsets into the whole


def test_ingest_stores_an_over_long_file_in_parts_and_the_valid_file_beside_it(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp, "max_length", 200)  # spaCy's E088 above this, as above 1e6
    folder = tmp_path / "in"
    write(folder / "long.txt", " date 2025-01-10 " + "\n\n".join([RENEWAL, CASTING] * 5))
    write(folder / "valid.txt", f" date 2025-01-11 {CASTING}")
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    assert "ingested 2, duplicate 0, rejected 0" in result.stdout
    with KnowledgeBase(db) as kb:
        assert kb.counts()["documents"] == 2


def test_a_document_an_extractor_fails_on_is_reported_and_the_others_go_on(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marquee.extract.run as run

    real = run.extract_article

    def breaks_on_one(doc: object, document: Document) -> list[Fact]:
        if document.id == "bad":
            raise IndexError("string index out of range")
        return real(doc, document)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "extract_article", breaks_on_one)
    failures: list[tuple[str, str]] = []
    docs = [Document(id="bad", text=RENEWAL), Document(id="good", text=CASTING)]
    out = list(extract_documents(nlp, docs, on_failure=lambda d, r: failures.append((d.id, r))))
    assert [d.id for d, _ in out] == ["good"]
    assert failures == [("bad", "extraction failed: IndexError: string index out of range")]
    with pytest.raises(IndexError):  # without a handler the bug is not hidden
        list(extract_documents(nlp, docs))


# --- F2: cost linear in length --------------------------------------------------------------


def invented_text(paragraphs: int) -> str:
    """Paragraphs that each name other invented shows and people."""
    out = []
    for n in range(paragraphs):
        show, person = f"The Glass Harbour {n}", f"Tobin Marrow{'e' * (n % 7)} {n}"
        out.append(f"Hulu has renewed {show} for a second season. {person} stars as "
                   f'Celia Dunmore in the thriller. "It is a gift," said {person}.')
    return "\n\n".join(out)


def whole_doc_walks(nlp: Language, text: str) -> int:
    """Steps through every token of the whole Doc (``Doc.__iter__``; a count, not a time)
    while ``text`` is parsed and read. spaCy builds ``doc.text`` and ``doc.ents`` that way
    on each access, so code that reads them per sentence walks the square of the length."""
    profile = cProfile.Profile()
    profile.enable()
    extract_article(nlp(text), Document(id="n", text=text))
    profile.disable()
    stats: dict[tuple[str, int, str], tuple[int, ...]] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    steps = [v[1] for (file, _, name), v in stats.items()
             if file.endswith("doc.pyx") and name == "__iter__"]
    if not steps:
        pytest.skip("this spaCy build does not show Doc.__iter__ to the profiler")
    return sum(steps)


def test_the_work_of_reading_a_document_grows_linearly_with_its_length(nlp: Language) -> None:
    small, large = whole_doc_walks(nlp, invented_text(20)), whole_doc_walks(nlp, invented_text(160))
    assert large / small < 8 * 1.5  # 8x the text; walks per sentence made it 55x


# --- F3, F4: JSON that breaks the parser ------------------------------------------------------


def test_json_nested_ten_thousand_deep_is_rejected_with_its_line(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": RENEWAL})
    path = write(tmp_path / "deep.jsonl", good + "\n" + "[" * 10_000 + "]" * 10_000 + "\n")
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], Document)
    assert items[1] == Rejected(f"{path}:2", "malformed JSON: nested too deeply")


def test_a_number_of_a_hundred_thousand_digits_is_rejected_with_its_line() -> None:
    line = '{"id": "x", "text": "A line.", "views": ' + "7" * 100_000 + "}"
    found = parse_jsonl_record(line, "big.jsonl:3")
    assert isinstance(found, Rejected) and found.source == "big.jsonl:3"
    assert "a number longer than" in found.reason


def test_deep_json_on_stdin_is_rejected_not_raised() -> None:
    from marquee.sources.jsonl import read_jsonl_lines

    lines = [b"{" * 5 + b'"a":' * 1 + b"[" * 50_000 + b"\n"]
    [outcome] = list(read_jsonl_lines(lines, "<stdin>"))
    assert isinstance(outcome, Rejected) and outcome.source == "<stdin>:1"


# --- F7: a headline with a word of dots ----------------------------------------------------


def test_a_headline_with_a_word_of_dots_is_read(nlp: Language) -> None:
    document = Document(id="dots", text=RENEWAL, title="Big news ...")
    [(_, facts)] = list(extract_documents(nlp, [document]))
    assert any(isinstance(f, Work) and f.title == "The Copper Saints" for f in facts)


# --- F8: text normalised once at reading ---------------------------------------------------


def test_nul_and_control_characters_are_removed_and_text_is_nfc(tmp_path: Path) -> None:
    raw = "Caf\u0065\u0301 N\x00ights\x1b[2J renewed.\r\nSecond\x07 line.\u202e"
    path = write(tmp_path / "a.txt", f" date 2025-02-01 {raw}")
    [document] = list(read_inputs([str(path)]))
    assert isinstance(document, Document)
    assert document.text == "Caf\u00e9 Nights[2J renewed.\nSecond line."
    jsonl = write(tmp_path / "b.jsonl", json.dumps({"id": "b\x00", "text": raw}) + "\n")
    [record] = list(read_inputs([str(jsonl)]))
    assert isinstance(record, Document) and record.text == document.text and record.id == "b"


def test_text_with_nul_stores_the_same_on_every_backend(kb_url: str) -> None:
    document = Document(id="nul", text="The Salt Lanterns\x00 returns.", date=date(2025, 3, 1))
    with KnowledgeBase(kb_url) as kb:
        assert kb.ingest(document, [Work(doc="nul", title="The Salt Lanterns")]) == "ingested"
    with KnowledgeBase(kb_url) as kb, kb.session() as session:
        from marquee.kb.models import DocumentRow

        assert session.get(DocumentRow, "nul").text == "The Salt Lanterns returns."  # type: ignore[union-attr]


# --- F9, F10: terminal output from data is inert ---------------------------------------------

ESC_TITLE = "The Iron \x1b]0;owned\x07Foxes [bold]x[/]"
HOSTILE_ID = "doc-[/]-[link=http://x]y"


@pytest.fixture
def hostile_kb(tmp_path: Path) -> str:
    db = f"sqlite:///{tmp_path / 'hostile.db'}"
    facts_a: list[Fact] = [
        Work(doc=HOSTILE_ID, title=ESC_TITLE, kind="series", evidence=[Evidence(0, 10)]),
        Status(doc=HOSTILE_ID, work=ESC_TITLE, season=1, status="premiere_scheduled",
               date="2025-05-01"),
        Credit(doc=HOSTILE_ID, work=ESC_TITLE, season=None, person="Wren \x1b[2JHollis",
               role="cast", character="Juno [red]Pell[/]"),
        Quote(doc=HOSTILE_ID, speaker="Wren \x1b[2JHollis", text="We \x1b[31mloved[/] it",
              kind="direct", work=ESC_TITLE),
    ]
    facts_b: list[Fact] = [
        Work(doc="second", title=ESC_TITLE, kind="series"),
        Status(doc="second", work=ESC_TITLE, season=1, status="premiere_scheduled",
               date="2025-09-14"),
    ]
    with KnowledgeBase(db) as kb:
        kb.ingest(Document(id=HOSTILE_ID, text="The Iron Foxes premieres in May.",
                           url="http://example.invalid/[/]", date=date(2025, 1, 2)), facts_a)
        kb.ingest(Document(id="second", text="The Iron Foxes premieres in September.",
                           date=date(2025, 1, 3)), facts_b)
    return db


@pytest.mark.parametrize("args", [
    ["show", ESC_TITLE], ["timeline", ESC_TITLE], ["quotes", "--work", ESC_TITLE],
    ["conflicts"], ["why", ESC_TITLE], ["stats"],
])
def test_escapes_and_markup_in_the_kb_reach_the_terminal_inert(
    hostile_kb: str, args: list[str]
) -> None:
    result = runner.invoke(app, [*args, "--db", hostile_kb])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    if args[0] != "stats":
        assert "[bold]x[/]" in result.output  # markup shown as written, never applied
    if args[0] in ("show", "quotes"):
        assert "Juno [red]Pell[/]" in result.output or "[31mloved[/]" in result.output


def test_extract_table_shows_escapes_inert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake(_nlp: object, documents: Iterable[Document], on_failure: object = None
             ) -> Iterator[tuple[Document, list[Fact]]]:
        for document in documents:
            yield document, [Work(doc=document.id, title="Salt \x1b[2J[/]Road",
                                  evidence=[Evidence(0, 9)])]

    monkeypatch.setattr(extract_module, "load_pipeline", lambda model: object())
    monkeypatch.setattr(extract_module, "extract_documents", fake)
    path = write(tmp_path / "[red]x[/].txt", "Cinder Road is back on the air.")
    result = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "[/]Road" in result.output


def test_evaluate_reports_a_date_of_markup_as_a_rejection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marquee.cli.evaluate as evaluate_module

    monkeypatch.setattr(evaluate_module, "load_pipeline", lambda model: object())
    gold = write(tmp_path / "gold.jsonl", json.dumps(
        {"doc": "m1", "type": "work", "title": "Cinder Road", "evidence": []}) + "\n")
    docs = write(tmp_path / "docs.jsonl", json.dumps(
        {"id": "m1", "text": "Cinder Road returns.", "published": "[/]"}) + "\n")
    result = runner.invoke(app, ["evaluate", str(gold), str(docs)])
    assert result.exit_code == 0, result.output
    assert "rejected:" in result.stderr and "bad date '[/]'" in result.stderr


def test_plain_lines_escape_control_characters(hostile_kb: str) -> None:
    result = runner.invoke(app, ["show", "No \x1b[2J Such Show", "--db", hostile_kb])
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "\\x1b[2J" in result.stderr


# --- F11: bad settings -------------------------------------------------------------------------


def one_error(result: object, *names: str) -> str:
    output = result.stderr  # type: ignore[attr-defined]
    lines = output.strip().splitlines()
    assert result.exit_code == 2, output  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("error: "), output
    assert "Traceback" not in output and "allowed:" in lines[0]
    for name in names:
        assert name in lines[0]
    return lines[0]


@pytest.mark.parametrize("command", [["ingest", "IN"], ["stats"], ["show", "X"]])
def test_an_unsupported_database_url_is_one_line_and_exit_2(
    tmp_path: Path, command: list[str]
) -> None:
    args = [str(tmp_path) if a == "IN" else a for a in command]
    result = runner.invoke(app, [*args, "--db", "mysql://someone:hunter2@127.0.0.1/kb"])
    assert "hunter2" not in one_error(result, "--db", "mysql")  # never the password


def test_a_sqlite_file_in_a_folder_that_cannot_be_written_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marquee.kb.db as db_module

    locked = tmp_path / "locked"
    locked.mkdir()
    write(tmp_path / "in" / "a.txt", RENEWAL)
    real_access = os.access
    monkeypatch.setattr(db_module.os, "access",
                        lambda p, mode: False if Path(p) == locked else real_access(p, mode))
    db = f"sqlite:///{locked / 'sub' / 'kb.db'}"
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db])
    one_error(result, "--db", "not writable")
    assert list(locked.iterdir()) == []  # nothing created


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_on_disk_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o555)
    write(tmp_path / "in" / "a.txt", RENEWAL)
    try:
        result = runner.invoke(app, ["ingest", str(tmp_path / "in"),
                                     "--db", f"sqlite:///{locked / 'kb.db'}"])
        one_error(result, "not writable")
    finally:
        locked.chmod(0o755)


@pytest.mark.parametrize("model", ["no_such_pipeline_xyz", "blank:en", "", "os"])
def test_a_model_that_cannot_parse_is_one_line_and_leaves_no_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model: str
) -> None:
    monkeypatch.setenv("MARQUEE_MODEL", model)
    write(tmp_path / "in" / "a.txt", RENEWAL)
    db_file = tmp_path / "kb.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", f"sqlite:///{db_file}"])
    one_error(result, "MARQUEE_MODEL")
    assert not db_file.exists()


@pytest.mark.parametrize("value", ["abc", "1.5", "0", "-0.2"])
def test_a_bad_duplicate_threshold_is_one_line_and_leaves_no_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("MARQUEE_DUPLICATE_THRESHOLD", value)
    write(tmp_path / "in" / "a.txt", RENEWAL)
    db_file = tmp_path / "kb.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", f"sqlite:///{db_file}"])
    one_error(result, "MARQUEE_DUPLICATE_THRESHOLD")
    assert not db_file.exists()


# --- a reader that stops reading ---------------------------------------------------------------


def test_show_into_a_closed_pipe_exits_0_without_a_traceback(hostile_kb: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", "from marquee.cli import app; app()", "show", ESC_TITLE,
         "--db", hostile_kb],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head -0`: nobody reads what the card prints
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0, errors
    assert "Traceback" not in errors and "BrokenPipe" not in errors
