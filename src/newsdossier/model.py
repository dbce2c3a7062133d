"""Typed records that flow through the pipeline.

Every extracted item is a :class:`Span` into its article's ``text`` (code-point offsets, end exclusive), so
``article.text[item.start:item.end] == item.text`` always holds. Ids are content hashes, stable across rebuilds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

EntityType = Literal["person", "organization", "place", "group", "other"]
QuoteKind = Literal["direct", "partial", "indirect"]
GroupKind = Literal["claim", "quote"]
GroupStatus = Literal["agree", "conflict"]
MediaType = Literal["text", "html"]


def stable_id(prefix: str, *parts: object) -> str:
    """An id that depends only on ``parts``: the same input gives the same id on every rebuild."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:16]}"


@dataclass(slots=True)
class RawDocument:
    """One input as read from disk or the network, before cleaning."""

    source: str  # the input as the user gave it (path or URL)
    content: str  # decoded text (HTML markup still present when media_type == "html")
    media_type: MediaType
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # hints from the transport (HTTP headers, feed item…)


@dataclass(slots=True)
class Skip:
    """An input (or part of one) that could not be used, with a one-line reason."""

    source: str
    reason: str


@dataclass(slots=True)
class Article:
    source: str
    segment: int  # index of this article among those cut from one input, 0 first
    text: str
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None
    language: str | None = "en"
    id: str = ""
    # Other outlets (or sources, when the outlet is unknown) that ran this same story text: wire copies and
    # near-duplicates collapsed into this article by clean.dedupe; together they count as one source.
    carriers: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Keyed on the text alone: the same article read twice (another path, a rebuild) is the same article.
        if not self.id:
            self.id = stable_id("a", self.text)


@dataclass(slots=True)
class Span:
    article: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention(Span):
    """A name or description of an entity in one article."""

    label: EntityType = "other"
    entity: str | None = None  # entity id, set by the entities stage


@dataclass(slots=True)
class Geo:
    lat: float
    lon: float
    country: str | None = None
    geonameid: int | None = None


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    geo: Geo | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Quote(Span):
    kind: QuoteKind = "direct"
    speaker: str | None = None  # entity id
    speaker_name: str | None = None
    cue: str | None = None
    # The cue verb is negated ("did not say", "has never endorsed"): the text is what the speaker is reported
    # not to have said or held, so it corroborates nothing.
    negated: bool = False
    # Where the speaker is named in the text (the antecedent when the cue's subject is a pronoun); the
    # entities stage uses it to link ``speaker``.
    speaker_mention: Span | None = None
    cue_span: Span | None = None
    sentence: Span | None = None  # the sentence(s) the briefing links to
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = stable_id("q", self.article, self.start, self.end)


@dataclass(slots=True)
class Claim(Span):
    value: float = 0.0
    unit: str = ""
    hedge: str | None = None
    measure: str | None = None
    attributed_to: str | None = None
    value_max: float | None = None  # upper bound of a range ("10-12 km")
    sentence: Span | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = stable_id("c", self.article, self.start, self.end)


@dataclass(slots=True)
class Event(Span):
    date: str | None = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    date_text: str | None = None  # the words the date was read from ("on Friday")
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = stable_id("v", self.article, self.start, self.end)


@dataclass(slots=True)
class Group:
    kind: GroupKind
    members: list[str]
    outlets: list[str | None]
    first: str | None  # article id of the earliest report
    status: GroupStatus = "agree"
    label: str | None = None  # what the members share: a measure or the quote's words
    independent_sources: int = 0  # outlets, less those that only repeat one original source
    sources: list[str] = field(default_factory=list)  # original sources the members cite
    note: str | None = None  # why the status is conflict
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = stable_id("g", self.kind, *sorted(self.members))


@dataclass(slots=True)
class Story:
    """Articles about one news story. ``id`` stays the same as the story grows (see ``stories``), so it is
    not a hash of ``articles``."""

    id: str
    title: str  # a label: the entities most of its articles name, or its first report's title
    articles: list[str] = field(default_factory=list)  # article ids, first report first
