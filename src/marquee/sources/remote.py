"""Inputs given as URLs: fetched politely, then read by their sniffed format."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from marquee.sources.document import Document, Rejected, Skipped
from marquee.sources.stdin import read_bytes

if TYPE_CHECKING:  # httpx loads only when a URL is fetched
    from marquee.sources.fetch import Fetched, Fetcher


def read_fetched(fetched: Fetched) -> Iterator[Document | Rejected]:
    """The documents of one fetch: a page, a feed's entries, or why there are none."""
    if fetched.status == "not_modified":
        yield Skipped(fetched.url, fetched.reason)
    elif fetched.status != "ok":
        yield Rejected(fetched.url, f"cannot fetch: {fetched.reason}")
    else:
        yield from read_bytes(fetched.content, fetched.url, url=fetched.url)


def read_url(url: str, fetcher: Fetcher | None) -> Iterator[Document | Rejected]:
    """Fetch ``url`` and read what came back; without a fetcher, say fetching is off."""
    if fetcher is None:
        yield Rejected(url, "a URL, but fetching is not enabled here")
        return
    yield from read_fetched(fetcher.fetch(url))
