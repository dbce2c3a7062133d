"""Dependency-parse helpers shared by the extractors: verb forms, subject relations, the head of a fragment,
and for the claims extractors (:mod:`.measure`, :mod:`.attribution`) noun phrases and their subjects."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


def noun_phrase(token: Token, mentions: Sequence[Mention] = ()) -> str:
    """A compact name for the noun phrase headed by ``token``: its mention, or its left modifiers + head."""
    for m in mentions:
        if m.start <= token.idx < m.end:
            return m.text
    left = token.left_edge.i
    while left < token.i and token.doc[left].dep_ in ("det", "predet", "punct", "quantmod", "nummod",
                                                       "advmod"):
        left += 1
    return token.doc[left:token.i + 1].text.replace(" 's", "'s").replace(" ’s", "’s")


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, looking through relative pronouns, conjunctions and passives."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return subject_of(verb.head)
    return None


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# The tags of a verb in a tense: past, and present in the third person singular and otherwise.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def finite(verb: Token) -> bool:
    """A verb with a tense of its own: finite, or a participle with its auxiliary ("has called", "is calling").
    A bare participle ("…, hoping to …", "asked about voters considering …") takes its subject from the clause
    it hangs on, which is too often someone else for a learned cue to trust."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in verb.children)


def tense_tag(verb: Token) -> str:
    """The tag that carries a verb's tense: its first finite auxiliary's ("have been calling": VBP), else its
    own."""
    aux = next((c for c in verb.lefts if c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS), None)
    return aux.tag_ if aux is not None else verb.tag_


def governing_verb(token: Token) -> Token:
    """The nearest verb or auxiliary at or above a token (the root where there is none): the clause that
    holds it."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def passive_doer(verb: Token) -> Token | None:
    """The object of a passive's "by" ("was praised by the union": union), or None."""
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive ("to brag", "to withdraw")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def fragment_head(toks: list[Token], start: int, end: int) -> Token:
    """The token by which a fragment ``text[start:end]`` hangs in its sentence: the first whose head lies
    outside it (or that is the root)."""
    return next((t for t in toks if not (start <= t.head.idx < end) or t.head is t), toks[0])


def phrase_holding(name: Token) -> tuple[Token, Token] | None:
    """The preposition whose object a name is, from any word of the name, and the word it hangs on ("a lawyer
    for Mr. Roe": for, lawyer); None where the name is no preposition's object."""
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
        name = name.head
    return (name.head, name.head.head) if name.dep_ == "pobj" else None
