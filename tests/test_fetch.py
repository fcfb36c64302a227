"""The polite fetcher and `ingest URL`, against a server the tests start on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from feeds import rss
from http_server import Site, serve
from readers import article_html, docs, rejects

from marquee.sources import Skipped, read_inputs
from marquee.sources.fetch import USER_AGENT, Fetcher, FetchSettings, FetchState, state_path_for


class FakeTime:
    """A clock that only the fetcher's sleeps move: no real waiting in the tests."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def site() -> Iterator[Site]:
    pages = {
        "/feed.xml": ("application/rss+xml", rss(range(3)).encode()),
        "/page.html": ("text/html; charset=utf-8", article_html().encode()),
        "/private/page.html": ("text/html", article_html().encode()),
        "/big.html": ("text/html", b"<p>" + b"x" * 5000 + b"</p>"),
    }
    with serve(Site(pages=pages)) as running:
        yield running


def fetcher(tmp_path: Path, fake: FakeTime, **settings: object) -> Fetcher:
    state = FetchState.load(tmp_path / "kb.db.fetch.json")
    chosen = FetchSettings(**{"timeout": 5.0, **settings})  # type: ignore[arg-type]
    return Fetcher(chosen, state, sleep=fake.sleep, clock=fake.clock)


def test_page_is_fetched_with_an_honest_user_agent(site: Site, tmp_path: Path) -> None:
    with fetcher(tmp_path, FakeTime()) as client:
        [doc] = docs(list(read_inputs([f"{site.base}/page.html"], client)))
    assert doc.id == doc.url == f"{site.base}/page.html"
    assert doc.title == "Mossgrove Lane returns"
    assert set(site.agents) == {USER_AGENT}
    assert site.hits["/robots.txt"] == 1


def test_second_fetch_is_conditional_and_costs_a_304(site: Site, tmp_path: Path) -> None:
    url = f"{site.base}/feed.xml"
    with fetcher(tmp_path, FakeTime()) as client:
        assert len(docs(list(read_inputs([url], client)))) == 3
    with fetcher(tmp_path, FakeTime()) as client:  # a new run: validators from the state file
        [again] = list(read_inputs([url], client))
    assert isinstance(again, Skipped)
    assert "304" in again.reason
    assert site.not_modified["/feed.xml"] == 1


def test_robots_txt_is_obeyed(site: Site, tmp_path: Path) -> None:
    with fetcher(tmp_path, FakeTime()) as client:
        [refused] = rejects(list(read_inputs([f"{site.base}/private/page.html"], client)))
    assert refused.reason == "cannot fetch: disallowed by robots.txt"
    assert site.hits["/private/page.html"] == 0


def test_missing_robots_txt_allows_everything(site: Site, tmp_path: Path) -> None:
    site.robots = None
    with fetcher(tmp_path, FakeTime()) as client:
        assert docs(list(read_inputs([f"{site.base}/private/page.html"], client)))


def test_retries_back_off_then_succeed(site: Site, tmp_path: Path) -> None:
    site.fail_first["/page.html"] = 2
    fake = FakeTime()
    with fetcher(tmp_path, fake, backoff=0.5, min_interval=0.0) as client:
        assert docs(list(read_inputs([f"{site.base}/page.html"], client)))
    assert site.hits["/page.html"] == 3
    assert fake.sleeps == [1.0, 1.0]  # max(back-off, Retry-After: 1)


def test_retries_give_up(site: Site, tmp_path: Path) -> None:
    site.fail_first["/page.html"] = 10
    fake = FakeTime()
    with fetcher(tmp_path, fake, retries=2, backoff=2.0, min_interval=0.0) as client:
        [failed] = rejects(list(read_inputs([f"{site.base}/page.html"], client)))
    assert failed.reason == "cannot fetch: HTTP 503"
    assert site.hits["/page.html"] == 3
    assert fake.sleeps == [2.0, 4.0]


def test_unreachable_host_is_rejected_after_retries(tmp_path: Path) -> None:
    fake = FakeTime()
    with fetcher(tmp_path, fake, retries=1, backoff=0.1, timeout=1.0) as client:
        [failed] = rejects(list(read_inputs(["http://127.0.0.1:9/page.html"], client)))
    assert failed.reason.startswith("cannot fetch: ConnectError")


def test_per_host_rate_limit(site: Site, tmp_path: Path) -> None:
    fake = FakeTime()
    urls = [f"{site.base}/page.html", f"{site.base}/feed.xml", f"{site.base}/big.html"]
    with fetcher(tmp_path, fake, min_interval=2.0) as client:
        list(read_inputs(urls, client))
    # robots.txt, then three pages: each request waits out the interval after the last
    assert fake.sleeps == [2.0, 2.0, 2.0]


def test_size_cap(site: Site, tmp_path: Path) -> None:
    with fetcher(tmp_path, FakeTime(), max_bytes=1000) as client:
        [failed] = rejects(list(read_inputs([f"{site.base}/big.html"], client)))
    assert failed.reason == "cannot fetch: over 1000 bytes"


def test_url_without_a_fetcher_is_refused() -> None:
    [refused] = list(read_inputs(["https://example.test/a"]))
    assert "fetching is not enabled" in refused.reason  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////data/kb.db", Path("/data/kb.db.fetch.json")),
        ("sqlite:///kb.db", Path("kb.db.fetch.json")),
        ("postgresql+psycopg://u:secret@db.example.test/marquee",
         Path(".marquee-fetch-db-example-test-marquee.json")),
    ],
)
def test_state_lives_beside_the_knowledge_base(url: str, expected: Path) -> None:
    assert state_path_for(url) == expected


def test_damaged_state_file_costs_only_a_full_fetch(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text("{not json", encoding="utf-8")
    assert FetchState.load(path).validators == {}
