"""Counting the cue lexicon of :mod:`newsdossier.extract.lexicon` on PolNeAR train.

The quote extractor runs twice on each article: with the hand-written rules alone, and with every verb taken
for a cue by its first reach (:data:`EVERY_CUE`). Each item the second run adds is counted for its
(lemma, reach) pair: right when it matches (token Dice >= 0.5) a gold attribution that the first run left
unmatched, wrong otherwise. A pair enters the lexicon when it was right at least ``min_right`` times and its
smoothed precision, right / (seen + 1), is at least ``min_precision``. A logistic model over the verb's
form, subject and content shape as well as its lemma was tried on the same counts and picked no better
items, so the lexicon stays a table a reader can check.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import polnear
from .scoring import GoldArticle, make_unit, match

# Checked on train articles 0-199 with the lexicon counted on the rest: items these thresholds add were right
# about two times in three there (object reaches least often, 0.57), where looser ones gained more F1 but
# added objects that are no one's statement ("posted a victory").
DEFAULT_MIN_RIGHT = 3
DEFAULT_MIN_PRECISION = 0.6


class _Every(frozenset[str]):
    def __contains__(self, key: object) -> bool:
        return True

    def __bool__(self) -> bool:
        return True


class _EveryCue(Mapping[str, frozenset[str]]):
    """A lexicon that lists every lemma with every reach."""

    def __getitem__(self, lemma: str) -> frozenset[str]:
        return _Every()

    def __contains__(self, lemma: object) -> bool:
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


EVERY_CUE: Mapping[str, frozenset[str]] = _EveryCue()


@dataclass(slots=True)
class Counts:
    seen: Counter[tuple[str, str]] = field(default_factory=Counter)
    right: Counter[tuple[str, str]] = field(default_factory=Counter)
    articles: int = 0


def count(gold: list[GoldArticle]) -> Counts:
    """How often each (lemma, reach) cue adds an item to the rules' on ``gold``, and how often a right one."""
    from ..analyse import mentions_of, nlp
    from ..extract.lexicon import NO_CUES, reaches
    from ..extract.quotes import extract_quotes
    from ..model import Article

    out = Counts(articles=len(gold))
    for art, doc in zip(gold, nlp().pipe(a.text for a in gold)):
        text = art.text
        article = Article("polnear", 0, text)
        mentions = mentions_of(doc, article.id)
        base = extract_quotes(article, doc, mentions, lexicon=NO_CUES)
        have = {(q.start, q.end) for q in base}
        g = [u for u in art.units if u.tokens]
        found = [u for u in polnear.units_of(text, base) if u.tokens]
        matched = {id(gu) for gu, _ in match(g, found, 0.5)}
        left = [u for u in g if id(u) not in matched]
        added = []
        for q in extract_quotes(article, doc, mentions, lexicon=EVERY_CUE):
            if (q.start, q.end) in have or q.cue_span is None:
                continue
            cue = doc.char_span(q.cue_span.start, q.cue_span.end, alignment_mode="expand")
            options = reaches(text, cue.root) if cue is not None and len(cue) else []
            unit = make_unit(text, [(q.start, q.end)], q.speaker_name)
            if options and unit.tokens:
                added.append(((cue.root.lemma_, options[0][0]), unit))  # type: ignore[union-attr]
        hits = {id(pu) for _, pu in match(left, [u for _, u in added], 0.5)}
        for key, unit in added:
            out.seen[key] += 1
            out.right[key] += id(unit) in hits
    return out


def select(counts: Counts, min_right: int = DEFAULT_MIN_RIGHT,
           min_precision: float = DEFAULT_MIN_PRECISION) -> list[dict[str, object]]:
    """The lexicon entries the counts support, most often right first."""
    keep = [k for k, n in counts.seen.items()
            if counts.right[k] >= min_right and counts.right[k] / (n + 1) >= min_precision]
    keep.sort(key=lambda k: (-counts.right[k], k))
    return [{"lemma": lemma, "reach": reach, "seen": counts.seen[(lemma, reach)],
             "right": counts.right[(lemma, reach)]} for lemma, reach in keep]


def write(path: Path, entries: list[dict[str, object]], articles: int, min_right: int,
          min_precision: float) -> None:
    data = {"learned_from": f"PolNeAR train, {articles} articles (bench/learn_cues.py)",
            "min_right": min_right, "min_precision": min_precision, "entries": entries}
    path.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
