"""Property tests: no input, however odd, makes a reader raise, and every input is
accounted for (bounded example counts, so the run stays short and deterministic)."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marquee.sources import Document, Rejected, read_inputs
from marquee.sources.feeds import parse_feed
from marquee.sources.html import html_fragment_to_text, parse_html_page
from marquee.sources.markdown import parse_markdown
from marquee.sources.stdin import read_bytes, sniff
from marquee.sources.warc import read_warc_stream

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
MARKUP = st.sampled_from(
    ["<p>", "</p>", "<html>", "<rss version='2.0'>", "<item>", "<feed>", "---\n", "title: x\n",
     "<![CDATA[", "]]>", "&amp;", "&#0;", "\x00", "\ufeff", "WARC/1.1\r\n", "\r\n\r\n", "{", "\n"]
)
TEXTS = st.lists(st.one_of(MARKUP, st.text(max_size=40)), max_size=30).map("".join)
BYTES = st.one_of(st.binary(max_size=400), TEXTS.map(lambda t: t.encode("utf-8", "replace")))


def outcomes(items: object) -> list[Document | Rejected]:
    found = list(items)  # type: ignore[call-overload]
    assert all(isinstance(item, Document | Rejected) for item in found)
    for item in found:
        if isinstance(item, Document):
            assert item.text.strip()
        else:
            assert item.source and item.reason
    return found


@FUZZ
@given(TEXTS)
def test_markdown_never_raises(text: str) -> None:
    outcome = parse_markdown(text, "x", "x.md")
    assert isinstance(outcome, Document | Rejected)


@FUZZ
@given(BYTES)
def test_html_never_raises(data: bytes) -> None:
    outcomes([parse_html_page(data, "x", "x.html")])
    assert isinstance(html_fragment_to_text(data.decode("utf-8", "replace")), str)


@FUZZ
@given(BYTES)
def test_feeds_never_raise_and_say_something(data: bytes) -> None:
    assert outcomes(parse_feed(data, "x.xml"))


@FUZZ
@given(BYTES)
def test_warc_never_raises_and_says_something(data: bytes) -> None:
    assert outcomes(read_warc_stream(io.BytesIO(data), "x.warc"))
    assert outcomes(read_warc_stream(io.BytesIO(gzip.compress(data, mtime=0)), "x.warc.gz"))


@FUZZ
@given(BYTES)
def test_any_bytes_on_stdin_never_raise(data: bytes) -> None:
    assert sniff(data) in {"jsonl", "warc", "feed", "html", "markdown", "text"}
    outcomes(read_bytes(data, "<stdin>"))


@FUZZ
@given(BYTES, st.sampled_from([".md", ".html", ".htm.gz", ".rss", ".xml", ".warc", ".warc.gz"]))
def test_every_file_is_accounted_for(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    assert outcomes(read_inputs([str(path)]))


def test_stdin_stream_of_anything(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for data in (b"\x1f\x8b", b"WARC/1.0\r\n\r\n", b"<rss", b"---\n---\n", b"\xff\xfe"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        outcomes(read_inputs(["-"]))
