"""RSS 2.0 and Atom feeds through feedparser (invented feeds)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from feeds import PARAGRAPHS, atom, rss
from readers import article_html, docs, read, rejects, write

from marquee.sources import Document


def test_rss_one_document_per_item(tmp_path: Path) -> None:
    path = write(tmp_path / "wire.rss", rss(range(3)))
    items = read(path)
    assert rejects(items) == []
    first, *_ = found = docs(items)
    assert [d.id for d in found] == ["wire-0", "wire-1", "wire-2"]
    assert first.title == "Story 0"
    assert first.url == "https://wire.example.test/s/0"
    assert first.date == date(2025, 6, 1)  # the day as written, not moved to UTC
    assert first.source == f"{path}:entry 1"
    assert first.text.startswith("Mossgrove Lane is renewed for season 2")
    assert first.text.endswith(PARAGRAPHS[-1])
    assert "<p>" not in first.text


@pytest.mark.parametrize("full", [True, False])
def test_atom_content_or_summary(tmp_path: Path, full: bool) -> None:
    [doc, _] = docs(read(write(tmp_path / "wire.atom", atom([0, 1], full=full))))
    assert isinstance(doc, Document)
    assert (doc.id, doc.url, doc.date) == (
        "urn:invented:0", "https://wire.example.test/a/0", date(2024, 1, 5)
    )
    expected = "Mossgrove Lane is renewed" if full else "Story 0 in short"
    assert doc.text.startswith(expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Tue, 03 Jun 2025 23:30:00 -0400", date(2025, 6, 3)),
        ("Mon, 2 Jun 2025 08:00:00 GMT", date(2025, 6, 2)),
        ("2025-06-04T01:30:00Z", date(2025, 6, 4)),
        ("June 5, 2025", date(2025, 6, 5)),
        ("not a date", None),
    ],
)
def test_item_dates(tmp_path: Path, written: str, expected: date | None) -> None:
    [doc] = docs(read(write(tmp_path / "d.xml", rss([0], dates=[written]))))
    assert doc.date == expected


def test_entry_without_body_is_rejected_and_the_rest_kept(tmp_path: Path) -> None:
    feed = rss(range(2))
    start = feed.index("<description>", feed.index("<item>"))
    end = feed.index("</description>", start)
    feed = feed[:start] + feed[end + len("</description>") :]
    path = write(tmp_path / "gap.rss", feed)
    items = read(path)
    assert [d.id for d in docs(items)] == ["wire-1"]
    [rejected] = rejects(items)
    assert (rejected.source, rejected.reason) == (
        f"{path}:entry 1", "entry has no content or summary"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("<html><body><p>Not a feed at all.</p></body></html>", "not an RSS or Atom feed"),
        ("<rss version='2.0'><channel><title>Empty</title></channel></rss>", "no entries"),
        ("", "not an RSS or Atom feed"),
    ],
)
def test_not_a_feed_is_rejected(tmp_path: Path, content: str, reason: str) -> None:
    path = write(tmp_path / "bad.xml", content)
    [rejected] = rejects(read(path))
    assert rejected.source == str(path)
    assert reason in rejected.reason


def test_feed_text_that_names_a_local_file_is_not_read_as_a_path(tmp_path: Path) -> None:
    secret = write(tmp_path / "secret.rss", rss([0]))
    [rejected] = rejects(read(write(tmp_path / "pointer.xml", str(secret))))
    assert "not an RSS or Atom feed" in rejected.reason


def test_linked_page_saved_beside_the_feed_is_read_in_full(tmp_path: Path) -> None:
    feed = write(tmp_path / "wire.rss", rss(range(3)))
    canonical = "<link rel='canonical' href='https://wire.example.test/s/0'>"
    write(tmp_path / "0.html", article_html("Full story", head=canonical))
    elsewhere = "<link rel='canonical' href='https://other.example.test/s/1'>"
    write(tmp_path / "1.html", article_html("Another site's page", head=elsewhere))
    first, second, third = docs(read(feed))
    assert first.id == "wire-0" and first.title == "Story 0"
    assert first.text == "\n\n".join(PARAGRAPHS)  # the page, not the summary
    assert second.text.startswith("Harrow Fields is renewed")  # canonical URL differs
    assert third.text.startswith("The Quiet Ferry is renewed")  # no page saved
