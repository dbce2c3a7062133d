"""Story clustering: purity, completeness and pairwise P/R/F1 on a mixed corpus, and clustering time.

    .venv/bin/python bench/stories.py [--polnear] [--db PATH] [--sweep 0.1,0.12,...]

Builds the seeds (the Donbas story) and the bundled samples (the Orlovac dam flood) into one store, with
``--polnear`` also the 84 PolNeAR dev texts, then clusters the stored articles with ``stories.partition``.
``--db`` reuses a store built from the same inputs (no rebuild).

Gold: every seed article is one story, every sample article another. PolNeAR dev is one broad topic (the 2016
US campaign) with no story labels; the few events below were picked by hand from metadata.tsv titles and
dates (file name prefixes only); every other PolNeAR article counts as a story of its own. That gold is
approximate: merging two campaign pieces the list does not name counts as an error, so read the PolNeAR
pairwise precision as a lower bound.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
SHARED = REPO.parent / "shared"

# Hand-picked PolNeAR dev events: file name prefixes of articles about one news event.
POLNEAR_EVENTS = {
    "clinton-health": ("breitbart_2016-09-12_stealth-over-health", "politico_2016-09-12_former-dnc-chairman",
                       "west-journal_2016-09-14_clinton-hid-past-health", "breitbart_2016-09-15_pat-caddell"),
    "trump-taxes": ("usa-today_2016-09-08_with-two-months-to-go", "nyt_2016-09-30_keep-the-returns",
                    "breitbart_2016-10-03_the-latest-trump-s-leaked", "nyt_2016-10-04_in-avoiding-tax",
                    "politico_2016-10-04_trump-not-walking"),
    "charlotte-shooting": ("wash-post_2016-09-25_phone-video", "wash-post_2016-09-26_charlotte-struggles",
                           "huff-post_2016-09-20_hillary-clinton-speaks-directly",
                           "west-journal_2016-09-21_chris-christie-calls"),
    "clinton-it-aides": ("politico_2016-09-22_house-panel-votes", "politico_2016-09-23_partisan-fireworks"),
}


def gold_label(source: str) -> str:
    path = Path(source)
    if path.parent.name == "seeds":
        return "donbas"
    if path.parent.name == "samples":
        return "orlovac-flood"
    for event, prefixes in POLNEAR_EVENTS.items():
        if path.name.startswith(prefixes):
            return event
    return f"polnear:{path.name}"


def scores(clusters: list[list[str]], gold: dict[str, str]) -> dict[str, float]:
    """Purity (each cluster's majority story), inverse purity (each story's largest cluster) and pairwise
    precision/recall/F1 over article pairs put in one story."""
    n = sum(map(len, clusters))
    stories: dict[str, list[str]] = {}
    for aid, label in gold.items():
        stories.setdefault(label, []).append(aid)
    where = {aid: i for i, c in enumerate(clusters) for aid in c}
    purity = sum(max(sum(gold[a] == g for a in c) for g in {gold[a] for a in c}) for c in clusters) / n
    inverse = sum(max(sum(where[a] == i for a in s) for i in {where[a] for a in s})
                  for s in stories.values()) / n
    predicted = {frozenset(p) for c in clusters for p in combinations(c, 2)}
    true = {frozenset(p) for s in stories.values() for p in combinations(s, 2)}
    tp = len(predicted & true)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(true) if true else 1.0
    return {"purity": purity, "inverse purity": inverse, "pair P": p, "pair R": r,
            "pair F1": 2 * p * r / (p + r) if p + r else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", action="store_true", help="add the PolNeAR dev texts to the mix")
    parser.add_argument("--db", type=Path, help="a store already built from the same inputs")
    parser.add_argument("--sweep", help="comma-separated thresholds to score besides the default")
    args = parser.parse_args()

    from newsdossier import build, open_store
    from newsdossier.stories import THRESHOLD, cluster, partition

    inputs = [*sorted(str(p) for p in (SHARED / "seeds").glob("*.txt")), str(REPO / "samples")]
    if args.polnear:
        inputs.append(str(SHARED / "data" / "polnear" / "dev" / "text"))
    db = args.db
    if db is None:
        out = Path(tempfile.mkdtemp(prefix="stories-bench-"))
        started = time.perf_counter()
        db = build(inputs, out).db
        print(f"built {len(inputs)} inputs in {time.perf_counter() - started:.1f} s into {db}")
    with open_store(db, readonly=True, create=False) as store:
        articles, entities = store.load_articles(), store.load_entities()
    gold = {a.id: gold_label(a.source) for a in articles}
    started = time.perf_counter()
    stories = cluster(articles, entities)
    elapsed = time.perf_counter() - started
    print(f"{len(articles)} articles, {len(set(gold.values()))} gold stories -> {len(stories)} stories; "
          f"clustering {elapsed * 1000:.0f} ms (features, similarity, average-link, ids, titles)")
    thresholds = [THRESHOLD, *(float(t) for t in args.sweep.split(","))] if args.sweep else [THRESHOLD]
    print(f"{'threshold':>9}  {'stories':>7}  {'purity':>6}  {'inv.pur':>7}  {'pair P':>6}  {'pair R':>6}  "
          f"{'pair F1':>7}  seeds+samples exact")
    for threshold in thresholds:
        clusters = partition(articles, entities, threshold)
        s = scores(clusters, gold)
        exact = all(sorted(aid for aid in gold if gold[aid] == story) in clusters
                    for story in ("donbas", "orlovac-flood"))
        print(f"{threshold:>9.3f}  {len(clusters):>7}  {s['purity']:>6.3f}  {s['inverse purity']:>7.3f}  "
              f"{s['pair P']:>6.3f}  {s['pair R']:>6.3f}  {s['pair F1']:>7.3f}  {'yes' if exact else 'no'}")


if __name__ == "__main__":
    main()
