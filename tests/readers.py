"""Helpers shared by the reader tests (invented articles only)."""

from __future__ import annotations

from pathlib import Path

from marquee.sources import Document, Rejected, read_inputs


def read(*paths: str | Path) -> list[Document | Rejected]:
    return list(read_inputs([str(p) for p in paths]))


def docs(items: list[Document | Rejected]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def rejects(items: list[Document | Rejected]) -> list[Rejected]:
    return [item for item in items if isinstance(item, Rejected)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


PARAGRAPHS = (
    "The invented drama Mossgrove Lane has been renewed for a second season by the "
    "fictional network Harbor Light, executives said on Tuesday after a strong first run.",
    "Filming of the new episodes begins in the spring in a small coastal town, and the "
    "cast led by the invented actor Tamsin Orlo is expected to return in full.",
    "The first season drew a loyal audience and warm reviews from critics, who praised "
    "its slow pace and its careful attention to the lives of the town's residents.",
)


def article_html(
    title: str = "Mossgrove Lane returns",
    *,
    paragraphs: tuple[str, ...] = PARAGRAPHS,
    head: str = "",
) -> str:
    """A whole page: boilerplate around an article."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | The Invented Wire</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> | <a href='/tv'>TV</a> | <a href='/about'>About us</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright The Invented Wire. All rights reserved. Subscribe now.</footer>"
        "</body></html>"
    )
