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


@pytest.mark.parametrize("text, said", [
    # a share of those polled answers in the poll the sentence names: the poll is the source
    ("In a Harbour Gazette poll released on Monday, 62 percent of residents said they would support the "
     "tram line.", [("a Harbour Gazette poll", "they would support the tram line")]),
    ("In a city survey, about half of the residents said the ferry should keep running, while 30 percent "
     "said it should close.",
     [("a city survey", "the ferry should keep running"), ("a city survey", "it should close")]),
])
def test_a_share_of_those_polled_in_a_named_poll_is_the_polls_finding(text, said):
    assert indirect(text) == said


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


def test_a_named_second_source_reported_as_the_whole_content_is_the_outer_speakers_statement():
    # second-hand: what Lis told the council is Ruiz's account, not a firsthand statement by Lis
    text = "Ana Ruiz said Piotr Lis had told the council that the bridge would close in May."
    assert indirect(text) == [("Ana Ruiz", "Piotr Lis had told the council that the bridge would close in May")]


@pytest.mark.parametrize("text, speaker, content", [
    # what someone is blamed or praised for saying is the outer speaker's account of it
    ("Marta Nowak rebuked the mayor for suggesting that the ferry should stop running in winter.", "Marta Nowak",
     "the mayor for suggesting that the ferry should stop running in winter"),
])
def test_what_someone_is_blamed_for_saying_is_the_blamers_statement(text, speaker, content):
    assert indirect(text) == [(speaker, content)]


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


def test_a_reported_clause_stops_before_an_according_to_aside():
    # an "according to" aside closing the sentence reports it all, and is no part of what the verb reports
    assert indirect("As the newspaper revealed, the firm is not even registered in the county, according to "
                    "tax documents.") == [
        ("tax documents", "As the newspaper revealed, the firm is not even registered in the county"),
        ("the newspaper", "the firm is not even registered in the county")]


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


# -- asides (h15e)
@pytest.mark.parametrize("text, source, content", [
    # "according to X" that hangs on the speech act itself makes it X's account: one statement, X's
    ("The mayor told the council that the bridge would close in May, according to a memo seen by reporters.",
     "a memo", "The mayor told the council that the bridge would close in May"),
    ("According to the minutes, the treasurer warned members that the fund was nearly empty.", "the minutes",
     "the treasurer warned members that the fund was nearly empty"),
])
def test_according_to_over_a_speech_act_is_one_statement(text, source, content):
    assert indirect(text) == [(source, content)]


def test_according_to_a_quote_or_relative_clause_leaves_the_speech_act():
    # the phrase reports what the quote or the relative clause says, not the speech act around it
    text = ("The coach says the win is proof the side can still reach the final, which starts on 9 May, "
            "according to the league.")
    clause = "the win is proof the side can still reach the final, which starts on 9 May"
    assert indirect(text) == [("the league", f"The coach says {clause}"), ("The coach", clause)]


@pytest.mark.parametrize("text, source, content", [
    # a figure set off by "with" right before "according to X" is what X gives, not the whole sentence
    ("Ferry traffic grew again last year, with 40 percent more cars crossing in the summer, according to "
     "port records.", "port records", "40 percent more cars crossing in the summer"),
    ("The bakery chain has expanded quickly, with 120 new shops opened since March, according to its annual "
     "report.", "its annual report", "120 new shops opened since March"),
])
def test_according_to_after_a_with_figure_reports_the_figure(text, source, content):
    assert indirect(text) == [(source, content)]


@pytest.mark.parametrize("text, speaker, content", [
    # a speech verb set into its clause: a phrase the writer adds after the clause is no part of what was said
    ("Most of the cuts, the minister said, have hit rural and suburban schools, the latter a category that "
     "covers towns near the capital.", "the minister",
     "Most of the cuts, the minister said, have hit rural and suburban schools"),
    ("Several of the new hires, the mayor said, have been nurses and porters, the former a group the city has "
     "struggled to keep.", "the mayor", "Several of the new hires, the mayor said, have been nurses and porters"),
])
def test_a_trailing_aside_after_a_framed_clause_is_the_writers(text, speaker, content):
    assert indirect(text) == [(speaker, content)]


@pytest.mark.parametrize("text, speaker, content", [
    # one who responds to reports or comments gives an account of them: the outer statement is theirs
    ("The mayor responded on Monday to reports that the council planned to close the library.", "The mayor",
     "that the council planned to close the library"),
    ("The coach replied to comments that the club would sell its best player.", "The coach",
     "that the club would sell its best player"),
])
def test_responding_to_reports_is_a_statement(text, speaker, content):
    assert indirect(text) == [(speaker, content)]


@pytest.mark.parametrize("text, items", [
    # ", records show," that the parse reads as a noun still reports its clause, with the records as source
    ("The yacht was insured at a value of $35 million in 2011, records show, and experts say it is worth "
     "less.", [("records", "The yacht was insured at a value of $35 million in 2011"),
               ("experts", "it is worth less")]),
    ("It looks odd for a firm that earns $9 billion a year and, records show, does not pay much tax abroad, "
     "but the chairman has defended it.", [("records", "does not pay much tax abroad"), ("the chairman", "it")]),
])
def test_records_show_aside_parsed_as_a_noun(text, items):
    assert indirect(text) == items


@pytest.mark.parametrize("text, speaker, content", [
    # the parse hangs the clause on "evidence": it is still what the speech verb claims
    ("At a rally in Dallas, Mr. Lee was just as blunt, claiming without any evidence that the governor "
     "wanted to take in 90,000 migrants.", "Lee", "that the governor wanted to take in 90,000 migrants"),
    ("The senator asserted without proof that the mayor had hidden the report.", "The senator",
     "that the mayor had hidden the report"),
])
def test_a_claim_without_evidence_reports_its_clause(text, speaker, content):
    assert indirect(text) == [(speaker, content)]


@pytest.mark.parametrize("text, speaker, content", [
    # a relative clause closing an object after a comma says something of the object, not the position
    ("Both senators supported the farm bill, which cut subsidies for large growers in 2014.", "Both senators",
     "the farm bill"),
    ("The governor praised the new bridge, which opened to traffic last week.", "The governor",
     "the new bridge"),
])
def test_an_objects_content_stops_before_a_closing_relative_clause(text, speaker, content):
    assert indirect(text) == [(speaker, content)]


def test_a_speech_verb_the_parse_conjoins_to_the_reported_clause_is_a_statement_of_its_own():
    said = "the offer was proof that the board did not understand what the workers were facing"
    text = f"The union leader said {said}, and accused the managers of hiding their profits."
    assert indirect(text) == [("The union leader", said),
                              ("The union leader", "the managers of hiding their profits")]


def test_an_infinitive_speech_verb_of_the_governors_subject_is_no_statement_of_its_own():
    text = "The coach seemed ready to say that the team would not make the playoffs"
    assert indirect(text + ".") == [(None, text)]


def test_a_naming_participle_names_a_thing_and_reports_no_one():
    assert indirect("In the hills, a band of disaffected Chileans called Free Dawn was an army that Moreno "
                    "helped arm.") == []
