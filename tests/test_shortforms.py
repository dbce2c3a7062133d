"""Short reports, idioms of statement and the lists of reporting verbs, on sentences written for these tests:
the content span each cue reports and its speaker."""

from __future__ import annotations

import pytest

from newsdossier.extract.attitudes import common_view
from test_quotes import indirect, nlp


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # the "so" of a verb of belief stands in for its clause
    ("The ferry will be late again. Mayor Anna Kowalski thinks so, too.",
     "Anna Kowalski", "thinks", "so"),
    # a question "say" left open
    ("The harbour will reopen. Harbour master Tom Reed did not say when.", "Tom Reed", "did not say", "when"),
    # the topic of "said nothing / little about"
    ("Mayor Anna Kowalski said nothing about the new bridge tolls.",
     "Anna Kowalski", "said", "the new bridge tolls"),
    ("Tom Reed has said little about the plan to sell the old ferry.",
     "Tom Reed", "said", "the plan to sell the old ferry"),
    # "things" with a word for what they were is what was said
    ("Tom Reed says cruel things.", "Tom Reed", "says", "cruel things"),
    # a passive of a speech act that judges, with its agent: the agent's view of the subject
    ("The ferry plan was rejected by the island council.", "the island council", "rejected",
     "The ferry plan"),
    ("The new tolls were praised by Anna Kowalski.", "Anna Kowalski", "praised", "The new tolls"),
])
def test_a_short_form_is_reported(text: str, speaker: str, cue: str, content: str) -> None:
    assert indirect(text) == [(speaker, cue, content)]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # the parse hangs the "and" / "but" on the reporting verb: the clause after it is still what was said
    ("Mr. Reed says Ms. Kowalski is a very good neighbour and it's his concern what help he gives her.",
     "Reed", "says", "Ms. Kowalski is a very good neighbour and it's his concern what help he gives her"),
    ("Anna Kowalski said she'll back whomever the island council picks for the port job, but beyond that, "
     "she doesn't want any part in it.", "Anna Kowalski", "said",
     "she'll back whomever the island council picks for the port job, but beyond that, she doesn't want any "
     "part in it"),
])
def test_a_clause_split_at_its_and_is_one_statement(text: str, speaker: str, cue: str, content: str) -> None:
    assert indirect(text) == [(speaker, cue, content)]


def views(text: str) -> list[str]:
    return [text[s:e] for s, e in filter(None, (common_view(text, t) for t in nlp()(text)))]


@pytest.mark.parametrize(("text", "view"), [
    ("The old pier is widely seen as a danger to swimmers.",
     "The old pier is widely seen as a danger to swimmers"),
    ("Tom Reed is considered the likeliest pick for harbour master.",
     "Tom Reed is considered the likeliest pick for harbour master"),
    ("The ferry plan has long been viewed as a gift to the mainland, and the council knows it.",
     "The ferry plan has long been viewed as a gift to the mainland"),
    # what the parse hangs on the verb right after the view is part of it
    ("Tom Reed is seen as the candidate with the best chance to win the port vote.",
     "Tom Reed is seen as the candidate with the best chance to win the port vote"),
])
def test_a_common_view_is_a_statement_with_no_source(text: str, view: str) -> None:
    assert views(text) == [view]


@pytest.mark.parametrize("text", [
    "The old pier can be seen as a danger to swimmers.",  # a hypothetical
    "The old pier is seen by swimmers as a danger.",  # its holders named
    "The old pier, which is seen as a danger, will close.",  # a relative pronoun
    "In the village, Tom Reed said, the pier is seen as a danger.",  # the speaker's
    "Tom Reed left the council when he was viewed as a rival to the mayor.",  # a background
    "Anna Kowalski says the pier is seen as a danger to swimmers.",  # the speaker's
])
def test_no_common_view(text: str) -> None:
    assert not views(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Mayor Anna Kowalski has repudiated the old ferry contract.",
     "Anna Kowalski", "repudiated", "the old ferry contract"),
    ("Tom Reed quickly disavowed the leaflets about the harbour.",
     "Tom Reed", "disavowed", "the leaflets about the harbour"),
    ("Anna Kowalski likened the new toll to a tax on islanders.",
     "Anna Kowalski", "likened", "the new toll to a tax on islanders"),
    ("Tom Reed bemoaned the slow repairs to the harbour wall.",
     "Tom Reed", "bemoaned", "the slow repairs to the harbour wall"),
    ("Anna Kowalski downplayed the cost of the new ferry.", "Anna Kowalski", "downplayed",
     "the cost of the new ferry"),
    ("Tom Reed is trumpeting a plan to rebuild the pier.", "Tom Reed", "trumpeting",
     "a plan to rebuild the pier"),
])
def test_a_speech_act_reports_its_object(text: str, speaker: str, cue: str, content: str) -> None:
    assert indirect(text) == [(speaker, cue, content)]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Anna Kowalski intends to sell the old ferry next spring.", "Anna Kowalski", "intends",
     "to sell the old ferry next spring"),
    ("Tom Reed forecast that fares would rise by a third.", "Tom Reed", "forecast",
     "that fares would rise by a third"),
    ("Later, Anna Kowalski clarified that the tolls would apply only to trucks.",
     "Anna Kowalski", "clarified", "that the tolls would apply only to trucks"),
])
def test_a_verb_of_intent_or_speech_reports_its_clause(text: str, speaker: str, cue: str,
                                                       content: str) -> None:
    assert indirect(text) == [(speaker, cue, content)]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Tom Reed vouched for the new harbour master.", "Tom Reed", "vouched", "the new harbour master"),
    ("The island council balked at the cost of a second pier.", "The island council", "balked",
     "the cost of a second pier"),
    ("Anna Kowalski has railed against the bridge tolls for months.", "Anna Kowalski", "railed",
     "the bridge tolls"),
    ("Tom Reed cautioned against selling the old ferry.", "Tom Reed", "cautioned", "selling the old ferry"),
    ("Anna Kowalski agreed with the plan to widen the pier.", "Anna Kowalski", "agreed",
     "the plan to widen the pier"),
])
def test_a_speech_act_reports_its_topic(text: str, speaker: str, cue: str, content: str) -> None:
    assert indirect(text) == [(speaker, cue, content)]


@pytest.mark.parametrize("text", [
    # a participle "intended" is a purpose, not anyone's stated aim
    "The council held hearings intended to settle the dispute over the pier.",
    # only tried: no stand taken
    "Aides to Anna Kowalski tried to downplay the cost of the ferry.",
    # acts of people with a thing for subject: no one's stand
    "A six-pointed star likened to a sheriff's badge was printed on the flyer.",
    "The brass band struck up a tune, trumpeting the arrival of the mayor.",
    "The storm railed against the harbour wall all night.",
    # a negated agreement: which way the speaker leans, the cue "agree" would not say
    "Anna Kowalski did not agree with the plan to close the ferry.",
    "From her own experience, she cannot agree less with giving up the old pier.",
])
def test_no_attribution(text: str) -> None:
    assert not indirect(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # the gerund right after a verb of stand is the stand taken
    ("Anna Kowalski proposed raising the bridge tolls for trucks.", "Anna Kowalski", "proposed",
     "raising the bridge tolls for trucks"),
    ("Tom Reed opposes selling the old ferry to the mainland.", "Tom Reed", "opposes",
     "selling the old ferry to the mainland"),
    # "reiterate" reports its object, as "recall" does
    ("Tom Reed reiterated his support for the new harbour master.", "Tom Reed", "reiterated",
     "his support for the new harbour master"),
])
def test_a_stand_reports_its_gerund_or_object(text: str, speaker: str, cue: str, content: str) -> None:
    assert indirect(text) == [(speaker, cue, content)]


@pytest.mark.parametrize("text", [
    # a relative pronoun for subject: whose stand, the clause around it tells
    "The harbour master, who has proposed raising the tolls, left early.",
    # a subject only over a conjunction: whose stand, the parse too often gets wrong
    "The tolls went up after the mayor spoke and proposed keeping the ferry.",
])
def test_no_stand_gerund(text: str) -> None:
    assert not indirect(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # the parse makes the view a clause of its own, opened by its "as", right after the object
    ("Ms. Vega sees the mayor as captured by the builders who fund him.",
     "Vega", "sees", "the mayor as captured by the builders who fund him"),
    ("Voters view the harbor plan as doomed by the tolls that fund it.",
     "Voters", "view", "the harbor plan as doomed by the tolls that fund it"),
])
def test_a_view_the_parse_made_a_clause_of_its_own(text: str, speaker: str, cue: str, content: str) -> None:
    assert indirect(text) == [(speaker, cue, content)]


def test_an_as_of_time_after_the_object_is_no_view() -> None:
    assert indirect("Tom Reed saw the mayor as he left the harbor.") == []


def test_a_predicate_the_parse_cut_from_its_subject_is_still_what_was_said() -> None:
    assert indirect("Port officials hope the crane built in Rotterdam can speed up the unloading.") == [
        ("Port officials", "hope", "the crane built in Rotterdam can speed up the unloading")]


def test_a_predicate_of_a_noun_before_the_speaker_is_not_what_was_said() -> None:
    text = "One reason the fishermen say they came to the meeting was the fear of losing the pier."
    assert indirect(text) == [("the fishermen", "say", "they came to the meeting")]


def test_an_object_with_a_quoted_word_is_what_a_wording_verb_said() -> None:
    assert indirect("The final count is not in, but the Kowalski campaign is already claiming victory in the "
                    "so-called “harbor district.”") == [
        ("the Kowalski campaign", "claiming", "victory in the so-called “harbor district.”")]
    assert indirect("Mayor Ruiz, for her part, is labeling the council’s vote “a reckless raid on the pension "
                    "fund.”") == [("Ruiz", "labeling", "the council’s vote “a reckless raid on the pension fund.”")]
    assert indirect("The council stalled the ferry, which the mayor declared “a civic embarrassment” for the "
                    "whole city.") == [("the mayor", "declared", "“a civic embarrassment” for the whole city")]
    # typewriter double marks, as some papers print them
    assert indirect("Speaking on the radio in May, Mayor Ruiz went further, declaring a ''war on potholes'' "
                    "across the old town.") == [
        ("Mayor Ruiz", "declaring", "a ''war on potholes'' across the old town")]
    # a side remark on a noun states no one's word
    assert indirect("The militia that has declared a “republic” in the hills refused to talk.") == []


def test_the_cue_of_made_clear_is_the_idiom() -> None:
    # "made" alone would not say what was stated
    assert indirect("The governor has made clear that she will not sign the bill.") == [
        ("The governor", "made clear", "that she will not sign the bill")]
    assert indirect("The governor made it plain that she would veto the bill.") == [
        ("The governor", "made it plain", "that she would veto the bill")]
    # a negated one keeps its negation and the whole idiom
    assert indirect("The governor has not made clear that she will sign the bill.") == [
        ("The governor", "has not made clear", "that she will sign the bill")]
