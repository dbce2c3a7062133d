"""Attribution accuracy on PolNeAR (Newell et al., LREC 2018), beside the spaCy + textacy peer.

Gold: each ``Attribution`` relation of an article's brat standoff file is one unit with its Content (possibly
discontinuous), Cue and Source spans; ``Attribution-no-source`` units have no source. Where several
annotators annotated an article (a few agreement articles), the annotator whose id sorts first is used, so
every article counts once.

Predictions: our quotes are grouped into attribution units by their cue (a quote cut in two by its cue, a
quote running over paragraphs and a partial quote inside the indirect clause that holds it are one unit, as
in PolNeAR), as a default build makes them ("newsdossier") and with the learned cues of ``--learned-cues``
("newsdossier+cues"); the peer's units are textacy's ``direct_quotations`` triples.

Scoring is :mod:`.scoring`'s. Throughput: articles/s of each system over the split, spaCy parsing included.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from ..extract.names import PRONOUN_GENDER, name_gender
from ..extract.quotemarks import find_quoted
from ..model import Quote
from .scoring import Fragments, GoldArticle, Scores, Unit, make_unit, score, table

SPLITS = ("train", "dev")
_PRONOUNS = frozenset("he she they it i we you him her them his hers their its us me who whom which".split())
_RELATIVE = frozenset({"who", "which", "that", "whom"})


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
        tokenize = spacy.blank("en", vocab=nlp().vocab).tokenizer
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


def main(split: str = "dev", limit: int | None = None) -> int:
    """Print ours and the peer's figures on ``split`` in one run."""
    gold = load(split, limit=limit)
    results = [evaluate(split, name, gold=gold) for name in SYSTEMS]
    units = sum(len(a.units) for a in gold)
    print(f"PolNeAR {split}: {len(gold)} articles, {units} gold attributions "
          f"({sum(u.quoted for a in gold for u in a.units)} with quote marks)")
    print(table(results))
    return 0
