"""Cut a plain-text dump into its articles and recover each one's outlet, title, author and date.

Aggregator pages (Daily8 and kin) list further articles under headers of the form::

    Daily Mirror          <- outlet
    19 minutes ago        <- when the aggregator scraped it (never turned into a date: no reference moment)
    - Daily Mirror        <- the outlet again, as a byline
    <title>
    <body>

A header needs the outlet/time-ago pair; the "- outlet" line proves a lone one, otherwise the pair must recur
(two or more) before it is trusted. Text before the first header is the page's lead article. Metadata is read
only from where pages print it - a headline line, a "By …" byline or "Published …" dateline right under the
title, an agency dateline opening the story ("ZAGREB, March 13, 2026 (Kestrel Wire) -"), a "(Reporting by …)"
credit or an author bio cut as clutter - never from dates inside the story's prose.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import clutter


@dataclass(slots=True)
class Piece:
    """One article cut from a dump, cleaned, with what the page says about it."""

    text: str
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date


# A name line: an outlet ("The Independent", "BBC News", "news.com.au"), not a sentence.
_NAME_LINE = re.compile(r"[\w&'’][\w&'’.-]*(?: [\w&'’][\w&'’.-]*){0,5}(?<![.!?:;,])")
_DASHES = "-–—"
_MONTHS = {m: i for i, names in enumerate(
    ["jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
     "sep sept september", "oct october", "nov november", "dec december"], start=1) for m in names.split()}
_MONTH = r"(?P<m>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = (
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? (?P<y>\d{{4}})\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y>\d{{4}})\b", re.IGNORECASE),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
)
_PERSON = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|da|del|la|le|bin|al)){0,4}"
# "By Ann Lee", "By Ann Lee and Bo Chen", "By Ann Lee, Bo Chen and Cy Dee"; a comma not in such a list starts
# the role or outlet ("By Ann Lee, Political Editor").
_BYLINE = re.compile(
    rf"By:? (?P<name>{_PERSON}(?:(?:, {_PERSON})*,? (?:and|&) {_PERSON})?)(?P<rest>\W.*)?$")
_DATELINE = re.compile(r"(?:(?:First )?Published|Updated|Last updated|Posted|Date)\b:?", re.IGNORECASE)
# A wire dateline: place in capitals, optional date, the agency in brackets, a dash.
_WIRE = re.compile(
    r"(?P<head>[A-Z][A-Z.'’ -]+(?:,[^()\n]{0,60}?)?) \((?P<agency>[A-Z][^()\n]{1,40})\) [-–—] ")
_REPORTING_BY = re.compile(
    rf"\((?:Additional )?(?:Reporting|Writing) by (?P<name>{_PERSON}(?:(?:, | and | & ){_PERSON})*)")
# First words that make "By …" a phrase of time, not a byline ("By Friday, the water had gone").
_NOT_NAMES = frozenset(_MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday the this that then now late early mid noon "
    "midnight".split())
_BYLINE_WORDS = frozenset("and of the for in at on with from updated published am pm".split())
_META_LINE_MAX = 160  # a byline or dateline is one short line
# What may stand around a date on a dateline: weekday, time, am/pm, zone ("Friday 15 August 2025 10:02 BST").
_DATE_DRESSING = re.compile(r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b[ap]\.?m\.?\b)"
                            r"|\b\d{1,2}[:.]\d{2}\b|\b[A-Z]{2,4}\b|[\W_]")


def split(text: str) -> list[Piece]:
    """The articles in one plain-text dump, in reading order; pieces with no text left are dropped."""
    lines = clutter.normalise_lines(text)
    headers = _headers(lines)
    pieces = [_piece(lines[: headers[0][0] if headers else len(lines)], outlet=None)]
    for k, (index, length) in enumerate(headers):
        stop = headers[k + 1][0] if k + 1 < len(headers) else len(lines)
        pieces.append(_piece(lines[index + length: stop], outlet=lines[index]))
    return [p for p in pieces if p.text]


def _headers(lines: list[str]) -> list[tuple[int, int]]:
    """(line index, header length) of every aggregator header."""
    found: list[tuple[int, int, bool]] = []
    for i in range(len(lines) - 1):
        name = lines[i]
        if _is_name(name) and clutter.TIME_AGO.fullmatch(lines[i + 1]):
            byline = i + 2 < len(lines) and len(lines[i + 2]) > 2 and lines[i + 2][0] in _DASHES \
                and lines[i + 2][1:].strip() == name
            found.append((i, 3 if byline else 2, byline))
    if len(found) < 2:
        found = [h for h in found if h[2]]
    return [(i, length) for i, length, _ in found]


def _is_name(line: str) -> bool:
    return len(line) <= 60 and bool(_NAME_LINE.fullmatch(line)) and not clutter.TIME_AGO.fullmatch(line)


def _piece(lines: list[str], outlet: str | None) -> Piece:
    removed: list[clutter.Removal] = []
    paragraphs = [p for p in clutter.clean("\n".join(lines), removed).split(clutter.PARAGRAPH_BREAK) if p]
    piece = Piece(text="", outlet=outlet)
    if paragraphs and _is_title(paragraphs, headed=outlet is not None):
        piece.title = paragraphs.pop(0)
    # Byline, dateline and "- Outlet" lines right under the title are metadata, not story.
    found = []
    while paragraphs and (meta := _meta(paragraphs[0])):
        found.append(meta)
        paragraphs.pop(0)
    if paragraphs:
        found.append(_wire_dateline(paragraphs[0]))
    # An agency's "(Reporting by …)" line or the author's bio, both cut as clutter, name the author.
    found.extend(_Meta(author=m.group("name")) for r in removed if r.rule == "wire-credits"
                 and (m := _REPORTING_BY.search(r.text)))
    found.extend(_Meta(author=clutter.bio_name(r.text)) for r in removed if r.rule == "author-bio")
    for meta in found:
        piece.outlet = piece.outlet or meta.outlet
        piece.author = piece.author or meta.author
        piece.published = piece.published or meta.published
    piece.text = clutter.PARAGRAPH_BREAK.join(paragraphs)
    return piece


def _wire_dateline(paragraph: str) -> _Meta:
    """An agency dateline opening the story: "ZAGREB, March 13, 2026 (Kestrel Wire) - …" (kept in text)."""
    match = _WIRE.match(paragraph)
    if not match:
        return _Meta()
    return _Meta(outlet=match.group("agency"), published=find_date(match.group("head")))


def _is_title(paragraphs: list[str], headed: bool) -> bool:
    """A headline: one short line that is not a sentence. Under an aggregator header the first line is the
    title by position; at the top of a dump it must also be followed (after any byline) by prose."""
    first = paragraphs[0]
    words = first.split()
    if not (2 <= len(words) <= 30 and len(first) <= 250) or first[-1] in ".,;:" or first[0].islower() \
            or _meta(first):
        return False
    if headed:
        return True
    prose = next((p for p in paragraphs[1:] if not _meta(p)), "")
    return prose[-1:] in tuple(".!?'\"’”") and len(prose) > len(first)


@dataclass(frozen=True, slots=True)
class _Meta:
    outlet: str | None = None
    author: str | None = None
    published: str | None = None


def _meta(line: str) -> _Meta | None:
    """What a byline ("By Jane Doe | 15 August 2025"), dateline ("Published: Aug. 15, 2025") or "- Outlet"
    line says; None for any other line."""
    if len(line) > _META_LINE_MAX:
        return None
    if line[0] in _DASHES and _is_name(line[1:].strip()):
        return _Meta(outlet=line[1:].strip())
    byline = _BYLINE.match(line)
    if byline and _is_byline(byline):
        return _Meta(author=byline.group("name"), published=find_date(byline.group("rest") or ""))
    date = find_date(line)
    if date and (_DATELINE.match(line) or _mostly_date(line)):
        return _Meta(published=date)
    return None


def _is_byline(match: re.Match[str]) -> bool:
    """"By Jane Doe, Political Editor | 15 Aug 2025", not "By Friday, the water had gone." """
    if match.group("name").split()[0].lower().rstrip(".") in _NOT_NAMES:
        return False
    rest = match.group("rest") or ""
    lower = [w for w in re.findall(r"\b[a-z]\w*", rest) if w not in _BYLINE_WORDS]
    return bool(find_date(rest)) or (not lower and rest[-1:] not in tuple(".!?"))


def find_date(text: str) -> str | None:
    """The first calendar date written out in ``text`` ("15 August 2025", "Aug. 15, 2025", "2025-08-15") in
    ISO form; the one after "Published" when the line also has an "Updated" one."""
    published = re.search(r"published\b", text, re.IGNORECASE)
    for start in ([published.end()] if published else []) + [0]:
        found = [m for pattern in _DATES if (m := pattern.search(text, start))]
        for match in sorted(found, key=lambda m: m.start()):
            iso = _iso(match)
            if iso:
                return iso
    return None


def _iso(match: re.Match[str]) -> str | None:
    month = match.group("m")
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    try:
        return dt.date(int(match.group("y")), number, int(match.group("d"))).isoformat()
    except ValueError:
        return None


def _mostly_date(line: str) -> bool:
    """A line that is a date with at most a weekday, a time and a zone around it."""
    rest = line
    for pattern in _DATES:
        rest = pattern.sub("", rest)
    rest = _DATE_DRESSING.sub("", rest)
    return len(rest) <= 3
