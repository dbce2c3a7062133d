"""Claim extraction precision and recall on the team's hand-annotated samples.

    .venv/bin/python bench/claims_eval.py [--data ../shared/data] [--errors] [--heldout] [--sets A,B]

The gold files hold offsets, values and units only (the texts are read from the shared folder):
tests/golden/polnear_claims.json (55 PolNeAR dev articles the extractor was tuned on),
tests/golden/polnear_claims_heldout.json (the other 29 dev articles, annotated blind in two sets, 'heldout'
and 'heldout2'), tests/golden/polnear_claims_train_heldout.json (48 PolNeAR train articles annotated blind,
'heldout3' and 'heldout4') and tests/golden/aeb_claims_heldout.json (international news bodies from the
AEB benchmark's ground truth, another domain, annotated blind: 'heldout5'); see each file's 'method' and
'first_run'. All files are printed in one table; ``--heldout`` scores the held-out samples alone. A prediction is right when it overlaps an unmatched gold claim with the
same value and unit.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsdossier.eval.scoring import Tally  # noqa: E402  (after the path, for a run without install)

GOLD = REPO / "tests" / "golden" / "polnear_claims.json"
HELDOUT = REPO / "tests" / "golden" / "polnear_claims_heldout.json"
TRAIN_HELDOUT = REPO / "tests" / "golden" / "polnear_claims_train_heldout.json"
AEB_HELDOUT = REPO / "tests" / "golden" / "aeb_claims_heldout.json"
LABELS = {GOLD: "tuned all", HELDOUT: "dev held-out", TRAIN_HELDOUT: "train held-out", AEB_HELDOUT: "AEB held-out"}
DATA = REPO.parent / "shared" / "data"


# Gold unit "" is a plain count: any prediction that names the counted noun ("homes") instead matches it.
MEASUREMENT_UNITS = frozenset({"%", "pp", "km", "km2", "m", "lb", "USD", "GBP", "EUR", "people", "troops"})


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _same_unit(predicted: str, gold: str) -> bool:
    return predicted == gold or gold == "" and predicted not in MEASUREMENT_UNITS


def match(predicted: list[tuple[int, int, float, str]], gold: list[dict]) -> tuple[int, list, list]:
    """True positives, unmatched predictions and unmatched gold claims."""
    free = list(gold)
    wrong = []
    for start, end, value, unit in predicted:
        hit = next((g for g in free if start < g["end"] and g["start"] < end and _same(value, g["value"])
                    and _same_unit(unit, g["unit"])), None)
        if hit is None:
            wrong.append((start, end, value, unit))
        else:
            free.remove(hit)
    return len(predicted) - len(wrong), wrong, free


def _print_errors(text: str, wrong: list, missed: list[dict]) -> None:
    """False claims split into wrong value/unit (a gold claim overlaps) and spurious; then missed ones."""
    for start, end, value, unit in wrong:
        near = any(start < g["end"] and g["start"] < end for g in missed)
        print(f"   {'value' if near else 'false'}  {text[start:end]!r} = {value:g} {unit!r}")
    for g in missed:
        print(f"   missed {text[g['start']:g['end']]!r} = {g['value']:g} {g['unit']!r}")


@cache
def spec_of(gold: Path) -> dict:
    """A gold file, read once however many tables and records use it."""
    return json.loads(gold.read_text(encoding="utf-8"))


def _texts(spec: dict, data: Path, sets: frozenset[str] | None) -> Iterator[tuple[str, str, dict]]:
    """(name, text, annotation) per annotated article of ``sets`` (all when None): a PolNeAR text file of the
    split the gold file names, or an AEB page's ground-truth article body. Other sets' texts are never read,
    so a set annotated blind stays unseen until it is asked for."""
    bodies = {}
    if spec.get("corpus") == "aeb":
        bodies = {key: page["articleBody"] for key, page in
                  json.loads((data / "aeb" / "ground-truth.json").read_text(encoding="utf-8")).items()}
    for item in spec["articles"]:
        if sets is not None and item["set"] not in sets:
            continue
        name = item.get("file") or item["key"]
        text = bodies[name] if bodies else (data / "polnear" / spec["split"] / "text" / name).read_text(
            encoding="utf-8")
        if len(text) != item["chars"]:
            raise SystemExit(f"{name}: {len(text)} characters, the annotation expects {item['chars']}")
        yield name, text, item


def evaluate(data: Path, show_errors: bool = False, gold: Path = GOLD,
             sets: frozenset[str] | None = None) -> dict[str, Tally]:
    """Tallies per annotated set of ``gold`` ('tuning', ..., 'heldout') and over its articles ('all');
    ``data`` is the shared data folder."""
    from newsdossier.analyse import mentions_of, nlp
    from newsdossier.extract.claims import extract_claims
    from newsdossier.model import Article

    scores: dict[str, Tally] = {"all": Tally()}
    for name, text, item in _texts(spec_of(gold), data, sets):
        article = Article(source=name, segment=0, text=text)
        doc = nlp()(text)
        claims = extract_claims(article, doc, mentions_of(doc, article.id))
        predicted = [(c.start, c.end, c.value, c.unit) for c in claims]
        tp, wrong, missed = match(predicted, item["claims"])
        for score in (scores["all"], scores.setdefault(item["set"], Tally())):
            score.hit += tp
            score.pred += len(predicted)
            score.gold += len(item["claims"])
        if show_errors and (wrong or missed):
            print(f"-- {name}")
            _print_errors(text, wrong, missed)
    return scores


def _rows(gold: Path, scores: dict[str, Tally], label_all: str) -> None:
    spec = spec_of(gold)
    sets = [a["set"] for a in spec["articles"]]
    for name, score in sorted(scores.items(), key=lambda kv: kv[0] == "all"):
        label = label_all if name == "all" else name
        count = sum(sets.count(n) for n in scores if n != "all") if name == "all" else sets.count(name)
        print(f"{label:12} {count:>8} {score.gold:>5} {score.pred:>5} {score.hit:>7} "
              f"{score.p:>6.3f} {score.r:>6.3f} {score.f1:>6.3f}")


def _first_run(runs: list[dict]) -> Tally:
    return Tally(*(sum(r[key] for r in runs) for key in ("gold", "predicted", "correct")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (polnear/, aeb/)")
    parser.add_argument("--errors", action="store_true", help="list false and missed claims per article")
    parser.add_argument("--heldout", action="store_true", help="score the held-out sample only")
    parser.add_argument("--sets", type=lambda v: frozenset(v.split(",")), default=None,
                        help="score only these annotated sets (comma-separated names, e.g. heldout5,heldout6)")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: {args.data} is absent (the shared data sets sit beside the repository)",
              file=sys.stderr)
        return 2
    held_out = [gold for gold in (HELDOUT, TRAIN_HELDOUT, AEB_HELDOUT) if gold.exists()]
    golds = held_out if args.heldout else [GOLD, *held_out]
    results = [(gold, evaluate(args.data, args.errors, gold, args.sets)) for gold in golds]
    print("Claim samples: tuning sets were tuned on; the held-out sets were annotated blind "
          "(see 'method' and 'first_run' in each gold file)")
    print(f"{'set':12} {'articles':>8} {'gold':>5} {'pred':>5} {'correct':>7} {'P':>6} {'R':>6} {'F1':>6}")
    for gold, scores in results:
        _rows(gold, scores, LABELS[gold])
    tuned = spec_of(GOLD)["first_runs"]
    first = _first_run([run for name, run in tuned.items() if name != "about"])
    print(f"recorded first runs on tuning sets 2-6 when new: {first.gold} gold, "
          f"P {first.p:.3f} R {first.r:.3f} F1 {first.f1:.3f}")
    for gold in held_out:
        for name, held in spec_of(gold).get("first_run", {}).items():
            first = _first_run([held])
            print(f"recorded first run on '{name}' when unseen: {first.gold} gold, "
                  f"P {first.p:.3f} R {first.r:.3f} F1 {first.f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
