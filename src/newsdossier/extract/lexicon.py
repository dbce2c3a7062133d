"""Cue verbs learned from annotated news: verbs the hand-written rules of :mod:`.reported` do not read as
cues that report a source's statement or position all the same ("hinted that …", "heralded the deal",
"railed against the tax"), and listed cues whose rules find no content that another reach gives ("mentioned
the vote").

A verb's content can be reached as its clause ("hinted (that) …", "vowed to …"), its object with its
complements ("heralded the deal as a breakthrough"), or the object of a preposition ("spoke about the
border"). The lexicon maps a lemma to the reaches by which it reports; the first reach a verb has that its
lemma's entry allows is its content, for a verb with a tense of its own (:func:`.subjects.finite`). Which lemma
reports by which reach is counted on PolNeAR train by :mod:`newsdossier.eval.cuelexicon`
(``bench/learn_cues.py``), which writes ``data/cue_lexicon.json``: lemmas, reach keys and the counts behind
each choice, no text. The quote extractor takes a learned cue's item only with a person, an organisation
or a group as its source, and not inside the content of another item (:func:`within_account`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .asides import trim
from .reported import clause, complement
from .spanindex import SpanIndex
from .syntax import finite

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Quote

LEXICON_FILE = Path(__file__).resolve().parents[1] / "data" / "cue_lexicon.json"
# lemma -> the reach keys ("clause", "object", "prep:<word>") by which it reports
Lexicon = Mapping[str, frozenset[str]]
NO_CUES: Lexicon = {}  # the hand-written rules alone


@cache
def learned() -> Lexicon:
    """The shipped lexicon."""
    data = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for entry in data["entries"]:
        out.setdefault(entry["lemma"], set()).add(entry["reach"])
    return {lemma: frozenset(keys) for lemma, keys in out.items()}


def reaches(text: str, verb: Token) -> list[tuple[str, tuple[int, int]]]:
    """Every content ``verb`` could report, in order of preference, each with its reach key ("clause",
    "object", "prep:<word>")."""
    out: list[tuple[str, tuple[int, int]]] = []
    if (span := clause(text, verb)) is not None:
        out.append(("clause", span))
    if any(c.dep_ in {"dobj", "dative"} for c in verb.rights) and (span := complement(text, verb)) is not None:
        out.append(("object", span))
    for prep in verb.rights:
        if prep.dep_ == "prep":
            obj = next((x for x in prep.children if x.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                last = obj.right_edge
                out.append((f"prep:{prep.lower_}", trim(text, obj.left_edge.idx, last.idx + len(last.text))))
    return out


def content(text: str, verb: Token, lexicon: Lexicon) -> tuple[int, int] | None:
    """What ``verb`` reports by the lexicon: its first content reached in a way its lemma's entry allows."""
    allowed = lexicon.get(verb.lemma_)
    if not allowed or not finite(verb) or asked(verb):  # most verbs: no reach is worked out
        return None
    return next((span for key, span in reaches(text, verb) if key in allowed), None)


def asked(verb: Token) -> bool:
    """Whether ``verb`` heads a question another verb reports ("would not say if the board will vote to
    approve it"): no position of its subject is told. Not a condition ("if the board votes to approve it,
    …"), which the parser hangs on the main verb."""
    return verb.dep_ != "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in verb.children)


def within_account(items: list[Quote], learned: set[tuple[int, int]]) -> list[Quote]:
    """``items`` less those whose content (in ``learned``) a learned reach gives and whose cue lies in the
    content of an item no learned reach gives ("Roe said that Lee and Ames had mentioned it on air": what
    they mentioned is part of Roe's account, not a position of theirs)."""
    if not learned:
        return items
    hosts = SpanIndex((q.start, q.end, q) for q in items if (q.start, q.end) not in learned)

    def hosted(q: Quote) -> bool:
        c = q.cue_span
        return c is not None and any(s <= c.start < e for s, e, _ in hosts.near(c.start, c.start))

    return [q for q in items if (q.start, q.end) not in learned or not hosted(q)]
