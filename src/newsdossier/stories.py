"""Stories: the articles of a mixed corpus clustered into the news stories they cover.

Two articles are about one story when they share words and actors. Their similarity is the mean of
- the cosine of their TF-IDF vectors over content words (lower-cased letters-only words of 3+ letters, spaCy's
  English stop words left out; sublinear term frequency, smoothed IDF as scikit-learn computes it), and
- the IDF-weighted Jaccard overlap of the canonical entities they name, which catches "Zelensky" =
  "Zelenskyy" where words cannot, and weighs a shared rare actor above the one every article names.
Articles are clustered average-link (UPGMA): a cluster joins another when their articles are similar on
average, so one bridging article cannot chain two stories together as single-link would. ``THRESHOLD`` was
chosen from measurements (bench/stories.py): the seeds (Donbas) and the samples (a dam flood) come out as
exactly their two stories for thresholds 0.02-0.16 when mixed alone and 0.08-0.16 when mixed with the 84
PolNeAR dev articles (all on the 2016 US campaign, so many share actors), and each stays one story on its own
below 0.14 (small corpora flatten the IDF, so their similarities run lower). 0.11 is the middle of 0.08-0.14.
(Counting only entities named twice, or unweighted Jaccard, left no threshold that worked on every mix.)

Story ids must not change as coverage grows (``--story ID`` and links in the web app rely on them), so they
are not a hash of the member list. A story recalled from the store keeps its id when it is found again: each
new cluster inherits the id of the stored story it shares most articles with (ties: the larger stored
story, then the smaller id). A cluster with no stored ancestor is named after its first report
(``stable_id("s", article id)`` of its earliest-published article, ties and undated ones by article id): later
coverage is usually published later, so even without a store a growing story keeps its id.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from spacy.lang.en.stop_words import STOP_WORDS

from .corpus import Corpus
from .model import Article, Entity, Story, stable_id

THRESHOLD = 0.11  # least average similarity of two clusters that are one story
ENTITY_WEIGHT = 0.5  # share of the entity overlap in the similarity; the rest is word cosine
TITLE_ENTITIES = 3
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset(w.lower() for w in STOP_WORDS)


def run(corpus: Corpus) -> Corpus:
    """Cluster every article (recalled ones included) into stories; stored stories keep their ids."""
    corpus.stories = cluster(corpus.articles, corpus.entities, previous=corpus.stories)
    return corpus


def _words(text: str) -> Counter[str]:
    return Counter(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def _idf(n: int, df: int) -> float:
    """Smoothed inverse document frequency, as scikit-learn computes it."""
    return math.log((1 + n) / (1 + df)) + 1


def _tfidf(texts: Sequence[str]) -> csr_matrix:
    """Rows of L2-normalised sublinear TF-IDF weights, one per text."""
    bags = [_words(t) for t in texts]
    df = Counter(w for bag in bags for w in bag)
    column = {w: i for i, w in enumerate(sorted(df))}
    n = len(texts)
    rows, cols, vals = [], [], []
    for r, bag in enumerate(bags):
        weights = {w: (1 + math.log(c)) * _idf(n, df[w]) for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        for w in sorted(weights):
            rows.append(r)
            cols.append(column[w])
            vals.append(weights[w] / norm)
    return csr_matrix((vals, (rows, cols)), shape=(n, len(column)))


def named_entities(articles: Sequence[Article], entities: Iterable[Entity]) -> dict[str, set[str]]:
    """article id -> ids of the entities it mentions."""
    named: dict[str, set[str]] = {a.id: set() for a in articles}
    for e in entities:
        for m in e.mentions:
            if m.article in named:
                named[m.article].add(e.id)
    return named


def similarity(articles: Sequence[Article], entities: Iterable[Entity]) -> np.ndarray:
    """Pairwise similarity in [0, 1] of ``articles`` (in the given order): word cosine and entity Jaccard."""
    words = _tfidf([f"{a.title or ''}\n{a.text}" for a in articles])
    cosine = (words @ words.T).toarray()
    named = named_entities(articles, entities)
    ids = sorted({e for s in named.values() for e in s})
    column = {e: i for i, e in enumerate(ids)}
    # Weighted Jaccard: an entity weighs its IDF, so two articles sharing a rare actor count for more than
    # two sharing the one every article names (Trump in a campaign corpus).
    df = Counter(e for s in named.values() for e in s)
    n = len(articles)
    weight = np.array([_idf(n, df[e]) for e in ids])
    marks = [(r, column[e]) for r, a in enumerate(articles) for e in named[a.id]]
    onehot = csr_matrix((np.ones(len(marks)), ([r for r, _ in marks], [c for _, c in marks])),
                        shape=(n, len(ids)))
    shared = (onehot.multiply(weight[None, :]).tocsr() @ onehot.T).toarray()
    sizes = onehot @ weight
    union = sizes[:, None] + sizes[None, :] - shared
    jaccard = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
    sim = (1 - ENTITY_WEIGHT) * cosine + ENTITY_WEIGHT * jaccard
    np.fill_diagonal(sim, 1.0)
    return np.clip(sim, 0.0, 1.0)


def partition(articles: Sequence[Article], entities: Iterable[Entity],
              threshold: float = THRESHOLD) -> list[list[str]]:
    """Article ids clustered into stories, each cluster and the list sorted by article id.

    The articles are put in id order first, so the result does not depend on the order they come in.
    """
    ordered = sorted({a.id: a for a in articles}.values(), key=lambda a: a.id)
    if len(ordered) < 2:
        return [[a.id] for a in ordered]
    sim = similarity(ordered, entities)
    condensed = 1.0 - sim[np.triu_indices(len(ordered), k=1)]
    labels = fcluster(linkage(condensed, method="average"), t=1.0 - threshold, criterion="distance")
    clusters: dict[int, list[str]] = {}
    for article, label in zip(ordered, labels, strict=True):
        clusters.setdefault(int(label), []).append(article.id)
    return sorted(clusters.values())


def _rank(article: Article) -> tuple[bool, str, str]:
    """Reports in publication order, undated ones last, ties by id: the first is the story's first report."""
    return article.published is None, article.published or "", article.id


def titles(clusters: Sequence[Sequence[Article]], entities: Iterable[Entity]) -> list[str]:
    """A label per cluster: up to three entities that at least half of its articles name (more articles,
    then more mentions, first), or else its first report's title. One pass over the mentions."""
    where = {a.id: n for n, members in enumerate(clusters) for a in members}
    reach: list[dict[str, tuple[set[str], list[int]]]] = [{} for _ in clusters]
    for e in entities:
        if e.type == "other":
            continue
        for m in e.mentions:
            if m.article in where:
                seen, count = reach[where[m.article]].setdefault(e.id, (set(), [0]))
                seen.add(m.article)
                count[0] += 1
    names = {e.id: e.name for e in entities}
    labels = []
    for members, found in zip(clusters, reach, strict=True):
        ranked = sorted((-len(seen), -count[0], names[eid], eid) for eid, (seen, count) in found.items()
                        if 2 * len(seen) >= len(members) and (len(seen) > 1 or len(members) == 1))
        top = list(dict.fromkeys(name for _, _, name, _ in ranked))[:TITLE_ENTITIES]
        first = min(members, key=_rank)
        labels.append(", ".join(top) if top else first.title or first.text[:60].strip())
    return labels


def cluster(articles: Sequence[Article], entities: Sequence[Entity], previous: Sequence[Story] = (),
            threshold: float = THRESHOLD) -> list[Story]:
    """Stories of ``articles``, ids inherited from ``previous`` (stored) stories where they overlap.

    Stories come out ordered by their first report; each story's articles by publication date, then id.
    """
    by_id = {a.id: a for a in articles}
    clusters = [[by_id[aid] for aid in ids] for ids in partition(articles, entities, threshold)]
    # Inherit stored ids greedily, best overlap first, each stored id at most once.
    old = {s.id: set(s.articles) for s in previous}
    pairs = sorted(((-len(old[sid] & {a.id for a in members}), -len(old[sid]), sid, n)
                    for n, members in enumerate(clusters) for sid in old
                    if old[sid] & {a.id for a in members}))
    ids: dict[int, str] = {}
    for _, _, sid, n in pairs:
        if n not in ids and sid not in ids.values():
            ids[n] = sid
    taken = set(ids.values())
    clusters = [sorted(members, key=_rank) for members in clusters]
    stories = []
    for n, (members, label) in enumerate(zip(clusters, titles(clusters, entities), strict=True)):
        sid = ids.get(n)
        if sid is None:
            sid = _fresh_id(members, taken)
            taken.add(sid)
        stories.append(Story(id=sid, title=label, articles=[a.id for a in members]))
    return sorted(stories, key=lambda s: (_rank(by_id[s.articles[0]]), s.id))


def _fresh_id(members: Sequence[Article], taken: set[str]) -> str:
    """The id of a new story: from its first report, or (when a stored story that split holds that id) its
    next article."""
    for article in members:
        sid = stable_id("s", article.id)
        if sid not in taken:
            return sid
    return stable_id("s", *sorted(a.id for a in members))


class UnknownStory(LookupError):
    """``--story`` names no story of the dossier, or several."""


def find(dossier: dict[str, Any], query: str) -> dict[str, Any]:
    """The story of an exported ``dossier`` that ``query`` names: its id, a prefix of its id, words of its
    title, or else words of one of its articles' titles (case-insensitive; each tier must name one story)."""
    stories = dossier.get("stories", [])
    titles: dict[str, list[str]] = {}
    for a in dossier["articles"]:
        titles.setdefault(a.get("story"), []).append(a.get("title") or "")
    words = _tokens(query)

    def says(text: str) -> bool:
        return bool(words) and words <= _tokens(text)

    tiers = (lambda s: s["id"] == query,
             lambda s: len(query) >= 3 and s["id"].removeprefix("s-").startswith(query.removeprefix("s-")),
             lambda s: says(s["title"]),
             lambda s: any(says(t) for t in titles.get(s["id"], [])))
    for matches in tiers:
        hits = [s for s in stories if matches(s)]
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise UnknownStory(f"{query!r} names {len(hits)} stories: {_listing(hits)}")
    raise UnknownStory(f"no story matches {query!r}; the stories are: {_listing(stories)}")


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _listing(stories: Iterable[dict[str, Any]]) -> str:
    return "; ".join(f"{s['id']} ({s['title']}, {len(s['articles'])} articles)" for s in stories) or "none"


def select(dossier: dict[str, Any], story_id: str) -> dict[str, Any]:
    """The dossier of one story: its articles, their items and entity mentions, the groups among them."""
    kept = {a["id"] for a in dossier["articles"] if a.get("story") == story_id}
    items = {k: [x for x in dossier[k] if x["article"] in kept] for k in ("quotes", "claims", "events")}
    members = {x["id"] for k in ("quotes", "claims") for x in items[k]}
    speakers = {q["speaker"] for q in items["quotes"]}
    entities = []
    for e in dossier["entities"]:
        mentions = [m for m in e["mentions"] if m["article"] in kept]
        if mentions or e["id"] in speakers:
            entities.append({**e, "mentions": mentions})
    return {**dossier,
            "articles": [a for a in dossier["articles"] if a["id"] in kept],
            "entities": entities, **items,
            "groups": [g for g in dossier["groups"] if set(g["members"]) <= members],
            "stories": [s for s in dossier.get("stories", []) if s["id"] == story_id]}
