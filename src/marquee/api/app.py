"""The application: the JSON API, the pages, the feeds; security headers and JSON errors.

``create_app(url)`` opens the knowledge base at ``url``; ``marquee serve`` runs it with
uvicorn. Read-only unless ``allow_ingest`` (and a token) are given.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from marquee.api import ingest, routes
from marquee.api.http import SecurityHeaders, error_response
from marquee.api.ingest import MAX_BODY, Extractor, PipelineExtractor
from marquee.config import Settings
from marquee.kb.store import KnowledgeBase


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def create_app(
    url: str,
    *,
    allow_ingest: bool = False,
    token: str | None = None,
    extract: Extractor | None = None,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The Marquee web application over the knowledge base at ``url``."""
    from marquee.web import pages

    kb = KnowledgeBase(url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        kb.close()

    app = FastAPI(
        title="Marquee",
        description="Facts about TV series and films from the news, each with its evidence.",
        version="1",
        lifespan=lifespan,
    )
    app.state.kb = kb
    app.state.ingest = {
        "allowed": allow_ingest,
        "token": token,
        "extract": extract or PipelineExtractor(Settings.from_env().model),
        "max_body": max_body,
    }
    app.add_middleware(SecurityHeaders)
    app.include_router(routes.router)
    app.include_router(ingest.router)
    app.include_router(pages.router)
    pages.mount_static(app)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api") or request.method != "GET":
            return error_response(exc.status_code, str(exc.detail))
        return pages.error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        message = _validation_message(exc)
        if request.url.path.startswith("/api") or request.method != "GET":
            return error_response(422, message)
        return pages.error_page(request, 422, message)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, Any]:
        return {"ok": True}

    return app


__all__ = ["HTTPException", "create_app"]
