"""Social posts: embedded tweets and Instagram posts, and quotes the article says were posted.

An embedded tweet is a paragraph that ends in its signature, ``— Name (@handle) Month
D, YYYY``, with a ``pic.twitter.com`` or ``t.co`` link in it; an Instagram embed says
``A post shared by Name (@handle) on <date>``. A quote framed as ``X tweeted, "..."`` or
``X wrote on Instagram`` is a post as well as a quote. The same words quoted in the body
and embedded give one post (the embed), so a post is never listed twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from marquee.extract.context import POST_SIGNATURE_RE, Article, paragraph_before, parse_date
from marquee.extract.quote import Said
from marquee.extract.records import Evidence, Post

LINK_RE = re.compile(r"(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+")
INSTAGRAM_RE = re.compile(
    r"A post shared by (?P<author>[^\n(]{1,60}?)\s*\((?P<handle>@[\w.]+)\)\s+on\s+"
    r"(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})"
)
SAME_TEXT = 80  # token-set similarity (0-100) above which two posts are the same words


EMBEDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (POST_SIGNATURE_RE, "twitter"),
    (INSTAGRAM_RE, "instagram"),
)


def embedded_posts(article: Article) -> Iterator[Post]:
    """Posts embedded in the article: the text above each embed's credit line."""
    text = article.text
    for pattern, platform in EMBEDS:
        for m in pattern.finditer(text):
            start, body = paragraph_before(text, m.start())
            link = LINK_RE.search(body)
            yield Post(
                doc=article.doc_id,
                platform=platform,
                author=m.group("author").strip(),
                handle=m.group("handle"),
                date=parse_date(m.group("date"), article.published),
                url=link.group() if link else None,
                text=" ".join(LINK_RE.sub("", body).split()),
                evidence=[Evidence(start, m.end())],
            )


def extract_posts(article: Article, said: list[Said]) -> Iterator[Post]:
    embedded = list(embedded_posts(article))
    yield from embedded
    for s in said:
        if s.platform is None:
            continue
        if any(fuzz.token_set_ratio(p.text, s.text) >= SAME_TEXT for p in embedded):
            continue
        yield Post(
            doc=article.doc_id,
            platform=s.platform,
            author=s.speaker,
            handle=None,
            date=None,
            url=None,
            text=s.text,
            evidence=[Evidence(q.start, q.end) for q in s.spans],
        )
