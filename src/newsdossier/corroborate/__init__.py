"""Corroborate: link the same claim or quote across articles, count independent sources, mark conflicts."""

from __future__ import annotations

import logging

from ..corpus import Corpus
from ..model import Article
from .claims import group_claims

log = logging.getLogger(__name__)


def run(corpus: Corpus) -> Corpus:
    """Recompute every group over the whole corpus (old articles included), so rebuilds converge."""
    groups = []
    try:
        from .quotes import group_quotes  # helper module for quotes; the claims half works without it
    except ImportError:
        log.debug("corroborate: no quote grouping available")
        group_quotes = None  # type: ignore[assignment]
    # Items are grouped only within one story (helper I); no stories: the corpus is one story.
    for articles in _story_articles(corpus):
        ids = {a.id for a in articles}
        quotes = [q for q in corpus.quotes if q.article in ids]
        claims = [c for c in corpus.claims if c.article in ids]
        if group_quotes is not None:
            groups.extend(group_quotes(quotes, articles))
        groups.extend(group_claims(claims, articles, corpus.entities))
    corpus.groups = groups
    return corpus


# --- stories (helper I)
def _story_articles(corpus: Corpus) -> list[list[Article]]:
    """The corpus's articles (in corpus order) story by story; articles in no story form one more."""
    story = {aid: n for n, s in enumerate(corpus.stories) for aid in s.articles}
    parts: dict[int, list[Article]] = {}
    for a in corpus.articles:
        parts.setdefault(story.get(a.id, len(corpus.stories)), []).append(a)
    return [parts[n] for n in sorted(parts)]
