"""Attribution accuracy and speed on PolNeAR: newsdossier beside spaCy small + textacy, in one run.

    .venv/bin/python bench/attribution.py dev [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsdossier.eval import polnear  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=polnear.SPLITS, nargs="?", default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    gold = polnear.load(args.split, limit=args.limit)
    results = [polnear.evaluate(args.split, name, gold=gold) for name in polnear.SYSTEMS]
    print(f"PolNeAR {args.split}: {len(gold)} articles, {sum(len(a.units) for a in gold)} gold attributions")
    print(polnear.table(results))
    if args.json:
        print(json.dumps([r.as_dict() for r in results], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
