"""HTML main-text extraction on Zyte's article-extraction benchmark: newsdossier beside trafilatura.

    .venv/bin/python bench/aeb.py [--data ../shared/data/aeb] [--repeat 1]

Metric as in the benchmark's evaluate.py: per page, TP/FP/FN over 4-token shingles (``\\w+`` tokens)
normalised by their sum; precision and recall are averaged over pages and F1 is taken from the averages.
Speed is pages/s on one core (the process is pinned to one CPU), extraction only (pages are decompressed
and decoded first); the tools take turns page by page so that other load on the machine slows all alike.
The "tune" and "held-out" columns split the pages in two by the parity of their sorted index: the
extractor's rules were tuned looking only at the tune half, so the held-out F1 estimates its quality on
pages we do not have.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdossier.clean.maintext import CONFIDENT_CHARS, extract_main_text, fast_main_text  # noqa: E402

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_scores(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) for one page, as the benchmark computes them."""
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp, fn = sum(p.values()) - tp, sum(t.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def summarise(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(F1, precision, recall) with precision and recall averaged over pages."""
    def prec(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def rec(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean(prec(*r) for r in rows if r[0] + r[1] > 0)
    r = statistics.mean(rec(*r) for r in rows if r[0] + r[2] > 0)
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def run_tools(tools: dict[str, Callable[[str], str | None]], pages: dict[str, str],
              repeat: int) -> tuple[dict[str, dict[str, str]], dict[str, float]]:
    """Each tool's output per page and its pages/s. The tools take turns page by page, so a load that comes
    and goes on the machine slows them all alike; each page's time is the best of ``repeat`` runs."""
    for fn in tools.values():  # first-call set-up (lazy imports, caches) is not extraction time
        fn("<html><body><p>warm-up</p></body></html>")
    outputs: dict[str, dict[str, str]] = {name: {} for name in tools}
    seconds = dict.fromkeys(tools, 0.0)
    for key, html in pages.items():
        for name, fn in tools.items():
            best = float("inf")
            for _ in range(repeat):
                start = time.perf_counter()
                result = fn(html)
                best = min(best, time.perf_counter() - start)
            outputs[name][key] = result or ""
            seconds[name] += best
    return outputs, {name: len(pages) / max(secs, 1e-9) for name, secs in seconds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "aeb")
    parser.add_argument("--repeat", type=int, default=1, help="time each tool this many times, keep the best")
    args = parser.parse_args()
    if not (args.data / "ground-truth.json").exists():
        sys.exit(f"AEB data not found at {args.data}")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {key: gzip.decompress((args.data / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
             for key in sorted(truth)}
    keys = sorted(truth)
    halves = {"tune": keys[0::2], "held-out": keys[1::2]}
    tools: dict[str, Callable[[str], str | None]] = {
        "newsdossier": extract_main_text,
        "trafilatura": lambda h: trafilatura.extract(h, include_comments=False),
        "trafilatura fast": lambda h: trafilatura.extract(h, include_comments=False, fast=True),
    }
    print(f"{len(pages)} pages, one core, best of {args.repeat} run(s) per page\n")
    print(f"{'tool':<18}{'F1':>7}{'P':>7}{'R':>7}{'F1 tune':>9}{'F1 held-out':>13}{'pages/s':>9}")
    outputs, speeds = run_tools(tools, pages, args.repeat)
    for name, out in outputs.items():
        rows = {key: page_scores(truth[key]["articleBody"], out[key]) for key in keys}
        f1, p, r = summarise(list(rows.values()))
        split = {half: summarise([rows[k] for k in ks])[0] for half, ks in halves.items()}
        print(f"{name:<18}{f1:>7.3f}{p:>7.3f}{r:>7.3f}{split['tune']:>9.3f}{split['held-out']:>13.3f}"
              f"{speeds[name]:>9.1f}")
    base = speeds["trafilatura"]
    print(f"\nnewsdossier runs {speeds['newsdossier'] / base:.1f}x trafilatura's pages/s "
          f"({speeds['newsdossier'] / speeds['trafilatura fast']:.1f}x trafilatura fast)")
    unsure = sum(len(fast_main_text(html)) < CONFIDENT_CHARS for html in pages.values())
    print(f"its fast path was unsure on {unsure} of {len(pages)} pages (those also ask JSON-LD, trafilatura)")


if __name__ == "__main__":
    main()
