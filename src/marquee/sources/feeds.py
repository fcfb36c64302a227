"""RSS 2.0 and Atom feeds (feedparser): one Document per entry.

An entry's body is its full content when the feed carries it, else its summary, reduced
to text when it is HTML. Its id is the entry's guid/id, else its link; its date the
published (else updated) date as written, read by :mod:`marquee.sources.dates`. A feed
file's entry whose linked page is saved beside it is read in full from that page.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from marquee.sources.dates import optional_date
from marquee.sources.document import Document, Rejected, text_hash
from marquee.sources.html import HTML_SUFFIXES, html_fragment_to_text, read_html_file
from marquee.sources.raw import InputError, read_capped

FEED_SUFFIXES = (".rss", ".atom", ".xml")
HASH_ID_CHARS = 16


def entry_source(name: str, number: int) -> str:
    return f"{name}:entry {number}"


def parse_feed(
    data: bytes | str, name: str, *, base_url: str | None = None
) -> Iterator[Document | Rejected]:
    """Every entry of one feed, as a Document or a Rejected; a non-feed is one Rejected."""
    import feedparser

    headers = {"content-location": base_url} if base_url else None
    raw = data.encode("utf-8") if isinstance(data, str) else data  # a str could be taken as a URL
    # a stream, never bytes or str: feedparser opens those as a file name or URL if it can
    parsed = feedparser.parse(io.BytesIO(raw), response_headers=headers)
    entries = parsed.get("entries") or []
    if not entries:
        if not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            detail = f": {_first_line(problem)}" if problem else ""
            yield Rejected(name, f"not an RSS or Atom feed{detail}")
        else:
            yield Rejected(name, "feed has no entries")
        return
    for number, entry in enumerate(entries, start=1):
        yield entry_to_document(entry, entry_source(name, number))


def entry_to_document(entry: Any, source: str) -> Document | Rejected:
    """One feed entry's Document, or why it has none."""
    body = _entry_text(entry)
    if not body:
        return Rejected(source, "entry has no content or summary")
    title = _text(entry.get("title"))
    link = _text(entry.get("link"))
    day = _entry_date(entry)
    return Document(
        id=_text(entry.get("id")) or link or text_hash(body)[:HASH_ID_CHARS],
        text=body,
        date=day,
        title=title,
        url=link,
        source=source,
        author=_text(entry.get("author")),
    )


def read_feed_file(path: str) -> Iterator[Document | Rejected]:
    """Read one ``.rss``/``.atom``/``.xml`` feed file; never raises for bad input."""
    try:
        data = read_capped(path)
    except InputError as err:
        yield Rejected(path, str(err))
        return
    folder = Path(path).parent
    for outcome in parse_feed(data, path):
        yield with_local_page(outcome, folder) if isinstance(outcome, Document) else outcome


def with_local_page(entry: Document, folder: Path) -> Document:
    """The entry with the full text of its linked page, when that page is saved beside
    the feed: a file named after the link's last path segment (``<slug>.html``, ``.htm``
    or either gzipped) whose canonical URL, if it gives one, is the link."""
    page = _local_page(entry.url, folder)
    if page is None:
        return entry
    found = read_html_file(str(page))
    if not isinstance(found, Document) or (found.url not in (None, entry.url)):
        return entry
    return replace(
        entry,
        text=found.text,
        author=entry.author or found.author,
        site=entry.site or found.site,
        date=entry.date or found.date,
    )


def _local_page(link: str | None, folder: Path) -> Path | None:
    if not link:
        return None
    slug = PurePosixPath(urlsplit(link).path).name
    for suffix in HTML_SUFFIXES:
        if slug.lower().endswith(suffix):
            slug = slug[: -len(suffix)]
    if not slug or slug.startswith("."):
        return None
    for suffix in HTML_SUFFIXES:
        candidate = folder / f"{slug}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def looks_like_feed(head: bytes) -> bool:
    """True when the opening bytes of an input are an RSS or Atom document."""
    sample = head[:2048].lower()
    return b"<rss" in sample or b"<feed" in sample or b"<rdf:rdf" in sample


def _entry_date(entry: Any) -> date | None:
    """The date as written, else feedparser's parsed (UTC) one. Plain ``dict.get``: the
    feedparser mapping from ``updated`` to ``published`` warns on every access."""
    for key in ("published", "updated", "published_parsed", "updated_parsed"):
        day = optional_date(dict.get(entry, key))
        if day is not None:
            return day
    return None


def _entry_text(entry: Any) -> str:
    for part in entry.get("content") or []:
        text = _part_text(part)
        if text:
            return text
    detail = entry.get("summary_detail")
    if detail:
        return _part_text(detail)
    summary = entry.get("summary")
    return html_fragment_to_text(summary) if isinstance(summary, str) else ""


def _part_text(part: Any) -> str:
    value = part.get("value")
    if not isinstance(value, str) or not value.strip():
        return ""
    if "html" in str(part.get("type", "text/html")):
        return html_fragment_to_text(value)
    return value.strip()


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _first_line(problem: object) -> str:
    lines = str(problem).strip().splitlines()
    return lines[0] if lines else type(problem).__name__
