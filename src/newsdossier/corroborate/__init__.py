"""Corroborate: link the same claim or quote across articles, count independent sources, mark conflicts."""

from __future__ import annotations

import logging

from ..corpus import Corpus
from .claims import group_claims

log = logging.getLogger(__name__)


def run(corpus: Corpus) -> Corpus:
    """Recompute every group over the whole corpus (old articles included), so rebuilds converge."""
    groups = []
    try:
        from .quotes import group_quotes  # helper module for quotes; the claims half works without it
    except ImportError:
        log.debug("corroborate: no quote grouping available")
    else:
        groups.extend(group_quotes(corpus.quotes, corpus.articles))
    groups.extend(group_claims(corpus.claims, corpus.articles, corpus.entities))
    corpus.groups = groups
    return corpus
