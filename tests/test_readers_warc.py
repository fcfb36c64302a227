"""WARC archives built here from invented pages: streamed, every record accounted for."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from readers import docs, read, rejects, write
from typer.testing import CliRunner
from warcs import crawl, write_warc

import marquee.cli.ingest as ingest_module
from marquee.cli import app
from marquee.extract.records import Fact
from marquee.sources import Document, Rejected, Skipped, read_inputs

PAGES = 300


def skipped(items: list[Document | Rejected]) -> list[Rejected]:
    return [item for item in rejects(items) if isinstance(item, Skipped)]


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
def test_few_hundred_records_are_each_accounted_for(tmp_path: Path, compress: bool) -> None:
    path = write_warc(tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), PAGES,
                      compress=compress)
    items = read(path)
    assert len(items) == len(crawl(PAGES)) == 2 * PAGES + 4
    pages = docs(items)
    assert [d.id for d in pages] == [f"https://wire.example.test/story/{n}" for n in range(PAGES)]
    assert pages[7].title == "Story 7: The Quiet Ferry"
    assert pages[7].url == "https://wire.example.test/story/7"
    assert pages[7].text.startswith("The Quiet Ferry is renewed for season 2")
    assert pages[7].source == f"{path}:record 17"
    reasons = [r.reason for r in skipped(items)]
    assert len(reasons) == len(rejects(items)) == PAGES + 4
    assert reasons.count("request record") == PAGES
    assert {r for r in reasons if r != "request record"} == {
        "warcinfo record",
        "metadata record",
        "not HTML: image/png (https://wire.example.test/logo.png)",
        "HTTP 404 (https://wire.example.test/gone)",
    }


def _growth(path: Path) -> int:
    """How far traced memory rises above where it starts while ``path`` is read."""
    start = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    for _ in read_inputs([str(path)]):
        pass
    return tracemalloc.get_traced_memory()[1] - start


def test_memory_stays_flat_with_archive_size(tmp_path: Path) -> None:
    small = write_warc(tmp_path / "small.warc.gz", 50, compress=True)
    large = write_warc(tmp_path / "large.warc.gz", PAGES, compress=True)
    tracemalloc.start()
    try:
        _growth(large)  # warm up: the language model loads, the parsers' caches fill
        small_growth, large_growth = _growth(small), _growth(large)
    finally:
        tracemalloc.stop()
    print(f"memory growth while reading: 50 pages {small_growth} B, {PAGES} pages "
          f"{large_growth} B, ratio {large_growth / small_growth:.2f}")
    # a reader that kept its records would need about 6 times as much for 6 times the pages
    assert large_growth < 1.5 * small_growth + 100_000


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "no WARC records found"),
        (b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nshort", ""),
        (b"\x1f\x8b\x08\x00broken gzip", ""),
    ],
)
def test_broken_archives_are_rejected(tmp_path: Path, content: bytes, reason: str) -> None:
    path = write(tmp_path / "broken.warc.gz", content)
    items = read(path)
    assert docs(items) == []
    assert items, "a broken archive must leave a line"
    assert all(isinstance(item, Rejected) for item in items)
    assert reason in " ".join(r.reason for r in rejects(items))


def test_ingest_counts_pages_and_skipped_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_facts(
        _nlp: object, documents: Iterable[Document], on_failure: object = None
    ) -> Iterator[tuple[Document, list[Fact]]]:
        for document in documents:
            yield document, []

    monkeypatch.setattr(ingest_module, "load_pipeline", lambda model: object())
    monkeypatch.setattr(ingest_module, "extract_documents", no_facts)
    path = write_warc(tmp_path / "crawl.warc.gz", 20, compress=True)
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    assert "ingested 20, duplicate 0, rejected 0 (facts 0)" in result.stdout
    assert "updated 0, skipped 24" in result.stdout
    assert f"skipped: {path}:record 2: request record" in result.stderr
