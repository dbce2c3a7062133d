"""Quote-mark parsing: pair opening and closing marks into quoted stretches of text.

Marks are paired by kind (double: ``" “ ” „ « »``, single: ``' ‘ ’ ‚``) with a stack per paragraph, so nested
quotes ("… says, 'Fine, let's make a deal.' That's …") and odd counts never break the parse. A single mark
between letters, or one that starts a contraction (``'s``, ``'90s``), is an apostrophe. A curly mark set the
wrong way round takes the role its place gives it, and a straight double mark that lost its space between a
comma or full stop and a word ('audiences,"Katie') may open or close. A quote left open at
the end of its paragraph is closed by a stray closing mark of the other kind (a quote that opens with ``"``
and closes with ``'``), continues into the next paragraph when that one opens with a quote mark (the
British convention for multi-paragraph quotes), or runs to the paragraph end when it opened the paragraph or
followed a colon. Anything else unmatched is dropped, never raised.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

MarkKind = Literal["double", "single"]

DOUBLE = frozenset('"“”„«»')
SINGLE = frozenset("'‘’‚")
QUOTE_MARKS = DOUBLE | SINGLE
_OPENERS_ONLY = frozenset("“„«‘‚")
_CLOSERS_ONLY = frozenset("”»")
# What may stand before an opening mark, and after a closing one (besides any space: pages use no-break ones).
_BEFORE_OPEN = frozenset("([{<—–-/:") | QUOTE_MARKS
_AFTER_CLOSE = frozenset(".,;:!?)]}>—–-…/") | QUOTE_MARKS
_CONTRACTION = re.compile(r"(?:s|t|d|m|re|ve|ll|em|n|\d0s|\d\ds?)\b", re.IGNORECASE)
# Words that, right after a closing mark, show that the mark did close a quote ("… the war' said Mr X").
_CUE_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|adds|asked|wrote|writes|according)\b")


@dataclass(frozen=True, slots=True)
class Quoted:
    """The content of one quote inside one paragraph (marks excluded)."""

    start: int
    end: int
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when the quote runs on to the paragraph end
    chain: int  # equal for the paragraphs of one quote that runs over several paragraphs
    continued: bool = False  # this paragraph continues a quote opened in an earlier one


def _opens(prev: str, nxt: str) -> bool:
    return (prev.isspace() or prev in _BEFORE_OPEN) and not nxt.isspace()


def _closes_after(prev: str, nxt: str) -> bool:
    return not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE)


def _before(text: str, i: int, lo: int) -> str:
    """The character before ``text[i]`` in a paragraph starting at ``lo``, past invisible format marks (a
    left-to-right mark before a quote that opens a line); a space at the paragraph start."""
    while i > lo and unicodedata.category(text[i - 1]) == "Cf":
        i -= 1
    return text[i - 1] if i > lo else " "


def _spaced_closer(text: str, i: int, lo: int, hi: int) -> bool:
    """Whether the double mark at ``i`` closes though spaces set it off: from a comma or stop when its cue
    follows ("… coalitions, '' said Mr. X"), or from a nested quote's closer ("… the term 'Manhattan
    poor,'  '' she said", "… it cannot be 'Okay, we won,' " she said")."""
    end = i + width(text, i)
    nxt = text[end] if end < hi else " "
    j = i
    while j > lo + 1 and text[j - 1] == " ":
        j -= 1
    if j == i:
        return False
    if text[j - 1] in {",", ".", "?", "!"}:
        return _CUE_AFTER.match(text, end, hi) is not None
    return text[j - 1] in {"'", "’"} and not text[j - 2].isspace() and _closes_after(text[j - 1], nxt)


def _kind(ch: str) -> MarkKind:
    return "double" if ch in DOUBLE else "single"


def _roles(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool, bool]:
    """(can open, can close, possessive-or-closer) for the mark at ``text[i]`` in the paragraph ``text[lo:hi]``."""
    ch = text[i]
    prev = _before(text, i, lo)
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch in SINGLE:
        if prev.isalnum() and nxt.isalnum():
            return False, False, False  # don't, Ukraine's
        if (ch != "‘" and nxt.isalnum() and (prev.isspace() or prev == "(")
                and _CONTRACTION.match(text, i + 1, hi)):
            return False, False, False  # a spaced possessive ('s), '90s, 'em
        if (prev in "sS" and nxt.isspace() and text[i + 2:i + 3].islower()
                and not _CUE_AFTER.match(text, i + 1, hi)):
            return False, True, True  # "parents' house", or the end of "… Musketeers' bodyguards"
    can_open, can_close = _opens(prev, nxt), _closes_after(prev, nxt)
    # A curly mark set the wrong way round ('the “review“ of', '”Yes,” he said') plays the role its place
    # shows: a mark glued to the word before it and followed by a space closes.
    if ch in _OPENERS_ONLY:
        return not can_close or can_open, can_close and not can_open, False
    if ch in _CLOSERS_ONLY:
        return can_open and not can_close, not can_open or can_close, False
    if ch == '"' and prev.isspace() and not can_open and _spaced_closer(text, i, lo, hi):
        return False, True, False
    if ch == '"' and prev in ",.!?" and nxt.isalpha():
        can_open = can_close = True  # a space lost beside it: 'audiences,"Katie Roe said' or 'said,"We …'
    if ch == "’" and can_open and not nxt.isalpha():
        can_open = False
    return can_open, can_close, False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of ``text``, whitespace trimmed."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


@dataclass(slots=True)
class _Mark:
    pos: int
    kind: MarkKind
    can_open: bool
    can_close: bool
    ambiguous: bool  # a possessive apostrophe unless it closes an open quote


def width(text: str, i: int) -> int:
    """Characters in the mark at ``i``: 2 for the typewriter double marks ``''`` and ````` ``."""
    return 2 if text.startswith(("''", "``"), i) else 1


def _marks(text: str, lo: int, hi: int) -> list[_Mark]:
    marks = []
    i = lo
    while i < hi:
        if text[i] in QUOTE_MARKS or text.startswith("``", i):
            w = width(text, i)
            if w == 2:
                prev = _before(text, i, lo)
                nxt = text[i + 2] if i + 2 < hi else " "
                can_open = _opens(prev, nxt)
                can_close = text[i] == "'" and (_closes_after(prev, nxt) or _spaced_closer(text, i, lo, hi))
                marks.append(_Mark(i, "double", can_open, can_close, False))
            else:
                can_open, can_close, ambiguous = _roles(text, i, lo, hi)
                if can_open or can_close:
                    marks.append(_Mark(i, _kind(text[i]), can_open, can_close, ambiguous))
            i += w
        else:
            i += 1
    return marks


def _closes(marks: list[_Mark], k: int, opener: _Mark, stray: list[_Mark]) -> bool:
    """An ambiguous mark closes the open quote unless the next plain mark of its kind is a closer, or the
    quote was already closed by a mark of the other kind."""
    if any(m.kind != opener.kind and m.pos > opener.pos for m in stray):
        return False
    for later in marks[k + 1:]:
        if later.kind == marks[k].kind and not later.ambiguous:
            return later.can_open
    return True


def _pair(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int | None]], int | None]:
    """Outermost (open, close) pairs of one paragraph, in order; close None for a quote that stops at the
    next opener of its kind (a run-on in a flattened paragraph). Also the opener left open at the end."""
    marks = _marks(text, lo, hi)
    stack: list[_Mark] = []
    pairs: list[tuple[int, int | None]] = []
    stray: list[_Mark] = []  # closing marks with no opener of their kind

    def settle(opener: _Mark, bound: int) -> tuple[int, int | None]:
        # A quote that opens with one kind of mark and closes with the other ends at the last such closer.
        closers = [m.pos for m in stray if m.kind != opener.kind and opener.pos < m.pos < bound]
        return (opener.pos, closers[-1]) if closers else (opener.pos, None)

    for k, m in enumerate(marks):
        open_same = [j for j, o in enumerate(stack) if o.kind == m.kind]
        if m.can_close and open_same and (not m.ambiguous or _closes(marks, k, stack[open_same[-1]], stray)):
            j = open_same[-1]
            pairs.append((stack[j].pos, m.pos))
            del stack[j:]
        elif m.can_open:
            if m.kind == "double" and open_same:
                # Double marks do not nest: a new opener ends the quote still open (a lost paragraph break).
                j = open_same[-1]
                pairs.append(settle(stack[j], m.pos))
                del stack[j:]
            stack.append(m)
        elif m.can_close and not m.ambiguous:
            stray.append(m)
    left: int | None = None
    for opener in stack:
        settled = settle(opener, hi)
        if settled[1] is not None:
            pairs.append(settled)
        elif left is None:
            left = opener.pos
    pairs.sort(key=lambda p: p[0])
    outer: list[tuple[int, int | None]] = []
    for o, c in pairs:
        if outer and outer[-1][1] is not None and o < outer[-1][1]:
            continue  # nested inside the previous quote
        outer.append((o, c))
    if left is not None and any(o < left and (c is None or c > left) for o, c in outer):
        left = None
    return outer, left


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–"):
        end -= 1
    return start, end


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text``, in reading order; never raises on unbalanced marks."""
    paras = paragraphs(text)
    out: list[Quoted] = []
    chain = 0
    running: int | None = None  # chain of a quote left open at the end of the previous paragraph
    for n, (lo, hi) in enumerate(paras):
        pairs, left = _pair(text, lo, hi)
        items = list(pairs)
        if left is not None:
            next_opens = n + 1 < len(paras) and text[paras[n + 1][0]] in QUOTE_MARKS
            if next_opens or left == lo or text[lo:left].rstrip().endswith(":"):
                items.append((left, None))
        items.sort(key=lambda oc: oc[0])
        carried, running = running, None
        for k, (o, c) in enumerate(items):
            stop = c if c is not None else (items[k + 1][0] if k + 1 < len(items) else hi)
            s, e = _trim(text, o + width(text, o), stop)
            if s >= e:
                continue
            if carried is not None and (o == lo or k > 0):
                cid, continued = carried, True
            else:
                chain += 1
                cid, continued = chain, False
            carried = cid if c is None and stop < hi else None  # a run-on continues into the next quote
            out.append(Quoted(s, e, o, c, cid, continued))
            if c is None and stop == hi:
                running = cid
    return out
