"""HTML pages: the main text without boilerplate, and the page's metadata (trafilatura).

A page gives its title, publication date, author, site name and canonical URL when its
markup says them; the body is the article text, one paragraph a line pair, without the
headline when the page repeats it as the first line.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from marquee.sources.dates import optional_date
from marquee.sources.document import Document, Rejected
from marquee.sources.raw import InputError, read_capped

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
PARAGRAPH_BREAK = "\n\n"
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre"}
)

# trafilatura logs every page it finds no text in; the Rejected says it once, better.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def html_stem(path: str) -> str:
    """The id of a page file: its name without ``.html``/``.htm`` (and ``.gz``)."""
    name = Path(path).name
    for suffix in sorted(HTML_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return Path(path).stem


def parse_html_page(
    page: bytes | str, doc_id: str, source: str, *, url: str | None = None
) -> Document | Rejected:
    """One page's Document, or why it has none (no main text found)."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as err:  # noqa: BLE001 - a parser failure on one page rejects that page
        return Rejected(source, f"cannot parse HTML: {type(err).__name__}")
    if result is None:
        return Rejected(source, "no article text found in the HTML")
    text = _field(result, "text")
    title = _field(result, "title")
    body = _body(text or "", title)
    if not body:
        return Rejected(source, "no article text found in the HTML")
    return Document(
        id=doc_id,
        text=body,
        date=optional_date(_field(result, "date")),
        title=title,
        url=_field(result, "url") or url,
        source=source,
        author=_field(result, "author"),
        site=_field(result, "sitename"),
    )


def html_fragment_to_text(fragment: str) -> str:
    """The text of an HTML fragment (an article body without its page), paragraphs kept."""
    import trafilatura

    text = trafilatura.extract(
        fragment,
        output_format="txt",
        favor_recall=True,
        include_comments=False,
        include_tables=False,
        with_metadata=False,
    )
    return _body(text or "", None) or plain_text(fragment)


def plain_text(fragment: str) -> str:
    """All the text of a fragment, a line per block (for snippets too short to extract)."""
    import lxml.html
    from lxml import etree

    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return _body(root.text_content(), None)


def read_html_file(path: str) -> Document | Rejected:
    """Read one ``.html``/``.htm`` page (gzip-compressed or not); never raises for bad input."""
    try:
        data = read_capped(path)
    except InputError as err:
        return Rejected(path, str(err))
    return parse_html_page(data, html_stem(path), path)


def _body(text: str, title: str | None) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]
    return PARAGRAPH_BREAK.join(lines)


def _field(result: Any, name: str) -> str | None:
    value = getattr(result, name, None)
    return value.strip() if isinstance(value, str) and value.strip() else None
