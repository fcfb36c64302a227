"""``POST /documents``: ingest one article over HTTP, only on a server started with
``--allow-ingest`` and only with the token of ``$MARQUEE_INGEST_TOKEN`` (Bearer).

The body is JSON ``{"text", "id"?, "title"?, "url"?, "date"?: "YYYY-MM-DD"}`` of at most
``max_body`` bytes. Extraction (spaCy) loads on the first accepted request.
"""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from marquee.api.http import parse_date
from marquee.extract.records import Fact
from marquee.sources.document import Document, text_hash

TOKEN_ENV = "MARQUEE_INGEST_TOKEN"
MAX_BODY = 1_000_000  # bytes
Extractor = Callable[[Document], list[Fact]]

router = APIRouter()


class PipelineExtractor:
    """The real extractor, its spaCy pipeline loaded once, on first use."""

    def __init__(self, model: str) -> None:
        self.model = model
        self._nlp: Any = None
        self._lock = threading.Lock()

    def __call__(self, document: Document) -> list[Fact]:
        from marquee.extract import extract_documents
        from marquee.nlp import load_pipeline

        with self._lock:
            if self._nlp is None:
                self._nlp = load_pipeline(self.model)
            return [facts for _doc, facts in extract_documents(self._nlp, [document])][0]


def _authorised(request: Request) -> None:
    settings = request.app.state.ingest
    token: str | None = settings.get("token")
    given = request.headers.get("authorization", "")
    if not settings.get("allowed") or not token:
        raise HTTPException(401, "ingest is off (start the server with --allow-ingest "
                                 f"and ${TOKEN_ENV} set)")
    if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is needed")


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise HTTPException(413, f"body larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _document(data: Any) -> Document:
    if not isinstance(data, dict):
        raise HTTPException(422, "the body must be a JSON object")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise HTTPException(422, "'text' must be a non-empty string")
    for name in ("id", "title", "url", "date"):
        if data.get(name) is not None and not isinstance(data[name], str):
            raise HTTPException(422, f"{name!r} must be a string")
    doc_id = data.get("id") or text_hash(text)[:16]
    return Document(id=doc_id, text=text, date=parse_date(data.get("date"), "date"),
                    title=data.get("title"), url=data.get("url"), source="http")


@router.post("/documents", status_code=201, summary="Ingest one article (--allow-ingest)")
@router.post("/api/documents", status_code=201, include_in_schema=False)
async def ingest(request: Request) -> JSONResponse:
    _authorised(request)
    raw = await _body(request, request.app.state.ingest.get("max_body", MAX_BODY))
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HTTPException(400, f"malformed JSON: {exc}") from None
    document = _document(data)
    extract: Extractor = request.app.state.ingest["extract"]
    kb = request.app.state.kb

    def work() -> tuple[str, int]:
        facts = extract(document)
        return kb.ingest(document, facts), len(facts)

    outcome, count = await run_in_threadpool(work)
    status = 201 if outcome != "duplicate" else 200
    return JSONResponse({"id": document.id, "outcome": outcome, "facts": count},
                        status_code=status)
