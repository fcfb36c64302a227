"""HTML pages through trafilatura (invented pages)."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest
from readers import PARAGRAPHS, article_html, docs, read, rejects, write

from marquee.sources import Document
from marquee.sources.html import parse_html_page

META = (
    "<link rel='canonical' href='https://wire.example.test/tv/mossgrove'>"
    "<meta property='og:site_name' content='The Invented Wire'>"
    "<meta name='author' content='Ida Fenn'>"
    "<meta property='article:published_time' content='{published}'>"
)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2024-03-05T10:00:00-05:00", date(2024, 3, 5)),
        ("2019-11-30", date(2019, 11, 30)),
    ],
)
def test_page_text_and_metadata(tmp_path: Path, published: str, expected: date) -> None:
    page = article_html(head=META.format(published=published))
    path = write(tmp_path / "mossgrove.html", page)
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.id == "mossgrove"
    assert doc.title == "Mossgrove Lane returns"
    assert doc.date == expected
    assert doc.author == "Ida Fenn"
    assert doc.site == "The Invented Wire"
    assert doc.url == "https://wire.example.test/tv/mossgrove"
    assert doc.text == "\n\n".join(PARAGRAPHS)  # no menu, no footer, no repeated headline


@pytest.mark.parametrize("name", ["page.htm", "page.html.gz", "page.HTML", "page.htm.gz"])
def test_suffixes_and_gzip(tmp_path: Path, name: str) -> None:
    data = article_html().encode()
    if name.endswith(".gz"):
        data = gzip.compress(data)
    [doc] = read(write(tmp_path / name, data))
    assert isinstance(doc, Document)
    assert doc.id == "page"
    assert doc.text.startswith(PARAGRAPHS[0][:30])


def test_page_in_another_encoding(tmp_path: Path) -> None:
    page = article_html(paragraphs=tuple(p.replace("town", "café town") for p in PARAGRAPHS))
    page = page.replace("charset='utf-8'", "charset='iso-8859-1'")
    [doc] = read(write(tmp_path / "latin.html", page.encode("iso-8859-1")))
    assert isinstance(doc, Document)
    assert "café town" in doc.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "no article text"),
        (b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
         "no article text"),
        (b"\x1f\x8b\x08\x00not really gzip", "bad gzip"),
    ],
)
def test_bad_pages_are_rejected_and_batch_goes_on(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = write(tmp_path / "a_bad.html", content)
    write(tmp_path / "b_good.html", article_html())
    items = read(tmp_path)
    assert [d.id for d in docs(items)] == ["b_good"]
    [rejected] = rejects(items)
    assert rejected.source == str(bad)
    assert reason in rejected.reason


def test_page_url_given_by_caller_is_kept_without_canonical() -> None:
    doc = parse_html_page(article_html(), "p", "p.html", url="https://example.test/p")
    assert isinstance(doc, Document)
    assert doc.url == "https://example.test/p"
