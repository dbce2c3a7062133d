"""Asides that report the sentence they stand in: an "according to X" phrase ("In all, according to X, prices
rose …") and an "as X reported" aside ("As the Times reported, the firm paid …"; "…, as Lee noted"), each
reporting the sentence around it on its line; and :func:`trim`, which cuts a reported span to its words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# What sets off an "as" aside before it ("…, as Lee noted"; "Roe -- as Lee noted -- …").
_ASIDE_OPENERS = frozenset({",", "—", "–", "-", "--", "("})
# Verbs that report the clause they are set into as an "as" aside ("As the Times reported, …"); others in such
# an aside mostly tell the time or manner ("As Lee joked with friends, …", "a tax as Roe proposes").
_AS_VERBS = frozenset({"report", "note", "say", "write", "reveal", "point", "observe", "explain",
                       "acknowledge", "mention", "show", "recount", "predict", "warn"})


def host_clause(text: str, according: Token) -> tuple[int, int] | None:
    """The clause an "according to X" phrase reports: the sentence without that phrase; where the phrase
    stands inside the sentence, the longer side of it ("In all, according to X, prices rose …")."""
    last = according.right_edge
    return _around(text, according, according.idx, last.idx + len(last.text))


def as_clause(text: str, verb: Token) -> tuple[int, int] | None:
    """What a speech verb in an "as" aside on the main clause reports: the sentence around it ("As the Times
    reported, the firm paid …", "…, as Lee noted"). Not a passive ("as he's often alleged"), not a verb
    with content of its own ("as she noted how …"), not a time or a comparison ("just as", "even as", "as
    if", "as angry as he suggested"), not an aside inside a subordinate clause, which reports only that."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if (verb.dep_ != "advcl" or [m.lower_ for m in marks] != ["as"] or verb.lemma_ not in _AS_VERBS
            or verb.tag_ == "VBG" or verb.head.dep_ != "ROOT" or verb.head.pos_ not in {"VERB", "AUX"}):
        return None
    kids = {c.dep_ for c in verb.children}
    if "nsubj" not in kids or kids & {"nsubjpass", "auxpass", "dobj", "ccomp", "xcomp", "dative"}:
        return None
    if any(c.dep_ == "advmod" and c.i < marks[0].i for c in verb.children):
        return None
    line_start = text.rfind("\n", 0, marks[0].idx) + 1
    before = [t for t in verb.sent if t.i < marks[0].i and t.idx >= line_start and not t.is_space]
    if before and before[-1].text not in _ASIDE_OPENERS and not all(
            t.pos_ in {"CCONJ", "ADV"} for t in before):
        return None  # "it comes as rivals called for …": a time, not an aside
    return _around(text, verb, verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text))


def _around(text: str, token: Token, phrase_start: int, phrase_end: int) -> tuple[int, int]:
    """The sentence of ``token`` on its line without ``text[phrase_start:phrase_end]``: the longer side."""
    sent = token.sent
    line_start = text.rfind("\n", 0, phrase_start) + 1
    line_end = text.find("\n", phrase_end)
    s = max(sent.start_char, line_start)
    e = min(sent.end_char, line_end if line_end >= 0 else len(text))
    before, after = trim(text, s, phrase_start), trim(text, phrase_end, e)
    return max(after, before, key=lambda span: span[1] - span[0])


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without surrounding space and clause punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-."):
        end -= 1
    return start, end
