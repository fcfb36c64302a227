"""Standard input in every format, sniffed from its first bytes (invented inputs)."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from feeds import atom, rss
from readers import PARAGRAPHS, article_html, docs, read, rejects
from warcs import crawl

from marquee.sources.stdin import sniff

BODY = "\n\n".join(PARAGRAPHS)


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, *, binary: bool = True) -> None:
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream if binary else io.StringIO(data.decode()))


CASES = {
    "jsonl": (json.dumps({"id": "j1", "text": BODY}) + "\n").encode(),
    "rss": rss([0, 1]).encode(),
    "atom": atom([0]).encode(),
    "html": article_html().encode(),
    "markdown": f"---\ntitle: Mossgrove Lane\ndate: 2022-02-02\n---\n\n{BODY}\n".encode(),
    "text": f" date 2021-05-04 {BODY}\n".encode(),
    "warc": b"".join(crawl(3)),
}
EXPECTED_DOCS = {"jsonl": 1, "rss": 2, "atom": 1, "html": 1, "markdown": 1, "text": 1, "warc": 3}


@pytest.mark.parametrize("kind", sorted(CASES))
@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_every_format_on_stdin(monkeypatch: pytest.MonkeyPatch, kind: str, compress: bool) -> None:
    data = CASES[kind]
    feed_stdin(monkeypatch, gzip.compress(data) if compress else data)
    items = read("-")
    found = docs(items)
    assert len(found) == EXPECTED_DOCS[kind], items
    assert all(d.source.startswith("<stdin>") for d in found)
    assert PARAGRAPHS[1][:40] in found[0].text
    if kind != "warc":
        assert rejects(items) == []


@pytest.mark.parametrize("kind", ["html", "markdown", "text", "rss"])
def test_text_only_stdin(monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    feed_stdin(monkeypatch, CASES[kind], binary=False)
    assert docs(read("-"))


def test_ids_of_unnamed_stdin_documents_are_stable(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, CASES["html"])
    [first] = docs(read("-"))
    feed_stdin(monkeypatch, CASES["html"])
    [again] = docs(read("-"))
    assert first.id == again.id and first.id.startswith("stdin-")


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b'\xef\xbb\xbf  {"text": "x"}', "jsonl"),
        (b"WARC/1.0\r\n", "warc"),
        (b"<?xml version='1.0'?><rss version='2.0'>", "feed"),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (b"<!DOCTYPE html><html><head><link rel='alternate' type='application/rss+xml'>", "html"),
        (b"---\ntitle: x\n", "markdown"),
        (b"date 2020-01-01 body", "text"),
        (b"[1, 2]", "text"),
    ],
)
def test_sniff(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


def test_empty_stdin_gives_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    feed_stdin(monkeypatch, b"\n\n")
    assert read("-") == []
