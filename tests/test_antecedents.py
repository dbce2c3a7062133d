"""Pronoun antecedents on sentences written for these tests: a name the resolver knows no person for standing
between a pronoun and the person it would otherwise pick, the last resort of a person of unknown gender, the
people a pronoun speaks about before it, the organisation a subject "it" stands for, and the person
described, not named, whom a he or she with no name in view stands for."""

from __future__ import annotations

import pytest

from newsdossier.analyse import mentions_of, nlp
from newsdossier.extract.quotemarks import find_quoted
from newsdossier.extract.speakers import Resolver
from newsdossier.model import Mention


def _resolve(text: str, words: str, mentions: list[tuple[str, str]] | None = None) -> str | None:
    """The name the resolver gives the pronoun that opens ``words``, its quotes marked as the extractor marks
    them; ``mentions`` (text, label) replace the tagger's where given, each at its first occurrence."""
    doc = nlp()(text)
    found = mentions_of(doc, "t") if mentions is None else [
        Mention("t", text.index(m), text.index(m) + len(m), m, label) for m, label in mentions]
    resolver = Resolver(doc, "t", found, [(q.start, q.end) for q in find_quoted(text)])
    pronoun = next(t for t in doc if t.idx == text.index(words))
    return resolver.resolve(pronoun).name


# (text, the pronoun's words, mentions as the tagger gave them, the person named or None).
STRANGERS = {
    # "Chatwal" is no mention; the organisation "Ravi Chatwal" gives it as a surname: he may be Chatwal.
    "the surname of an organisation's mention": (
        "Judge Amos Berman heard the case. The hotelier Ravi Chatwal pleaded guilty in May. Chatwal was "
        "trying to buy influence. He had said that money buys votes.", "He had said",
        [("Amos Berman", "person"), ("Ravi Chatwal", "organization")], None),
    # The parser's person the tagger took for a place: he may be Dole.
    "a person the tagger took for a place": (
        "Senator Hal Brook answered first. Dole dodged the question and smiled. \"Ask me later,\" he said.",
        "he said", [("Hal Brook", "person"), ("Dole", "place")], None),
    "a name its appositive calls a body": (
        "Tom Hart spoke on Monday. Carter, the polling firm, wrote that the talks had failed. He said the "
        "talks would go on.", "He said", [("Tom Hart", "person"), ("Carter", "place")], "Tom Hart"),
    # The same name as a place the text goes to is no one a pronoun means.
    "a place the text also goes to": (
        "Mayor Tom Hart has lived in Carter since 2001. Carter became his home. He said the town was kind.",
        "He said", [("Tom Hart", "person"), ("Carter", "place")], "Tom Hart"),
    "a name inside a quote": (
        "Judge Amos Berman heard the case. The hotelier Ravi Chatwal was there. The judge was blunt. \"Chatwal "
        "was late again.\" He had said that the hearing would be short.", "He had said",
        [("Amos Berman", "person"), ("Ravi Chatwal", "organization")], "Amos Berman"),
}


@pytest.mark.parametrize(("text", "words", "mentions", "expected"), STRANGERS.values(), ids=STRANGERS.keys())
def test_a_name_known_as_no_person_between_stops_the_pick(text: str, words: str, mentions: list[tuple[str, str]],
                                                           expected: str | None) -> None:
    assert _resolve(text, words, mentions) == expected


def test_a_person_of_unknown_gender_named_in_full_just_before_is_the_last_resort() -> None:
    text = ("Fuel prices worry Mr. Ivo Brandt. Budget cuts are the last thing Senator Ryl Quill wants to hear "
            "about. She said the schools would suffer.")
    mentions = [("Ivo Brandt", "person"), ("Ryl Quill", "person")]
    assert _resolve(text, "She said", mentions) == "Ryl Quill"
    # Not a lone first or group name ("her first child, Arabella"), nor someone further back.
    assert _resolve(text.replace("Ryl Quill", "Quill"), "She said", [("Ivo Brandt", "person"),
                                                                      ("Quill", "person")]) is None
    farther = text.replace(" She said", " The bill passed. Taxes rose. She said")
    assert _resolve(farther, "She said", mentions) is None
    # Further back, still her where the pronouns after her name, the first next to it, are all hers.
    echoed = text.replace(" She said", " Her district needs them. The bill passed. Taxes rose. She said")
    assert _resolve(echoed, "She said", mentions) == "Ryl Quill"
    assert _resolve(echoed.replace("Her district", "His district"), "She said", mentions) is None


# (text, the pronoun's words, the person named).
REPORTED_FIRST = {
    # Dan Price is whom the pronoun speaks about, not the pronoun; the subject of what it says may be it.
    "an object of the clause the pronoun reports before it": (
        "Mayor Ann Cole opened the session. Former Rep. Tom Hale backed Dan Price until the governor quit, "
        "he said on Monday.", "he said", "Tom Hale"),
    "a subject speaking of someone else": (
        "Tom Hale spoke first. The plan would hurt Dan Price, he said.", "he said", "Tom Hale"),
}


@pytest.mark.parametrize(("text", "words", "expected"), REPORTED_FIRST.values(), ids=REPORTED_FIRST.keys())
def test_whom_a_pronoun_reports_about_before_it_is_not_it(text: str, words: str, expected: str) -> None:
    mentions = [(m, "person") for m in ("Ann Cole", "Tom Hale", "Dan Price") if m in text]
    assert _resolve(text, words, mentions) == expected


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
    assert _resolve(text, words, mentions) == expected


# (text, the pronoun's words, the description named or None): a he/she no name fits is the person described,
# not named, who was the subject just before, and no one where that description is of the other gender.
DESCRIBED = {
    "someone described who spoke": (
        "A spokesman for the mayor said the budget was sound. He added that taxes would not rise.", "He added",
        "A spokesman for the mayor"),
    "carried on by he subjects": (
        "One farmer said he had lost half his crop. He was unable to sell the rest, he said.", "he said",
        "One farmer"),
    "the subject of the main clause": (
        "The head of the nurses union is worried about the cuts, because she thinks the wards will close.",
        "she thinks", "The head of the nurses union"),
    "a description of the other gender": (
        "A spokeswoman for the mayor said the budget was sound. He added that taxes would not rise.",
        "He added", None),
    "a person named since": (
        "A spokesman for the mayor said the budget was sound. Tom Hart disagreed. He added that taxes would "
        "rise.", "He added", "Tom Hart"),
}


@pytest.mark.parametrize(("text", "words", "expected"), DESCRIBED.values(), ids=DESCRIBED.keys())
def test_he_or_she_with_no_name_is_someone_described_just_before(text: str, words: str,
                                                                 expected: str | None) -> None:
    assert _resolve(text, words) == expected


def test_he_is_not_an_outlet_the_tagger_took_for_a_person() -> None:
    # "Gazettely" reports, has no gender and no known surname: an outlet, never the "he" after it.
    text = ("Senator Ben Dorsey spoke on Monday.\n\nGazettely reported that the vote was close.\n\n"
            "\"We will win it,\" he said.")
    got = _resolve(text, "he said", [("Ben Dorsey", "person"), ("Gazettely", "person")])
    assert got == "Ben Dorsey"
