"""``dossier serve``: a local, server-rendered web app over a store.

Pages (story, article, item, entity, speakers, timeline, map, search) render the same read model and the
same template parts as the static briefing (:mod:`newsdossier.report.view`, ``report/templates/_parts.html``),
so the two cannot disagree. The store is opened read-only; only ``allow_ingest`` adds the one writing route.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..report import geo
from ..report.briefing import article_runs
from ..report.view import Actor, DossierView, Place, Ref
from ..store import SEARCH_KINDS, SearchHit, Store, open_store
from . import api
from .guard import MAX_SEARCH_CHARS, Guard

STATIC = Path(__file__).parent / "static"
ID = re.compile(r"[a-z]-[0-9a-z]{1,64}")
LOCAL_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1", "testserver"]
MAX_READ_BODY = 16 * 1024
MAX_INGEST_BODY = 4 * 1024 * 1024


class Dossiers:
    """The store's export as a read model, rebuilt only when the database files change."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._view: DossierView | None = None
        with self.open():  # fail now, with the store's one-line reason, not on the first request
            pass

    def open(self) -> Store:
        return open_store(self.db_path, readonly=True, create=False)

    def _stamp(self) -> tuple[Any, ...]:
        files = [self.db_path, self.db_path.with_name(self.db_path.name + "-wal")]
        return tuple((f.stat().st_mtime_ns, f.stat().st_size) if f.exists() else None for f in files)

    def view(self) -> DossierView:
        with self._lock:
            stamp = self._stamp()
            if self._view is None or stamp != self._key:
                with self.open() as store:
                    self._view = DossierView(store.export())
                self._key = stamp
            return self._view


def web_href(ref: Ref) -> str:
    return f"/article/{ref.article}#{ref.anchor}"


def _environment() -> Environment:
    env = Environment(loader=ChoiceLoader([PackageLoader("newsdossier.web", "templates"),
                                           PackageLoader("newsdossier.report", "templates")]),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(href=web_href, speaker_href=lambda key: f"/speaker/{key}")
    return env


def _valid_id(value: str) -> str:
    if not ID.fullmatch(value):
        raise HTTPException(404, "no such item")
    return value


def create_app(db_path: str | Path, allow_ingest: bool = False,
               allowed_hosts: list[str] | None = None) -> Starlette:
    """The ASGI app over the store at ``db_path`` (opened read-only; raises StoreError if unusable)."""
    dossiers = Dossiers(db_path)
    templates = Jinja2Templates(env=_environment())

    def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        if "view" not in context:  # a handler that read a view renders that one, even if the store moved on
            context["view"] = dossiers.view()
        return templates.TemplateResponse(request, name, {"allow_ingest": allow_ingest, **context},
                                          status_code=status)

    def story(request: Request) -> Response:
        return page(request, "story.html")

    def article(request: Request) -> Response:
        view = dossiers.view()
        aid = _valid_id(request.path_params["article_id"])
        if aid not in view.articles:
            raise HTTPException(404, "no such article")
        return page(request, "article.html", view=view, article=view.articles[aid],
                    runs=article_runs(view, aid, entities=True))

    def _item_context(item_id: str) -> dict[str, Any]:
        view = dossiers.view()
        return {"view": view, **_item(view, _valid_id(item_id))}

    def _item(view: DossierView, item_id: str) -> dict[str, Any]:
        if item_id in view.entities:
            return {"entity": view.entities[item_id], "actor": _actor(view, item_id),
                    "speaker": view.speakers.get(item_id), "place": _place(view, item_id)}
        if item_id in view.groups:
            return {"fact": view.group_facts[item_id]}
        if item_id in view.items:
            kind, item = view.items[item_id]
            if kind == "event":
                return {"event": item, "ref": view.ref(item)}
            return {"fact": view.fact_for(item_id), "selected": item_id}
        raise HTTPException(404, "no such item")

    def item(request: Request) -> Response:
        return page(request, "item.html", **_item_context(request.path_params["item_id"]))

    def fragment(request: Request) -> Response:
        return page(request, "_item.html", **_item_context(request.path_params["item_id"]))

    def speakers(request: Request) -> Response:
        return page(request, "speakers.html")

    def speaker(request: Request) -> Response:
        view = dossiers.view()
        key = _valid_id(request.path_params["key"])
        if key not in view.speakers:
            if key in view.entities:  # a person who is mentioned but never quoted
                return RedirectResponse(f"/item/{key}", status_code=303)
            raise HTTPException(404, "no such speaker")
        return page(request, "speaker.html", view=view, speaker=view.speakers[key], actor=_actor(view, key))

    def timeline(request: Request) -> Response:
        return page(request, "timeline.html")

    def map_page(request: Request) -> Response:
        view = dossiers.view()
        places = [{"id": p.entity["id"], "name": p.entity["name"], "lat": p.lat, "lon": p.lon,
                   "country": p.country, "mentions": p.mentions, "outlets": p.outlets} for p in view.places]
        focus = geo.focus([(p.lat, p.lon, p.mentions) for p in view.places])
        box = geo.region(focus) if focus else None
        return page(request, "map.html", view=view, map_data={"places": places, "focus": box})

    def search(request: Request) -> Response:
        q = request.query_params.get("q", "").strip()
        kind = request.query_params.get("kind", "all")
        if len(q) > MAX_SEARCH_CHARS:
            return page(request, "search.html", status=400, q=q[:MAX_SEARCH_CHARS], kind=kind, hits=[],
                        error=f"The query is longer than {MAX_SEARCH_CHARS} characters.")
        kinds = SEARCH_KINDS if kind not in SEARCH_KINDS else (kind,)
        with dossiers.open() as store:
            hits = store.search(q, kinds, limit=50) if q else []
        view = dossiers.view()
        rows = [{"hit": h, "snippet": Markup(h.snippet_html()), "ref": _hit_ref(view, h)} for h in hits]
        return page(request, "search.html", q=q, kind=kind, hits=rows)

    async def not_found(request: Request, exc: Exception) -> Response:
        code = getattr(exc, "status_code", 500)
        if request.url.path.startswith("/api/"):
            return api.error(code, getattr(exc, "detail", "error"))
        html = templates.get_template("error.html").render(code=code, detail=getattr(exc, "detail", "error"),
                                                            request=request)
        return HTMLResponse(html, status_code=code)

    routes = [
        Route("/", story),
        Route("/article/{article_id}", article),
        Route("/item/{item_id}", item),
        Route("/fragment/item/{item_id}", fragment),
        Route("/speakers", speakers),
        Route("/speaker/{key}", speaker),
        Route("/timeline", timeline),
        Route("/map", map_page),
        Route("/search", search),
        *api.routes(dossiers, allow_ingest),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [
        Middleware(Guard, max_body=MAX_INGEST_BODY if allow_ingest else MAX_READ_BODY),
        Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOCAL_HOSTS),
    ]
    return Starlette(routes=routes, middleware=middleware, exception_handlers={HTTPException: not_found})


def _actor(view: DossierView, entity_id: str) -> Actor | None:
    return next((a for a in view.actors if a.entity["id"] == entity_id), None)


def _place(view: DossierView, entity_id: str) -> Place | None:
    return next((p for p in view.places if p.entity["id"] == entity_id), None)


def _hit_ref(view: DossierView, hit: SearchHit) -> Ref | None:
    if hit.id in view.items:
        return view.ref(view.items[hit.id][1])
    return None


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, allow_ingest: bool = False) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    hosts = None if host in ("127.0.0.1", "localhost", "::1") else (
        ["*"] if host in ("0.0.0.0", "::") else [*LOCAL_HOSTS, host])
    uvicorn.run(create_app(db_path, allow_ingest=allow_ingest, allowed_hosts=hosts), host=host, port=port,
                log_level="info", server_header=False)
