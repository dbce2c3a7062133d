"""Date expressions in news text and their resolution to ISO dates.

:func:`find_dates` finds explicit dates ("June 28, 2019", "April 2022", "since 2014") and relative ones ("on
Friday", "Monday's meeting", "last year", "earlier this week", "11 years ago", "today"). :func:`resolve` turns
one into ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. A relative date needs a reference date (the article's
publication date); without one it resolves to None: we never guess.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Tense = Literal["past", "future"]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"a": 1, "an": 1}

_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|January|February|March|April|May|June|" \
         r"July|August|September|October|November|December)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|,\d|s\b|\s*(?:%|per\b|sq\b|km|kilomet|miles|troops|people|soldiers))"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?")),
    ("my", re.compile(rf"\b{_MONTH},?\s+{_YEAR}")),
    ("m", re.compile(rf"\b(?P<prep>[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|[Dd]uring|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext"
                     rf"|[Tt]his)\s+{_MONTH}\b(?!\s+[0-3]?\d)")),
    ("y", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring|[Oo]f|[Aa]round|"
                     rf"[Ee]arly|[Ll]ate|[Mm]id-)\s*{_YEAR}")),
    ("y", re.compile(rf"(?<=[Tt]he ){_YEAR}(?=\s[a-z])")),  # "the 2016 election"
    ("y", re.compile(rf"(?<=, ){_YEAR}(?=[,.])")),  # "In Helsinki, 2018, ..."
    ("wd", re.compile(r"\b(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Cc]oming)\s+)?(?P<wd>Monday|Tuesday|Wednesday|"
                      r"Thursday|Friday|Saturday|Sunday)(?:['\u2019]s)?(?:\s+(?:morning|afternoon|evening|night))?\b")),
    ("rel", re.compile(r"\b(?P<rel>[Tt]oday|TODAY|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast night)\b")),
    ("per", re.compile(r"\b(?:(?P<pre>[Ee]arlier|[Ll]ater)\s+)?(?P<mod>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>year|month|"
                       r"week)\b")),
    ("ago", re.compile(r"\b(?P<n>\d{1,3}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
                       r"[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Tt]wenty)\s+"
                       r"(?P<unit>year|month|week|day|hour|minute)s?\s+ago\b")),
]
_RELATIVE = frozenset({"m", "wd", "rel", "per", "ago"})


@dataclass(frozen=True, slots=True)
class DateExpr:
    start: int
    end: int
    text: str
    kind: str  # which pattern found it: mdy, dmy, my, m, y, wd, rel, per, ago
    groups: tuple[tuple[str, str], ...]  # the pattern's named groups that matched

    @property
    def relative(self) -> bool:
        """Needs a reference date ("on Friday", "June 28" without a year)."""
        return self.kind in _RELATIVE or (self.kind in ("mdy", "dmy") and "year" not in dict(self.groups))

    def get(self, name: str) -> str | None:
        return dict(self.groups).get(name)


def find_dates(text: str) -> list[DateExpr]:
    """Every date expression in ``text``, left to right, the longest where two overlap."""
    found = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            groups = tuple((k, v) for k, v in m.groupdict().items() if v is not None)
            found.append(DateExpr(m.start(), m.end(), m.group(0), kind, groups))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateExpr] = []
    for d in found:
        if not out or d.start >= out[-1].end:
            out.append(d)
    return out


def parse_iso(value: str | None) -> date | None:
    """A reference date from an ISO string ("2025-08-15", or a longer timestamp); None if unusable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve_weekday(weekday: int, reference: date, tense: Tense = "past", strict: bool = False) -> date:
    """The most recent ``weekday`` on or before ``reference`` (past) or the next on or after it (future).

    ``strict`` excludes the reference day itself ("last Friday", "next Friday").
    """
    if tense == "future":
        delta = (weekday - reference.weekday()) % 7
        return reference + timedelta(days=delta or (7 if strict else 0))
    delta = (reference.weekday() - weekday) % 7
    return reference - timedelta(days=delta or (7 if strict else 0))


def _month_shift(ref: date, months: int) -> tuple[int, int]:
    n = ref.year * 12 + ref.month - 1 + months
    return n // 12, n % 12 + 1


def _week(ref: date, weeks: int) -> str | None:
    """The ISO month of a week if the whole week lies in one month, else its year, else None."""
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=weeks)
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return f"{monday.year:04d}-{monday.month:02d}"
    return f"{monday.year:04d}" if monday.year == sunday.year else None


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower())


def resolve(expr: DateExpr, reference: date | None, tense: Tense | None = None) -> str | None:
    """ISO date for ``expr`` (YYYY, YYYY-MM or YYYY-MM-DD); None if it needs a reference and has none.

    ``tense`` is that of the verb the date belongs to; None (unknown) reads as past, news' default, except
    for "this Friday", which is ahead unless the verb is past.
    """
    month = _MONTHS.get((expr.get("month") or "").lower().rstrip("."))
    year = int(y) if (y := expr.get("year")) else None
    if expr.kind in ("mdy", "dmy") and month:
        day = int(expr.get("day") or 0)
        if year is None:
            if reference is None:
                return None
            year = reference.year
            if tense != "future" and (month, day) > (reference.month, reference.day):
                year -= 1
            elif tense == "future" and (month, day) < (reference.month, reference.day):
                year += 1
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if expr.kind == "my" and month and year:
        return f"{year:04d}-{month:02d}"
    if expr.kind == "y" and year:
        return f"{year:04d}"
    if reference is None:
        return None
    if expr.kind == "m" and month:
        mod = (expr.get("prep") or "").lower()
        year = reference.year
        if (mod == "last" or tense != "future") and month > reference.month and mod not in ("next", "this"):
            year -= 1
        elif (mod == "next" or tense == "future") and month < reference.month:
            year += 1
        return f"{year:04d}-{month:02d}"
    if expr.kind == "wd":
        mod = (expr.get("mod") or "").lower()
        weekday = _WEEKDAYS[(expr.get("wd") or "").lower()]
        if mod in ("next", "coming"):
            return resolve_weekday(weekday, reference, "future", strict=mod == "next").isoformat()
        if mod == "last":
            return resolve_weekday(weekday, reference, "past", strict=True).isoformat()
        if mod == "this" and tense != "past":
            return resolve_weekday(weekday, reference, "future").isoformat()
        return resolve_weekday(weekday, reference, tense or "past").isoformat()
    if expr.kind == "rel":
        rel = (expr.get("rel") or "").lower()
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(rel, 0)
        return (reference + timedelta(days=shift)).isoformat()
    if expr.kind == "per":
        step = {"last": -1, "this": 0, "next": 1}[(expr.get("mod") or "").lower()]
        unit = expr.get("unit")
        if unit == "year":
            return f"{reference.year + step:04d}"
        if unit == "month":
            y, m = _month_shift(reference, step)
            return f"{y:04d}-{m:02d}"
        return _week(reference, step)
    if expr.kind == "ago":
        n = _number(expr.get("n") or "")
        unit = expr.get("unit")
        if n is None:
            return None
        if unit == "year":
            return f"{reference.year - n:04d}"
        if unit == "month":
            y, m = _month_shift(reference, -n)
            return f"{y:04d}-{m:02d}"
        days = {"week": 7 * n, "day": n}.get(unit or "", 0)  # hours and minutes ago: the reference day
        return (reference - timedelta(days=days)).isoformat()
    return None
