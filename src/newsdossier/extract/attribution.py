"""Whom a figure rests on: the ``attributed_to`` of a claim.

The original source: "according to Reuters", "as reported by Kyiv Post", "The New York Times reported",
"analysts at the Institute for the Study of War describe", the speaker of a quote holding the figure, or the
subject of a speech verb whose reported clause holds it. Bare pronouns are left out (no guess) unless a quote
resolves them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Article, Mention, Quote
from .numbers import Quantity
from .syntax import passive_doer, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEECH_VERBS = frozenset(("say tell warn claim estimate state add note announce insist argue report reveal "
                          "write predict confirm acknowledge admit").split())
# Common nouns that can be a source when they head the subject of a speech verb ("the pilot said").
PERSON_NOUNS = frozenset(("engineers engineer scientists doctors police officers witnesses company "
                          "firm council office utility operator president leader minister official "
                          "officials analyst analysts spokesman spokeswoman spokesperson pilot "
                          "commander expert experts researcher researchers governor mayor "
                          "chancellor secretary general aide aides adviser advisers director chief "
                          "report survey poll study agency ministry government military army").split())
_GENERIC_SOURCES = frozenset("analyst analysts official officials expert experts researchers researcher "
                             "spokesman spokeswoman spokesperson data figures estimates".split())


def attribution(anchor: Token, quantity: Quantity, article: Article, mentions: Sequence[Mention],
                quotes: Sequence[Quote]) -> str | None:
    sent = anchor.sent
    ancestors = {t.i for t in anchor.ancestors}
    for token in sent:
        if token.head.i not in ancestors and token.i not in ancestors:
            continue  # a source for another clause of the sentence
        # "according to Reuters"
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                return _source_name(pobj, mentions)
        # "as reported by Kyiv Post", "The New York Times reported", "reported The Independent"
        if token.lemma_ in ("report", "reveal") and token.pos_ == "VERB":
            if (doer := passive_doer(token)) is not None:
                return _source_name(doer, mentions)
            subject = subject_of(token)
            if subject is not None and subject.pos_ == "PROPN":
                return _source_name(subject, mentions)
    for quote in quotes:  # the figure stands inside someone's quoted words (indirect speech: parsed below)
        if quote.kind != "indirect" and quote.start <= quantity.start < quote.end and quote.speaker_name:
            return quote.speaker_name
    # The speech verb whose reported clause holds the figure, else a reporting frame after it set off by
    # commas ("…, the water company said, after …"), which the parser may hang elsewhere.
    frames = [v for v in sent if v.dep_ == "parataxis" and v.i > anchor.i]
    for verb in [*[t for t in anchor.ancestors if t.i != anchor.i], *frames]:
        if verb.lemma_ in SPEECH_VERBS and verb.pos_ == "VERB":
            subject = subject_of(verb)
            if subject is None or subject.pos_ == "PRON" or subject.i in {t.i for t in anchor.subtree}:
                return None
            if anchor.i in {t.i for t in subject.subtree} or not _can_be_source(subject, mentions):
                return None
            return _source_name(subject, mentions)
    return None


def _can_be_source(token: Token, mentions: Sequence[Mention]) -> bool:
    if token.pos_ == "PROPN" or token.lemma_.lower() in PERSON_NOUNS or token.lower_ in PERSON_NOUNS:
        return True
    return any(m.start <= token.idx < m.end and m.label in ("person", "organization") for m in mentions)


def _source_name(token: Token, mentions: Sequence[Mention]) -> str:
    """The source a noun phrase names; generic sources ("analysts at the ISW") give their organisation."""
    if token.lower_ in _GENERIC_SOURCES:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("at", "from", "of", "with"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _source_name(pobj, mentions)
    for m in mentions:
        if m.start <= token.idx < m.end:
            return re.sub(r"^the\s+(?=[A-Z])", "", m.text, flags=re.IGNORECASE) if m.label != "organization" \
                else m.text
    # Proper-noun chains keep their articles and inner prepositions ("the Institute for the Study of War").
    doc = token.doc
    left = min(t.i for t in token.subtree if t.i <= token.i)
    right = token.i
    while right + 1 < len(doc) and doc[right + 1].head.i in range(left, right + 2) and (
            doc[right + 1].pos_ == "PROPN" or doc[right + 1].lower_ in ("for", "of", "the", "on")
            and right + 2 < len(doc) and doc[right + 2].pos_ in ("PROPN", "DET")):
        right += 1
    while right > token.i and doc[right].pos_ != "PROPN":
        right -= 1
    return doc[left:right + 1].text
