"""The state the pipeline stages read and fill in: one :class:`Corpus` per run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import Article, Claim, Entity, Event, Group, Mention, Quote, RawDocument, Skip, Story

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Corpus:
    documents: list[RawDocument] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    # Per-article analysis, keyed by article id; only for articles processed in this run.
    docs: dict[str, Doc] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    # Articles clustered into news stories; recalled from the store first, so stored ids carry over.
    stories: list[Story] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    # Ids of articles that are new in this run; stages with per-article work only touch these.
    new_articles: set[str] = field(default_factory=set)
    options: dict[str, Any] = field(default_factory=dict)

    def fresh(self) -> list[Article]:
        """Articles that this run still has to analyse and extract from."""
        return [a for a in self.articles if a.id in self.new_articles]
