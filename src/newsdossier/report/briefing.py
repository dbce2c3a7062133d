"""The briefing: ``briefing.md`` and a self-contained ``briefing.html`` rendered from the export.

Both lead with the key facts (groups ranked by independent outlets), then disagreements, quotes by speaker,
actors, timeline and places, and every row cites its sentence. The HTML file holds its stylesheet, scripts,
basemap and the article texts, so it works offline from ``file://``; a Content-Security-Policy with the
hashes of its own scripts stops anything else from running even if escaping were ever missed.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from . import geo
from .segments import Mark, runs
from .view import DossierView, Ref

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")


class MdRaw(str):
    """Markdown the renderer wrote itself (citations), passed through unescaped."""


def md_escape(value: Any) -> str:
    """Article-derived text made inert in Markdown: no raw HTML, no emphasis, links or table breaks."""
    if value is None:
        return ""
    if isinstance(value, MdRaw):
        return value
    text = re.sub(r"\s+", " ", str(value))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


@dataclass
class Note:
    number: int
    ref: Ref


class Notes:
    """Footnotes for the Markdown briefing, one per cited sentence, numbered in order of first citation."""

    def __init__(self) -> None:
        self._notes: dict[str, Note] = {}

    def cite(self, ref: Ref) -> MdRaw:
        note = self._notes.setdefault(ref.anchor, Note(len(self._notes) + 1, ref))
        return MdRaw(f"\\[{md_escape(ref.label)}\\][^{note.number}]")

    def all(self) -> list[Note]:
        return list(self._notes.values())


def _env(autoescape: bool) -> Environment:
    env = Environment(loader=PackageLoader("newsdossier.report", "templates"), autoescape=autoescape,
                      keep_trailing_newline=True, finalize=None if autoescape else md_escape)
    env.filters["raw"] = MdRaw  # a macro's output is Markdown the template wrote: not escaped again
    return env


def render_markdown(view: DossierView) -> str:
    notes = Notes()
    text = _env(autoescape=False).get_template("briefing.md").render(view=view, cite=notes.cite, notes=notes)
    return re.sub(r"\n{3,}", "\n\n", text)


def article_runs(view: DossierView, article_id: str, entities: bool = False) -> list:
    """The article's text cut into runs: quotes and figures marked, every cited sentence an anchor."""
    article = view.articles[article_id]
    marks = [Mark(item["start"], item["end"], "q" if kind == "quote" else "c", item["id"])
             for kind, item in view.items.values() if item["article"] == article_id and kind != "event"]
    if entities:
        marks += [Mark(m["start"], m["end"], "e", entity["id"]) for entity in view.entities.values()
                  for m in entity.get("mentions", []) if m["article"] == article_id]
    anchors = [(r.start, r.end, r.anchor) for r in view.refs_in(article_id)]
    return runs(article["text"], marks, anchors)


WORLD_BOX = (-180.0, -58.0, 180.0, 84.0)  # without Antarctica


def map_data(view: DossierView) -> dict[str, Any] | None:
    """Places plus two basemaps: the countries around the story's main cluster, and the world's land."""
    if not view.places:
        return None
    places = [{"id": p.entity["id"], "name": p.entity["name"], "lat": p.lat, "lon": p.lon,
               "country": p.country, "mentions": p.mentions} for p in view.places]
    box = geo.region(geo.focus([(p.lat, p.lon, p.mentions) for p in view.places]))
    return {"places": places, "focus": geo.crop(geo.world(), box), "world": geo.crop(geo.land(), WORLD_BOX)}


def _inline_script(source: str) -> Markup:
    # A literal "</script" inside inline code would end the element early.
    return Markup(re.sub(r"</(script)", r"<\\/\1", source, flags=re.IGNORECASE))


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_html(view: DossierView) -> str:
    scripts = [_inline_script(geo.static_file("dossier.js"))]
    if view.places:
        scripts.insert(0, _inline_script(geo.static_file("vendor/topojson-client/topojson-client.min.js")))
    policy = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src "
              + " ".join(_csp_hash(str(s)) for s in scripts))
    return _env(autoescape=True).get_template("briefing.html").render(
        view=view, css=Markup(geo.static_file("dossier.css")), csp=policy, href=lambda ref: "#" + ref.anchor,
        speaker_href=lambda key: f"#speaker-{key}", runs={a: article_runs(view, a) for a in view.articles},
        map_data=map_data(view), topojson_js=scripts[0] if view.places else "",
        dossier_js=scripts[-1])


def write_briefing(dossier: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    """Write ``briefing.md`` and ``briefing.html`` for an export into ``out_dir``; return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    view = DossierView(dossier)
    md_path, html_path = out_dir / "briefing.md", out_dir / "briefing.html"
    md_path.write_text(render_markdown(view), encoding="utf-8")
    html_path.write_text(render_html(view), encoding="utf-8")
    return md_path, html_path
