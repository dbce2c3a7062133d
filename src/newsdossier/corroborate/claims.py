"""Claim corroboration: the same figure across outlets, whom it rests on, and where figures disagree.

Two claims corroborate each other when their measures match (same kind of measure; subject and object equal
where both name them) in the same unit, and their values are compatible once hedges and rounding are read as
intervals ("about 75 per cent" ~ "75%" ~ "three-quarters"; "6,600" may be rounded to the nearest 100).
Clusters are complete-link: every member is compatible with every other, so open intervals cannot chain.

A group counts its independent sources: members that cite one original source ("according to Reuters") count
once however many outlets repeat it; members that cite nobody count by outlet. Values that cannot both hold
are a conflict: the same measure with incompatible values, or complementary shares of one thing held by
different parties summing beyond 100 % (75 % held by Russia vs the remaining 30 % Kyiv controls). The same
measure reported with different values on different known dates is an update, not a conflict.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import PurePath

from ..extract.numbers import BELOW_NEAR, LOWER_BOUND, UPPER_BOUND
from ..model import Article, Claim, Entity, Group

_MEASURE = re.compile(r"^(?P<head>.+?)(?: of (?P<obj>.+?))?(?: held by (?P<holder>.+))?$")
_APPROX = 0.05  # relative slack of "about", "roughly", "approximately"…
_NEAR = 0.15  # how far below "nearly 80" or above "just over 80" may lie
_FILLER = frozenset("of in on at from for and".split())
# Words that tell how a source is named, not which source it is ("the county civil protection office").
_SOURCE_FILLER = frozenset(("the a an county state national federal local regional office officials "
                            "official spokesman spokeswoman spokesperson department agency ministry service "
                            "authorities authority s").split())


@dataclass(frozen=True, slots=True)
class Measure:
    head: str
    obj: str | None
    holder: str | None

    @classmethod
    def parse(cls, text: str | None) -> Measure:
        norm = re.sub(r"\s+", " ", re.sub(r"\b(?:the|a|an)\b", " ", (text or "").lower())).strip()
        m = _MEASURE.match(norm)
        assert m is not None  # the pattern accepts any string
        return cls(m.group("head"), m.group("obj"), m.group("holder"))

    def matches(self, other: Measure) -> bool:
        """Same measure, allowing one side to leave out the object or the holder (but not both), or to name
        it more fully ("water in reservoir" ~ "reservoir")."""
        if self.head != other.head:
            return False
        shared = 0
        for mine, theirs in ((self.obj, other.obj), (self.holder, other.holder)):
            if mine and theirs:
                if not _same_part(mine, theirs):
                    return False
                shared += 1
        if shared > 0 or (self.obj, self.holder) == (other.obj, other.holder):
            return True
        # "distance from river" ~ "distance from river of water": one side only says less (not for shares
        # and areas, whose object is the whole point)
        bare = (self.obj, self.holder) == (None, None) or (other.obj, other.holder) == (None, None)
        return bare and self.holder == other.holder and self.head not in ("share", "area")

    @property
    def complete(self) -> bool:
        """Specific enough for a conflict: it names an object or holder, or an action ("homes flooded")."""
        return self.obj is not None or self.holder is not None or " " in self.head


def _words(text: str) -> set[str]:
    return set(text.split()) - _FILLER


def _same_part(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return a == b or bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _remaining(claim: Claim) -> bool:
    """'the remaining 30%': the rest of a whole, complementary to the other shares of it."""
    sentence = claim.sentence
    if sentence is None or not sentence.start <= claim.start <= sentence.end:
        return False
    return bool(re.search(r"\bremaining\s+$", sentence.text[:claim.start - sentence.start], re.IGNORECASE))


def _rounding(value: float) -> float:
    """How far a figure may lie from what it was rounded from: half its last decimal place (22.4 -> 0.05),
    half of its trailing zeros' place but at most 2.5 % (6600 -> 50, 80 -> 2), else 0.5."""
    if not math.isfinite(value):
        return 0.5
    text = f"{abs(value):.6f}".rstrip("0")
    if not text.endswith("."):
        return 0.5 * 10 ** -len(text.split(".")[1])
    digits = text[:-1]
    zeros = len(digits) - len(digits.rstrip("0")) if digits != "0" else 0
    return max(0.5, min(0.5 * 10 ** zeros, 0.025 * abs(value)))


def interval(claim: Claim) -> tuple[float, float]:
    """The values a claim allows, read from its hedge, range and rounding."""
    value, top = claim.value, claim.value_max if claim.value_max is not None else claim.value
    slack = _rounding(value)
    hedge = claim.hedge or ""
    if hedge in LOWER_BOUND:
        return value, value * (1 + _NEAR) if hedge == "just over" else math.inf
    if hedge in UPPER_BOUND:
        return (value * (1 - _NEAR) if hedge == "just under" else 0.0), top
    if hedge in BELOW_NEAR:
        return value * (1 - _NEAR), value
    if hedge:
        slack = max(slack, abs(value) * _APPROX)
    return value - slack, top + slack


def compatible(a: Claim, b: Claim) -> bool:
    lo_a, hi_a = interval(a)
    lo_b, hi_b = interval(b)
    return a.unit == b.unit and lo_a <= hi_b and lo_b <= hi_a


def _least(claim: Claim) -> float:
    """The least share a claim asserts, for the 100 % test (no slack: "about 75" still asserts 75)."""
    if claim.hedge in UPPER_BOUND:
        return 0.0
    return claim.value * (1 - _NEAR if claim.hedge in BELOW_NEAR else 1)


class _Context:
    def __init__(self, articles: Sequence[Article], entities: Sequence[Entity] = ()) -> None:
        self.articles = {a.id: a for a in articles}
        self.order = {a.id: i for i, a in enumerate(articles)}
        # Every name and alias of an entity reads as its canonical name ("Beketova" -> "Elina Beketova").
        self.names = {alias.lower(): e.name for e in entities for alias in (e.name, *e.aliases)}

    def source(self, name: str) -> str:
        bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
        return self.names.get(name.lower()) or self.names.get(bare.lower()) or name

    def date(self, claim: Claim) -> str | None:
        article = self.articles.get(claim.article)
        return article.published if article else None

    def first(self, members: Sequence[Claim]) -> str | None:
        dated = [c for c in members if self.date(c)]
        pool = dated or list(members)
        best = min(pool, key=lambda c: (self.date(c) or "", self.order.get(c.article, math.inf)))
        return best.article

    def outlet(self, claim: Claim) -> str | None:
        article = self.articles.get(claim.article)
        return article.outlet if article else None

    def origin(self, claim: Claim) -> str:
        """The original source a claim rests on: whom it cites, else the outlet (else the input) itself."""
        if claim.attributed_to:
            return self.source(claim.attributed_to)
        article = self.articles.get(claim.article)
        if article is None:
            return claim.article
        return article.outlet or f"{PurePath(article.source).name}#{article.segment}"

    def group(self, members: Sequence[Claim], label: str | None, status: str = "agree",
              note: str | None = None) -> Group:
        members = sorted(members, key=lambda c: (self.order.get(c.article, math.inf), c.start))
        outlets = list(dict.fromkeys(self.outlet(c) for c in members))
        origins = {c.id: self.origin(c) for c in members}
        # A member citing another member's outlet rests on what that outlet rests on (a report of a report).
        by_outlet = {_source_key(self.outlet(c) or ""): origins[c.id] for c in members if self.outlet(c)}
        for c in members:
            cited = by_outlet.get(_source_key(origins[c.id]))
            if cited is not None and _source_key(cited) != _source_key(self.outlet(c) or ""):
                origins[c.id] = cited
        sources = _merge_sources(_merge_surnames(list(dict.fromkeys(origins.values()))))
        return Group("claim", [c.id for c in members], outlets, self.first(members),
                     status,  # type: ignore[arg-type]
                     label=label, independent_sources=len(sources), sources=sources, note=note)


def _source_key(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", name.lower())) - _SOURCE_FILLER


def _merge_sources(names: list[str]) -> list[str]:
    """One name per source: 'the civil protection office' = 'civil protection officials' (first kept)."""
    kept: list[str] = []
    for name in names:
        key = _source_key(name)
        if not any(key and (key <= _source_key(k) or _source_key(k) <= key) for k in kept):
            kept.append(name)
    return kept


def _merge_surnames(names: list[str]) -> list[str]:
    """Drop a one-word name that is the last word of a fuller one in the same list ("Beketova")."""
    full = [n for n in names if " " in n]
    return [n for n in names if " " in n or not any(f.split()[-1] == n for f in full)]


def _figure(claims: Sequence[Claim]) -> str:
    values = sorted({(c.value, c.value_max) for c in claims})
    unit = claims[0].unit
    shown = ", ".join(f"{v:g}" + (f"-{m:g}" if m is not None else "") for v, m in values)
    return f"{shown}{'' if unit in ('%', '') else ' '}{unit}"


def group_claims(claims: Sequence[Claim], articles: Sequence[Article],
                 entities: Sequence[Entity] = ()) -> list[Group]:
    """Agree groups of the same figure across articles, then conflicts and updates between them.

    ``entities`` (optional) canonicalise the cited sources, so one person under two names counts once."""
    ctx = _Context(articles, entities)
    ordered = sorted(claims, key=lambda c: (ctx.order.get(c.article, math.inf), c.start))
    measures = {c.id: Measure.parse(c.measure) for c in ordered}
    clusters: list[list[Claim]] = []
    for claim in ordered:
        if not claim.measure:
            continue
        for cluster in clusters:
            if all(measures[claim.id].matches(measures[o.id]) and compatible(claim, o) for o in cluster):
                cluster.append(claim)
                break
        else:
            clusters.append([claim])

    groups = [ctx.group(cluster, cluster[0].measure) for cluster in clusters
              if len({c.article for c in cluster}) > 1]
    for a, b in combinations(clusters, 2):
        ma, mb = measures[a[0].id], measures[b[0].id]
        if a[0].unit != b[0].unit or not (ma.complete and mb.complete):
            continue
        if ma == mb:
            dates_a, dates_b = {ctx.date(c) for c in a}, {ctx.date(c) for c in b}
            if None not in dates_a | dates_b and not dates_a & dates_b:
                earlier, later = (a, b) if max(dates_a) <= min(dates_b) else (b, a)
                groups.append(ctx.group([*a, *b], a[0].measure, note=(
                    f"update: {_figure(earlier)} ({min(dates_a | dates_b)}) then {_figure(later)} "
                    f"({max(dates_a | dates_b)})")))
            else:
                groups.append(ctx.group([*a, *b], a[0].measure, "conflict", note=(
                    f"{a[0].measure}: {_figure(a)} vs {_figure(b)}")))
        elif (a[0].unit == "%" and ma.head == mb.head == "share" and ma.obj and mb.obj
              and _same_part(ma.obj, mb.obj) and (ma.holder and mb.holder and ma.holder != mb.holder
                                                  or _remaining(a[0]) != _remaining(b[0]))):
            total = max(_least(c) for c in a) + max(_least(c) for c in b)
            if total > 100:
                groups.append(ctx.group([*a, *b], f"{a[0].measure} / {b[0].measure}", "conflict", note=(
                    f"complementary shares exceed 100%: {a[0].measure} {_figure(a)} + {b[0].measure} "
                    f"{_figure(b)} = {total:g}%")))
    return groups
