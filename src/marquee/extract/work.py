"""Works: every title the article names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from marquee.extract.context import Article
from marquee.extract.records import Evidence, Work

SERIES_HINTS = re.compile(r"\b(?:season|episodes?|series|sitcom|show|renewed|network)\b", re.I)


def extract_works(article: Article) -> Iterator[Work]:
    first: dict[str, Evidence] = {}
    for span in article.doc.spans.get("titles", []):
        first.setdefault(span.label_, Evidence(span.sent.start_char, span.sent.end_char))
    series_article = bool(SERIES_HINTS.search(article.text))
    for title, ev in first.items():
        kind = article.title_kinds.get(title, "unknown")
        if kind == "unknown" and title == article.main_work and series_article:
            kind = "series"
        yield Work(doc=article.doc_id, title=title, kind=kind, evidence=[ev], confidence=0.8)
