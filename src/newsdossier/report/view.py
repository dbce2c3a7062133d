"""A read model over a ``newsdossier/1`` export, shared by the static briefing and the web app.

Everything a page shows is derived here once (key facts ranked by independent outlets, conflicts, quotes by
speaker, actors, timeline, places), so the Markdown, the HTML briefing and the web pages cannot drift apart.
Every row carries :class:`Ref` links to the sentence it came from: ``anchor`` is the HTML id of that sentence
in the article text (``<article id>-<start>-<end>``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePath
from typing import Any

Item = dict[str, Any]
UNIT_LABELS = {"km2": "km²", "sq mi": "sq mi", "USD": "USD"}
ACTOR_TYPES = ("person", "organization", "group", "other")


def anchor_id(article: str, start: int, end: int) -> str:
    return f"{article}-{start}-{end}"


def squash(text: str) -> str:
    """Collapse runs of whitespace (paragraph breaks inside a quoted sentence) to one space."""
    return re.sub(r"\s+", " ", text).strip()


def format_number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_value(claim: Item) -> str:
    """``about 75%``, ``10–12 km``, ``more than 6,600 km²``: the figure as a reader would write it."""
    number = format_number(claim["value"])
    if claim.get("value_max") is not None:
        number += "–" + format_number(claim["value_max"])
    unit = claim.get("unit") or ""
    figure = f"{number}{unit}" if unit == "%" else f"{number} {UNIT_LABELS.get(unit, unit)}".strip()
    return f"{claim['hedge']} {figure}" if claim.get("hedge") else figure


_SENTENCE_END = re.compile(r"([.!?][\"'”’)]*)\s+|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``, for items (mentions) that the export gives no sentence."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    right = _SENTENCE_END.search(text, end)
    stop = right.start() + len(right.group(1) or "") if right else len(text)
    while stop > left and text[stop - 1].isspace():
        stop -= 1
    return left, max(stop, end)


@dataclass(frozen=True)
class Ref:
    """A link to the sentence that holds an item."""

    article: str
    start: int
    end: int
    outlet: str
    title: str | None
    published: str | None
    sentence: str

    @property
    def anchor(self) -> str:
        return anchor_id(self.article, self.start, self.end)

    @property
    def label(self) -> str:
        return f"{self.article} §{self.start}–{self.end}"


@dataclass
class Variant:
    """One outlet's wording of a grouped (or lone) claim or quote."""

    kind: str  # "claim" or "quote"
    item: Item
    outlet: str
    ref: Ref
    first: bool = False

    @property
    def wording(self) -> str:
        return squash(self.item["text"])

    @property
    def value(self) -> str | None:
        return format_value(self.item) if self.kind == "claim" else None


@dataclass
class Fact:
    """A claim or quote group (or a lone claim): what it says and who carries it."""

    id: str
    kind: str
    label: str
    variants: list[Variant]
    independent: int
    outlets: list[str]
    sources: list[str]
    status: str = "agree"
    note: str | None = None
    disputed_by: str | None = None  # the conflict group that sets some of these members against another figure

    @property
    def values(self) -> list[str]:
        return list(dict.fromkeys(v.value for v in self.variants if v.value))

    @property
    def first(self) -> Variant | None:
        """The earliest report: marked in a group; a lone item is its own."""
        lone = self.variants[0] if len(self.variants) == 1 else None
        return next((v for v in self.variants if v.first), lone)

    @property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(v.item.get("speaker_name") or "unattributed" for v in self.variants))


@dataclass
class Speaker:
    key: str
    name: str
    entity: Item | None
    facts: list[Fact] = field(default_factory=list)  # each: one quote and its variants across outlets

    @property
    def count(self) -> int:
        return sum(len(f.variants) for f in self.facts)

    @property
    def shared(self) -> int:
        """Quotes of this speaker that more than one article carries."""
        return sum(len(f.variants) > 1 for f in self.facts)

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(v.outlet for f in self.facts for v in f.variants))


@dataclass
class Actor:
    entity: Item
    mentions: int
    outlets: list[str]
    ref: Ref | None
    speaker: Speaker | None


@dataclass
class TimelineEntry:
    date: str | None
    date_text: str | None
    text: str
    outlet: str
    ref: Ref


@dataclass
class Place:
    entity: Item
    lat: float
    lon: float
    country: str | None
    mentions: int
    outlets: list[str]
    ref: Ref | None


class DossierView:
    def __init__(self, dossier: dict[str, Any]) -> None:
        self.dossier = dossier
        self.articles: dict[str, Item] = {a["id"]: a for a in dossier.get("articles", [])}
        self.entities: dict[str, Item] = {e["id"]: e for e in dossier.get("entities", [])}
        self.items: dict[str, tuple[str, Item]] = {}
        for kind, key in (("quote", "quotes"), ("claim", "claims"), ("event", "events")):
            for item in dossier.get(key, []):
                self.items[item["id"]] = (kind, item)
        self.groups: dict[str, Item] = {g["id"]: g for g in dossier.get("groups", [])}
        self.group_of: dict[str, Item] = {m: g for g in self.groups.values() for m in g["members"]}

    # -- provenance ---------------------------------------------------------------------------------------
    def outlet(self, article_id: str) -> str:
        article = self.articles.get(article_id, {})
        if article.get("outlet"):
            return article["outlet"]
        source = article.get("source")
        return PurePath(source).name if source else "unknown outlet"

    def source_label(self, source: str) -> str:
        """An original source as a reader should see it: an article cited as its own source (``source#segment``,
        own reporting) shows as its outlet."""
        article = self._article_keys.get(source)
        return f"{self.outlet(article)} (own reporting)" if article else source

    @cached_property
    def _article_keys(self) -> dict[str, str]:
        keys = {}
        for a in self.articles.values():
            for source in (a["source"], PurePath(a["source"]).name):
                keys[f"{source}#{a.get('segment', 0)}"] = a["id"]
        return keys

    def ref(self, item: Item) -> Ref:
        """The sentence holding ``item``: the export's, or the nearest sentence ends around the span."""
        article = self.articles.get(item["article"], {})
        text = article.get("text", "")
        span = item.get("sentence")
        start, end = (span["start"], span["end"]) if span else sentence_around(text, item["start"], item["end"])
        return Ref(item["article"], start, end, self.outlet(item["article"]), article.get("title"),
                   article.get("published"), squash(text[start:end]))

    def refs_in(self, article_id: str) -> list[Ref]:
        """Every sentence of ``article_id`` that some page links to."""
        refs = {self.ref(item) for _, item in self.items.values() if item["article"] == article_id}
        refs.update(p.ref for p in self.places if p.ref and p.ref.article == article_id)
        refs.update(a.ref for a in self.actors if a.ref and a.ref.article == article_id)
        return sorted(refs, key=lambda r: (r.start, -r.end))

    # -- facts ----------------------------------------------------------------------------------------------
    def _variant(self, kind: str, item: Item, first_article: str | None) -> Variant:
        return Variant(kind, item, self.outlet(item["article"]), self.ref(item),
                       first=first_article is not None and item["article"] == first_article)

    def _fact(self, group: Item) -> Fact:
        members = [self.items[m] for m in group["members"] if m in self.items]
        variants = [self._variant(kind, item, group.get("first")) for kind, item in members]
        seen_first = False
        for v in variants:  # one first report per group, even when that article holds two members
            v.first, seen_first = v.first and not seen_first, seen_first or v.first
        variants.sort(key=lambda v: (not v.first, v.ref.published or "9999", v.outlet))
        # Outlets as the variants name them (an article with no outlet is named by its file, not lumped
        # with every other such article).
        outlets = list(dict.fromkeys(v.outlet for v in variants))
        label = group.get("label") or next(
            (item.get("measure") for _, item in members if item.get("measure")), None) or (
            variants[0].wording if variants else group["id"])
        return Fact(group["id"], group["kind"], label, variants,
                    group.get("independent_sources") or len(outlets), outlets,
                    [self.source_label(x) for x in group.get("sources") or []], group.get("status", "agree"),
                    group.get("note"))

    def _lone(self, kind: str, item: Item) -> Fact:
        variant = self._variant(kind, item, None)  # no "first report" badge where there is no second
        label = item.get("measure") or variant.wording
        sources = [item["attributed_to"]] if item.get("attributed_to") else []
        return Fact(item["id"], kind, label, [variant], 1, [variant.outlet], sources)

    @cached_property
    def group_facts(self) -> dict[str, Fact]:
        facts = {gid: self._fact(g) for gid, g in self.groups.items()}
        conflicts = [(f.id, {v.item["id"] for v in f.variants}) for f in facts.values() if f.status == "conflict"]
        for fact in facts.values():
            members = {v.item["id"] for v in fact.variants}
            fact.disputed_by = next((cid for cid, held in conflicts if cid != fact.id and members & held), None)
        return facts

    @cached_property
    def key_facts(self) -> list[Fact]:
        """Claim groups, and quote groups carried by two outlets or more, most independent outlets first."""
        facts = [f for f in self.group_facts.values() if f.kind == "claim" or len(f.outlets) >= 2]
        return sorted(facts, key=lambda f: (-f.independent, -len(f.outlets), f.kind != "claim", f.label))

    @cached_property
    def lone_claims(self) -> list[Fact]:
        lone = [self._lone("claim", item) for kind, item in self.items.values()
                if kind == "claim" and item["id"] not in self.group_of]
        return sorted(lone, key=lambda f: (f.variants[0].outlet, f.variants[0].ref.start))

    @cached_property
    def conflicts(self) -> list[Fact]:
        return [f for f in self.key_facts if f.status == "conflict"]

    def fact_for(self, item_id: str) -> Fact | None:
        """The group an item belongs to, or the item alone."""
        if item_id in self.group_of:
            return self.group_facts[self.group_of[item_id]["id"]]
        if item_id in self.items:
            kind, item = self.items[item_id]
            return self._lone(kind, item)
        return None

    # -- people and places ------------------------------------------------------------------------------
    @staticmethod
    def speaker_key(quote: Item) -> str:
        if quote.get("speaker"):
            return quote["speaker"]
        name = quote.get("speaker_name") or ""
        return "s-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]

    @cached_property
    def _nested_quotes(self) -> set[str]:
        """Ungrouped quotes inside a longer quote of the same speaker ("'never leave'" within "Ukraine would
        'never leave' the Donbas"): the longer one already shows their words."""
        by_place: dict[tuple[str, str], list[Item]] = {}
        for kind, quote in self.items.values():
            if kind == "quote":
                by_place.setdefault((quote["article"], self.speaker_key(quote)), []).append(quote)
        nested = set()
        for quotes in by_place.values():
            for q in quotes:
                if q["id"] not in self.group_of and any(
                        o is not q and o["start"] <= q["start"] and q["end"] <= o["end"]
                        and o["end"] - o["start"] > q["end"] - q["start"] for o in quotes):
                    nested.add(q["id"])
        return nested

    @cached_property
    def speakers(self) -> dict[str, Speaker]:
        by_key: dict[str, Speaker] = {}
        seen_groups: set[str] = set()
        for kind, quote in self.items.values():
            if kind != "quote" or quote["id"] in self._nested_quotes:
                continue
            key = self.speaker_key(quote)
            entity = self.entities.get(quote.get("speaker") or "")
            name = (entity or {}).get("name") or quote.get("speaker_name") or "Unattributed"
            speaker = by_key.setdefault(key, Speaker(key, name, entity))
            group = self.group_of.get(quote["id"])
            if group is None:
                speaker.facts.append(self._lone("quote", quote))
            elif (key, group["id"]) not in seen_groups:
                seen_groups.add((key, group["id"]))
                fact = self.group_facts[group["id"]]
                # A group may hold variants that outlets gave to different speakers: keep this speaker's.
                own = [v for v in fact.variants if self.speaker_key(v.item) == key]
                speaker.facts.append(Fact(fact.id, "quote", fact.label, own, fact.independent, fact.outlets,
                                          fact.sources, fact.status, fact.note))
        for speaker in by_key.values():
            speaker.facts.sort(key=lambda f: (-len(f.variants), f.variants[0].ref.published or "9999"))
        return dict(sorted(by_key.items(), key=lambda kv: (kv[1].name == "Unattributed", -kv[1].count)))

    def _mention_stats(self, entity: Item) -> tuple[int, list[str], Ref | None]:
        mentions = entity.get("mentions", [])
        outlets = Counter(self.outlet(m["article"]) for m in mentions)
        first = min(mentions, key=lambda m: (self.articles.get(m["article"], {}).get("published") or "9999",
                                              m["article"], m["start"]), default=None)
        return len(mentions), [o for o, _ in outlets.most_common()], (
            self.ref(first) if first else None)

    @cached_property
    def actors(self) -> list[Actor]:
        actors = []
        for entity in self.entities.values():
            if entity.get("type") not in ACTOR_TYPES:
                continue
            count, outlets, ref = self._mention_stats(entity)
            actors.append(Actor(entity, count, outlets, ref, self.speakers.get(entity["id"])))
        actors.sort(key=lambda a: (-(a.mentions + (a.speaker.count if a.speaker else 0)), a.entity["name"]))
        return actors

    @cached_property
    def places(self) -> list[Place]:
        places = []
        for entity in self.entities.values():
            geo = entity.get("geo")
            if not geo or geo.get("lat") is None or geo.get("lon") is None:
                continue
            count, outlets, ref = self._mention_stats(entity)
            places.append(Place(entity, float(geo["lat"]), float(geo["lon"]), geo.get("country"), count,
                                outlets, ref))
        places.sort(key=lambda p: (-p.mentions, p.entity["name"]))
        return places

    # -- time ----------------------------------------------------------------------------------------------
    @cached_property
    def timeline(self) -> list[TimelineEntry]:
        entries = [TimelineEntry(item.get("date"), item.get("date_text"), squash(item["text"]),
                                 self.outlet(item["article"]), self.ref(item))
                   for kind, item in self.items.values() if kind == "event"]
        return sorted(entries, key=lambda e: (e.date is None, e.date or "", e.outlet, e.ref.start))

    @cached_property
    def timeline_by_date(self) -> list[tuple[str, list[TimelineEntry]]]:
        days: dict[str, list[TimelineEntry]] = defaultdict(list)
        for entry in self.timeline:
            days[entry.date or "undated"].append(entry)
        return list(days.items())

    # -- the corpus ----------------------------------------------------------------------------------------
    @cached_property
    def article_list(self) -> list[Item]:
        return sorted(self.articles.values(),
                      key=lambda a: (a.get("published") or "9999", self.outlet(a["id"]), a.get("segment", 0)))

    @cached_property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(self.outlet(a["id"]) for a in self.article_list))

    @cached_property
    def date_range(self) -> tuple[str, str] | None:
        dates = sorted(a["published"] for a in self.articles.values() if a.get("published"))
        return (dates[0], dates[-1]) if dates else None

    @property
    def skipped(self) -> list[Item]:
        return list(self.dossier.get("skipped") or [])

    def title(self) -> str:
        story = self.dossier.get("story")
        if isinstance(story, dict) and story.get("title"):
            return str(story["title"])
        names = [a.entity["name"] for a in self.actors[:3]]
        return "Dossier: " + ", ".join(names) if names else "Dossier"
