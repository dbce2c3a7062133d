"""Page clutter in plain-text dumps: link lists, promo lines, timestamps, photo captions, author bios.

The rules are a declarative list, like trafilatura's boilerplate patterns, each with a name so a test (or
:func:`clean`'s ``removed`` log) can tell which rule took what. Three kinds, applied in this order:

- ``tail``:   a whole line that starts the page furniture after the article ("You may also like") - it and
              every line after it go (a marker above all prose is only a menu entry: just that line goes);
- ``line``:   a whole line that is furniture ("Also Read", "19 minutes ago") - only that line goes;
- ``inline``: a run of words glued inside a paragraph (photo captions with their "Credit: …", contributor
              footers) - cut out, and the words either side joined again.

Two passes need more than one pattern: ``gallery-marker`` (the stray image-count numbers of a page whose
captions carry them) and ``author-bio`` (a proven bio sentence and the career sentences after it). Under
"Also Read" the promoted headline goes too, unless the article has section headings of its own.

Precision first: each pattern is anchored on wording that real prose does not use (a whole line, a gallery
marker, a "Credit:" label), so an article's own sentences are never touched. Paragraphs come out one per line,
separated by :data:`PARAGRAPH_BREAK`, inner whitespace collapsed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

PARAGRAPH_BREAK = "\n\n"  # as clean.html writes it: one blank line between paragraphs

RuleKind = Literal["tail", "line", "inline"]

# Soft hyphens, zero-width spaces and joiners, BOMs and C0 controls (tab and newlines excepted) carry no text.
_INVISIBLE = dict.fromkeys([0xAD, 0x200B, 0x2060, 0xFEFF, *range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1C),
                            0x1F, 0x7F])
_WRAP_WIDTH = range(50, 101)  # hard-wrapped text is 50-100 columns wide; web dumps put a paragraph on a line


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: RuleKind
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Removal:
    rule: str
    text: str


def _line(*alternatives: str) -> re.Pattern[str]:
    """A pattern for a whole line (case-insensitive, optional trailing colon or ellipsis)."""
    return re.compile(rf"(?:{'|'.join(alternatives)})\s*(?::|\.\.\.|…)?", re.IGNORECASE)


# Picture agencies, for captions glued into prose without a gallery marker (the marker-less form needs a known
# name to tell where the credit stops).
_AGENCY = (
    r"(?:Reuters|AP|AFP|Getty(?: Images)?|PA(?: Wire| Media)?|EPA(?:-EFE)?|Alamy|Shutterstock|Bloomberg|"
    r"Rex(?: Features)?|SWNS|Anadolu|Xinhua|UPI|Sipa|NurPhoto)(?: or licensors)?"
)
_END = r"[.!?'\"’”)]"  # what a finished sentence ends with
_SOCIAL = r"facebook|twitter|whatsapp|email|linkedin|reddit|pinterest|copy link|print"

# "19 minutes ago": when the page was scraped, relative to a moment nobody recorded - never a date.
TIME_AGO = re.compile(
    r"(?:(?:\d{1,3}|an?|one) (?:second|sec|minute|min|hour|hr|day|week|month|year)s?|\d{1,3} ?[smhdw]) ago"
    r"|just now", re.IGNORECASE)

RULES: tuple[Rule, ...] = (
    # -- tail: page furniture after the article; everything below it belongs to the page, not the story
    Rule("more-links", "tail", _line(r"you (?:may|might) also like", r"related (?:articles|stories)",
                                     r"recommended(?: for you)?", r"most (?:read|popular)", r"more stories",
                                     r"more from [\w' ]{1,30}")),
    Rule("hashtags", "tail", _line(r"hashtags", r"tags")),
    Rule("comments", "tail", _line(r"comments", r"\d+ comments?", r"join the conversation")),
    # -- line: one furniture line among article paragraphs
    Rule("also-read", "line", _line(r"also read", r"read also", r"read more", r"see also")),
    Rule("ai-promo", "line", _line(r"try our ai features", r"explore what [\w .'-]{1,30} can do for you")),
    Rule("no-comments", "line", _line(r"no comments yet", r"be the first to comment")),
    Rule("time-ago", "line", TIME_AGO),
    Rule("advert", "line", _line(r"advertisement", r"sponsored(?: content)?", r"share this article",
                                 r"story continues below(?: advertisement)?",
                                 r"sign up (?:to|for) [\w' ]{1,40}newsletters?")),
    Rule("kicker", "line", re.compile(r"EXCLUSIVE|BREAKING(?: NEWS)?|LIVE|WATCH|OPINION|ANALYSIS|UPDATED")),
    Rule("reading-time", "line", _line(r"\d{1,3} min(?:ute)?s? read", r"reading time:? [\w ]{1,20}",
                                       r"listen to (?:this )?(?:article|story)[\w ()]{0,20}")),
    Rule("share-bar", "line", re.compile(
        rf"(?:share(?: this)?|{_SOCIAL})(?:[ ,|/•·]+(?:share|x|{_SOCIAL}))*", re.IGNORECASE)),
    # BBC-style "Image source, Getty Images" / "Image caption, …" / "Media caption, …" lines.
    Rule("media-caption", "line", re.compile(r"(?:Image|Media|Video) (?:source|caption), [^\n]{1,250}")),
    Rule("caption-line", "line", re.compile(
        r"(?:(?:(?![.!?]\s)[^\n]){0,250}\s)?(?:Credit|Picture|Photo|Image)s?: [^\n.]{1,60}|"
        r"\(?(?:Image|Photo|Picture): [^\n)]{1,60}\)?")),
    Rule("hashtag-list", "line", re.compile(r"#\w+(?:\s+#\w+)*")),
    Rule("no-words", "line", re.compile(r"[\W_]{1,10}|\d{1,3}")),  # a lone ")", "___", "8" left by the page
    # -- inline: glued into a paragraph
    # "8 Trump and Putin shake hands Credit: AFP or licensors 8 …": gallery marker, caption, credit.
    Rule("gallery-caption", "inline", re.compile(
        r"(?<!\S)(?P<n>\d{1,2}) (?:(?! (?P=n) )(?!" + _END + r"\s)[^\n]){3,250}? Credits?: "
        r"(?:(?! (?P=n)\b)[^\n]){1,40}?(?= (?P=n)\b|$)")),
    # "… the war. Trump waves Credit: Reuters The talks …": a caption between sentences, ended by a known
    # agency.
    Rule("caption-credit", "inline", re.compile(
        r"(?:(?<=^)|(?<=" + _END + r" ))(?:\d{1,2} )?[A-Z][^\n.!?]{2,200}? Credits?: " + _AGENCY
        + r"(?=\s|$)")),
    Rule("photo-credit", "inline", re.compile(r"(?<!\S)\((?:Image|Photo|Picture)s?: [^()\n]{1,60}\)(?!\S)")),
    # "___ Associated Press reporters … contributed.": AP's contributor footer after a rule of underscores.
    Rule("contributors", "inline", re.compile(r"(?<!\S)_{3,}(?:\s[^\n]{0,600})?$")),
    # "(Reporting by Ann Lee; Editing by Bo Chen)": a wire agency's credit line.
    Rule("wire-credits", "inline", re.compile(
        r"(?<!\S)\((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Graphics) by [^()\n]{2,300}\)"
        r"(?!\S)")),
)

# Author bios: "<Name> is an award-winning journalist with 25 years of experience …" then sentences about
# "his career", "weekly columns", "Reporter of the Year". The first sentence must say it is a bio (an award, a
# career length, a beat), so a news sentence about a journalist ("X is a reporter who was detained") stays.
_NAME = r"(?:[A-Z][\w'’-]+|[A-Z]\.)(?: (?:[A-Z][\w'’-]+|[A-Z]\.|de|van|von|bin|al)){1,3}"
_ROLE = r"(?:journalist|reporter|correspondent|editor|writer|columnist|broadcaster|commentator|critic)"
_BIO_START = re.compile(  # "… is an award-winning journalist", "… is the Herald's environment correspondent"
    rf"(?<![\w'’-])(?P<name>{_NAME}) (?:is|has been) (?:an?|the|[A-Z][\w ]{{0,40}}?['’]s) "
    rf"(?:[\w'’,-]+ ){{0,4}}?{_ROLE}\b")
_BIO_PROOF = re.compile(
    r"award-winning|years of experience|(?:worked|written|wrote) for|specialis(?:es|ing) in|joined [A-Z]|"
    r"Reporter of the Year|columns?\b|columnist|a former (?:[\w-]+ ){0,2}(?:correspondent|reporter|editor)|"
    r"author of", re.IGNORECASE)
_BIO_MORE = re.compile(
    r"^(?:He|She|They|His|Her|Their|A former|Previously|Prior to|Before joining|Renowned|Known|Based)\b"
    r".*\b(?:journalis|report(?:er|ing)|edit|correspondent|column|exclusive|career|award|roles?\b|joined|"
    r"interview|coverage|desk|newsroom|Head of|has written|author of)")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+['\"’”]?|$)\s*")


def clean(text: str, removed: list[Removal] | None = None) -> str:
    """``text`` without page clutter: paragraphs one per line, joined by :data:`PARAGRAPH_BREAK`.

    Pass a list as ``removed`` to learn what each rule took out.
    """
    log = removed if removed is not None else []
    lines = [line for line in normalise_lines(text) if line]
    lines = _cut_tail(lines, log)
    kept: list[str] = []
    markers = _stray_markers(lines)
    promo = -1  # index of a link headline under "Also Read"
    for index, line in enumerate(lines):
        rule = _whole_line_rule(line, "line")
        if rule or index == promo:
            log.append(Removal(rule.name if rule else "also-read", line))
            if rule and rule.name == "also-read" and _is_promo(lines, index + 1):
                promo = index + 1
            continue
        kept.extend(_clean_paragraph(line, markers, log))
    return PARAGRAPH_BREAK.join(kept)


def normalise_lines(text: str) -> list[str]:
    """The lines of ``text`` in NFC, whitespace collapsed, invisible characters (soft hyphens, zero-width
    spaces, stray BOMs, control characters) dropped, hard-wrapped paragraphs joined; blank lines are ""."""
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    return _unwrap([" ".join(line.split()) for line in text.splitlines()])


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of hard-wrapped text (``fmt``/``lynx -dump`` style, ~80 columns) back into paragraphs.

    Wrapped text is recognised by its width: most lines fill it, and most of those stop mid-sentence. A line
    continues the one before when that one filled the width; a short line (a heading, the end of a paragraph,
    a blank) ends the paragraph. One paragraph per line, as dumps of web pages have it, is left alone.
    """
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < 8:
        return lines
    width = lengths[(len(lengths) - 1) * 9 // 10]
    full = [line for line in lines if line and len(line) >= 0.6 * width]
    if width not in _WRAP_WIDTH or len(full) < len(lengths) / 2 or \
            sum(line[-1] not in ".!?'\"’”:" for line in full) < len(full) / 2:
        return lines
    out: list[str] = []
    joins = False
    for line in lines:
        if line and joins:
            hyphen = re.search(r"[^\W\d_]-$", out[-1]) and line[0].isalpha()
            out[-1] += ("" if hyphen else " ") + line
        else:
            out.append(line)
        joins = len(line) >= 0.6 * width
    return out


def _is_promo(lines: list[str], index: int) -> bool:
    """Whether the line under "Also Read" is the promoted article's headline rather than the next section's
    heading: a heading is only believed in an article that has other section headings."""
    rest = lines[: index - 1] + lines[index:]  # the page without the "Also Read" line itself
    index -= 1
    return index < len(rest) and _is_heading(rest, index) and not any(
        _is_heading(rest, i) for i in range(len(rest)) if i != index)


def _is_heading(lines: list[str], index: int) -> bool:
    """A short line that is not a sentence, between two paragraphs of prose (not a title, not a byline)."""
    line = lines[index]
    return (0 < index < len(lines) - 1 and len(line.split()) <= 15 and line[-1] not in ".,;:"
            and lines[index - 1][-1] in ".!?'\"’”" and lines[index + 1][-1] in ".!?'\"’”")


def _stray_markers(lines: list[str]) -> re.Pattern[str] | None:
    """The image-count numbers a page with "8 <caption> Credit: …" galleries also leaves between sentences."""
    gallery = next(r.pattern for r in RULES if r.name == "gallery-caption")
    found = sorted({m.group("n") for line in lines for m in gallery.finditer(line)})
    return re.compile(rf"(?:(?<=^)|(?<={_END} ))(?:{'|'.join(found)})(?= [A-Z\"'‘“]|$)") if found else None


def _cut_tail(lines: list[str], log: list[Removal]) -> list[str]:
    """Lines before the first tail marker that follows some prose. A marker above all prose is page furniture
    before the article (a menu's "Comments" link): only that line goes."""
    kept: list[str] = []
    for index, line in enumerate(lines):
        rule = _whole_line_rule(line, "tail")
        if rule and any(_is_prose(x) for x in kept):
            log.append(Removal(rule.name, "\n".join(lines[index:])))
            return kept
        if rule:
            log.append(Removal(rule.name, line))
        else:
            kept.append(line)
    return kept


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 8 and line[-1] in ".!?'\"’”"


def _whole_line_rule(line: str, kind: RuleKind) -> Rule | None:
    return next((r for r in RULES if r.kind == kind and r.pattern.fullmatch(line)), None)


def _clean_paragraph(line: str, markers: re.Pattern[str] | None, log: list[Removal]) -> list[str]:
    """One paragraph with its inline clutter cut out; a cut after an unfinished line (a standfirst or heading
    glued to what follows) splits it into two paragraphs."""
    for inline in (r for r in RULES if r.kind == "inline"):
        line = _cut(line, [m.span() for m in inline.pattern.finditer(line)], inline.name, log)
    if markers:
        line = _cut(line, [m.span() for m in markers.finditer(line)], "gallery-marker", log)
    line = _cut(line, list(_bio_spans(line)), "author-bio", log)
    parts = []
    for part in line.split("\n"):
        rule = _whole_line_rule(part, "line")
        if rule:  # what a cut left on its own: a caption's marker, a lone bracket
            log.append(Removal(rule.name, part))
        elif part:
            parts.append(part)
    return parts


def _cut(line: str, spans: list[tuple[int, int]], rule: str, log: list[Removal]) -> str:
    """``line`` without ``spans``; neighbouring spans merge, and the pieces either side are joined by a space,
    or by a line break when the left piece does not end a sentence."""
    if not spans:
        return line
    pieces: list[str] = []
    position = 0
    for start, end in _merge(line, spans):
        log.append(Removal(rule, line[start:end].strip()))
        left = line[position:start].strip()
        if left:
            pieces.append(left)
            pieces.append(" " if re.search(f"{_END}$", left) else "\n")
        position = end
    tail = line[position:].lstrip()
    if tail:
        pieces.append(tail)
    elif pieces:
        pieces.pop()  # the separator before nothing
    return "".join(pieces)


def _merge(line: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans in order, those separated by whitespace only merged into one."""
    current: tuple[int, int] | None = None
    for start, end in sorted(spans):
        if current and not line[current[1]:start].strip():
            current = (current[0], max(current[1], end))
            continue
        if current:
            yield current
        current = (start, end)
    if current:
        yield current


def bio_name(bio: str) -> str | None:
    """The name an author bio (as cut by the ``author-bio`` pass) is about."""
    match = _BIO_START.match(bio)
    return match.group("name") if match else None


def _bio_spans(line: str) -> Iterator[tuple[int, int]]:
    """Author-bio blocks: a proven bio sentence and the career sentences that follow it."""
    for match in _BIO_START.finditer(line):
        sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(line, match.start())]
        first = line[sentences[0][0]:sentences[0][1]]
        end = sentences[0][1]
        for start, stop in sentences[1:]:
            if not _BIO_MORE.search(line[start:stop].strip()):
                break
            end = stop
        if _BIO_PROOF.search(first) or end > sentences[0][1]:
            yield match.start(), end
            return  # one bio per paragraph; a second name would be inside the first block

