"""Clause tests the pronoun resolvers share (:mod:`.antecedents` for he/she, :mod:`.groups` for they and
it): whether a name is the subject of a main clause or a speech verb, whether a verb heads a main clause, and
the walk back from a pronoun over the tokens before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .subjects import SPEECH
from .syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from ..model import Mention
    from .speakers import Resolver

# What an appositive calls a name that is no person's ("Novosti, the official news agency,").
BODIES = frozenset("""
agency company firm group network newspaper paper outlet site website organization organisation union party
committee campaign council court department ministry office institute university
""".split())


def is_subject(doc: Doc, m: Mention, main: bool = False, owner: bool = False, aside: bool = False) -> bool:
    """Whether ``m`` is the subject of a main clause or of a speech verb (``main``: of a main clause only,
    or, with ``aside``, of a speech verb set in one: "Lee, Roe said, has …"), or, with ``owner``, the
    possessor of such a subject."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "compound" and root.head.pos_ != "PROPN" and root.head.text.islower():
        return False  # "The Roe campaign said": not Roe
    if root.dep_ in {"compound", "appos"}:
        root = root.head
    if root.dep_ == "poss" and owner:  # "Roe's plan came with caveats. He …" is about Roe
        root = root.head
    # The subject of a main clause ("…, but Roe wasn't having it" too) or of a speech verb, not of a
    # clause reported inside it.
    verb = root.head
    if main:
        return root.dep_ in SUBJECT_DEPS and (main_clause(verb) or aside and verb.dep_ == "parataxis"
                                               and verb.lemma_ in SPEECH)
    return root.dep_ in SUBJECT_DEPS and (main_clause(verb) or verb.lemma_ in SPEECH)


def in_subject(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` is the subject of any clause."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else None
    while root is not None and root.dep_ in {"compound", "appos"}:
        root = root.head
    return root is not None and root.dep_ in SUBJECT_DEPS


def main_clause(verb: Token) -> bool:
    """Whether a verb heads a main clause ("…, but Roe wasn't having it" too; "Roe gave a reply: '…'",
    which the parser may hang on the quote's verb after the colon)."""
    head = verb.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and head.dep_ == "ROOT") or (
        verb.dep_ == "ccomp" and head.dep_ == "ROOT" and verb.i < head.i
        and any(c.text == ":" and verb.i < c.i < head.i and c.nbor().is_quote for c in head.children))


def tokens_back(resolver: Resolver, pronoun: Token, window: int) -> Iterator[Token]:
    """The tokens before a pronoun, nearest first, back to the start of the paragraph before its own
    and at most ``window`` characters."""
    text = resolver.text
    para = text.rfind("\n\n", 0, pronoun.idx)
    para = text.rfind("\n\n", 0, para) + 1 if para > 0 else 0
    doc, stop = resolver.doc, max(para, pronoun.idx - window)
    for i in range(pronoun.i - 1, -1, -1):
        if doc[i].idx < stop:
            return
        yield doc[i]
