"""Scores of attribution units against gold ones: content (P/R/F1 by token Dice) and speaker accuracy.

Scores (content compared as sets of word tokens, ``\\w+``, so quote marks and punctuation do not count):
  (a) quoted content: units whose content holds quote marks (gold and predicted alike), P/R/F1 with a
      one-to-one match at token Dice >= 0.5 and at exact token sets;
  (b) all attributions, indirect included: P/R/F1 at Dice >= 0.5 (and exact);
  (c) speaker accuracy on the units matched in (b) (and in (a)): a prediction is right when it shares a
      content word with the gold source (titles and determiners aside); a gold source that is a pronoun (he,
      she, they, who…) or a description ("the senator") also counts as the nearest preceding gold source of
      the article that is a name (capitalised, not a pronoun or description) and, for he/she, not of the
      other gender by title or first name, so naming either is right; a gold unit
      without a source is right only when we also give none. No speaker where the gold has one is wrong.
      That nearest name is a guess, wrong for about one he/she source in five on dev; so for dev a second
      figure counts, for each he/she/his/her/him source and each description source, whom the team read it
      to refer to, or no one (``polnear_referents.json``, read from the text alone, blind to any system's
      output).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_WORD = re.compile(r"\w+")
_QUOTE = re.compile(r"[\"“”«»]|(?<![A-Za-z])['‘’]|['‘’](?![A-Za-z])")
_NOT_NAME = frozenset("""
the a an of mr mrs ms dr sen rep gov president former senator secretary democratic republican presidential
candidate nominee 's s spokesman spokeswoman
""".split())

Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Unit:
    """One attribution: content fragments, and the source as a name (None: no source)."""

    content: Fragments
    speaker: str | None
    referent: str | None = None  # for a pronoun or description source: the name it stands for
    tokens: frozenset[int] = field(default=frozenset())  # start offsets of the content's word tokens
    quoted: bool = False
    resolved: str | None = None  # a pronoun or description source read by the team: whom it names ("": no one)


@dataclass(slots=True)
class GoldArticle:
    name: str
    text: str
    units: list[Unit]


def make_unit(text: str, frags: Iterable[tuple[int, int]], speaker: str | None,
              referent: str | None = None) -> Unit:
    frags = tuple(sorted(frags))
    tokens = frozenset(m.start() for a, b in frags for m in _WORD.finditer(text, a, b))
    quoted = any(_QUOTE.search(text, max(0, a - 1), min(len(text), b + 1)) for a, b in frags)
    return Unit(frags, speaker, referent, tokens, quoted)


def dice(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def match(gold: list[Unit], pred: list[Unit], threshold: float) -> list[tuple[Unit, Unit]]:
    """One-to-one pairs, best Dice first; ``threshold`` 1.0 means identical token sets."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            d = dice(g.tokens, p.tokens)
            if d >= threshold and d > 0:
                pairs.append((d, i, j))
    pairs.sort(key=lambda x: -x[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _d, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((gold[i], pred[j]))
    return out


def _name_words(name: str) -> set[str]:
    words = set(_WORD.findall(name.lower().replace("’s", "").replace("'s", "")))
    return words - _NOT_NAME or words


def same_speaker(gold: str | None, pred: str | None, referent: str | None = None) -> bool:
    """Whether ``pred`` names the gold source: a shared name word with the source as written or with the
    name a pronoun or description source stands for."""
    if gold is None or pred is None:
        return gold is None and pred is None
    said = _name_words(pred)
    return bool(_name_words(gold) & said) or (referent is not None and bool(_name_words(referent) & said))


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    hit: int = 0

    def add(self, gold: int, pred: int, hit: int) -> None:
        self.gold += gold
        self.pred += pred
        self.hit += hit

    @property
    def p(self) -> float:
        return self.hit / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.hit / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class Scores:
    system: str
    articles: int
    seconds: float
    tallies: dict[str, Tally] = field(default_factory=dict)
    speaker_right: dict[str, int] = field(default_factory=dict)
    speaker_given: dict[str, int] = field(default_factory=dict)  # matched units where we named a speaker
    speaker_given_right: dict[str, int] = field(default_factory=dict)
    # as speaker_right, with the team's reading of pronoun and description sources where there is one (dev)
    speaker_right_resolved: dict[str, int] = field(default_factory=dict)
    speaker_given_right_resolved: dict[str, int] = field(default_factory=dict)
    resolved: int = 0  # matched units (all@0.5) whose gold source the team read
    stages: dict[str, float] = field(default_factory=dict)  # seconds per step: parse, mentions, quotes

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def speaker_accuracy(self, key: str, resolved: bool = False) -> float:
        n = self.tallies[key].hit
        right = (self.speaker_right_resolved if resolved else self.speaker_right).get(key, 0)
        return right / n if n else 0.0

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"system": self.system, "articles": self.articles,
                                  "articles_per_s": round(self.rate, 2),
                                  "ms_per_article": {k: round(1000 * v / max(self.articles, 1), 1)
                                                     for k, v in self.stages.items()}}
        for k, t in self.tallies.items():
            out[k] = {"p": round(t.p, 4), "r": round(t.r, 4), "f1": round(t.f1, 4), "gold": t.gold,
                      "pred": t.pred, "matched": t.hit}
        for k in ("quoted@0.5", "all@0.5"):
            out[f"speaker_accuracy[{k}]"] = round(self.speaker_accuracy(k), 4)
            given = self.speaker_given.get(k, 0)
            out[f"speaker_precision[{k}]"] = round(self.speaker_given_right.get(k, 0) / given, 4) if given else 0.0
            if self.resolved:
                out[f"speaker_accuracy_resolved[{k}]"] = round(self.speaker_accuracy(k, resolved=True), 4)
                right = self.speaker_given_right_resolved.get(k, 0)
                out[f"speaker_precision_resolved[{k}]"] = round(right / given, 4) if given else 0.0
        return out


def score(system: str, gold: list[GoldArticle], predicted: list[list[Unit]], seconds: float) -> Scores:
    s = Scores(system, len(gold), seconds)
    views = {"quoted@0.5": (True, 0.5), "quoted@exact": (True, 1.0), "all@0.5": (False, 0.5),
             "all@exact": (False, 1.0)}
    for key_, (quoted_only, threshold) in views.items():
        tally = s.tallies.setdefault(key_, Tally())
        for art, pred in zip(gold, predicted):
            g = [u for u in art.units if u.tokens and (u.quoted or not quoted_only)]
            p = [u for u in pred if u.tokens and (u.quoted or not quoted_only)]
            pairs = match(g, p, threshold)
            tally.add(len(g), len(p), len(pairs))
            for gu, pu in pairs:
                right = same_speaker(gu.speaker, pu.speaker, gu.referent)
                s.speaker_right[key_] = s.speaker_right.get(key_, 0) + right
                by_hand = same_speaker(gu.speaker, pu.speaker, gu.resolved) if gu.resolved is not None else right
                s.speaker_right_resolved[key_] = s.speaker_right_resolved.get(key_, 0) + by_hand
                s.resolved += key_ == "all@0.5" and gu.resolved is not None
                if pu.speaker is not None:
                    s.speaker_given[key_] = s.speaker_given.get(key_, 0) + 1
                    s.speaker_given_right[key_] = s.speaker_given_right.get(key_, 0) + right
                    s.speaker_given_right_resolved[key_] = s.speaker_given_right_resolved.get(key_, 0) + by_hand
    return s


def table(results: Sequence[Scores]) -> str:
    """The side-by-side report that `dossier eval polnear` and bench/attribution.py print."""
    rows = [("", *(r.system for r in results))]

    def prf(key_: str) -> list[tuple[str, ...]]:
        return [(f"{key_} {m}", *(f"{getattr(r.tallies[key_], m):.3f}" for r in results)) for m in ("p", "r", "f1")]

    for key_ in ("quoted@0.5", "quoted@exact", "all@0.5", "all@exact"):
        rows.extend(prf(key_))
    rows.append(("speaker acc. (all@0.5 matched)", *(f"{r.speaker_accuracy('all@0.5'):.3f}" for r in results)))
    rows.append(("speaker acc. (quoted@0.5 matched)",
                 *(f"{r.speaker_accuracy('quoted@0.5'):.3f}" for r in results)))
    if any(r.resolved for r in results):
        rows.append(("speaker acc. (all@0.5), sources read by hand",
                     *(f"{r.speaker_accuracy('all@0.5', resolved=True):.3f}" for r in results)))
        rows.append(("speaker acc. (quoted@0.5), sources read by hand",
                     *(f"{r.speaker_accuracy('quoted@0.5', resolved=True):.3f}" for r in results)))
    rows.append(("speaker acc. where one is given (all)",
                 *(f"{r.as_dict()['speaker_precision[all@0.5]']:.3f}" for r in results)))
    if any(r.resolved for r in results):
        rows.append(("  the same, sources read by hand",
                     *(f"{r.as_dict()['speaker_precision_resolved[all@0.5]']:.3f}" for r in results)))
    rows.append(("gold / predicted units (all)", *(f"{r.tallies['all@0.5'].gold}/{r.tallies['all@0.5'].pred}"
                                                    for r in results)))
    rows.append(("articles/s", *(f"{r.rate:.1f}" for r in results)))
    for stage in ("parse", "mentions", "quotes"):
        rows.append((f"  ms/article: {stage}",
                     *(f"{1000 * r.stages.get(stage, 0.0) / max(r.articles, 1):.0f}" for r in results)))
    width = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, width)))
                     for row in rows)
