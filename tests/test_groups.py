"""Group and body antecedents on sentences written for these tests: the plural subject that spoke just before
a "they", people joined by "and" or "along with" as one such subject, and the organisation a subject "it"
stands for; no one where the nearest candidate is anything else."""

from __future__ import annotations

import pytest
from test_antecedents import resolve

# (text, the pronoun's words, the group named).
THEY = {
    "they after people joined by and who spoke, across a paragraph, its words fronted": (
        "In a new report, Ann Voss and Carl Brandt suggest that the port was to blame.\n\nThe city might have "
        "acted much sooner, they argue, by dredging the channel.", "they argue", "Ann Voss and Carl Brandt"),
    "they after people joined by and who spoke, as an aside": (
        "Maria Ortiz and Paul Kent argued that the levy was unfair. Farmers, they said, would pay twice.",
        "they said", "Maria Ortiz and Paul Kent"),
    "they after a subject joined to others by along with, past a fronted phrase": (
        "Professor Ann Voss, along with Judge Carl Brandt of the state appeals court and Paul Kent, an "
        "economist at Rutgers, wrote a long review of the rulings. In it, they conclude that the court has "
        "grown friendlier to banks.", "they conclude", "Ann Voss, Carl Brandt and Paul Kent"),
    "they after a plural subject that spoke, past a fronted phrase and a nearer plural": (
        "The dockers' unions said the plan would cut wages for younger workers. In their letter, they argue "
        "that the port can afford more.", "they argue", "The dockers' unions"),
}


@pytest.mark.parametrize(("text", "words", "expected"), THEY.values(), ids=THEY.keys())
def test_they_is_the_plural_subject_that_spoke_just_before(text: str, words: str, expected: str) -> None:
    assert resolve(text, words) == expected


# (text, the pronoun's words, mentions as the tagger gave them, the body named or None): a subject "it" is
# the organisation that spoke just before, and no one where that is anything else.
BODIES = {
    "an organisation that spoke": (
        "Acme Foods said on Monday that sales had risen. It added that it would hire 200 workers.",
        "It added", [("Acme Foods", "organization")], "Acme Foods"),
    "carried on by an earlier it, past what the body said": (
        "Acme Foods said on Monday that the deal was fair. It added that it would hire 200 workers. It said "
        "the plant would open in May.", "It said the plant", [("Acme Foods", "organization")], "Acme Foods"),
    "a one-word name the tagger took for a person": (
        "In a post on Friday, Zorvex said its rules had changed. It added that it would close the accounts.",
        "It added", [("Zorvex", "person")], "Zorvex"),
    "a body a name owns, in an aside": (
        "Lopez's campaign quickly backtracked, issuing a new statement. On the tax plan, it said, the "
        "figures had been wrong.", "it said", [("Lopez", "person")], "Lopez's campaign"),
    "a document": ("The audit said the fund had lost money. It added that the losses were small.", "It added",
                   [], None),
    "a body that sources the statement before": (
        "The council passed the budget, according to Ledger Media. It said the vote was close.", "It said",
        [("Ledger Media", "organization")], None),
    "what a study finds": ("Acme Foods released a study on Monday. It found that sales had risen.",
                           "It found", [("Acme Foods", "organization")], None),
    "an impersonal it": ("Acme Foods hired more staff. It seems that sales have risen.", "It seems",
                         [("Acme Foods", "organization")], None),
    "a person": ("Senator Joan Pike spoke first. It added that the bill would pass.", "It added",
                 [("Joan Pike", "person")], None),
}


@pytest.mark.parametrize(("text", "words", "mentions", "expected"), BODIES.values(), ids=BODIES.keys())
def test_it_is_the_organisation_that_spoke_just_before(text: str, words: str, mentions: list[tuple[str, str]],
                                                       expected: str | None) -> None:
    assert resolve(text, words, mentions) == expected
