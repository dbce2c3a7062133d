"""The JSON API: the ``newsdossier/1`` export, whole or by record, plus search and (opt-in) ingest.

Records are served exactly as the export writes them, so a client of the API and a reader of
``dossier.json`` see the same thing; :data:`newsdossier.web.openapi.SPEC` describes both.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..store import SEARCH_KINDS
from .guard import MAX_SEARCH_CHARS
from .openapi import SPEC

if TYPE_CHECKING:
    from .app import Dossiers

COLLECTIONS = ("articles", "entities", "quotes", "claims", "events", "groups")
SPAN_COLLECTIONS = ("quotes", "claims", "events")
MAX_LIMIT = 200


def error(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"error": detail, "status": status}, status_code=status)


def _int(request: Request, name: str, default: int, low: int, high: int) -> int | None:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        return None
    return int(raw)


def routes(dossiers: Dossiers, allow_ingest: bool) -> list[Route]:
    def index(request: Request) -> Response:
        return JSONResponse({"schema": "newsdossier/1", "openapi": "/api/openapi.json",
                             "collections": [f"/api/{c}" for c in COLLECTIONS], "search": "/api/search?q=",
                             "dossier": "/api/dossier", "ingest": allow_ingest})

    def openapi(request: Request) -> Response:
        return JSONResponse(SPEC)

    def dossier(request: Request) -> Response:
        return JSONResponse(dossiers.view().dossier)

    def collection(request: Request) -> Response:
        name = request.path_params["collection"]
        if name not in COLLECTIONS:
            return error(404, f"no collection {name!r}; known: {', '.join(COLLECTIONS)}")
        records = dossiers.view().dossier.get(name, [])
        article = request.query_params.get("article")
        if article is not None:
            if name not in SPAN_COLLECTIONS:
                return error(400, f"'article' filters only {', '.join(SPAN_COLLECTIONS)}")
            records = [r for r in records if r["article"] == article]
        return JSONResponse(records)

    def record(request: Request) -> Response:
        name, rid = request.path_params["collection"], request.path_params["rid"]
        if name not in COLLECTIONS:
            return error(404, f"no collection {name!r}")
        found = next((r for r in dossiers.view().dossier.get(name, []) if r["id"] == rid), None)
        return JSONResponse(found) if found is not None else error(404, f"no {name[:-1]} {rid!r}")

    def search(request: Request) -> Response:
        q = request.query_params.get("q", "")
        if len(q) > MAX_SEARCH_CHARS:
            return error(400, f"query longer than {MAX_SEARCH_CHARS} characters")
        kind = request.query_params.get("kind")
        if kind is not None and kind not in SEARCH_KINDS:
            return error(400, f"kind must be one of {', '.join(SEARCH_KINDS)}")
        limit = _int(request, "limit", 20, 1, MAX_LIMIT)
        if limit is None:
            return error(400, f"limit must be an integer from 1 to {MAX_LIMIT}")
        with dossiers.open() as store:
            hits = store.search(q, (kind,) if kind else SEARCH_KINDS, limit=limit)
        return JSONResponse([{"kind": h.kind, "id": h.id, "article": h.article, "label": h.label,
                              "snippet": h.snippet, "score": h.score} for h in hits])

    async def ingest(request: Request) -> Response:
        # A JSON body makes a cross-site form post impossible without a CORS preflight we never grant.
        if not allow_ingest:
            return error(403, "this server is read-only; start it with --allow-ingest to add pages")
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return error(415, "send application/json: {\"text\": ..., \"format\": \"txt\" | \"html\"}")
        try:
            body = json.loads(await request.body())
        except ValueError:
            return error(400, "the body is not valid JSON")
        if not isinstance(body, dict) or not isinstance(body.get("text"), str) or not body["text"].strip():
            return error(400, "'text' must be a non-empty string")
        suffix = {"txt": ".txt", "html": ".html"}.get(body.get("format", "txt"))
        if suffix is None:
            return error(400, "'format' must be 'txt' or 'html'")
        from ..api import NothingRead

        try:
            return JSONResponse(await _ingest(dossiers.db_path, body["text"], suffix))
        except NothingRead as exc:
            return error(422, str(exc))

    return [
        Route("/api", index),
        Route("/api/openapi.json", openapi),
        Route("/api/dossier", dossier),
        Route("/api/search", search),
        Route("/api/ingest", ingest, methods=["POST"]),
        Route("/api/{collection}", collection),
        Route("/api/{collection}/{rid}", record),
    ]


async def _ingest(db_path: Path, text: str, suffix: str) -> dict[str, Any]:
    from starlette.concurrency import run_in_threadpool

    from ..api import build

    def run() -> dict[str, Any]:
        with tempfile.TemporaryDirectory(prefix="dossier-ingest-") as tmp:
            source = Path(tmp) / f"ingested{suffix}"  # never a name the client chose
            source.write_text(text, encoding="utf-8")
            result = build([str(source)], Path(tmp) / "out", db=db_path)
            return {"new_articles": result.new_articles,
                    "skipped": [{"source": s.source, "reason": s.reason} for s in result.skipped]}

    return await run_in_threadpool(run)
