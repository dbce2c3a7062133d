"""How quote extraction grows with a document's length, on long runs of one construction (the shape of a
hostile or badly cleaned page: no line breaks, thousands of quotes, the same names over and over).

For each construction the text is the team's own sentence repeated N, 2N and 4N times. Both systems read the
same text: newsdossier's entity labelling and quote extraction (`mentions_of`, `extract_quotes`; parse
excluded) and the peer's textacy `direct_quotations` (parse excluded). The "growth" columns are the time for 4N over the time for N: 4.0 is
linear, 16 quadratic. Run from the repository root: ``.venv/bin/python bench/scaling.py [--n 150]``.
"""

from __future__ import annotations

import argparse
import time

from newsdossier.analyse import MODEL_PACKAGE, mentions_of, nlp
from newsdossier.extract.quotes import extract_quotes
from newsdossier.model import Article

CONSTRUCTIONS = {
    "one line, he said": ("Tom Reed spoke. He said the plan was fine and he is confident that it works.", " "),
    "paragraphs, stance": ('A spokesman for the mayor said the port would open. He added that the union is '
                           'skeptical of the deal, "We will see," adding that "it is late."', "\n\n"),
    "one line, role and he": ('Mayor Peter Voss spoke about the nominee\'s plan. "It works," the nominee said. '
                              '"Fine," he went on.', " "),
    "labels": ('UPDATE - Tom Reed and Ann Lee: "We Will Win It."\n"A HARBOUR WITHOUT BOATS"\nAdding, "more"', "\n"),
}


def ours(text: str) -> tuple[float, int]:
    doc = nlp()(text)
    started = time.perf_counter()
    found = extract_quotes(Article("bench", 0, text), doc, mentions_of(doc, "bench"))
    return time.perf_counter() - started, len(found)


def peer(text: str) -> tuple[float, int]:
    import importlib

    from textacy.extract.triples import direct_quotations

    doc = importlib.import_module(MODEL_PACKAGE).load()(text)
    started = time.perf_counter()
    try:
        found = len(list(direct_quotations(doc)))
    except Exception:  # textacy raises on an odd number of quote marks
        found = -1
    return time.perf_counter() - started, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=150, help="repeats of the sentence in the smallest text")
    n = parser.parse_args().n
    ours(CONSTRUCTIONS["labels"][0])  # load the model and warm the caches once
    print(f"{'construction':24} {'chars at 4N':>11} | {'ours s (N, 2N, 4N)':>21} {'growth':>6} {'quotes':>6} | "
          f"{'peer s (N, 2N, 4N)':>21} {'growth':>6} {'quotes':>6}")
    for name, (unit, joiner) in CONSTRUCTIONS.items():
        texts = [joiner.join([unit] * (n * k)) for k in (1, 2, 4)]
        rows = [[f(t) for t in texts] for f in (ours, peer)]
        cells = []
        for runs in rows:
            secs = " ".join(f"{s:6.2f}" for s, _ in runs)
            growth = runs[2][0] / runs[0][0] if runs[0][0] else float("nan")
            found = runs[2][1]
            cells.append(f"{secs:>21} {growth:6.1f} {found if found >= 0 else 'fail':>6}")
        print(f"{name:24} {len(texts[2]):11} | {cells[0]} | {cells[1]}")


if __name__ == "__main__":
    main()
