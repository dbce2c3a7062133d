"""Claims: the figures in an article, with what they measure and whom they rest on.

:mod:`.numbers` finds each figure and its value; the dependency parse tells what it measures (:mod:`.measure`)
and who is cited (:mod:`.attribution`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..corpus import Corpus
from ..model import Article, Claim, Mention, Quote, Span
from .attribution import attribution
from .measure import counted_noun, measure_of, number_of
from .numbers import Quantity, find_quantities

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)


def extract_claims(article: Article, doc: Doc, mentions: Sequence[Mention] = (),
                   quotes: Sequence[Quote] = ()) -> list[Claim]:
    """Every figure in ``article`` as a :class:`Claim`; ``doc`` is its spaCy parse (same offsets)."""
    claims: list[Claim] = []
    last_object: tuple[int, str] | None = None  # sentence index and object of the latest share/area claim
    sentences = list(doc.sents)
    for quantity in find_quantities(article.text):
        anchor = _anchor(doc, quantity)
        if anchor is None:
            continue
        sent = anchor.sent
        sent_index = next(i for i, s in enumerate(sentences) if s.start <= anchor.i < s.end)
        counted = counted_noun(anchor, quantity)
        if counted is not None and counted.idx < quantity.end:
            counted = None  # a unit word inside the figure was read by .numbers ("310.5 points" of an index)
        unit = quantity.unit or (counted.lower_ if counted is not None else "")  # "1,200 homes" -> "homes"
        if not unit and (people := number_of(anchor)):
            unit = people  # "the number of people forced out has risen to 12,400"
        measure, obj = measure_of(anchor, quantity, sentences, sent_index, mentions)
        if measure.startswith("population of"):
            unit = "people"
        if measure.startswith(("share", "area")):
            if obj is None and last_object and sent_index - last_object[0] <= 2:
                obj = last_object[1]  # "Approximately 6,600 square km is still controlled by Ukraine"
                head = measure.split(" held by")[0]
                measure = measure.replace(head, f"{head} of {obj}")
            elif obj:
                last_object = (sent_index, obj)
        claims.append(Claim(
            article.id, quantity.start, quantity.end, quantity.text, value=quantity.value, unit=unit,
            hedge=quantity.hedge, measure=measure, value_max=quantity.value_max,
            attributed_to=attribution(anchor, quantity, article, mentions, quotes),
            sentence=Span(article.id, sent.start_char, sent.end_char, sent.text)))
    return claims


def run(corpus: Corpus) -> Corpus:
    from ..analyse import nlp

    for article in corpus.fresh():
        try:
            doc = corpus.docs.get(article.id) or nlp()(article.text)
            mentions = [m for m in corpus.mentions if m.article == article.id]
            quotes = [q for q in corpus.quotes if q.article == article.id]
            corpus.claims.extend(extract_claims(article, doc, mentions, quotes))
        except Exception as exc:  # one bad article must not sink the build
            log.warning("claims: skipped %s (%s: %s)", article.source, type(exc).__name__, exc)
    return corpus


def _anchor(doc: Doc, quantity: Quantity) -> Token | None:
    """The head of the figure: the token of its first-unit part whose head lies outside it."""
    end = quantity.start + quantity.text.find("(") if "(" in quantity.text else quantity.end
    span = doc.char_span(quantity.number_start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root
