"""Statement assembly (statements.py, asides.py) on sentences written for these tests."""

from __future__ import annotations

import pytest

from test_quotes import extract


def indirect(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_name, q.text) for q in extract(text) if q.kind == "indirect"]


@pytest.mark.parametrize("text, speaker, content", [
    # a count of a named group holds a position on a noun-phrase object
    ("Several Labour councillors opposed the new harbour levy.", "Several Labour councillors",
     "the new harbour levy"),
    ("Many Green members criticized the budget for the northern district.", "Many Green members",
     "the budget for the northern district"),
])
def test_a_count_of_a_named_group_is_a_source(text, speaker, content):
    assert indirect(text) == [(speaker, content)]


@pytest.mark.parametrize("text", [
    # a bare count, or a count of a group holding only "it", reports no one's position
    "Fewer than a hundred residents were supporting the occupation of the square.",
    "Some Labour councillors opposed it on those grounds.",
])
def test_a_bare_count_is_no_source(text):
    assert indirect(text) == []


@pytest.mark.parametrize("text, content", [
    # what a share of those polled said is the poll's finding, not a statement of theirs
    ("A survey found that 62 percent of residents said they would support the new tram line.",
     "that 62 percent of residents said they would support the new tram line"),
    ("A survey found that about half of the residents said they would support the tram line.",
     "that about half of the residents said they would support the tram line"),
])
def test_what_those_polled_said_is_the_polls_finding(text, content):
    assert indirect(text) == [("A survey", content)]


def test_a_named_speaker_nested_in_a_finding_keeps_a_statement_of_their_own():
    text = "A survey found that the levy is unpopular, and Anna Kowalski said she would not oppose it."
    assert indirect(text) == [("A survey", "that the levy is unpopular"), ("Anna Kowalski", "she would not oppose it")]


@pytest.mark.parametrize("text, speaker, content", [
    # the speaker's own words again: "he" is the mayor, whatever name it is resolved to
    ("Tomas Berg spoke at the dock on Monday. The veteran mayor said he had warned the council about the "
     "flooding last spring.", "The veteran mayor", "he had warned the council about the flooding last spring"),
    # no named source of its own
    ("Ana Ruiz noted that engineers say the new bridge would need repairs within a decade.", "Ana Ruiz",
     "that engineers say the new bridge would need repairs within a decade"),
    # a statement not made
    ("Piotr Lis said Kowalski has not commented on the terms of the harbour contract.", "Piotr Lis",
     "Kowalski has not commented on the terms of the harbour contract"),
])
def test_a_report_that_is_the_whole_content_and_no_statement_of_its_own_is_dropped(text, speaker, content):
    assert indirect(text) == [(speaker, content)]


def test_a_named_second_source_reported_as_the_whole_content_keeps_a_statement():
    text = "Ana Ruiz said Piotr Lis had told the council that the bridge would close in May."
    assert indirect(text) == [("Ana Ruiz", "Piotr Lis had told the council that the bridge would close in May"),
                              ("Piotr Lis", "that the bridge would close in May")]


def test_a_common_view_is_an_item_with_no_speaker():
    text = "The old pier on the east bank is widely seen as a danger to swimmers."
    views = [q for q in extract(text) if q.kind == "indirect"]
    assert [(q.speaker_name, q.cue, q.text) for q in views] == [
        (None, "seen", "The old pier on the east bank is widely seen as a danger to swimmers")]


@pytest.mark.parametrize("text, cue, content", [
    ("Anna Kowalski did not say that the ferry would close.", "did not say", "that the ferry would close"),
    ("Anna Kowalski has never endorsed the plan to close the ferry.", "has never endorsed",
     "the plan to close the ferry"),
    ("Tom Reed wouldn't say whether the ferry would close.", "wouldn't say", "whether the ferry would close"),
    # the negation inside what was said is content, not cue
    ("Anna Kowalski said that the ferry would not close.", "said", "that the ferry would not close"),
])
def test_a_negated_cue_carries_its_negation(text, cue, content):
    items = [(q.cue, q.cue_span.text if q.cue_span else None, q.negated, q.text)
             for q in extract(text) if q.kind == "indirect"]
    assert items == [(cue, cue, cue != "said", content)]


@pytest.mark.parametrize("text, speaker", [
    # "That's according to X": the pronoun stands for what came before, and X says it
    ("Ticket sales fell sharply over the summer.\n\nThat’s according to the festival's own accounts.",
     "the festival's own accounts"),
    ("Ticket sales fell sharply over the summer. That is according to the festival's own accounts.",
     "the festival's own accounts"),
])
def test_that_is_according_to_a_source(text, speaker):
    assert indirect(text) == [(speaker, "That")]


@pytest.mark.parametrize("text, speaker, content", [
    # an "according to" aside closing the sentence reports it all, and is no part of what the verb reports
    ("The minister told her that it was not that simple, according to an account she gave to a local paper.",
     "The minister", "that it was not that simple"),
    ("As the newspaper revealed, the firm is not even registered in the county, according to tax documents.",
     "the newspaper", "the firm is not even registered in the county"),
    ("The group has previously called for strikes on ports, according to a monitoring service that tracks "
     "its statements.", "The group", "for strikes on ports"),
])
def test_a_reported_clause_stops_before_an_according_to_aside(text, speaker, content):
    assert (speaker, content) in indirect(text)


@pytest.mark.parametrize("text, speaker, content", [
    # a stand the subject shows "in" a possessed stand noun: the noun's object, the subject's position
    ("Several harbour workers have been outspoken in their opposition to the new toll.",
     "Several harbour workers", "the new toll"),
    ("The mayor was unsparing in her criticism of the ferry operator.", "The mayor", "the ferry operator"),
    ("Two local unions were unanimous in their support for the strike.", "Two local unions", "the strike"),
])
def test_a_stand_shown_in_a_stand_noun(text, speaker, content):
    assert indirect(text) == [(speaker, content)]


@pytest.mark.parametrize("text", [
    # no subject that holds it ("was named in"), or a time, not what the stand is on
    "Ms. Varga was named in his criticism of the board.",
    "The council was firm in its support on Tuesday.",
])
def test_no_stand_without_a_holder_or_an_object(text):
    assert indirect(text) == []
