"""The ``newsdossier/1`` export (../shared/contract): a store or a corpus as one JSON-ready dict.

Beyond the contract's required fields it adds (the contract allows adding, never renaming): ``articles[]``
``language`` and ``carriers``; ``quotes[]`` ``negated``, ``sentence``, ``cue_span``, ``speaker_mention``;
``claims[]`` ``value_max``, ``sentence``; ``events[]`` ``date_text``; ``entities[].geo.country``; ``groups[]``
``label``, ``independent_sources``, ``sources``, ``note``; a top-level ``skipped``; and the stories the
articles are clustered into: a top-level ``stories`` (``id``, ``title``, ``articles``) and
``articles[].story``.

Order is a function of the content alone (articles by source then segment, items by article then offset), so
rebuilding the same input writes byte-identical JSON.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..corpus import Corpus
from ..model import Article, Claim, Entity, Event, Group, Quote, Span, Story
from .core import Store

log = logging.getLogger(__name__)

SCHEMA = "newsdossier/1"
_ARTICLE_FIELDS = {f.name for f in dataclasses.fields(Article)}

S = TypeVar("S", bound=Span)


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def _span(span: Span) -> dict[str, Any]:
    return {"article": span.article, "start": span.start, "end": span.end, "text": span.text}


def _nested(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else _span(span)


def _bounds(span: Span | None) -> dict[str, int] | None:
    return None if span is None else {"start": span.start, "end": span.end}


def _article(a: Article, story: str | None) -> dict[str, Any]:
    data: dict[str, Any] = {"id": a.id, "source": a.source, "segment": a.segment, "outlet": a.outlet,
                            "title": a.title, "author": a.author, "published": a.published, "url": a.url,
                            "text": a.text, "language": a.language, "story": story}
    if "carriers" in _ARTICLE_FIELDS:  # wire copies collapsed into this article, where the model records them
        data["carriers"] = getattr(a, "carriers", None)
    return data


def _quote(q: Quote) -> dict[str, Any]:
    return {"id": q.id, **_span(q), "kind": q.kind, "speaker": q.speaker, "speaker_name": q.speaker_name,
            "cue": q.cue, "negated": q.negated, "cue_span": _nested(q.cue_span),
            "speaker_mention": _nested(q.speaker_mention), "sentence": _bounds(q.sentence)}


def _claim(c: Claim) -> dict[str, Any]:
    return {"id": c.id, **_span(c), "value": _number(c.value), "unit": c.unit, "hedge": c.hedge,
            "measure": c.measure, "attributed_to": c.attributed_to,
            "value_max": None if c.value_max is None else _number(c.value_max),
            "sentence": _bounds(c.sentence)}


def _event(e: Event) -> dict[str, Any]:
    return {"id": e.id, **_span(e), "date": e.date, "date_text": e.date_text}


def _group(g: Group) -> dict[str, Any]:
    return {"id": g.id, "kind": g.kind, "members": list(g.members), "outlets": list(g.outlets),
            "first": g.first, "status": g.status, "label": g.label,
            "independent_sources": g.independent_sources, "sources": list(g.sources), "note": g.note}


class _Order:
    """Positions of articles in export order, and the checks that keep broken provenance out of the file."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.texts = {a.id: a.text for a in articles}
        self.rank = {a.id: i for i, a in enumerate(articles)}

    def key(self, span: Span) -> tuple[int, int, int]:
        return self.rank[span.article], span.start, span.end

    def valid(self, span: Span, what: str) -> bool:
        text = self.texts.get(span.article)
        if text is None or text[span.start:span.end] != span.text or not 0 <= span.start <= span.end:
            log.warning("%s %r does not match its article's text at %d:%d; left out of the export", what,
                        span.text[:40], span.start, span.end)
            return False
        return True

    def items(self, records: Iterable[S], what: str) -> list[S]:
        kept = [r for r in records if self.valid(r, what)]
        return sorted(kept, key=lambda r: (*self.key(r), getattr(r, "id", "")))


def _finite(claims: Iterable[Claim]) -> list[Claim]:
    kept = []
    for c in claims:
        if all(v is None or math.isfinite(v) for v in (c.value, c.value_max)):
            kept.append(c)
        else:
            log.warning("claim %s has a non-finite value; left out of the export", c.id)
    return kept


def _entities(entities: Iterable[Entity], order: _Order) -> list[dict[str, Any]]:
    """Entities in order of first mention (those without valid mentions last), each mention in text order."""
    keyed = []
    for e in entities:
        mentions = order.items(e.mentions, "mention")
        geo = None if e.geo is None else {"lat": e.geo.lat, "lon": e.geo.lon, "country": e.geo.country}
        first = (0, *order.key(mentions[0])) if mentions else (1, 0, 0, 0)
        keyed.append(((first, e.name, e.id), {"id": e.id, "name": e.name, "type": e.type,
                                              "aliases": list(e.aliases), "geo": geo,
                                              "mentions": [_span(m) for m in mentions]}))
    return [data for _, data in sorted(keyed, key=lambda pair: pair[0])]


def _groups(groups: Iterable[Group], position: dict[str, tuple[int, ...]]) -> list[dict[str, Any]]:
    """Groups ordered by their earliest member, holding only exported members; members keep the
    corroboration stage's order (``outlets`` may align with them)."""
    far = (2, 0, 0, 0)
    keyed = []
    for g in groups:
        data = _group(g)
        keep = [m in position for m in g.members]
        if not all(keep):
            if len(g.outlets) == len(g.members):
                data["outlets"] = [o for o, k in zip(g.outlets, keep, strict=True) if k]
            data["members"] = [m for m, k in zip(g.members, keep, strict=True) if k]
            if len(data["members"]) < 2:
                log.warning("group %s has fewer than two exported members; left out of the export", g.id)
                continue
        keyed.append(((min(position.get(m, far) for m in data["members"]), g.id), data))
    return [data for _, data in sorted(keyed, key=lambda pair: pair[0])]


def _stories(stories: Iterable[Story], order: _Order) -> list[dict[str, Any]]:
    """Stories in the stories stage's order (first report first), holding only exported articles."""
    kept = ((s, [a for a in s.articles if a in order.rank]) for s in stories)
    return [{"id": s.id, "title": s.title, "articles": articles} for s, articles in kept if articles]


def export(source: Store | Corpus) -> dict[str, Any]:
    """The dossier in the ``newsdossier/1`` format, from a store or straight from a corpus."""
    if isinstance(source, Corpus):
        articles, quotes, claims, events = source.articles, source.quotes, source.claims, source.events
        entities, groups, skipped, stories = source.entities, source.groups, source.skipped, source.stories
    else:
        articles, quotes = source.load_articles(), source.load_quotes()
        claims, events = source.load_claims(), source.load_events()
        entities, groups, skipped = source.load_entities(), source.load_groups(), source.load_skips()
        stories = source.load_stories()
    articles = sorted({a.id: a for a in articles}.values(), key=lambda a: (a.source, a.segment, a.id))
    order = _Order(articles)
    quotes = order.items(quotes, "quote")
    claims = order.items(_finite(claims), "claim")
    events = order.items(events, "event")
    position: dict[str, tuple[int, ...]] = {c.id: (0, *order.key(c)) for c in claims}
    position.update((q.id, (1, *order.key(q))) for q in quotes)
    story_of = {aid: s.id for s in stories for aid in s.articles if aid in order.rank}
    return {
        "schema": SCHEMA,
        "articles": [_article(a, story_of.get(a.id)) for a in articles],
        "entities": _entities(entities, order),
        "quotes": [_quote(q) for q in quotes],
        "claims": [_claim(c) for c in claims],
        "events": [_event(e) for e in events],
        "groups": _groups(groups, position),
        "skipped": [{"source": src, "reason": why}
                    for src, why in sorted({(s.source, s.reason) for s in skipped})],
        "stories": _stories(stories, order),
    }


def dumps(data: dict[str, Any]) -> str:
    """JSON with one top-level field, or one item of a top-level list, per line: readable and diffable, and
    written by the C encoder (``indent`` would fall back to the pure-Python one, ~4x slower)."""

    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    fields = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            items = ",\n    ".join(one(item) for item in value)
            fields.append(f"  {one(key)}: [\n    {items}\n  ]")
        else:
            fields.append(f"  {one(key)}: {one(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


def write_json(data: dict[str, Any], path: str | os.PathLike[str]) -> Path:
    """Write ``data`` as UTF-8 JSON (see :func:`dumps`), atomically: readers never see a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
