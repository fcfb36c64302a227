"""Tests for the readers in marquee.sources (fixtures are sentences made up here)."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from readers import docs, read, rejects, write

from marquee.sources import Document, Rejected
from marquee.sources.common import parse_iso_date
from marquee.sources.corpus_text import parse_corpus_text
from marquee.sources.discover import expand_paths
from marquee.sources.document import text_hash

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

BODY = "Lantern Hill, the cosy mystery series, returns for a third season next spring."
HEADLINE = "Lantern Hill lights up again"
HEADLINE_BODY = "The cosy mystery series will be back.\n\nFilming starts in March in Cornwall."


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def good_record(n: int, **extra: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": f"story-{n}",
        "url": f"https://example.test/{n}",
        "published": "2022-03-14",
        "title": f"Story {n}",
        "text": f"Story number {n} says the film opens in June.",
    }
    record.update(extra)
    return record


# --- corpus text format ------------------------------------------------------------------


@pytest.mark.parametrize("prefix", [" date 2021-05-04 ", "date 2021-05-04 "])
def test_header_is_parsed_and_body_offsets_are_exact(tmp_path: Path, prefix: str) -> None:
    path = write(tmp_path / "abc_123.txt", prefix + BODY + "\n\n")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.id == "abc_123"
    assert doc.date == date(2021, 5, 4)
    assert doc.text == BODY
    assert doc.title is None
    assert doc.source == str(path)
    start = BODY.index("third season")
    assert doc.text[start : start + len("third season")] == "third season"
    assert doc.text.startswith("Lantern Hill")


def test_header_body_keeps_leading_whitespace_and_inner_layout() -> None:
    text = " date 2020-01-02   Indented start.\n\nSecond paragraph.\n"
    doc = parse_corpus_text(text, "x", "x.txt")
    assert isinstance(doc, Document)
    assert doc.text == "  Indented start.\n\nSecond paragraph."


def test_bom_is_tolerated(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf date 2019-07-01 " + BODY.encode())
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.date == date(2019, 7, 1)
    assert doc.text == BODY


def test_headline_file(tmp_path: Path) -> None:
    path = write(tmp_path / "news" / "lantern.txt", f"{HEADLINE}\n\n{HEADLINE_BODY}\n")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.id == "lantern"
    assert doc.title == HEADLINE
    assert doc.text == HEADLINE_BODY
    assert doc.date is None


def test_headline_file_with_several_blank_lines_and_crlf(tmp_path: Path) -> None:
    path = write(tmp_path / "crlf.txt", f"{HEADLINE}\r\n\r\n  \r\nBody line one.\r\n")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.title == HEADLINE
    assert doc.text == "Body line one."


@pytest.mark.parametrize(
    "content",
    [
        "A single paragraph with no header and no headline at all.\n",
        "First line runs on\ninto a second line without a blank between.\n",
    ],
)
def test_no_header_no_headline(tmp_path: Path, content: str) -> None:
    [doc] = read(write(tmp_path / "plain.txt", content))
    assert isinstance(doc, Document)
    assert doc.text == content.rstrip()
    assert doc.title is None
    assert doc.date is None


def test_word_date_at_start_is_not_a_header(tmp_path: Path) -> None:
    content = "date night is the theme of the new romantic comedy."
    [doc] = read(write(tmp_path / "night.txt", content))
    assert isinstance(doc, Document)
    assert doc.text == content
    assert doc.date is None


# --- JSON Lines --------------------------------------------------------------------------


def test_jsonl_good_lines(tmp_path: Path) -> None:
    timestamped = good_record(2, published="2022-03-15T09:30:00Z")
    no_date = good_record(3, published=None, url=None)
    path = write(tmp_path / "feed.jsonl", jsonl(good_record(1), timestamped, no_date))
    items = read(path)
    assert rejects(items) == []
    first, second, third = docs(items)
    assert first == Document(
        id="story-1",
        text="Story number 1 says the film opens in June.",
        date=date(2022, 3, 14),
        title="Story 1",
        url="https://example.test/1",
        source=f"{path}:1",
    )
    assert second.date == date(2022, 3, 15)
    assert third.date is None and third.url is None
    assert third.source == f"{path}:3"


def test_jsonl_text_is_kept_as_is(tmp_path: Path) -> None:
    text = "  Leading spaces stay.\n\nSo does the trailing newline.\n"
    [doc] = read(write(tmp_path / "a.jsonl", jsonl({"id": "x", "text": text})))
    assert isinstance(doc, Document)
    assert doc.text == text


@pytest.mark.parametrize("record_id", [None, "", "missing"])
def test_jsonl_id_falls_back_to_text_hash(tmp_path: Path, record_id: str | None) -> None:
    record: dict[str, object] = {"text": "A film about a lighthouse keeper."}
    if record_id != "missing":
        record["id"] = record_id
    [doc] = read(write(tmp_path / "a.jsonl", jsonl(record)))
    assert isinstance(doc, Document)
    assert doc.id == text_hash("A film about a lighthouse keeper.")[:16]


def test_jsonl_blank_lines_are_skipped_and_numbering_is_physical(tmp_path: Path) -> None:
    content = "\n" + jsonl(good_record(1)) + "   \n\n" + jsonl(good_record(2))
    items = read(write(tmp_path / "gaps.jsonl", content))
    assert [item.source.rsplit(":", 1)[1] for item in items] == ["2", "5"]
    assert rejects(items) == []


def test_jsonl_bom_is_tolerated(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.jsonl", b"\xef\xbb\xbf" + jsonl(good_record(1)).encode())
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.id == "story-1"


BAD_LINES: list[tuple[str, str]] = [
    ('{"id": "x", "text": "unfinished', "malformed JSON"),
    ("[1, 2, 3]", "expected a JSON object, got array"),
    ('"just a string"', "expected a JSON object, got string"),
    ('{"id": "x", "title": "No body"}', "missing 'text'"),
    ('{"id": "x", "text": 42}', "'text' is not a string"),
    ('{"id": "x", "text": null}', "'text' is not a string"),
    ('{"id": "x", "text": "   \\n  "}', "empty body"),
    ('{"id": "x", "text": ""}', "empty body"),
    ('{"id": "x", "text": "Fine.", "published": "2021-13-45"}', "bad date '2021-13-45'"),
    ('{"id": "x", "text": "Fine.", "published": "soon"}', "bad date 'soon'"),
    ('{"id": "x", "text": "Fine.", "published": 2021}', "bad date 2021"),
]


@pytest.mark.parametrize(("bad_line", "expected"), BAD_LINES)
def test_jsonl_bad_line_is_rejected_and_batch_goes_on(
    tmp_path: Path, bad_line: str, expected: str
) -> None:
    content = jsonl(good_record(1)) + bad_line + "\n" + jsonl(good_record(3))
    path = write(tmp_path / "mixed.jsonl", content)
    items = read(path)
    assert [d.id for d in docs(items)] == ["story-1", "story-3"]
    [rejected] = rejects(items)
    assert rejected.source == f"{path}:2"
    assert expected in rejected.reason
    assert str(rejected).startswith(f"{path}:2: ")


def test_jsonl_malformed_line_includes_json_error(tmp_path: Path) -> None:
    path = write(tmp_path / "m.jsonl", "{not json}\n")
    [rejected] = read(path)
    assert isinstance(rejected, Rejected)
    assert rejected.reason.startswith("malformed JSON: Expecting property name")


def test_jsonl_undecodable_line_rejects_only_that_line(tmp_path: Path) -> None:
    bad = b'{"id": "x", "text": "caf\xe9 society"}\n'
    content = jsonl(good_record(1)).encode() + bad + jsonl(good_record(3)).encode()
    path = write(tmp_path / "latin1.jsonl", content)
    items = read(path)
    assert [d.id for d in docs(items)] == ["story-1", "story-3"]
    [rejected] = rejects(items)
    assert rejected.source == f"{path}:2"
    assert rejected.reason.startswith("not UTF-8: byte 0xe9")


# --- bad text files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe date 2021-05-04 Body", "not UTF-8"),
        (b"Caf\xe9 culture returns to the screen.", "not UTF-8: byte 0xe9"),
        (b"", "empty body"),
        (b"  \n\n \t\n", "empty body"),
        (b" date 2021-05-04 ", "empty body"),
        (b" date 2021-05-04    \n\n", "empty body"),
        (b"Headline only\n\n   \n", "empty body"),
        (b" date 2021-13-45 A body that is otherwise fine.", "bad date '2021-13-45'"),
        (b"date 2021-02-30 Not a leap day.", "bad date '2021-02-30'"),
    ],
)
def test_bad_text_file_is_rejected_and_batch_goes_on(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    write(tmp_path / "a_good.txt", " date 2021-01-01 " + BODY)
    bad = write(tmp_path / "b_bad.txt", content)
    write(tmp_path / "c_good.txt", BODY)
    items = read(tmp_path)
    assert [d.id for d in docs(items)] == ["a_good", "c_good"]
    [rejected] = rejects(items)
    assert rejected.source == str(bad)
    assert expected in rejected.reason


# --- paths: directories, globs, stdin, missing -------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    write(tmp_path / "b.txt", "date 2020-02-02 Second.")
    write(tmp_path / "a.txt", "date 2020-01-01 First.")
    write(tmp_path / "sub" / "c.jsonl", jsonl({"id": "c1", "text": "Third."}))
    write(tmp_path / "sub" / "deeper" / "d.TXT", "Fourth.")
    write(tmp_path / "notes.pdf", "# not an article")
    write(tmp_path / ".hidden.txt", "Hidden file.")
    write(tmp_path / ".cache" / "e.txt", "Inside a hidden directory.")
    return tmp_path


def test_directory_is_walked_recursively_sorted_skipping_hidden(tree: Path) -> None:
    items = read(tree)
    assert rejects(items) == []
    assert [d.id for d in docs(items)] == ["a", "b", "c1", "d"]


def test_directory_walk_is_deterministic(tree: Path) -> None:
    assert read(tree) == read(tree)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.txt", ["a", "b"]),
        ("**/*.jsonl", ["c1"]),
        ("s*", ["c1", "d"]),
    ],
)
def test_globs(tree: Path, pattern: str, expected: list[str]) -> None:
    items = read(str(tree / pattern))
    assert rejects(items) == []
    assert [d.id for d in docs(items)] == expected


def test_glob_matching_nothing_is_rejected(tree: Path) -> None:
    pattern = str(tree / "*.xml")
    items = read(pattern, tree / "a.txt")
    assert items[0] == Rejected(pattern, "no files match")
    assert [d.id for d in docs(items)] == ["a"]


def test_missing_path_is_rejected_and_batch_goes_on(tree: Path) -> None:
    missing = tree / "nope.txt"
    items = read(missing, tree / "b.txt")
    assert items[0] == Rejected(str(missing), "no such file or directory")
    assert [d.id for d in docs(items)] == ["b"]


def test_empty_directory_and_unsupported_file_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    md = write(tmp_path / "readme.pdf", "Not an article.")
    items = read(tmp_path / "empty", md)
    assert [r.source for r in rejects(items)] == [str(tmp_path / "empty"), str(md)]
    assert all(r.reason for r in rejects(items))


def test_file_named_twice_is_read_once(tree: Path) -> None:
    items = read(tree / "a.txt", tree / "a.txt", tree)
    assert [d.id for d in docs(items)] == ["a", "b", "c1", "d"]


def test_expand_paths_mixes_files_and_rejections(tree: Path) -> None:
    out = list(expand_paths([str(tree / "a.txt"), "-", str(tree / "zzz")]))
    assert out[:2] == [str(tree / "a.txt"), "-"]
    assert isinstance(out[2], Rejected)


def test_stdin_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = jsonl(good_record(1)).encode() + b'{"text": "caf\xe9"}\n' + b"[]\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    items = read("-")
    assert [d.id for d in docs(items)] == ["story-1"]
    assert docs(items)[0].source == "<stdin>:1"
    assert [r.source for r in rejects(items)] == ["<stdin>:2", "<stdin>:3"]
    assert rejects(items)[0].reason.startswith("not UTF-8")


def test_stdin_text_only(monkeypatch: pytest.MonkeyPatch, tree: Path) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(jsonl(good_record(7)) + "\n"))
    items = read("-", tree / "a.txt")
    assert [d.id for d in docs(items)] == ["story-7", "a"]
    assert rejects(items) == []


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-05-04", date(2021, 5, 4)),
        ("2021-05-04T10:00:00+02:00", date(2021, 5, 4)),
        ("2021-05-04 10:00", date(2021, 5, 4)),
    ],
)
def test_parse_iso_date(value: str, expected: date) -> None:
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize("value", ["2021-13-45", "2021-5-4", "20210504", "May 4, 2021", ""])
def test_parse_iso_date_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="bad date"):
        parse_iso_date(value)


# --- the shared corpus -------------------------------------------------------------------


def test_shared_corpus() -> None:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not present")
    [seed] = read(corpus / "seed")
    assert isinstance(seed, Document)
    assert seed.id == "000_e5d027ea46eaf286"
    assert seed.date == date(2021, 5, 4)
    assert seed.text.startswith("Netflix's popular show")
    news = read(corpus / "tv-news.jsonl")
    assert len(docs(news)) == 275
    assert rejects(news) == []
