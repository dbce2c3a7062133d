"""Learn the cue lexicon (src/newsdossier/data/cue_lexicon.json) from PolNeAR train and print what it chose.

    .venv/bin/python bench/learn_cues.py [--skip N] [--limit N] [--min-right 3] [--min-precision 0.6] [--dry-run]

``--skip`` leaves the first N train articles out, so that they can check the lexicon learned from the rest.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsdossier.eval import cuelexicon, polnear  # noqa: E402
from newsdossier.extract.lexicon import LEXICON_FILE  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N train articles")
    parser.add_argument("--limit", type=int, default=None, help="only N articles after those skipped")
    parser.add_argument("--min-right", type=int, default=cuelexicon.DEFAULT_MIN_RIGHT)
    parser.add_argument("--min-precision", type=float, default=cuelexicon.DEFAULT_MIN_PRECISION)
    parser.add_argument("--out", type=Path, default=LEXICON_FILE)
    parser.add_argument("--dry-run", action="store_true", help="print the entries, write nothing")
    args = parser.parse_args(argv)
    gold = polnear.load("train")[args.skip:]
    gold = gold[:args.limit] if args.limit is not None else gold
    counts = cuelexicon.count(gold)
    entries = cuelexicon.select(counts, args.min_right, args.min_precision)
    print(f"{'lemma':<16} {'reach':<14} {'seen':>5} {'right':>6}")
    for e in entries:
        print(f"{e['lemma']:<16} {e['reach']:<14} {e['seen']:>5} {e['right']:>6}")
    tried, right = sum(counts.seen.values()), sum(counts.right.values())
    kept_seen = sum(counts.seen[(e["lemma"], e["reach"])] for e in entries)  # type: ignore[index]
    kept_right = sum(counts.right[(e["lemma"], e["reach"])] for e in entries)  # type: ignore[index]
    print(f"{len(gold)} articles: {tried} items tried, {right} right; {len(entries)} entries keep "
          f"{kept_seen} items, {kept_right} right")
    if not args.dry_run:
        cuelexicon.write(args.out, entries, len(gold), args.min_right, args.min_precision)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
