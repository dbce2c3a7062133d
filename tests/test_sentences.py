"""Sentence starts set before the parser: a subheading a pasted page glued into its paragraph."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyse import nlp
from newsdossier.sentences import after_glued_heading
from test_quotes import extract

GLUED = ("The brigade pulled back to the river and the gap widened. Holding a line without enough infantry The "
         "retreat had seemed certain for weeks, according to a mortar crew commander.")


def test_a_sentence_opens_after_a_subheading_glued_into_the_paragraph() -> None:
    sents = [s.text for s in nlp()(GLUED).sents]
    assert sents[-1] == "The retreat had seemed certain for weeks, according to a mortar crew commander."


def test_the_statement_after_a_glued_subheading_leaves_the_subheading_out() -> None:
    said = [(q.speaker_name, q.cue, q.text) for q in extract(GLUED) if q.kind == "indirect"]
    assert said == [("a mortar crew commander", "according to", "The retreat had seemed certain for weeks")]


@pytest.mark.parametrize("text", [
    "She praised the newspaper The Harbour Gazette for its reporting on the flood.",  # a title after a noun
    "Floods hit the coast. Later that night The water rose again.",  # three words: no heading
    "The new research ship of the navy The crew said little.",  # opens with a determiner: a subject
    "Most farmers in the valley said nothing The rest stayed home.",  # a finite verb: a clause
    "Rebuilding the harbour after the storm, The port reopened.",  # punctuation: no heading
])
def test_no_sentence_opens_at_an_article_that_follows_no_glued_heading(text: str) -> None:
    doc = nlp()(text)
    article = next(t for t in doc if t.text == "The" and t.i > 0)
    assert not after_glued_heading(article)


_WORDS = st.sampled_from(["the", "The", "port", "Anna", "said", "closed", "after", "storm", ".", ",", "\n"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=2, max_size=30))
def test_a_glued_heading_is_only_ever_found_before_a_capitalised_article(words: list[str]) -> None:
    doc = nlp()(" ".join(words))
    for tok in doc:
        if after_glued_heading(tok):
            assert tok.text == "The" and tok.is_sent_start
            assert doc[tok.i - 1].text[:1].islower() and doc[tok.i + 1].text[:1].islower()
