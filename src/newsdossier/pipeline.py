"""The one place where the stages are composed.

Each stage is a function ``Corpus -> Corpus`` that declares which corpus fields it reads and which it fills
in, as spaCy's pipeline components do. Data flows one way, top to bottom; :func:`check` proves at import time
that every stage finds what it requires already assigned by an earlier one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import analyse, clean, corroborate, ingest, stories
from .clean import dedupe
from .corpus import Corpus
from .extract import claims, entities, events, quotes
from .store import sync

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Corpus], Corpus]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("ingest", ingest.run, requires=("options",), assigns=("documents", "skipped")),
    Stage("clean", clean.run, requires=("documents",), assigns=("articles", "skipped")),
    # Wire copies and near-duplicates collapse into one article that lists its carriers.
    Stage("dedupe", dedupe.run, requires=("articles",), assigns=("articles",)),
    # Articles the store already holds keep their stored extractions; only new ones go further.
    Stage("recall", sync.recall, requires=("articles", "options"),
          assigns=("new_articles", "mentions", "quotes", "claims", "events", "stories")),
    Stage("analyse", analyse.run, requires=("articles", "new_articles"), assigns=("docs", "mentions")),
    Stage("quotes", quotes.run, requires=("docs", "mentions", "options"), assigns=("quotes",)),
    Stage("claims", claims.run, requires=("docs", "mentions"), assigns=("claims",)),
    Stage("events", events.run, requires=("docs",), assigns=("events",)),
    Stage("entities", entities.run, requires=("mentions", "quotes"), assigns=("entities",)),
    # Articles clustered into stories; corroboration then links items only within one story.
    Stage("stories", stories.run, requires=("articles", "entities"), assigns=("stories",)),
    Stage("corroborate", corroborate.run, requires=("articles", "quotes", "claims", "entities", "stories"),
          assigns=("groups",)),
    Stage("persist", sync.persist, requires=("articles", "entities", "groups", "stories", "options"),
          assigns=()),
)


def check(stages: Iterable[Stage] = STAGES) -> None:
    """Raise if a stage requires a field that no earlier stage assigns."""
    available = {"options"}
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} requires {missing}, which no earlier stage assigns")
        available.update(stage.assigns)


check()


def run(corpus: Corpus, stages: Iterable[Stage] = STAGES,
        progress: Callable[[str], None] | None = None) -> Corpus:
    for stage in stages:
        if progress:
            progress(stage.name)
        log.debug("stage %s", stage.name)
        corpus = stage.run(corpus)
    return corpus
