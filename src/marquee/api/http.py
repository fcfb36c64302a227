"""HTTP plumbing shared by the API and the pages: cacheable responses (ETag and
If-None-Match), strict security headers, JSON errors, and parsing of query values."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No inline script or style anywhere, nothing from elsewhere: a script or a handler that
# an article smuggles into a page cannot run, even if escaping failed.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# /docs (Swagger UI, no article data in it) loads its script and style from a CDN and
# starts them inline, as FastAPI serves it.
DOCS_CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' https://cdn.jsdelivr.net; "
    "img-src 'self' data: https://fastapi.tiangolo.com; "
    "connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class SecurityHeaders:
    """ASGI middleware: the CSP and the other security headers on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        policy = DOCS_CSP if path in ("/docs", "/redoc") else CSP

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"content-security-policy", policy.encode()))
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _matches(request: Request, etag: str) -> bool:
    wanted = request.headers.get("if-none-match", "")
    tags = {t.strip().removeprefix("W/") for t in wanted.split(",")}
    return etag in tags or "*" in tags


def cached(request: Request, body: bytes, media_type: str, status: int = 200) -> Response:
    """A response with an ETag of its body; 304 when the client already has it."""
    etag = etag_of(body)
    headers = {"etag": etag, "cache-control": "no-cache"}
    if status == 200 and _matches(request, etag):
        return Response(status_code=304, headers=headers)
    return Response(body, status_code=status, media_type=media_type, headers=headers)


def json_body(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=False, default=str).encode("utf-8")


def cached_json(request: Request, data: Any) -> Response:
    return cached(request, json_body(data), "application/json")


def parse_date(value: str | None, name: str = "as_of") -> date | None:
    """A YYYY-MM-DD query value; 422 naming the parameter for anything else."""
    if value is None or value == "":
        return None
    try:
        if not _DATE.fullmatch(value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        message = f"{name}: {value!r} is not a date (expected YYYY-MM-DD)"
        raise HTTPException(422, message) from None


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)
