"""Pipeline stages that connect a run to its store: ``recall`` before analysis, ``persist`` at the end.

``recall`` is what makes builds incremental: articles the store already holds are not analysed again; their
stored mentions, quotes, claims and events join the corpus instead, so the corpus-level stages (entities,
corroboration) still see the whole story. A stored text read again from another input (a wire copy arriving
later) adds that input's outlet to the stored article's carriers. ``persist`` writes back, in one
transaction, the new articles, every stored article or record that this run changed (carriers added, quotes
relinked to other entities or speakers), and the corpus-level entities, groups and skips.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from ..corpus import Corpus
from ..model import Article, Span
from . import open_store
from .core import Store

log = logging.getLogger(__name__)

# corpus.options keys: the open store, and a digest of each recalled article's records as loaded.
STORE, RECALLED = "store", "store_recalled"


def _store(corpus: Corpus) -> Store | None:
    store = corpus.options.get(STORE)
    if store is None and corpus.options.get("db") is not None:
        store = corpus.options[STORE] = open_store(corpus.options["db"])
    return store


def _by_article(corpus: Corpus) -> dict[str, tuple[list[Any], ...]]:
    """article id -> (mentions, quotes, claims, events), each in corpus order."""
    grouped: dict[str, tuple[list[Any], ...]] = {}
    kinds: tuple[Sequence[Span], ...] = (corpus.mentions, corpus.quotes, corpus.claims, corpus.events)
    for slot, records in enumerate(kinds):
        for record in records:
            grouped.setdefault(record.article, ([], [], [], []))[slot].append(record)
    return grouped


def _digest(article: Article, records: tuple[list[Any], ...] | None) -> bytes:
    # A dataclass repr shows every field, so any added carrier or relinked speaker changes the digest.
    return hashlib.sha1(repr((article, records or ())).encode("utf-8")).digest()


def _reading_order(article: Article) -> tuple[str, int, str]:
    return article.source, article.segment, article.id


def _add_carriers(stored: Article, seen: Article) -> None:
    """Record ``seen`` (same text as ``stored``, read from another input) and its carriers on ``stored``."""
    own = stored.outlet or stored.source
    labels = [seen.outlet or seen.source] if seen.source != stored.source else []
    for label in [*labels, *seen.carriers]:
        if label != own and label not in stored.carriers:
            stored.carriers.append(label)


def recall(corpus: Corpus) -> Corpus:
    """Mark the run's articles the store lacks as new; load everything else the store holds."""
    unique: dict[str, Article] = {}
    for article in corpus.articles:
        if article.id in unique:
            log.info("%s segment %d repeats the text of %s; kept once", article.source, article.segment,
                     unique[article.id].source)
            continue
        unique[article.id] = article
    store = _store(corpus)
    if store is None:
        corpus.articles = sorted(unique.values(), key=_reading_order)
        corpus.new_articles = set(unique)
        return corpus
    stored = store.load_articles()
    known = {a.id: a for a in stored}
    corpus.new_articles = set(unique) - set(known)
    # Known articles come back as stored: their stored records were extracted from exactly that record. All
    # in reading order, as the export has them, so corpus-level results do not depend on which build
    # brought which article.
    corpus.articles = sorted([known.get(aid, article) for aid, article in unique.items()]
                             + [a for a in stored if a.id not in unique], key=_reading_order)
    corpus.mentions += store.load_mentions()
    corpus.quotes += store.load_quotes()
    corpus.claims += store.load_claims()
    corpus.events += store.load_events()
    corpus.stories = store.load_stories()  # the stories stage re-clusters; stored ids carry over
    grouped = _by_article(corpus)
    corpus.options[RECALLED] = {a.id: _digest(a, grouped.get(a.id)) for a in stored}
    for aid, seen in unique.items():
        if aid in known:
            _add_carriers(known[aid], seen)
    return corpus


def persist(corpus: Corpus) -> Corpus:
    """Save the run into the store in one transaction: a failure leaves the store as it was."""
    store = _store(corpus)
    if store is None:
        return corpus
    recalled: dict[str, bytes] = corpus.options.get(RECALLED, {})
    grouped = _by_article(corpus)
    digests = {a.id: _digest(a, grouped.get(a.id)) for a in corpus.articles}
    orphans = sum(sum(map(len, lists)) for aid, lists in grouped.items() if aid not in digests)
    if orphans:
        log.warning("%d records point to no article of this corpus; not stored", orphans)
    changed = [aid for aid in digests if aid in corpus.new_articles or digests[aid] != recalled.get(aid)]
    updated = {aid for aid in changed if aid not in corpus.new_articles}

    def records(slot: int) -> Iterable[Span]:
        return (r for aid in changed for r in grouped.get(aid, ([], [], [], []))[slot])

    with store.transaction():
        store.save_articles(a for a in corpus.articles if a.id in corpus.new_articles)
        store.update_articles(a for a in corpus.articles if a.id in updated)
        store.save_extractions(changed, records(0), records(1), records(2), records(3))  # type: ignore[arg-type]
        store.replace_entities(corpus.entities)
        store.replace_groups(corpus.groups)
        store.replace_stories(corpus.stories)
        store.record_skips(corpus.skipped)
    corpus.options[RECALLED] = digests
    log.info("stored %d new articles; updated %d stored ones", len(changed) - len(updated), len(updated))
    return corpus
