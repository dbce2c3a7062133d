"""Words and patterns that tell names from roles in news text: honorifics, place words, office and role
descriptions ("the mayor", "the Kyiv-based analyst"), and the corpus's own outlets named in an article."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame lord lady president pres prime minister pm chancellor senator sen rep gov governor "
    "cmdr commander gen general col colonel lt lieutenant sgt sergeant capt captain maj major prof professor rev "
    "king queen prince princess pope judge justice mayor secretary ambassador"
    .split())
PLACE_WORDS = frozenset(
    "oblast oblasts region regions republic republics federation basin peninsula sea ocean river ridge province "
    "provinces island islands strait gulf bay valley mountains".split())
# The last word of a name that heads an organisation ("Sava Basin Institute", "Black Sea Fleet").
ORG_HEADS = frozenset(
    "institute university college agency ministry company corporation council committee bank fund foundation "
    "association union party fleet army service office centre center authority commission herald post times "
    "gazette ledger tribune".split())
# Offices one person holds at a time: "the mayor" alone may name the one mayor the story has.
OFFICES = r"president|prime minister|premier|chancellor|(?:[a-z]+ )?minister|mayor|governor|chief executive"
ROLES = rf"{OFFICES}|leader|analyst|spokes(?:man|woman|person)|commander|official|envoy|ambassador"
# "the Ukrainian president", "the Kyiv-based analyst", "Russia's leader": a person named by a role.
DESCRIPTION = re.compile(
    rf"\b(?:[Tt]he|(?P<poss>[A-Z][\w.]*)['\u2019]s)\s+(?:(?P<based>[A-Z][\w'\u2019]*)-based\s+)?"
    rf"(?:(?P<qual>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+)?(?P<role>{ROLES})\b")
OFFICE = re.compile(OFFICES)


class _Spanned(Protocol):
    start: int
    end: int


_S = TypeVar("_S", bound=_Spanned)


def with_outlets(text: str, have: list[_S], outlets: Sequence[str],
                 make: Callable[[int, int, str], _S]) -> list[_S]:
    """Add the corpus's own outlets named in the text ("The Independent reported"), which spaCy often misses or
    cuts short ("Scottish" of "Scottish Sun"); a span inside an outlet's name gives way to it. ``outlets``
    longest first; ``make(start, end, text)`` builds the new span."""
    out = list(have)
    for name in outlets:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            inside = [c for c in out if m.start() <= c.start and c.end <= m.end()]
            if any(c.start < m.end() and m.start() < c.end for c in out if c not in inside):
                continue
            out = [c for c in out if c not in inside]
            out.append(make(m.start(), m.end(), m.group(0)))
    return out


def outlet_names(outlets: Iterable[str | None]) -> list[str]:
    """Distinct outlet names, longest first (so "Scottish Sun" is found before "Sun")."""
    return sorted({o for o in outlets if o and o.strip()}, key=len, reverse=True)
