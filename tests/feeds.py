"""Invented RSS 2.0 and Atom feeds for the tests."""

from __future__ import annotations

from html import escape

from readers import PARAGRAPHS

SHOWS = ("Mossgrove Lane", "Harrow Fields", "The Quiet Ferry", "Lantern Street", "Oakmere")


def story(n: int) -> str:
    show = SHOWS[n % len(SHOWS)]
    return f"<p>{show} is renewed for season {n + 2}, said the invented network.</p>" + "".join(
        f"<p>{p}</p>" for p in PARAGRAPHS[1:]
    )


def rss(items: range | list[int], *, dates: list[str] | None = None) -> str:
    entries = []
    for i, n in enumerate(items):
        when = dates[i] if dates else f"Tue, 0{1 + n % 9} Jun 2025 23:30:00 -0400"
        entries.append(
            f"<item><title>Story {n}</title><link>https://wire.example.test/s/{n}</link>"
            f"<guid isPermaLink='false'>wire-{n}</guid><pubDate>{when}</pubDate>"
            f"<author>desk@wire.example.test (Ida Fenn)</author>"
            f"<description>{escape(story(n))}</description></item>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        "<title>The Invented Wire</title><link>https://wire.example.test/</link>"
        f"<description>TV news</description>{''.join(entries)}</channel></rss>"
    )


def atom(items: range | list[int], *, full: bool = True) -> str:
    entries = []
    for n in items:
        body = (
            f"<content type='html'>{escape(story(n))}</content>"
            if full
            else f"<summary type='text'>Story {n} in short, about a renewal of a series.</summary>"
        )
        entries.append(
            f"<entry><title>Story {n}</title><id>urn:invented:{n}</id>"
            f"<link href='https://wire.example.test/a/{n}'/>"
            f"<published>2024-0{1 + n % 9}-05T10:00:00+02:00</published>"
            f"<updated>2024-12-01T00:00:00Z</updated>{body}</entry>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<title>The Invented Wire</title><id>urn:invented:feed</id>"
        f"<updated>2024-12-01T00:00:00Z</updated>{''.join(entries)}</feed>"
    )
