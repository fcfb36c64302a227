"""A polite HTTP client for pages and feeds (httpx).

Polite means: an honest User-Agent, a timeout on every request, retries with
exponential back-off on network errors and 429/5xx answers, robots.txt obeyed, at most
one request per host every ``min_interval`` seconds, a cap on the bytes read, and
conditional GET: the ETag and Last-Modified of each URL are kept in a small JSON state
file, so a second fetch of an unchanged feed costs a 304 and nothing else.
"""

from __future__ import annotations

import json
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from marquee import __version__
from marquee.sources.discover import is_url
from marquee.sources.raw import MAX_INPUT_BYTES

__all__ = ["FetchSettings", "FetchState", "Fetched", "Fetcher", "is_url", "state_path_for"]

USER_AGENT = f"marquee/{__version__} (+news reader for a TV and film knowledge base)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = USER_AGENT
    timeout: float = 20.0  # seconds, for connecting and for each read
    retries: int = 3  # further tries after the first, on network errors and 429/5xx
    backoff: float = 1.0  # seconds before the first retry; doubled for each next one
    max_backoff: float = 60.0
    min_interval: float = 1.0  # seconds between two requests to one host
    max_bytes: int = MAX_INPUT_BYTES


@dataclass(frozen=True)
class Fetched:
    """The outcome of one fetch: ``ok`` (with content), ``not_modified`` or ``failed``."""

    url: str
    status: str
    content: bytes = b""
    content_type: str = ""
    reason: str = ""


@dataclass
class FetchState:
    """Validators (ETag, Last-Modified) per URL, kept in a JSON file between runs."""

    path: Path | None = None
    validators: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None) -> FetchState:
        if path is None or not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)  # a damaged state file only costs full fetches
        validators = data.get("validators") if isinstance(data, dict) else None
        return cls(path, validators if isinstance(validators, dict) else {})

    def save(self) -> None:
        if self.path is None:
            return
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps({"validators": self.validators}, indent=1), "utf-8")
        temporary.replace(self.path)


class Fetcher:
    """Fetches URLs politely; one instance per run, closed when done."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        state: FetchState | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings or FetchSettings()
        self.state = state or FetchState()
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self.client = httpx.Client(
            headers={"User-Agent": self.settings.user_agent},
            timeout=self.settings.timeout,
            follow_redirects=True,
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()
        self.state.save()

    def fetch(self, url: str) -> Fetched:
        """GET ``url`` (conditionally when it was fetched before); never raises."""
        if not self.allowed(url):
            return Fetched(url, "failed", reason="disallowed by robots.txt")
        headers = {}
        known = self.state.validators.get(url, {})
        if "etag" in known:
            headers["If-None-Match"] = known["etag"]
        if "last_modified" in known:
            headers["If-Modified-Since"] = known["last_modified"]
        try:
            response, content = self._get(url, headers)
        except _TooLarge:
            return Fetched(url, "failed", reason=f"over {self.settings.max_bytes} bytes")
        except httpx.HTTPError as err:
            return Fetched(url, "failed", reason=f"{type(err).__name__}: {err}")
        if response.status_code == 304:
            return Fetched(url, "not_modified", reason="not modified (304)")
        if response.status_code != 200:
            return Fetched(url, "failed", reason=f"HTTP {response.status_code}")
        self._remember(url, response)
        return Fetched(url, "ok", content, response.headers.get("content-type", ""))

    def post_json(self, url: str, payload: Any) -> str | None:
        """POST ``payload`` as JSON (a webhook); the reason when it failed, else None."""
        try:
            response = self.client.post(url, json=payload)
        except httpx.HTTPError as err:
            return f"{type(err).__name__}: {err}"
        return None if response.is_success else f"HTTP {response.status_code}"

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets this User-Agent fetch it."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        robots = self._robots.get(origin)
        if robots is None:
            robots = self._load_robots(origin)
            self._robots[origin] = robots
        return robots.can_fetch(self.settings.user_agent, url)

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser:
        robots = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        try:
            response, content = self._get(f"{origin}/robots.txt", {})
        except (httpx.HTTPError, _TooLarge):
            robots.parse([])  # unreachable robots.txt: nothing is known to be forbidden
            return robots
        if response.status_code in (401, 403):
            robots.parse(["User-agent: *", "Disallow: /"])
        elif response.status_code == 200:
            robots.parse(content.decode("utf-8", "replace").splitlines())
        else:
            robots.parse([])
        return robots

    def _get(self, url: str, headers: dict[str, str]) -> tuple[httpx.Response, bytes]:
        attempt = 0
        while True:
            self._wait_for_host(url)
            answer: httpx.Response | None = None
            try:
                answer, content = self._read(url, headers)
            except httpx.TransportError:
                if attempt >= self.settings.retries:
                    raise
            else:
                if answer.status_code not in RETRY_STATUSES or attempt >= self.settings.retries:
                    return answer, content
            self._sleep(self._delay(attempt, answer))
            attempt += 1

    def _read(self, url: str, headers: dict[str, str]) -> tuple[httpx.Response, bytes]:
        limit = self.settings.max_bytes
        with self.client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _TooLarge
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise _TooLarge
                chunks.append(chunk)
        return response, b"".join(chunks)

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self.settings.min_interval - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _delay(self, attempt: int, response: httpx.Response | None) -> float:
        delay = self.settings.backoff * 2**attempt
        retry_after = response.headers.get("retry-after", "") if response is not None else ""
        if retry_after.isdigit():
            delay = max(delay, float(retry_after))
        return min(delay, self.settings.max_backoff)

    def _remember(self, url: str, response: httpx.Response) -> None:
        validators = {}
        if "etag" in response.headers:
            validators["etag"] = response.headers["etag"]
        if "last-modified" in response.headers:
            validators["last_modified"] = response.headers["last-modified"]
        if validators:
            self.state.validators[url] = validators
        else:
            self.state.validators.pop(url, None)


class _TooLarge(Exception):
    pass


def state_path_for(db_url: str) -> Path:
    """Where the fetch state of a knowledge base lives: beside a SQLite file, else in the
    current folder under a name made from the database URL."""
    from sqlalchemy.engine import make_url

    try:
        url = make_url(db_url)
    except Exception:  # noqa: BLE001 - a bad URL is reported by the KB; keep a fallback
        return Path(".marquee-fetch.json")
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        database = Path(url.database)
        return database.with_name(database.name + ".fetch.json")
    name = "".join(c if c.isalnum() else "-" for c in f"{url.host}-{url.database}")
    return Path(f".marquee-fetch-{name}.json")
