"""A small HTTP server on 127.0.0.1 for the fetch tests, serving invented content."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Site:
    """What the server serves: path -> (content type, body), with request logs."""

    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    robots: str | None = "User-agent: *\nDisallow: /private/\n"
    fail_first: dict[str, int] = field(default_factory=dict)  # path -> 503s before success
    hits: Counter[str] = field(default_factory=Counter)
    not_modified: Counter[str] = field(default_factory=Counter)
    agents: list[str] = field(default_factory=list)
    posted: list[bytes] = field(default_factory=list)
    base: str = ""


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            length = int(self.headers.get("Content-Length", "0"))
            site.posted.append(self.rfile.read(length))
            self.send_response(204)
            self.end_headers()

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            path = self.path
            site.hits[path] += 1
            site.agents.append(self.headers.get("User-Agent", ""))
            if path == "/robots.txt":
                if site.robots is None:
                    self._send(404, "text/plain", b"no robots here")
                else:
                    self._send(200, "text/plain", site.robots.encode())
                return
            if site.fail_first.get(path, 0) > 0:
                site.fail_first[path] -= 1
                self._send(503, "text/plain", b"busy", {"Retry-After": "1"})
                return
            if path not in site.pages:
                self._send(404, "text/plain", b"not found")
                return
            kind, body = site.pages[path]
            etag = f'"v{len(body)}"'
            if self.headers.get("If-None-Match") == etag:
                site.not_modified[path] += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self._send(200, kind, body, {"ETag": etag,
                                         "Last-Modified": "Tue, 03 Jun 2025 10:00:00 GMT"})

        def _send(
            self, status: int, kind: str, body: bytes, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
