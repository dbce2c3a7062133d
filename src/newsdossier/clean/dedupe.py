"""Wire copies and near-duplicates: one story text run by many outlets becomes one article with its carriers.

Candidates come from MinHash LSH over word shingles (datasketch), so the cost grows with the corpus, not its
square; each candidate pair is then confirmed exactly: the shorter text's shingles must lie mostly inside the
longer one's (containment), which also catches a copy that an outlet trimmed or topped with its own intro.
The kept article is the first report (earliest date, then the longest text, then input order); the others'
outlets go into its ``carriers`` and they leave the corpus, so corroboration counts the story once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache

from datasketch import MinHash, MinHashLSH

from ..components import connected
from ..corpus import Corpus
from ..model import Article

log = logging.getLogger(__name__)

SHINGLE_WORDS = 5
NUM_PERM = 128
# LSH finds pairs whose Jaccard similarity is about this or more; containment then decides.
LSH_THRESHOLD = 0.3
# Share of the shorter text's shingles found in the longer one for the two to be one story text.
CONTAINMENT = 0.8
MIN_SHINGLES = 20  # texts shorter than this (a caption, a brief) are compared exactly only
_WORD = re.compile(r"\w+")


def run(corpus: Corpus) -> Corpus:
    corpus.articles = collapse(corpus.articles)
    return corpus


def collapse(articles: Sequence[Article]) -> list[Article]:
    """``articles`` with every set of copies reduced to its first report, which lists the others' carriers."""
    shingles = [shingle_set(a.text) for a in articles]
    copies_of = connected(len(articles), ((i, j) for i, j in candidate_pairs(shingles)
                                          if same_text(shingles[i], shingles[j])))
    kept: dict[int, Article] = {}
    for members in copies_of:
        first = min(members, key=lambda m: _first_report_key(articles[m], m))
        article = kept[first] = articles[first]
        copies = [articles[m] for m in members if m != first]
        if copies:
            _add_carriers(article, copies)
            log.info("%s: %d copies collapsed (%s)", article.source, len(copies), ", ".join(article.carriers))
    return [kept[i] for i in sorted(kept)]


def shingle_set(text: str, n: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word n-grams: punctuation, case and spacing differences between copies do not count."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[k:k + n]) for k in range(len(words) - n + 1)}


def same_text(a: set[str], b: set[str]) -> bool:
    """One story text: the shorter mostly inside the longer; a text too short for that (a brief that a long
    article happens to quote) must match as a whole."""
    if min(len(a), len(b)) < MIN_SHINGLES:
        return bool(a | b) and len(a & b) / len(a | b) >= CONTAINMENT
    return containment(a, b) >= CONTAINMENT


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set that lies in the larger one (1.0 for identical texts, 0.0 if one is empty)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small) if small else 0.0


def candidate_pairs(shingles: Sequence[set[str]]) -> set[tuple[int, int]]:
    """Index pairs (i < j) worth comparing exactly: LSH neighbours, plus every pair of short texts."""
    lsh = MinHashLSH(num_perm=NUM_PERM, params=_lsh_params())
    pairs: set[tuple[int, int]] = set()
    short: list[int] = []
    for i, grams in enumerate(shingles):
        if len(grams) < MIN_SHINGLES:
            short.append(i)
            continue
        signature = MinHash(num_perm=NUM_PERM)
        signature.update_batch([g.encode("utf-8") for g in grams])
        for j in lsh.query(signature):
            pairs.add((j, i))
        lsh.insert(i, signature)
    # Short texts: few enough in a news corpus to compare each with everything.
    for i in short:
        pairs.update((min(i, j), max(i, j)) for j in range(len(shingles)) if j != i)
    return pairs


@lru_cache(maxsize=1)
def _lsh_params() -> tuple[int, int]:
    # Finding the bands and rows for a threshold is a numerical integration (~70 ms): do it once.
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def _first_report_key(article: Article, index: int) -> tuple[str, int, int]:
    # Undated articles sort after dated ones ("~" > any digit).
    return (article.published or "~", -len(article.text), index)


def _add_carriers(article: Article, copies: Sequence[Article]) -> None:
    own = article.outlet or article.source
    for copy in copies:
        for label in [copy.outlet or copy.source, *copy.carriers]:
            if label != own and label not in article.carriers:
                article.carriers.append(label)
