"""Spans by bisection: the spans of an article near a range (:class:`SpanIndex`), and whether a position lies in
any of them (:class:`Stretches`), found without a walk over all of them.

Nesting asks, of every statement and quote, which others hold, overlap or end it; a walk over the whole
list makes a long article quadratic. Statements and quotes are sentence-sized, so the spans that can touch
a range start at most the longest span's length before it: a bisection on the starts finds them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from itertools import accumulate
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Spans (start, end, value), kept sorted by start; :meth:`near` gives those that touch a range, in the
    order they were added, so a caller's "first" or "smallest" choice is the same as over the whole list."""

    def __init__(self, spans: Iterable[tuple[int, int, T]] = ()) -> None:
        self._spans: list[tuple[int, int, int, T]] = []  # (start, end, order added, value)
        self._longest = 0
        for start, end, value in spans:
            self.add(start, end, value)

    def __len__(self) -> int:
        return len(self._spans)

    def add(self, start: int, end: int, value: T) -> None:
        insort(self._spans, (start, end, len(self._spans), value), key=lambda s: (s[0], s[2]))
        self._longest = max(self._longest, end - start)

    def near(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """Every span with ``s <= end`` and ``e >= start`` (touching counts), in the order added: a superset
        of those that overlap, hold or lie in ``start``-``end``, for the caller to test exactly."""
        lo = bisect_left(self._spans, start - self._longest, key=lambda s: s[0])
        hi = bisect_right(self._spans, end, key=lambda s: s[0])
        found = sorted((s for s in self._spans[lo:hi] if s[1] >= start), key=lambda s: s[2])
        return [(s, e, value) for s, e, _, value in found]


class Stretches:
    """Whether a position lies in any of a set of stretches [start, end), nested or overlapping ones too, by
    bisection: a long article asks this of every token it walks."""

    def __init__(self, stretches: Iterable[tuple[int, int]]):
        ordered = sorted(stretches)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # the furthest end opened so far

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any stretch shares a position with [start, end)."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start
