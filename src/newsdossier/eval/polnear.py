"""Attribution accuracy on PolNeAR (Newell et al., LREC 2018), beside the spaCy + textacy peer.

Gold: each ``Attribution`` relation of an article's brat standoff file is one unit with its Content (possibly
discontinuous), Cue and Source spans; ``Attribution-no-source`` units have no source. Where several
annotators annotated an article (a few agreement articles), the annotator whose id sorts first is used, so
every article counts once.

Predictions: our quotes are grouped into attribution units by their cue (a quote cut in two by its cue, a
quote running over paragraphs and a partial quote inside the indirect clause that holds it are one unit, as
in PolNeAR), as a default build makes them ("newsdossier") and with the learned cues of ``--learned-cues``
("newsdossier+cues"); the peer's units are textacy's ``direct_quotations`` triples.

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
  Throughput: articles/s of each system over the split, spaCy parsing included.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from ..extract.names import PRONOUN_GENDER, name_gender
from ..extract.quotemarks import find_quoted
from ..model import Quote

SPLITS = ("train", "dev")
_WORD = re.compile(r"\w+")
_QUOTE = re.compile(r"[\"“”«»]|(?<![A-Za-z])['‘’]|['‘’](?![A-Za-z])")
_PRONOUNS = frozenset("he she they it i we you him her them his hers their its us me who whom which".split())
_RELATIVE = frozenset({"who", "which", "that", "whom"})
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


def shared_root() -> Path:
    """``../shared`` beside the repository (or $NEWSDOSSIER_SHARED)."""
    env = os.environ.get("NEWSDOSSIER_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[3].parent / "shared"


def split_dir(split: str, root: Path | None = None) -> Path:
    if split not in SPLITS:
        raise ValueError(f"unknown PolNeAR split {split!r} (known: {', '.join(SPLITS)})")
    path = (root or shared_root()) / "data" / "polnear" / split
    if not (path / "text").is_dir():
        raise FileNotFoundError(f"PolNeAR {split} is not at {path}")
    return path


def _fragments(spec: str) -> Fragments:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def parse_ann(ann: str, text: str, resolved: dict[int, str] | None = None) -> list[Unit]:
    """The attribution units of one brat standoff file; malformed lines are skipped. ``resolved`` maps the
    start of a pronoun or description source to whom the team read it to name ("": no one)."""
    spans: dict[str, tuple[str, Fragments]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            label, _, spec = cols[1].partition(" ")
            try:
                spans[cols[0]] = (label, _fragments(spec))
            except ValueError:
                continue
        elif cols[0].startswith("E"):
            args = dict(a.split(":", 1) for a in cols[1].split() if ":" in a)
            relations.append(args)
    sources: list[tuple[int, str]] = []
    raw: list[tuple[Fragments, tuple[int, str] | None]] = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        source = spans.get(rel.get("Source", ""))
        src = None
        if source is not None:
            frags = source[1]
            src = (frags[0][0], " ".join(text[a:b] for a, b in frags))
            sources.append(src)
        raw.append((content[1], src))
    names = sorted((pos, name) for pos, name in sources if _is_name(name, text, pos))
    units = []
    for frags, src in raw:
        speaker = referent = None
        if src is not None:
            speaker = src[1]
            if speaker.lower().strip() in _RELATIVE:
                referent = _antecedent_phrase(text, src[0])
            elif not _is_name(speaker, text, src[0]):
                gender = PRONOUN_GENDER.get(speaker.lower().strip())
                earlier = [n for pos, n in names if pos < src[0]
                           and (gender is None or name_gender(n, "")[0] in (None, gender))]
                referent = earlier[-1] if earlier else None
        unit = make_unit(text, frags, speaker, referent)
        hand = (resolved or {}).get(src[0]) if src is not None else None
        units.append(replace(unit, resolved=hand) if hand is not None else unit)
    return units


def _is_name(source: str, text: str = "", pos: int = 0) -> bool:
    """A source that names someone: not a pronoun, not a description ("the senator", "The Ohio governor",
    "many Americans", "Leaders of the group"). An appositive or relative clause after a comma is left out
    ("Ann Lee, the mayor,"); a single capitalised word opening a sentence ("Everyone") is a name only when the
    text also writes it capitalised inside a sentence."""
    words = source.split(",")[0].split()
    if not words or source.lower().strip() in _PRONOUNS:
        return False
    if words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    initial = [w.lstrip("(\"'“‘")[:1] for w in (words[0], words[-1])] if words else []
    if not words or not all(c.isupper() for c in initial):
        return False
    if len(words) == 1 and text and text[:pos].rstrip()[-1:] in {"", ".", "!", "?", "\n", '"', "”", "’"}:
        return re.search(rf"[a-z,;] +{re.escape(words[0])}\b", text) is not None
    return True


def _antecedent_phrase(text: str, pos: int) -> str | None:
    """What a relative-pronoun source ("…, who said") refers to: the words just before it, back to the
    start of the sentence or clause (at most eight)."""
    before = re.split(r"[.!?;:\n()“”\"]", text[max(0, pos - 200):pos])[-1]
    words = before.replace(",", " ").split()[-8:]
    return " ".join(words) or None


def make_unit(text: str, frags: Iterable[tuple[int, int]], speaker: str | None,
              referent: str | None = None) -> Unit:
    frags = tuple(sorted(frags))
    tokens = frozenset(m.start() for a, b in frags for m in _WORD.finditer(text, a, b))
    quoted = any(_QUOTE.search(text, max(0, a - 1), min(len(text), b + 1)) for a, b in frags)
    return Unit(frags, speaker, referent, tokens, quoted)


_REFERENTS = Path(__file__).with_name("polnear_referents.json")


def referents(split: str) -> dict[str, dict[int, str]]:
    """The team's reading of whom the pronoun and description sources of a split name: article -> source
    start -> name ("": no one)."""
    table = json.loads(_REFERENTS.read_text(encoding="utf-8")).get(split, {})
    return {name: {int(start): who for start, who in by_start.items()} for name, by_start in table.items()}


def load(split: str, root: Path | None = None, limit: int | None = None) -> list[GoldArticle]:
    """The gold articles of a split (one annotator per article: the first id in sort order)."""
    base = split_dir(split, root)
    hand = referents(split)
    anns: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    out = []
    for txt in sorted((base / "text").glob("*.txt")):
        if txt.stem not in anns:
            continue
        text = txt.read_text(encoding="utf-8")
        units = parse_ann(anns[txt.stem].read_text(encoding="utf-8"), text, hand.get(txt.stem))
        out.append(GoldArticle(txt.stem, text, units))
        if limit is not None and len(out) >= limit:
            break
    return out


# -- systems -----------------------------------------------------------------------------------------------
System = Callable[[Sequence[str], dict[str, float]], list[list[Unit]]]


def ours(texts: Sequence[str], stages: dict[str, float], learned_cues: bool = False) -> list[list[Unit]]:
    """newsdossier: analyse (spaCy + mention labels) and extract_quotes, quotes grouped by cue; with
    ``learned_cues``, as a build with that option."""
    from ..analyse import mentions_of
    from ..extract.lexicon import NO_CUES, learned
    from ..extract.quotes import extract_quotes
    from ..model import Article

    lexicon = learned() if learned_cues else NO_CUES

    out = []
    docs = _parse(texts, stages)
    for text, doc in zip(texts, docs):
        article = Article("polnear", 0, text)
        t0 = time.perf_counter()
        mentions = mentions_of(doc, article.id)
        t1 = time.perf_counter()
        quotes = extract_quotes(article, doc, mentions, lexicon)
        stages["mentions"] = stages.get("mentions", 0.0) + t1 - t0
        stages["quotes"] = stages.get("quotes", 0.0) + time.perf_counter() - t1
        out.append(units_of(text, quotes))
    return out


def units_of(text: str, quotes: Iterable[Quote]) -> list[Unit]:
    """Our quotes as attribution units: the quotes that share a cue are one unit, and so are the paragraphs
    of one quote that runs over several with no cue found."""
    chain = {q.start: q.chain for q in find_quoted(text)}
    groups: dict[object, list[Quote]] = {}
    for q in quotes:
        if q.cue_span is not None:
            k: object = (q.cue_span.start, q.cue_span.end)
        else:
            k = ("chain", chain[q.start]) if q.start in chain else ("q", q.start)
        groups.setdefault(k, []).append(q)
    units = []
    for members in groups.values():
        speaker = next((q.speaker_name for q in members if q.speaker_name), None)
        units.append(make_unit(text, [(q.start, q.end) for q in members], speaker))
    return units


def _parse(texts: Sequence[str], stages: dict[str, float],
           plain: bool = False) -> list:  # type: ignore[type-arg]
    """spaCy's parses; ``plain``: the model as shipped, without our components (sentence breaks at line
    ends, verb lemmas) and with spaCy's own English tokenizer."""
    import spacy

    from ..analyse import E_VERBS, LINE_BREAKS, nlp

    t0 = time.perf_counter()
    if plain:
        tokenize = spacy.blank("en").tokenizer
        docs = list(nlp().pipe((tokenize(text) for text in texts), disable=[LINE_BREAKS, E_VERBS]))
    else:
        docs = list(nlp().pipe(texts))
    stages["parse"] = stages.get("parse", 0.0) + time.perf_counter() - t0
    return docs


def peer(texts: Sequence[str], stages: dict[str, float]) -> list[list[Unit]]:
    """spaCy small + textacy's ``direct_quotations`` (no output for a document where it raises)."""
    from textacy.extract.triples import direct_quotations

    out = []
    docs = _parse(texts, stages, plain=True)
    t0 = time.perf_counter()
    for text, doc in zip(texts, docs):
        units = []
        try:
            for triple in direct_quotations(doc):
                speaker = " ".join(t.text for t in triple.speaker) or None
                c = triple.content
                units.append(make_unit(text, [(c.start_char, c.end_char)], speaker))
        except Exception:  # textacy raises on unbalanced quote marks: it then finds nothing in the document
            units = []
        out.append(units)
    stages["quotes"] = time.perf_counter() - t0
    return out


SYSTEMS: dict[str, System] = {"newsdossier": ours, "newsdossier+cues": partial(ours, learned_cues=True),
                              "peer": peer}


# -- scoring -----------------------------------------------------------------------------------------------
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


def evaluate(split: str, system: str = "newsdossier", limit: int | None = None,
             gold: list[GoldArticle] | None = None) -> Scores:
    """Run ``system`` (a name in :data:`SYSTEMS`) over a PolNeAR split and score it."""
    if system not in SYSTEMS:
        raise ValueError(f"unknown system {system!r} (known: {', '.join(SYSTEMS)})")
    gold = gold if gold is not None else load(split, limit=limit)
    texts = [a.text for a in gold]
    from ..analyse import nlp

    nlp()  # load the model outside the timed run
    stages: dict[str, float] = {}
    t0 = time.perf_counter()
    predicted = SYSTEMS[system](texts, stages)
    scores = score(system, gold, predicted, time.perf_counter() - t0)
    scores.stages = stages
    return scores


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


def main(split: str = "dev", limit: int | None = None) -> int:
    """Print ours and the peer's figures on ``split`` in one run."""
    gold = load(split, limit=limit)
    results = [evaluate(split, name, gold=gold) for name in SYSTEMS]
    units = sum(len(a.units) for a in gold)
    print(f"PolNeAR {split}: {len(gold)} articles, {units} gold attributions "
          f"({sum(u.quoted for a in gold for u in a.units)} with quote marks)")
    print(table(results))
    return 0
