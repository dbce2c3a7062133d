"""Events: dated statements, one per sentence that carries a date expression.

An event's span is the whole sentence (one line of text at most), so the briefing's timeline links to a
readable statement. Where a sentence holds several dates, the event takes the most precise one that resolves
(a day beats a month beats a year; the first wins a tie) and keeps its words in ``date_text``. Relative dates
are resolved against the article's publication date, forwards when the verb they attach to is in the future
("will meet on Friday", "this Friday", "said she would file on Tuesday"), backwards otherwise; without a
publication date they stay None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..corpus import Corpus
from ..model import Article, Event
from .dates import DateExpr, Tense, find_dates, parse_iso, resolve
from .syntax import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# "would" is the future seen from a past reporting verb ("said she would file on Tuesday"): the date still lies
# ahead of the report, as do "was going to / due to / set to / planned to / were to".
_FUTURE_AUX = frozenset({"will", "'ll", "\u2019ll", "shall", "wo", "might", "may", "would", "'d", "\u2019d"})
_FUTURE_HEADS = frozenset({"set", "expect", "due", "go", "schedule", "plan", "poise", "prepare", "be"})
_FUTURE_TEXT = re.compile(r"\b(?:will|shall|would|going to|set to|expected to|due to|scheduled to|plan(?:s|ned)? to|"
                          r"(?:is|are|was|were) to)\b", re.I)


def _lines(sent: Span) -> Iterator[tuple[int, int]]:
    """Character spans of a sentence's non-empty lines, trimmed (a sentence never crosses a paragraph)."""
    base = sent.start_char
    for m in re.finditer(r"[^\n]+", sent.text):
        raw = m.group(0)
        left = len(raw) - len(raw.lstrip())
        right = len(raw.rstrip())
        if right > left:
            yield base + m.start() + left, base + m.start() + right


def tense_at(doc: Doc | None, text: str, start: int, end: int) -> Tense | None:
    """Tense of the verb governing the date at ``start:end``: future ("will meet", "is set to meet"), past
    ("met", "has met"), or None when it says neither ("meets")."""
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            tok = governing_verb(span.root)
            chain = [tok, *tok.ancestors][:3]
            for verb in chain:
                if any(c.lower_ in _FUTURE_AUX for c in verb.children if c.dep_ in ("aux", "auxpass")):
                    return "future"
                if verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_HEADS:
                    return "future"
                if verb.tag_ in ("VBD", "VBN"):
                    return "past"
            return None
    return "future" if _FUTURE_TEXT.search(text) else "past"


_PRECISION = {4: 1, 7: 2, 10: 3}


def extract_events(article: Article, doc: Doc | None = None) -> list[Event]:
    """Dated statements of one article; ``doc`` (spaCy, same text) gives sentences and tense."""
    reference = parse_iso(article.published)
    text = article.text
    if doc is not None:
        spans = [line for sent in doc.sents for line in _lines(sent)]
    else:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\s.!?][^\n.!?]*[.!?]?", text)]
    events = []
    for start, end in spans:
        best: tuple[tuple[int, int], DateExpr, str | None] | None = None
        for expr in find_dates(text[start:end]):
            s, e = start + expr.start, start + expr.end
            value = resolve(expr, reference, tense_at(doc, text[start:end], s, e))
            rank = (_PRECISION.get(len(value or ""), 0), -expr.start)
            if best is None or rank > best[0]:
                best = (rank, expr, value)
        if best is not None:
            events.append(Event(article.id, start, end, text[start:end], date=best[2], date_text=best[1].text))
    return events


def run(corpus: Corpus) -> Corpus:
    for article in corpus.fresh():
        corpus.events.extend(extract_events(article, corpus.docs.get(article.id)))
    return corpus
