"""Lead-ins, labels, asides and signed quotes, on sentences written for these tests."""

from __future__ import annotations

import pytest
from test_quotes import extract, find


def test_a_participle_opening_its_sentence_goes_on_with_the_speaker_before() -> None:
    text = ('Later that day the mayor stated of the budget that the plan "was a mess." Adding, "We will have '
            'to start again from the very beginning."\n\nThe council meets in May.')
    q = find(extract(text), "start again")
    assert (q.speaker_name, q.cue) == ("the mayor", "Adding")


def test_a_participle_after_a_paragraph_break_is_left_alone() -> None:
    text = ('The mayor stated that the plan "was a mess."\n\nAdding, "We will have to start again from the '
            'very beginning."')
    assert find(extract(text), "start again").speaker_name is None


def test_according_to_a_dotted_abbreviation_ending_its_paragraph() -> None:
    # the parse leaves "to" with no object when "F.A.A." ends the paragraph
    text = ("The old plane was grounded last month when its registration ran out. It is now cleared to fly, "
            "according to the F.A.A.\n\nMost pilots who own planes hire help.")
    q = find(extract(text), "cleared to fly")
    assert q.cue == "according to" and q.speaker_name == "F.A.A."


@pytest.mark.parametrize(("label", "speaker"), [
    ("Kowalski on", "Kowalski"),  # a known name, then its topic
    ("Reaction to", None),  # a long title line with no known name
])
def test_a_headline_label_before_its_topic_names_the_source(label: str, speaker: str | None) -> None:
    text = (f"{label} the Bridge Closing and the New Toll Plan: 'We Will Rebuild It.'\n\n"
            "Mayor Anna Kowalski spoke to reporters on Monday about the bridge.")
    assert find(extract(text), "We Will Rebuild").speaker_name == speaker


def test_a_pull_quote_signed_on_the_line_that_closes_it() -> None:
    text = ('The council met on Monday.\n\n"We cannot keep patching the old bridge every winter and hoping for '
            'the best.\nTom Reed, Riverside Engineering."\n\nThe vote is next week.')
    q = find(extract(text), "patching the old bridge")
    assert (q.kind, q.speaker_name) == ("direct", "Tom Reed")


def test_a_closing_line_that_is_a_sentence_signs_nothing() -> None:
    text = ('The council met on Monday.\n\n"We cannot keep patching the old bridge every winter.\nThe vote '
            'is next week."\n\nNo one objected.')
    assert [(q.kind, q.speaker_name, q.text) for q in extract(text)] == [
        ("direct", None, "We cannot keep patching the old bridge every winter.")]


def test_newsroom_labels_in_capitals_are_no_transcript_speakers() -> None:
    text = ("Town Hall Sells Old Fire Truck.\n\nUPDATE: 6/3 — The site that first listed the truck, TruckMart.com, "
            "has taken the listing down.\nPREVIOUSLY:\nThe town is selling the fire truck it bought in 1988.")
    assert extract(text) == []


@pytest.mark.parametrize(("presented", "speaker"), [
    ("Mayor Anna Kowalski in May 2019", "Anna Kowalski"),
    ("the list of demands", None),  # a thing names no one
])
def test_heres_a_person_presents_the_quote_after_the_colon(presented: str, speaker: str | None) -> None:
    text = (f"Critics have long argued about the plan.\n\nHere's {presented}: \"We will rebuild the bridge, "
            "and we will do it without raising a single toll.\"")
    assert find(extract(text), "rebuild the bridge").speaker_name == speaker


def test_a_digest_line_names_the_source_after_a_spaced_hyphen() -> None:
    text = ('Tom Reed writes for the Gazette.\n\nHarbor Polls Did Predict The Vote - Tom Reed: "The surveys '
            'caught the late swing toward the ferry plan, and the result fell within their margin."\n')
    q = find(extract(text), "late swing")
    assert (q.speaker_name, q.cue) == ("Reed", ":")  # the tagger names only "Reed" there; its entity is Tom Reed


def test_a_digest_label_of_two_names_names_both() -> None:
    text = ('Anna Kowalski and Tom Reed run the survey desk.\n\nFERRY VOTE WAS CLOSE - Anna Kowalski and Tom '
            'Reed: "The count came down to a few hundred ballots in the harbor wards, far fewer than expected."\n')
    q = find(extract(text), "few hundred ballots")
    assert q.speaker_name == "Anna Kowalski and Tom Reed"


@pytest.mark.parametrize("affiliation", ["(R-Ohio)", "(D-N.Y.)"])
def test_a_label_with_party_and_state_in_brackets_names_the_speaker(affiliation: str) -> None:
    text = (f'The hearing ran late into the night.\n\nRep. Tom Marsh {affiliation}: "We asked for the records '
            'three times and got nothing."\n\nThe panel adjourned.')
    assert find(extract(text), "records three times").speaker_name == "Tom Marsh"
