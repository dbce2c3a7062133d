"""Cut an article's text into runs that are each covered by the same set of highlighted items.

Quotes, claims, mentions and link targets overlap freely (a claim inside a quote, a name inside a claim), so
they cannot each be one HTML element. Splitting the text at every item boundary gives flat runs that carry
the classes and item ids of everything covering them; concatenated, the runs are the text, unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    cls: str  # CSS class: "q" quote, "c" claim, "e" entity mention
    key: str  # the item id


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    text: str
    classes: tuple[str, ...]
    keys: tuple[str, ...]  # ids of the items covering the run, innermost (shortest) first
    anchors: tuple[str, ...]  # ids of link targets that start here


def runs(text: str, marks: Iterable[Mark] = (), anchors: Iterable[tuple[int, int, str]] = ()) -> list[Run]:
    n = len(text)
    marks = [m for m in marks if 0 <= m.start < m.end <= n]
    starts: dict[int, list[str]] = {}
    ends: set[int] = set()
    for start, end, anchor in anchors:
        if 0 <= start < end <= n:
            starts.setdefault(start, []).append(anchor)
            ends.add(end)  # so that a link target covers whole runs and nothing past its end
    cuts = sorted({0, n, *starts, *ends, *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for lo, hi in pairwise(cuts):
        covering = sorted((m for m in marks if m.start <= lo and m.end >= hi), key=lambda m: m.end - m.start)
        out.append(Run(lo, hi, text[lo:hi], tuple(dict.fromkeys(m.cls for m in covering)),
                       tuple(m.key for m in covering), tuple(starts.get(lo, ()))))
    return out
