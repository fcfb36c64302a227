"""Writing WARC/1.1 files by hand from invented pages (no WARC library needed)."""

from __future__ import annotations

import gzip
import uuid
from pathlib import Path

from feeds import SHOWS
from readers import PARAGRAPHS, article_html

CRLF = b"\r\n"


def record(kind: str, uri: str | None, block: bytes, content_type: str) -> bytes:
    record_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{kind} {uri} {len(block)}")
    headers = [
        b"WARC/1.1",
        f"WARC-Type: {kind}".encode(),
        f"WARC-Record-ID: <urn:uuid:{record_id}>".encode(),
        b"WARC-Date: 2024-05-01T12:00:00Z",
        f"Content-Type: {content_type}".encode(),
        f"Content-Length: {len(block)}".encode(),
    ]
    if uri is not None:
        headers.insert(2, f"WARC-Target-URI: {uri}".encode())
    return CRLF.join(headers) + CRLF + CRLF + block + CRLF + CRLF


def http_response(body: bytes, *, status: str = "200 OK", mime: str = "text/html") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {mime}; charset=utf-8\r\n"
    head += f"Content-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def page(n: int) -> bytes:
    show = SHOWS[n % len(SHOWS)]
    paragraphs = (f"{show} is renewed for season {n % 7 + 2}, said the invented network.",
                  *PARAGRAPHS[1:])
    return article_html(f"Story {n}: {show}", paragraphs=paragraphs).encode()


def crawl(pages: int) -> list[bytes]:
    """A crawl of ``pages`` article pages, each with its request record, plus a warcinfo,
    a non-HTML response, a 404 and a metadata record: ``pages`` documents, 2 + pages
    + 2 records skipped."""
    info = b"software: invented-crawler\r\n"
    records = [record("warcinfo", None, info, "application/warc-fields")]
    for n in range(pages):
        uri = f"https://wire.example.test/story/{n}"
        request = f"GET /story/{n} HTTP/1.1\r\nHost: wire.example.test\r\n\r\n".encode()
        records.append(record("request", uri, request, "application/http; msgtype=request"))
        records.append(
            record("response", uri, http_response(page(n)), "application/http; msgtype=response")
        )
    image = http_response(b"\x89PNG not really", mime="image/png")
    records.append(record("response", "https://wire.example.test/logo.png", image,
                          "application/http; msgtype=response"))
    missing = http_response(b"<html><body>gone</body></html>", status="404 Not Found")
    records.append(record("response", "https://wire.example.test/gone", missing,
                          "application/http; msgtype=response"))
    records.append(record("metadata", "https://wire.example.test/story/0", b"via: x\r\n",
                          "application/warc-fields"))
    return records


def write_warc(path: Path, pages: int, *, compress: bool) -> Path:
    """Write a crawl; compressed as a gzip member per record, the way crawlers do."""
    with open(path, "wb") as handle:
        for item in crawl(pages):
            handle.write(gzip.compress(item, mtime=0) if compress else item)
    return path
