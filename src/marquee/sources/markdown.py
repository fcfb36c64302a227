"""Markdown articles with a YAML front matter block (python-frontmatter).

The front matter gives the title, date, author and URL; the body is the article. A body
written as HTML (as scraped archives often are) is reduced to its text with the HTML
reader; a Markdown body is kept as written. Front matter that is YAML-like but not YAML
(``title: Part One: The Homecoming``, an unquoted colon) is read a ``key: value`` line at a
time rather than losing the article.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from marquee.sources.common import decode_utf8, describe_decode_error
from marquee.sources.dates import parse_date
from marquee.sources.document import Document, Rejected, Skipped
from marquee.sources.html import html_fragment_to_text
from marquee.sources.raw import InputError, read_capped

MARKDOWN_SUFFIXES = (".md", ".markdown")
DATE_KEYS = ("date", "published", "pubdate", "published_at", "created")
URL_KEYS = ("url", "link", "canonical_url", "canonical", "permalink")
_HTML_BODY = re.compile(r"<(?:p|div|br|span|a|img|h[1-6]|ul|ol|li|blockquote|em|strong)\b", re.I)
_LOOSE_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s?(?P<value>.*)$")


def has_front_matter(text: str) -> bool:
    return text.startswith("---") and text[3:4] in ("\n", "\r")


def parse_markdown(text: str, doc_id: str, source: str) -> Document | Rejected:
    """One decoded Markdown file's Document, or why it has none."""
    if not has_front_matter(text):
        # a README or a note beside the articles: passed over, not an error
        return Skipped(source, "not an article: Markdown without front matter "
                               "(expected a --- block first)")
    split = _split(text)
    if split is None:
        return Rejected(source, "front matter is not closed by a --- line")
    header, content = split
    meta = _metadata(header)
    try:
        day = _first_date(meta)
    except ValueError as err:
        return Rejected(source, str(err))
    body = html_fragment_to_text(content) if _HTML_BODY.search(content) else content.strip()
    if not body:
        return Rejected(source, "empty body")
    return Document(
        id=doc_id,
        text=body,
        date=day,
        title=_text(meta.get("title")),
        url=_first_text(meta, URL_KEYS),
        source=source,
        author=_author(meta.get("author") or meta.get("authors")),
        site=_text(meta.get("site") or meta.get("site_name")),
    )


def read_markdown_file(path: str) -> Document | Rejected:
    """Read one ``.md`` file; never raises for bad input."""
    try:
        data = read_capped(path)
        text = decode_utf8(data)
    except InputError as err:
        return Rejected(path, str(err))
    except UnicodeDecodeError as err:
        return Rejected(path, describe_decode_error(err))
    return parse_markdown(text, Path(path).stem, path)


def _split(text: str) -> tuple[str, str] | None:
    import frontmatter

    try:
        header, content = frontmatter.YAMLHandler().split(text)
    except ValueError:
        return None
    return header, content


def _metadata(header: str) -> dict[str, Any]:
    """The front matter as YAML; line by line when it is YAML-like but not YAML."""
    import yaml

    try:
        value = yaml.safe_load(header)
    except yaml.YAMLError:
        value = None
    if isinstance(value, dict):
        return {str(key).lower(): item for key, item in value.items()}
    loose: dict[str, Any] = {}
    for line in header.splitlines():
        match = _LOOSE_LINE.match(line)
        if match is not None:
            loose.setdefault(match.group("key").lower(), match.group("value").strip())
    return loose


def _first_date(meta: dict[str, Any]) -> Any:
    for key in DATE_KEYS:
        value = meta.get(key)
        if value is not None and value != "":
            return parse_date(value)
    return None


def _first_text(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        found = _text(meta.get(key))
        if found:
            return found
    return None


def _author(value: Any) -> str | None:
    if isinstance(value, list):
        names = [_text(item) for item in value]
        return ", ".join(name for name in names if name) or None
    return _text(value)


def _text(value: Any) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        shown = str(value).strip()
        return shown or None
    return None
