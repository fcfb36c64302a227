"""Markdown articles with YAML front matter (invented fixtures)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from readers import PARAGRAPHS, docs, read, rejects, write

from marquee.sources import Document, Rejected
from marquee.sources.document import Skipped

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BODY_MD = "\n\n".join(PARAGRAPHS)
BODY_HTML = "".join(f"<p>{p} <a href='https://example.test/x'>more</a></p>" for p in PARAGRAPHS)


def md(header: str, body: str) -> str:
    return f"---\n{header}\n---\n\n{body}\n"


@pytest.mark.parametrize(
    ("header", "expected_date", "expected_title"),
    [
        ("title: Mossgrove Lane\ndate: 2021-05-04", date(2021, 5, 4), "Mossgrove Lane"),
        ("title: 'Quoted'\ndate: 2021-05-04T10:30:00+02:00", date(2021, 5, 4), "Quoted"),
        ("title: A title\ndate: Feb 8, 2017 11:03 am", date(2017, 2, 8), "A title"),
        ("title: A title\ndate: Tue, 03 Jun 2025 23:30:00 -0400", date(2025, 6, 3), "A title"),
        ("title: No date here", None, "No date here"),
        # YAML-like, not YAML: an unquoted colon, and a quote that does not close the value
        ("title: Part One: The Homecoming\ndate: July 18, 2008  1:54 PM", date(2008, 7, 18),
         "Part One: The Homecoming"),
        ("title: 'Mossgrove' Is Back\ndate: May 1, 2017 11:12 am", date(2017, 5, 1),
         "'Mossgrove' Is Back"),
    ],
)
def test_front_matter_fields(
    tmp_path: Path, header: str, expected_date: date | None, expected_title: str
) -> None:
    path = write(tmp_path / "story-one.md", md(header + "\nauthor: Ida Fenn", BODY_MD))
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert (doc.id, doc.date, doc.title, doc.author) == (
        "story-one", expected_date, expected_title, "Ida Fenn"
    )
    assert doc.text == BODY_MD
    assert doc.source == str(path)


def test_html_body_becomes_paragraph_text(tmp_path: Path) -> None:
    header = "title: Mossgrove Lane returns\ndate: 2020-01-02\nurl: https://example.test/m"
    [doc] = read(write(tmp_path / "m.md", md(header, BODY_HTML)))
    assert isinstance(doc, Document)
    assert "<p>" not in doc.text and "href" not in doc.text
    assert doc.text.split("\n\n")[0].startswith(PARAGRAPHS[0][:40])
    assert len(doc.text.split("\n\n")) == len(PARAGRAPHS)
    assert doc.url == "https://example.test/m"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("---\ntitle: never closed\n\nbody text\n", "not closed"),
        (md("title: T", "   "), "empty body"),
        (md("title: T\ndate: the thirty-first of never", BODY_MD), "bad date"),
        (b"---\ntitle: caf\xe9\n---\nbody\n", "not UTF-8"),
    ],
)
def test_bad_markdown_is_rejected_and_batch_goes_on(
    tmp_path: Path, content: str | bytes, reason: str
) -> None:
    bad = write(tmp_path / "a_bad.md", content)
    write(tmp_path / "b_good.md", md("title: Good", BODY_MD))
    items = read(tmp_path)
    assert [d.id for d in docs(items)] == ["b_good"]
    [rejected] = rejects(items)
    assert rejected == Rejected(str(bad), rejected.reason)
    assert reason in rejected.reason


def test_markdown_without_front_matter_is_skipped_not_rejected(tmp_path: Path) -> None:
    note = write(tmp_path / "README.md", "Just a note about this folder, no front matter.\n")
    write(tmp_path / "b_good.md", md("title: Good", BODY_MD))
    items = read(tmp_path)
    assert [d.id for d in docs(items)] == ["b_good"]
    [skipped] = rejects(items)
    assert isinstance(skipped, Skipped) and skipped.source == str(note)
    assert "without front matter" in skipped.reason


def test_shared_gothamist_folder_reads_every_file() -> None:
    folder = SHARED / "corpus" / "gothamist"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not present")
    files = sorted(str(p) for p in folder.rglob("*.md"))
    items = read(folder)
    assert sorted(item.source for item in items) == files
    articles = docs(items)
    assert len(articles) >= len(files) - 1  # its SOURCE.md note has no front matter
    assert all(d.date is not None and d.title and "<p" not in d.text for d in articles)
