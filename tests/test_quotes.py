"""Quote extraction on sentences written for these tests: every cue, speaker and kind construction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from newsdossier.analyse import mentions_of, nlp
from newsdossier.extract.quotes import extract_quotes
from newsdossier.model import Article, Quote


def extract(text: str) -> list[Quote]:
    article = Article("test.txt", 0, text)
    doc = nlp()(text)
    return extract_quotes(article, doc, mentions_of(doc, article.id))


def find(quotes: list[Quote], phrase: str) -> Quote:
    hits = [q for q in quotes if phrase in q.text]
    assert hits, f"no quote holds {phrase!r}: {[q.text for q in quotes]}"
    return min(hits, key=lambda q: len(q.text))


def who(text: str, phrase: str) -> tuple[str, str | None, str | None]:
    q = find(extract(text), phrase)
    return q.kind, q.speaker_name, q.cue


def test_every_span_is_exact() -> None:
    text = ('Mayor Anna Kowalski said: "The bridge will open in May." She added that the budget was '
            '\'tight but fair\'. "We are ready," said Tom Reed, the city engineer.')
    for q in extract(text):
        assert text[q.start:q.end] == q.text
        for span in (q.cue_span, q.speaker_mention, q.sentence):
            if span is not None:
                assert text[span.start:span.end] == span.text
        assert q.sentence is not None and q.sentence.start <= q.start and q.end <= q.sentence.end


def test_name_then_said_after_the_quote() -> None:
    text = '"The harvest was the worst in a decade," Peter Novak said on Monday.'
    assert who(text, "worst in a decade") == ("direct", "Peter Novak", "said")


def test_said_then_name_with_an_appositive() -> None:
    text = '"Prices will rise again," said Maria Lopez, a senior economist at the Central Bank.'
    q = find(extract(text), "Prices will rise")
    assert (q.kind, q.speaker_name, q.cue) == ("direct", "Maria Lopez", "said")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Maria Lopez"


def test_the_listener_is_not_the_speaker() -> None:
    text = 'Anna Kowalski lives by the river. "We will rebuild the bridge," she told the Gazette.'
    assert who(text, "rebuild the bridge") == ("direct", "Anna Kowalski", "told")


def test_a_description_names_no_person() -> None:
    text = ('Peter Novak runs the ferry. "We will stay, whatever happens," one resident told the Gazette. '
            '"The water keeps rising," the pilot said.')
    quotes = extract(text)
    first = find(quotes, "We will stay")
    assert (first.speaker_name, first.speaker_mention) == ("one resident", None)
    pilot = find(quotes, "water keeps rising")
    assert (pilot.speaker_name, pilot.speaker_mention) == ("the pilot", None)


def test_role_description_is_left_for_entity_linking() -> None:
    text = 'The Estonian president said that the border would stay closed until spring.'
    q = find(extract(text), "border would stay closed")
    assert q.kind == "indirect" and q.speaker_name == "The Estonian president"
    assert q.speaker_mention is not None and q.speaker_mention.text == "The Estonian president"


def test_lead_in_line_with_a_colon_and_an_appositive() -> None:
    text = "Elena Marsh, a fellow at the Harbour Institute, said: 'The port is the key to the whole coast.'"
    assert who(text, "key to the whole coast") == ("direct", "Elena Marsh", "said")


def test_pronoun_lead_in_resolves_to_the_person_of_that_gender() -> None:
    text = ("Kateryna Bondar moved to Leeds with her son in 2022. Peter Novak helped them settle.\n"
            'She said: "We lost the house, but not the hope."')
    kind, speaker, cue = who(text, "lost the house")
    assert (kind, speaker, cue) == ("direct", "Kateryna Bondar", "said")


def test_she_added_with_a_colon() -> None:
    text = "Maria Lopez spoke after the vote. She added: 'Nobody expected this result.'"
    assert who(text, "Nobody expected") == ("direct", "Maria Lopez", "added")


def test_he_replied_resolves_to_the_subject_not_the_nearer_object() -> None:
    text = ("At the summit, John Carver met Olga Petrova. Asked whether he trusted the report, he replied: "
            "'The minister says it is false. I see no reason to doubt her.'")
    assert who(text, "minister says it is false") == ("direct", "John Carver", "replied")


def test_participle_cue_takes_the_subject_of_its_clause() -> None:
    text = ("John Carver argued that a treaty would last longer than a truce, writing on his blog: "
            "\u201cThe best way to end the dispute is a full agreement.\u201d")
    kind, speaker, cue = who(text, "best way to end the dispute")
    assert (kind, speaker, cue) == ("direct", "John Carver", "writing on his blog")


def test_according_to_a_source() -> None:
    text = 'The minister described the talks as \u201cfrank and useful\u201d, according to the Tallinn Herald.'
    # an unnamed source's words in the paper's report
    assert [(q.kind, q.speaker_name, q.cue, q.text) for q in extract(text)] == [
        ("indirect", "the Tallinn Herald", "according to", "The minister described the talks as “frank and useful”"),
        ("partial", "the Tallinn Herald", "according to", "frank and useful")]


def test_partial_quote_inside_reported_speech() -> None:
    text = "Peter Novak vowed the village would 'never give up' its school."
    assert who(text, "never give up") == ("partial", "Peter Novak", "vowed")


def test_short_fragment_in_a_clause_of_speech_is_a_partial_quote() -> None:
    text = 'Asked about the meeting, Anna Kowalski said it was just "empty talk" and left.'
    assert who(text, "empty talk") == ("partial", "Anna Kowalski", "said")


@pytest.mark.parametrize("text", [
    "The valley has been described as a 'green wall' by the Forestry Institute.",
    "Analysts at the Forestry Institute describe the valley as a \u201cgreen wall\u201d.",
    "Rebels declared the so-called 'free cantons' in the north.",
    "The mayor announced a 'deal' with the union on Friday.",
    "The river leaves the town feeling \"forgotten\" every spring.",
    "Workers here rebuilt what some call the 'forgotten valley' last year.",  # no one named gives the name
    "The town paid for what we call 'basic services' in the old days.",
    "Tomas Reyes is holding a rally at the 'Blue Anchor Social Club' tonight.",  # a title
    "Tomas Reyes mocked the \u201cestablishment\u201d candidate in a speech.",  # qualifies the noun after it
    "Ines Vidal spoke about the film \u201cNorthern Lights\u201d on Monday.",
    'Tom Reed posted a clip of his appearance on "Meet the Mayor."',  # a show's name in running text
    # the title of the source "according to" names, and of a work someone wrote
    'According to "The Long Winter: A Mill Town History" by Ana Ruiz, the owners told workers that the mill '
    'would close.',
    "Mr. Hale, who plays the captain, an old sailor who wrote \u201cSea Songs,\u201d has been with the show "
    "since May.",
    # a slogan listed after another inside a sentence does not open one, nor go on from the last quote
    '"We will rebuild the bridge," said Ann Lee, the mayor. Volunteers handed out pins with "Vote Lee" and '
    '"Bridges, not walls."',
])
def test_coined_terms_scare_quotes_and_titles_are_no_ones_words(text: str) -> None:
    assert [q for q in extract(text) if q.kind != "indirect" and "rebuild" not in q.text] == []


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ('Within minutes, Tom Reed called the mayor "Little Anna" several times.', "Little Anna",
     ("indirect", "Tom Reed", "called")),  # a name given
    ('Kowalski Says Ferry Plan Is "The Road To Nowhere"', "The Road To Nowhere",
     ("partial", "Kowalski", "Says")),  # a headline
])
def test_title_case_words_a_person_gives_are_kept(text: str, phrase: str,
                                                 expected: tuple[str, str, str]) -> None:
    q = find(extract(text), phrase)
    assert (q.kind, q.speaker_name, q.cue) == expected


# A partial quote no speech verb reports, in the object or complement of the main verb of a person
# subject: the subject frames it as their words.
@pytest.mark.parametrize(("text", "phrase", "speaker", "cue"), [
    ("Mayor Ilse Brandt anticipated that the vote would be \u201ca rout for everyone who opposed the "
     "bridge.\u201d", "a rout", "Ilse Brandt", "anticipated"),
    ("While Tom Reed laid out \u201ca plan that cuts the tolls for every family,\u201d the council stayed "
     "silent.", "cuts the tolls", "Tom Reed", "laid"),
    ("\u201cThe port will stay open,\u201d Anna Kowalski said. She has directed \u201ca review that will "
     "take most of the year.\u201d", "a review", "Anna Kowalski", "directed"),
])
def test_a_partial_quote_a_persons_main_verb_frames_is_theirs(text: str, phrase: str, speaker: str,
                                                                cue: str) -> None:
    assert who(text, phrase) == ("partial", speaker, cue)


# Not in the verb's adjunct, under a condition, in a relative clause, from a thing, or beside another source.
@pytest.mark.parametrize(("text", "phrase"), [
    ("Tom Reed won the seat by \u201cknocking on every door in the district.\u201d", "knocking"),
    ("Tom Reed would resign if the mayor gave \u201cthe files to anyone who asked for them.\u201d",
     "the files"),
    ("Tom Reed hired Anna Kowalski of the Gazette, a paper that has run headlines such as \u201cThe "
     "bridge is a scandal and a waste.\u201d", "scandal"),
    ("The ad targets \u201ca system that keeps the tolls high for everyone.\u201d", "a system"),
    ("As Anna Kowalski put it, Tom Reed has made the tolls \u201ca tax on every commuter who drives to "
     "work.\u201d", "a tax"),
])
def test_a_partial_quote_outside_a_persons_own_clause_gets_no_speaker(text: str, phrase: str) -> None:
    assert who(text, phrase) == ("partial", None, None)


def test_a_possessor_the_parse_took_for_a_subject_names_no_source() -> None:
    # "the party's pledged delegates" parsed as if "the party" pledged them: "pledged" modifies the noun
    words = ["Ines", "Vidal", "won", "the", "party", "'s", "pledged", "delegates", "in", "the", "north", "."]
    doc = Doc(nlp().vocab, words=words, spaces=[True] * 4 + [False] + [True] * 5 + [False, False],
              heads=[1, 2, 2, 4, 6, 4, 2, 6, 7, 10, 8, 2],
              deps=["compound", "nsubj", "ROOT", "det", "nsubj", "case", "conj", "dobj", "prep", "det", "pobj",
                    "punct"],
              pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
              tags=["NNP", "NNP", "VBD", "DT", "NN", "POS", "VBD", "NNS", "IN", "DT", "NN", "."],
              lemmas=["Ines", "Vidal", "win", "the", "party", "'s", "pledge", "delegate", "in", "the", "north",
                      "."])
    article = Article("test.txt", 0, doc.text)
    assert extract_quotes(article, doc, mentions_of(doc, article.id)) == []


def test_a_headline_read_as_one_name_is_cut_at_its_verb() -> None:
    q = find(extract("Harbor Union Ads Demanding Port Owners Raise Wages Will Run In May."), "Port Owners")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Harbor Union Ads"
    assert (q.speaker_name, q.cue) == ("Harbor Union Ads", "Demanding")


def test_one_verb_reports_one_statement_however_far_its_cue_reaches() -> None:
    text = ('"We will open the port soon," Ines Vidal said, referring to new ferry routes in '
            "''the coming months.''")
    assert [(q.kind, q.cue, q.text) for q in extract(text) if q.kind != "direct"] == [
        ("indirect", "referring to", "new ferry routes in ''the coming months.''"),
        ("partial", "referring to", "the coming months.")]


def test_a_label_given_by_a_person_is_a_partial_quote() -> None:
    text = "Peter Novak described the deal as \u201cfair and overdue\u201d."
    assert who(text, "fair and overdue") == ("partial", "Peter Novak", "described")


@pytest.mark.parametrize(("text", "phrase", "speaker", "cue"), [
    ("Mayor Ilse Brandt referred to the protesters as \u201cmy neighbours\u201d on Sunday.", "my neighbours",
     "Ilse Brandt", "referred"),
    ("Chancellor Petra Lind heralded the harbour accord as a 'turning point'.", "turning point", "Petra Lind",
     "heralded"),
    ("The Harbour Workers Union blamed the delays on \u201cchaotic planning\u201d.", "chaotic planning",
     "The Harbour Workers Union", "blamed"),
    ("Senator Omar Haddad thanked the volunteers for their \u201cquiet courage\u201d.", "quiet courage",
     "Omar Haddad", "thanked"),
    # "what X calls 'Y'": only the subject can be giving it that name, whoever X is
    ("The harbour board is what local fishermen have called a \u201cclosed shop\u201d for years.", "closed shop",
     "local fishermen", "called"),
    ("Protesters marched against what Tomas Reyes calls the 'rigged' harbour tender.", "rigged", "Tomas Reyes",
     "calls"),
])
def test_a_fragment_a_person_puts_on_something_is_their_partial_quote(
        text: str, phrase: str, speaker: str, cue: str) -> None:
    quotes = extract(text)
    assert who(text, phrase) == ("partial", speaker, cue)
    assert [(q.speaker_name, q.cue) for q in quotes if q.kind == "indirect"] == [(speaker, cue)]


def test_the_asker_named_after_a_question() -> None:
    text = "The hall went quiet.\n\n\u201cHow long is the new pier?\u201d asked the girl, who had come from Gdansk."
    assert who(text, "How long") == ("direct", "the girl", "asked")


def test_a_headline_with_its_byline_and_excerpt_is_no_speech() -> None:
    text = ('HARBOUR NEWS\n\n\u2014"Ferry line to close at the end of May," by Harbour Daily\'s Anna Berg: "The old '
            'ferry will stop running after 40 years." http://example.org/x')
    assert extract(text) == []


def test_follow_on_paragraphs_continue_the_last_speaker() -> None:
    text = ("Olga Petrova runs the bakery in the square.\n"
            '"Every morning, we hear the sirens," she told the Gazette.\n'
            "When asked about the talks, she said she thinks they will fail.\n"
            '"Who would sell their own street?\n'
            '"We will keep baking, whatever they sign."')
    quotes = extract(text)
    for phrase in ("hear the sirens", "Who would sell", "keep baking"):
        assert find(quotes, phrase).speaker_name == "Olga Petrova", phrase


def test_a_paragraph_that_goes_on_with_a_quote_takes_the_cue_that_follows_it() -> None:
    text = ('"The first problem is the roads," Ann Lee said. "They flood every spring.\n'
            '"The second problem is the bridge," Ann Lee said. "It is too narrow."')
    quotes = extract(text)
    second, narrow = find(quotes, "second problem"), find(quotes, "too narrow")
    assert second.cue_span is not None and second.cue_span == narrow.cue_span
    assert second.cue_span != find(quotes, "first problem").cue_span


def test_a_typewriter_closer_set_off_by_a_space_from_a_nested_quote_closes_the_quote() -> None:
    text = "Ann Lee runs the shelter. ''We never use the word 'hopeless,' '' she said, and smiled."
    q = find(extract(text), "never use the word")
    assert (q.text, q.kind, q.speaker_name) == ("We never use the word 'hopeless,'", "direct", "Ann Lee")


def test_a_cueless_quote_after_another_persons_paragraph_gets_no_guess() -> None:
    text = ("Olga Petrova runs the bakery.\n"
            "The weather was cold all week and the roads were closed.\n"
            '"Nobody came to buy bread."')
    q = find(extract(text), "Nobody came")
    assert q.speaker_name is None


def test_indirect_speech_with_that_and_a_listener() -> None:
    text = "John Carver told reporters that the bridge would reopen in May."
    q = find(extract(text), "bridge would reopen")
    assert (q.kind, q.speaker_name, q.cue) == ("indirect", "John Carver", "told")
    assert q.text == "that the bridge would reopen in May"


def test_indirect_speech_from_an_outlet_and_a_warning() -> None:
    quotes = extract("The Tallinn Herald reported that the port had closed. Maria Lopez warned prices would rise.")
    assert find(quotes, "port had closed").speaker_name == "The Tallinn Herald"
    warned = find(quotes, "prices would rise")
    assert (warned.kind, warned.speaker_name, warned.cue) == ("indirect", "Maria Lopez", "warned")


def test_indirect_speech_said_in_a_post() -> None:
    text = "John Carver, a lawyer for the council, said in a post on X that the ruling was wrong."
    q = find(extract(text), "ruling was wrong")
    assert (q.kind, q.speaker_name, q.cue) == ("indirect", "John Carver", "said")


def test_attribution_without_a_source_is_kept_with_no_speaker() -> None:
    text = "It was reported that the port had closed for the winter."
    q = find(extract(text), "port had closed")
    assert (q.kind, q.speaker_name) == ("indirect", None)


def test_a_passive_with_its_own_subject_and_no_agent_is_kept_with_no_speaker() -> None:
    q = find(extract("Tom Reed was announced the winner of the harbour race on Sunday."), "winner")
    assert (q.kind, q.text, q.speaker_name, q.cue) == ("indirect", "the winner of the harbour race", None,
                                                       "announced")


# What a noun of speech says, given by a copula: its owner or maker is the source, else none is named.
@pytest.mark.parametrize(("text", "content", "speaker", "cue"), [
    ("Tom Reed's answer was that the bridge would open in May, whatever the cost.",
     "that the bridge would open in May, whatever the cost", "Tom Reed", "answer"),
    ("Anna Kowalski's most serious accusation was that the council had hidden the repair bills for years.",
     "that the council had hidden the repair bills for years", "Anna Kowalski", "accusation"),
    ("One view is that the port will close before the winter storms arrive.",
     "that the port will close before the winter storms arrive", None, "view"),
    # who made it, in a relative clause on the noun
    ("The most important promise Tom Reed has made is that the tolls will stay low.",
     "that the tolls will stay low", "Tom Reed", "promise"),
])
def test_what_a_noun_of_speech_is_is_its_content(text: str, content: str, speaker: str | None,
                                                  cue: str) -> None:
    items = [(q.kind, q.text, q.speaker_name, q.cue) for q in extract(text)]
    assert items == [("indirect", content, speaker, cue)]


def test_mixed_marks_with_a_trailing_cue() -> None:
    text = "\"We will not sell the mill. It stays with the town,' he said. Peter Novak had bought it in 1990."
    text = "Peter Novak owns the mill.\n" + text
    assert who(text, "not sell the mill") == ("direct", "Peter Novak", "said")


def test_quote_with_nested_marks_keeps_its_speaker() -> None:
    text = ("Maria Lopez decried the offer. 'Then they arrive and say, 'Let's sign.' That is not how it works,'"
            " she said.")
    q = find(extract(text), "Then they arrive")
    assert (q.kind, q.speaker_name) == ("direct", "Maria Lopez")
    assert "'Let's sign.'" in q.text


def test_speaker_with_a_long_appositive_after_the_quote() -> None:
    text = ("''The valley will flood again,'' Maria Lopez, a hydrologist at the river authority in Tartu, "
            "wrote on Sunday.")
    assert who(text, "valley will flood") == ("direct", "Maria Lopez", "wrote")


def test_a_name_and_a_colon_opening_a_line_is_the_speaker() -> None:
    text = "Olga Petrova: 'The Bakery Stays Open.'\nThe town voted on Sunday."
    q = find(extract(text), "Bakery Stays Open")
    assert (q.kind, q.speaker_name, q.cue) == ("direct", "Olga Petrova", ":")


def test_a_source_alone_before_a_colon_is_the_speaker() -> None:
    text = ('The ferry lost money again last year - More from Anna Kowalski: "The numbers were poor in every '
            'season we looked at."')
    assert who(text, "numbers were poor") == ("direct", "Anna Kowalski", ":")


def test_relative_pronoun_subject_is_the_noun_it_modifies() -> None:
    text = "The plan was welcomed by Tom Reed, who said that the river would be cleaner by June."
    q = find(extract(text), "river would be cleaner")
    assert (q.kind, q.speaker_name) == ("indirect", "Tom Reed")


def test_quote_after_a_closed_quote_sentence_is_direct_and_continues_the_speaker() -> None:
    text = ('\u201cWe expected the storm,\u201d Tom Reed said on \u201cMorning News.\u201d '
            '\u201cBut nobody expected the flood.\u201d')
    q = find(extract(text), "nobody expected the flood")
    assert (q.kind, q.speaker_name) == ("direct", "Tom Reed")


def test_infinitive_reports_and_speech_acts_are_indirect() -> None:
    quotes = extract("Maria Lopez urged the council to close the bridge. Tom Reed accused the mayor of lying.")
    urged = find(quotes, "to close the bridge")
    assert (urged.kind, urged.speaker_name, urged.text) == ("indirect", "Maria Lopez", "the council to close the bridge")
    accused = find(quotes, "of lying")
    assert (accused.kind, accused.speaker_name, accused.text) == ("indirect", "Tom Reed", "the mayor of lying")


def test_a_label_with_its_object_is_one_attribution() -> None:
    quotes = extract("Tom Reed described the new bridge as \u201cugly and expensive\u201d.")
    partial = find(quotes, "ugly and expensive")
    whole = [q for q in quotes if q.kind == "indirect"]
    assert partial.kind == "partial" and [q.text for q in whole] == ["the new bridge as \u201cugly and expensive\u201d"]
    assert whole[0].cue_span == partial.cue_span


def test_a_quote_interrupted_by_its_cue_resumes_with_the_same_speaker() -> None:
    text = "John Oliver was angry. \u201cHonestly,\u201d he continued, \u201cwe may be on the brink of a bad choice.\u201d"
    quotes = extract(text)
    for phrase in ("Honestly", "on the brink"):
        q = find(quotes, phrase)
        assert (q.kind, q.speaker_name, q.cue) == ("direct", "John Oliver", "continued"), phrase


@pytest.mark.parametrize(("text", "cue"), [
    ('"Can we cut the budget?" Ann Lee wrote to Tom Reyes. He replied, "Not this year, I am afraid."',
     "replied"),
    ('"Look at the river," Ann Lee said. Tom Reyes answered, "Not this year, it has never been so low."',
     "answered"),
])
def test_a_reply_in_a_new_sentence_is_not_the_first_quote_resumed(text: str, cue: str) -> None:
    q = find(extract(text), "Not this year")
    assert (q.kind, q.speaker_name, q.cue) == ("direct", "Tom Reyes", cue)


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    # a partial quote inside the same speaker's statement is part of it
    ('Anna Kowalski said the harbour town was in what she called a "revolutionary mood" after the vote.',
     "Anna Kowalski", "said"),
    # a participle beside the statement is a statement of its own
    ('Anna Kowalski said the port would close, saying it was "all about money" in the end.', "Anna Kowalski",
     "saying"),
    # a participle after the speech verb reports the quote in the clause it opens
    ('"We finished the roads early," Ann Lee said, mentioning the new bridge is "nearly done."', "Ann Lee",
     "mentioning"),
    # one after the words the verb reports is part of them
    ('Ann Lee said the roads are finished, mentioning the new bridge is "nearly done."', "Ann Lee", "said"),
])
def test_the_cue_of_a_partial_quote_in_a_statement(text: str, speaker: str, cue: str) -> None:
    (partial,) = [q for q in extract(text) if q.kind == "partial"]
    assert (partial.speaker_name, partial.cue) == (speaker, cue)


def test_a_statement_ends_with_its_partial_quote_before_the_direct_quote_a_participle_adds() -> None:
    quotes = extract('Ann Lee said the plan to rebuild the harbour would be "slow," adding, '
                     '"Good things take time."')
    statement = find(quotes, "plan to rebuild")
    assert (statement.kind, statement.text, statement.cue) == (
        "indirect", 'the plan to rebuild the harbour would be "slow,"', "said")
    assert find(quotes, "Good things").cue == "adding"


_LIFELINE = ('"The plant is our lifeline," Tom Reyes said, {} his crew rebuilds the "turbine blades" '
             'every winter. ')


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    # the next quote goes on from his own words, not from the participle's statement
    (_LIFELINE.format("describing how") + '"Without it, the valley would empty out."', "Tom Reyes", "said"),
    # what a participle that announces more words adds
    (_LIFELINE.format("adding that") + '"Without it, the valley would empty out."', "Tom Reyes", "adding"),
    # a statement by someone else in a clause of the quote's sentence does not take the next quote
    ('"We will win this county," Ann Lee said at the rally, an hour after the networks declared her the '
     'winner. "Tonight the valley belongs to all of you."', "Ann Lee", "said"),
    ('"The new wing will open in May," Ann Lee said at the museum, which expects 5,000 visitors to attend. '
     '"It took the valley ten years to build."', "Ann Lee", "said"),
    # an abbreviation ("Mr.") between the cue and a later statement does not end the sentence
    ('"Sales are up a little," said Mr. Tom Reyes, who noted that prices had "cratered" in the slump. '
     '"The valley is buying boats again."', "Tom Reyes", "said"),
])
def test_a_quote_after_the_sentence_of_a_direct_quote_goes_on_from_it(text: str, speaker: str,
                                                                       cue: str) -> None:
    q = find(extract(text), "valley")
    assert (q.kind, q.speaker_name, q.cue) == ("direct", speaker, cue)


def test_a_programme_title_after_the_cue_is_not_a_quote_and_does_not_break_the_next() -> None:
    text = ("Mr. Tom Reed spoke on Sunday. ''The bridge is safe,'' he said on ''Morning News.'' "
            "''Nobody should worry.''")
    quotes = extract(text)
    assert [q.text for q in quotes if q.text.startswith("Morning")] == []
    q = find(quotes, "Nobody should worry")
    assert (q.kind, q.speaker_name) == ("direct", "Tom Reed")


def test_a_quote_after_a_sentence_connective_is_direct() -> None:
    text = '"We will win the vote," Tom Reed said at noon. But "The count will take two days."'
    q = find(extract(text), "count will take")
    assert (q.kind, q.speaker_name) == ("direct", "Tom Reed")


def indirect(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker_name, q.cue, q.text) for q in extract(text) if q.kind == "indirect"]


@pytest.mark.parametrize("text", [
    "Brest is one of the towns Novak demands from the negotiators.",  # a relative clause: no speech
    "The bridge, which the army defended at great cost, fell in June.",  # an object-less act is no speech
    "He might be expected to present the plan to the minister during his trip.",  # a hypothetical
    "Experience has shown us what comes next.",  # a thing that shows is no source
    "The strikes will resume if they continue to block the port.",  # "continue" with an infinitive
    "Tom Reed would support the plan if the council paid for it.",  # a hypothetical position
])
def test_constructions_that_are_not_attributions(text: str) -> None:
    assert indirect(text) == []


def test_a_hypothetical_inside_reported_speech_is_not_a_second_attribution() -> None:
    text = "Novak told Reed that the union would agree to end the strike if the firm raised pay."
    assert indirect(text) == [("Novak", "told", "that the union would agree to end the strike if the firm raised pay")]


def test_a_heading_glued_to_a_paragraph_is_not_the_speaker() -> None:
    text = ("However, the map shows no change. Port access in the south Jane Holloway, a naval analyst for "
            "the Baltic Institute, said in a post on X that it was too early to judge the blockade.")
    assert indirect(text) == [("Jane Holloway", "said", "that it was too early to judge the blockade")]


def test_a_name_the_tagger_missed_set_off_by_commas_is_the_speaker() -> None:
    text = ("One pastor supporting Mr. Lee, Merrit Kaye of Hope Baptist Church in Ames, said he had made 90 "
            "calls to other pastors.")
    assert [item for item in indirect(text) if item[1] == "said"] == [
        ("Merrit Kaye", "said", "he had made 90 calls to other pastors")]


def test_a_poll_finding_and_a_stated_position_are_attributions() -> None:
    assert indirect("A new poll found that most voters back the plan.") == [
        ("A new poll", "found", "that most voters back the plan")]
    assert indirect("Tom Reed endorsed the mayor on Monday.") == [("Tom Reed", "endorsed", "the mayor")]
    assert indirect("Maria Lopez declined to comment on the report.") == [
        ("Maria Lopez", "declined", "to comment on the report")]


def test_a_participle_between_the_subject_and_the_cue_keeps_the_subject() -> None:
    text = 'But Sen. Tom Reed (D-Ill.), noting the size of the crowd, said, "Let me tell you, we have a list."'
    assert who(text, "Let me tell you") == ("direct", "Tom Reed", "said")


def test_she_may_be_the_woman_of_a_surname_two_people_share() -> None:
    text = ("Hillary Clinton and Bill Clinton arrived late. Clinton thanked the crowd. "
            "\"We will win this state,\" she said.")
    assert who(text, "win this state") == ("direct", "Hillary Clinton", "said")


def test_a_nearer_subject_of_unknown_gender_wins_over_an_earlier_name() -> None:
    text = ("Lisa Reynolds runs the station. Then Marsh took the stage. "
            "\"It is ambush journalism,\" she says.")
    assert who(text, "ambush journalism") == ("direct", "Marsh", "says")


def test_a_belief_inside_reported_speech_is_part_of_it_but_another_speaker_is_not() -> None:
    assert indirect("Anna Lee said that she thought the plan would fail.") == [
        ("Anna Lee", "said", "that she thought the plan would fail")]
    assert indirect("Anna Lee said that Tom Reed told her the plan would fail.") == [
        ("Anna Lee", "said", "that Tom Reed told her the plan would fail"), ("Tom Reed", "told", "the plan would fail")]


def test_a_quoted_subheading_between_dashes_is_not_speech() -> None:
    text = ("The crowd went quiet after the vote.\n\n– \u2018We are still here\u2019 –.\n\n"
            "Then the band began to play.")
    assert extract(text) == []


def test_words_on_show_after_the_writers_colon_are_not_the_last_speakers() -> None:
    text = ('"We will win this county," Anna Kowalski said at the rally.\n\n'
            'The crowd cheered as a banner above the stage carried two words: "Never Again."')
    assert who(text, "Never Again") == ("direct", None, None)


def test_a_quote_after_a_colon_with_no_verb_still_goes_on_with_its_speaker() -> None:
    text = ('"We will win this county," Anna Kowalski said at the rally.\n\n'
            'Then, a week later on the radio: "I never promised a win."')
    assert who(text, "never promised")[1] == "Anna Kowalski"


def test_dated_slogans_with_no_cue_are_not_speech() -> None:
    text = ("The party has long leaned on blunt posters.\n\n"
            "\u201cKeep our valleys free, keep the tolls low!\u201d (regional poster 1999) \u2014 "
            "\u201cNo new bridges for outsiders!\u201d (2004).\n\nBoth went up across the canton.")
    assert [q.text for q in extract(text)] == []


def test_a_shows_title_before_its_star_is_not_speech() -> None:
    text = ("Getty.\n\n\u201cThe Harbour Is Where We Live\u201d star Ana Berg opened up about her childhood "
            "in a long interview.")
    assert [q.text for q in extract(text)] == []


def test_a_quoted_title_with_no_cue_is_not_speech() -> None:
    text = "Tom Reed was named the 'Title Sponsor' of the fair. The mayor opened it."
    assert [q.text for q in extract(text)] == []


def test_a_quote_the_parse_runs_into_the_next_sentence_does_not_hide_its_speaker() -> None:
    text = ('"Every test was passed. Every single one." Mayor Ana Kovac said an audit would check '
            '"every hour of that week", including the alarms.')
    q = find(extract(text), "every hour of that week")
    assert (q.kind, q.speaker_name, q.cue) == ("partial", "Ana Kovac", "said")


# -- golden: the seeds ---------------------------------------------------------------------------------
GOLDEN = Path(__file__).parent / "golden" / "quotes_seeds.json"


@pytest.fixture(scope="module")
def seed_quotes(shared_dir: Path) -> dict[str, list[Quote]]:
    """Quotes of each raw seed page, extracted from its whole text (cleaning is tested elsewhere)."""
    out = {}
    for path in sorted((shared_dir / "seeds").glob("*.txt")):
        out[path.name[:3]] = extract(path.read_text(encoding="utf-8"))
    return out


def _golden_cases() -> list[tuple[str, dict]]:
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return [(seed, case) for seed, cases in data.items() if seed.isdigit() for case in cases]


def check_golden(quotes: list[Quote], case: dict) -> None:
    quoted = [q for q in quotes if q.kind != "indirect"]
    if case.get("absent"):
        pool = quotes if case.get("indirect") else quoted
        hits = [q for q in pool if q.text.strip(" .,") == case["key"]
                or (case.get("prefix") and q.text.startswith(case["key"]))]
        assert hits == []
        return
    q = find(quotes if case["kind"] == "indirect" else quoted, case["key"])
    assert q.kind == case["kind"]
    name = q.speaker_name
    if "speaker_any" in case:
        assert name in case["speaker_any"]
    else:
        assert name is not None and any(word in name for word in case["speaker"]), name
    for wrong in case.get("not_speaker", []):
        assert name is None or wrong not in name
    if "cue" in case:
        assert q.cue == case["cue"]


@pytest.mark.parametrize(("seed", "case"), _golden_cases(), ids=lambda v: v["key"] if isinstance(v, dict) else v)
def test_seed_quotes(seed_quotes: dict[str, list[Quote]], seed: str, case: dict) -> None:
    check_golden(seed_quotes[seed], case)


@pytest.mark.parametrize(("seed", "case"), _golden_cases(), ids=lambda v: v["key"] if isinstance(v, dict) else v)
def test_seed_quotes_in_the_built_dossier(seeds_dossier: dict, seed: str, case: dict) -> None:
    """The same expectations on `dossier build ../shared/seeds/*.txt`, after cleaning and entity linking."""
    sources = {a["id"]: a["source"] for a in seeds_dossier["articles"]}
    quotes = [Quote(q["article"], q["start"], q["end"], q["text"], kind=q["kind"], speaker=q.get("speaker"),
                    speaker_name=q.get("speaker_name"), cue=q.get("cue"))
              for q in seeds_dossier["quotes"] if Path(sources[q["article"]]).name.startswith(seed)]
    check_golden(quotes, case)


def test_seed_quote_spans_are_exact(seed_quotes: dict[str, list[Quote]], shared_dir: Path) -> None:
    for path in sorted((shared_dir / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        quotes = seed_quotes[path.name[:3]]
        assert len({q.id for q in quotes}) == len(quotes)
        for q in quotes:
            assert text[q.start:q.end] == q.text
            if q.speaker_mention is not None:
                assert text[q.speaker_mention.start:q.speaker_mention.end] == q.speaker_mention.text


# -- cross-outlet grouping and speaker voting -----------------------------------------------------------
def _quote(article: Article, phrase: str, speaker: str | None, kind: str = "direct") -> Quote:
    start = article.text.index(phrase)
    return Quote(article.id, start, start + len(phrase), phrase, kind=kind, speaker_name=speaker)  # type: ignore[arg-type]


def _outlets(*rows: tuple[str, str | None, str]) -> list[Article]:
    return [Article(f"{outlet}.txt", 0, text, outlet=outlet, published=date) for outlet, date, text in rows]


def test_group_quotes_matches_truncated_copies_and_votes_the_speaker() -> None:
    from newsdossier.corroborate.quotes import group_quotes

    a, b, c = _outlets(
        ("Gazette", "2025-03-02", "The mayor said: “We will rebuild the old bridge by May, whatever it costs.”"),
        ("Herald", "2025-03-01", "Reed said: 'We will rebuild the old bridge by May.' Then she left."),
        ("Post", None, 'The words "we will rebuild the old bridge by May" were heard at the hall.'))
    qa = _quote(a, "We will rebuild the old bridge by May, whatever it costs.", "Anna Reed")
    qb = _quote(b, "We will rebuild the old bridge by May.", "Anna Reed")
    qc = _quote(c, "we will rebuild the old bridge by May", None, kind="partial")
    other = _quote(a, "The mayor said", None)
    groups = group_quotes([qa, qb, qc, other], [a, b, c])
    assert len(groups) == 1
    g = groups[0]
    assert (g.kind, g.status, g.first, g.note) == ("quote", "agree", b.id, None)
    assert sorted(g.members) == sorted([qa.id, qb.id, qc.id])
    assert g.outlets == ["Gazette", "Herald", "Post"] and g.independent_sources == 3
    assert g.label == "we will rebuild the old bridge by May"
    assert qc.speaker_name == "Anna Reed"  # the copy that named nobody takes the agreed speaker


def test_group_quotes_reports_a_speaker_disagreement() -> None:
    from newsdossier.corroborate.quotes import group_quotes

    a, b, c = _outlets(("Gazette", None, "“Nobody will leave the valley,” Reed said."),
                       ("Herald", None, "“Nobody will leave the valley,” Novak said."),
                       ("Post", None, "Anna Reed said: “Nobody will leave the valley.”"))
    qs = [_quote(a, "Nobody will leave the valley", "Reed"), _quote(b, "Nobody will leave the valley", "Novak"),
          _quote(c, "Nobody will leave the valley", "Anna Reed")]
    (g,) = group_quotes(qs, [a, b, c])
    assert g.status == "conflict" and g.first == a.id
    assert g.note == "speaker disagreement: Reed (Gazette, Post) vs Novak (Herald)"
    assert qs[1].speaker_name == "Novak"  # a named speaker is never overwritten


def test_group_quotes_needs_two_articles_and_two_words() -> None:
    from newsdossier.corroborate.quotes import group_quotes

    a, b = _outlets(("Gazette", None, 'He said "chess" twice: "chess".'), ("Herald", None, 'She said "chess".'))
    qs = [_quote(a, "chess", "Reed", "partial"), _quote(b, "chess", "Reed", "partial")]
    assert group_quotes(qs, [a, b]) == []


def test_a_quote_under_a_negated_cue_joins_no_group() -> None:
    from newsdossier.corroborate.quotes import group_quotes

    a, b = _outlets(("Gazette", None, 'Reed called the levee plan "a costly mistake" on Monday.'),
                    ("Herald", None, 'Novak did not call the levee plan "a costly mistake" on Monday.'))
    called, denied = _quote(a, "a costly mistake", "Reed", "partial"), _quote(b, "a costly mistake", "Novak", "partial")
    assert [g.members for g in group_quotes([called, denied], [a, b])] == [[called.id, denied.id]]
    denied.negated = True
    assert group_quotes([called, denied], [a, b]) == []


@pytest.mark.parametrize("text", [
    "For the valley, holding the levee is about defending a lifeline for every farm downstream.",
    "Fewer than a hundred families stayed behind, sheltering in cellars and supporting the militia.",
])
def test_an_object_with_no_one_behind_it_is_not_an_attribution(text: str) -> None:
    assert [q for q in extract(text) if q.kind == "indirect"] == []


def test_a_named_source_of_a_speech_act_object_is_kept() -> None:
    quote = find(extract("Lena Ortiz, the mayor, condemned the closure of the bridge."), "the closure of the bridge")
    assert (quote.kind, quote.speaker_name, quote.cue) == ("indirect", "Lena Ortiz", "condemned")


# (sentence, a phrase of the quote, speaker, cue): cue forms before, after and around a direct quote.
DIRECT_CUES = {
    "lead-in paragraph ending in a colon": (
        'The council met on Friday to discuss the flood defences. Anna Kowalski responded:\n\n'
        '"We will rebuild the bridge by May, whatever it costs."', "rebuild the bridge", "Anna Kowalski", "responded"),
    "speech verb opening a label is no part of the name": (
        'The mayor spoke to the radio station on Friday.\n\nStated Anna Kowalski:\n\n'
        '"We will rebuild the bridge by May, whatever it costs."', "rebuild the bridge", "Anna Kowalski", ":"),
    "label names its speaker before the preposition": (
        'Acme Chief On Kowalski: "We Do Not Pay For Interviews."\n\nThe council met on Friday.',
        "We Do Not Pay", "Acme Chief", ":"),
    "inverted lead-in names the speaker after the verb": (
        'Tom Reed spoke for an hour on Friday. "The money is there," he said.\n\n'
        'Continued Reed: "The bridge will open in May and the tolls will stay low."', "tolls will stay low", "Reed",
        "Continued"),
    "shot back": ('When asked about the delay, Tom Reed shot back, "The bridge is on schedule and on budget."',
                  "on schedule", "Tom Reed", "shot"),
    "fired back": ('"The bridge is on schedule and on budget," Tom Reed fired back.', "on schedule", "Tom Reed",
                   "fired"),
    "chant": ('Outside the town hall, hundreds of farmers chanted "Fair prices now, fair prices now!"',
              "Fair prices", "hundreds of farmers", "chanted"),
    "went on after the quote": ('"The tolls will stay low for years," Tom Reed went on, as if nobody had asked.',
                                "tolls will stay low", "Tom Reed", "went on"),
    "quote on a line a label opens": ("Daniel Kim: Port Plan Will Fail, 'I Fear The Worst' For Farmers",
                                      "I Fear The Worst", "Daniel Kim", ":"),
    "went on with a colon": ('Tom Reed spoke for an hour on Friday.\n\nHe went on: "The tolls will stay low for '
                             'years."', "tolls will stay low", "Tom Reed", "went on"),
    # the parse reads "asked" as a modifier of "old", with no subject of its own
    "asker the verb hangs on": ('The actor posted a clip of the speech online. "Why would a mayor sing?" the '
                                '52-year-old asked in the caption.', "Why would", "the 52-year-old", "asked"),
    "putting it somewhere is no lead-in": (
        '"We check every ballot twice," said Ruth Ames, who praised Paul Crane, the clerk in charge of collecting '
        'the lists and putting it into the state file: "Paul is careful. He never rushes."', "Paul is careful",
        "Ruth Ames", "praised"),
    "an auxiliary before the verb": ('Marta Olsen runs the dairy. "We will not sell the farm to anyone," Olsen has '
                                     'said in interviews.', "sell the farm", "Olsen", "said"),
    "an auxiliary before a verb with a listener": ('"Nobody should pay that much for a ticket," the mayor had told '
                                                   'reporters.', "Nobody should pay", "the mayor", "told"),
    # the speech verb set right before a quote reports it, whatever cue follows the quote
    "speech verb and comma before the quote": (
        'When a man at the back shouted, "Shame on you," the mayor replied, "Thank you, sir."', "Shame on you",
        "a man at the back", "shouted"),
    # one we cannot name said it, not the name after the quote
    "someone we cannot name before the quote": (
        'When someone in the crowd yelled, "Build the bridge," Tom Reed joked, "Maybe next year."',
        "Build the bridge", "someone in the crowd", "yelled"),
    # unless its subject is a pronoun and a name follows the quote
    "a name after the quote over a pronoun before it": (
        'Anna Kowalski criticised the plan. After the vote, he warned, "We will appeal," Tom Reed told the '
        "Gazette.", "We will appeal", "Tom Reed", "told"),
    # a second speech verb between two quotes starts a statement of its own, not a resumed one
    "adding after the first quote's cue": (
        '"The bridge is safe," Tom Reed said, adding, "Nobody should worry about the tolls."',
        "Nobody should worry", "Tom Reed", "adding"),
    "a new sentence with its own verb": (
        '"The bridge is safe," Anna Kowalski said. Then she added: "The tolls will stay low."',
        "tolls will stay low", "Anna Kowalski", "added"),
    # a quote resumed in lower case after a long attribution that interrupts it
    "a long interrupting attribution": (
        '"What we believe," the former harbour board chair Anna Kowalski told the Gazette in 2019, "is that '
        'the port must stay open."', "port must stay open", "Anna Kowalski", "told"),
    # a comma after the "!", "?" or full stop of an abbreviation goes on into the cue: no sentence ends there
    "exclamation and comma before the closing mark": (
        '"Bring back the night trains!," Tom Reed said. "They cost less than the roads."', "night trains",
        "Tom Reed", "said"),
    "question mark and comma before the closing mark": (
        '"Who will pay for the new roof?," Anna Kowalski asked the council. "Not the tenants."', "new roof",
        "Anna Kowalski", "asked"),
    # a cue closing the sentence after the quote with no comma, its long subject not parsed as such
    "no comma before a described name and its verb": (
        '\u201cMr. Reed asked both Anna and me to the town hall today to go over the plans he wanted to '
        'change in his budget\u201d the Gazette\'s senior harbour editor Tom Carver responded.',
        "go over the plans", "Tom Carver", "responded"),
    "quoted as saying": ('\u201cThe tolls will stay low for years,\u201d Tom Reed is quoted as saying.',
                         "tolls will stay low", "Tom Reed", "saying"),
    "abbreviation and comma before the closing mark": (
        'The dealer spoke on Monday about the market. "We sell more trucks than anyone in the U.S.," Tom '
        'Reed said. "Nobody else comes close."', "more trucks", "Tom Reed", "said"),
}


@pytest.mark.parametrize(("text", "phrase", "speaker", "cue"), DIRECT_CUES.values(), ids=DIRECT_CUES.keys())
def test_direct_cue_forms(text: str, phrase: str, speaker: str, cue: str) -> None:
    assert who(text, phrase) == ("direct", speaker, cue)


def test_a_denied_cue_after_the_quote_names_no_speaker() -> None:
    assert who('"The report is wrong," Tom Reed did not say.', "The report is wrong") == ("direct", None, None)


def test_transcript_labels_in_capitals_name_each_speaker() -> None:
    text = ('Partial transcript as follows:\n\nJANE ROE: Do you think the dam will hold this winter?\n\n'
            'TOM REED: I think it will hold for another year at least.\n\nJANE ROE: And after that?')
    quotes = extract(text)
    assert [(q.text, q.speaker_name, q.cue) for q in quotes] == [
        ("Do you think the dam will hold this winter?", "JANE ROE", ":"),
        ("I think it will hold for another year at least", "TOM REED", ":"),
        ("And after that?", "JANE ROE", ":")]
    assert all(q.speaker_mention is not None and q.speaker_mention.text == q.speaker_name for q in quotes)


def test_one_capitalised_label_is_no_transcript() -> None:
    assert extract("NOTE: The bridge will stay closed until the inspection is over.") == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Poll: Most voters back the new bridge plan\n\nThe poll was released on Monday.", "Poll"),
    ("EXCLUSIVE – Anna Kowalski: Bridge Will Open in May\n\nThe mayor spoke on Friday.", "Anna Kowalski"),
    ("Anna Kowalski to Farmers: Water Prices Will Rise Next Year\n\nThe mayor spoke on Friday.",
     "Anna Kowalski"),
])
def test_headline_labels(text: str, speaker: str) -> None:
    (quote,) = extract(text)
    assert (quote.kind, quote.speaker_name, quote.cue) == ("indirect", speaker, ":")
    assert text[quote.start:quote.end] == text.split(": ", 1)[1].split("\n")[0]


@pytest.mark.parametrize(("text", "phrase", "kind"), [
    ("Anna Kowalski: ‘Of Course’ the Bridge Will Open in May\n\nThe mayor spoke on Friday.", "Of Course", "direct"),
    ("Anna Kowalski: Harbour Board Is ‘Out of Touch’ on Fees\n\nThe mayor spoke on Friday.", "Out of Touch",
     "partial"),
])
def test_a_quote_inside_a_headline_label_is_part_of_the_whole_line(text: str, phrase: str, kind: str) -> None:
    line = text.split(": ", 1)[1].split("\n")[0]
    assert [(q.kind, q.text, q.speaker_name, q.cue) for q in extract(text)] == [
        ("indirect", line, "Anna Kowalski", ":"), (kind, phrase, "Anna Kowalski", ":")]


@pytest.mark.parametrize(("text", "content", "kind", "phrase", "speaker", "cue"), [
    ("Dams Are ‘The Real Threat,’ Ann Lee Tells Farmers.\n\nThe mayor spoke on Monday.",
     "Dams Are ‘The Real Threat,’", "partial", "The Real Threat", "Ann Lee", "Tells"),
    ("‘Toll Queen’ Ann Lee Is Like A Banker Without A Bank, Tom Reed Says.\n\nHe spoke on Monday.",
     "‘Toll Queen’ Ann Lee Is Like A Banker Without A Bank", "direct", "Toll Queen", "Tom Reed", "Says"),
])
def test_a_headline_that_quotes_and_ends_on_its_source(text: str, content: str, kind: str, phrase: str,
                                                       speaker: str, cue: str) -> None:
    assert [(q.kind, q.text, q.speaker_name, q.cue) for q in extract(text)] == [
        ("indirect", content, speaker, cue), (kind, phrase, speaker, cue)]


def test_went_on_to_do_something_is_no_cue() -> None:
    assert extract('Anna Kowalski went on to win "the hardest race of her life" in the valley.') == []


@pytest.mark.parametrize("text, phrase, speaker, cue", [
    # a fragment inside a verb of belief's clause is part of that statement
    ("Anna Kowalski believes the harbour 'will never recover from what the storm did to it' this decade.",
     "will never recover", "Anna Kowalski", "believes"),
    # "continue" with an object is no speech verb; the one above it reports the fragment
    ("The mayor said she would continue 'to fight for every family that lives on this street' until the vote.",
     "to fight for every family", "The mayor", "said"),
])
def test_a_fragment_takes_the_cue_of_the_statement_that_holds_it(text: str, phrase: str, speaker: str,
                                                                  cue: str) -> None:
    assert who(text, phrase) == ("partial", speaker, cue)


def test_knowing_an_open_question_reports_nothing() -> None:
    assert extract("Tom Reed knows what the harbour board will decide next week.") == []
    assert who("Tom Reed knows that the harbour board will decide next week.", "harbour board") == (
        "indirect", "Tom Reed", "knows")


def test_a_relative_clause_on_what_someone_is_speaks_for_them() -> None:
    text = "Tom Reed is a serial liar, a farmer and a birther who has repeatedly pledged to ban all imports."
    assert who(text, "ban all imports") == ("indirect", "Tom Reed", "pledged")


# -- attributions the parse does not tie to their quote -------------------------------------------------
@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    # a name, then an appositive the parse reads as a clause of its own, then the verb
    ("''We will rebuild the harbour wall before winter,'' Mr. Halvorsen, now 74 and retired in Bergen, Norway, "
     "said by telephone on Monday.", "rebuild the harbour wall", "Halvorsen"),
    # the attribution comes after a phrase that continues the sentence
    ('Greta Lindqvist spoke to the farmers. "The drought is over for this year" at the county fair, she said.',
     "The drought is over", "Greta Lindqvist"),
    # ... or after a clause, with the speaker after the verb
    ("''To see how many farms could close this year is alarming,'' since most of them borrowed heavily, "
     "said Oskar Brandt, who teaches agricultural economics in Kiel.", "how many farms could close", "Oskar Brandt"),
    # a title before the name, and a quoted slogan inside the appositive
    ('"We have had better fairs than this one," Ohio farmer Dale Hutchins, wearing a straw hat and "Vote Kim" '
     "buttons, said quietly as the crowd left.", "better fairs", "Dale Hutchins"),
])
def test_an_attribution_set_off_after_the_quote(text: str, phrase: str, speaker: str) -> None:
    kind, name, cue = who(text, phrase)
    assert (kind, name, cue) == ("direct", speaker, "said")


def test_after_a_full_stop_an_attribution_closing_the_next_sentence_is_not_the_quotes() -> None:
    text = ('Nora Beck visited the depot. "The trains will run again." The line reopened on Friday, said Piotr '
            'Nowak, a spokesman.')
    q = find(extract(text), "The trains will run again")
    assert q.speaker_name != "Piotr Nowak"


def test_a_lead_in_sentence_ending_in_a_colon_gives_its_subject() -> None:
    text = 'Senator Ruth Alvarez has taken a firm line on the dam: "Not one more acre will be flooded."'
    assert who(text, "Not one more acre") == ("direct", "Ruth Alvarez", ":")


def test_a_thing_as_the_subject_of_a_lead_in_names_no_one() -> None:
    text = 'The timing of the vote does not surprise Ruth Alvarez: "Councils always wait for the summer."'
    assert who(text, "Councils always wait")[1] is None


def test_a_name_after_a_dash_in_a_digest_line_is_the_speaker() -> None:
    text = ('FARM INCOMES FALL FOR A THIRD YEAR - Helga Sorensen: "Incomes fell in every region we surveyed, '
            'most of all in the north."')
    assert who(text, "Incomes fell in every region")[1] == "Helga Sorensen"


def test_what_a_text_reads_is_attributed_to_the_text() -> None:
    text = ('"The council has failed the valley," reads an editorial in the Valley Courier. '
            'The sign read: "Save our school."')
    assert who(text, "failed the valley")[1:] == ("an editorial", "reads")
    assert who(text, "Save our school")[1:] == ("The sign", "read")


def test_a_partial_quote_after_a_cue_and_a_comma_takes_that_cue() -> None:
    text = ("As the Gazette’s Ines Moreau wrote, “after the regional parliament passed a resolution calling on the "
            "council to admit the flood damage, the mayor’s office said it was an example of double standards—since "
            "the province has yet to pay for its own role in the floods of the 1990s. There are other examples”")
    kind, name, cue = who(text, "after the regional parliament")
    assert (kind, name, cue) == ("partial", "the Gazette’s Ines Moreau", "wrote")


def test_a_subject_set_off_by_a_description_or_a_dashed_aside() -> None:
    assert indirect_speaker("Encouraged by the vote in Maine, Mayor Tom Ruiz, the group chairman, said that the "
                            "plan would pass.") == "Tom Ruiz"
    assert indirect_speaker("On his way out of the race, Mr. Ostrowski - in a line that seemed squarely aimed at "
                            "Mr. Lee's divisive brand of politics - declared that a mayor must tend to every "
                            "district and all kinds of people.") == "Ostrowski"


def test_a_subject_on_another_line_is_not_the_speaker() -> None:
    text = ('"The budget is balanced," said Tomas Berg, a former adviser to Mayor Lena Holm\n'
            'Ms. Holm often says she is not running for a third term.')
    q = find(extract(text), "she is not running")
    assert (q.speaker_name, q.cue) == ("Holm", "says")


def indirect_speaker(text: str) -> str | None:
    q = next(q for q in extract(text) if q.kind == "indirect")
    return q.speaker_name


# (text, a phrase of the item, its (kind, speaker, cue)): whom a he/she stands for, or no one.
PRONOUN_CASES = {
    "a fronted clause looks ahead to the subject it leads into": (
        "Tom Reed was quiet at first. While he insisted that the donations were legal, Mr. Garcia admitted "
        "the paperwork was late.", "donations were legal", ("indirect", "Garcia", "insisted")),
    "a name in the pronoun's own clause is not it": (
        "Peter Novak spoke on Monday. The witness the lawyers called was Karl Brandt, who was born in Ohio."
        "\n\nHe insisted Brandt had lied about the money.", "lied about the money",
        ("indirect", "Peter Novak", "insisted")),
    "someone new, described not named, is that description, not the last name": (
        "Tom Hale won the vote easily. One local farmer said he had never voted before. He was unable to "
        "find a polling place, he said.", "unable to find a polling place", ("indirect", "One local farmer", "said")),
    "a name modifying a common noun is no subject": (
        'Mark Ellis and Tom Hale met on Friday. Ellis praised the ruling. The Hale campaign was not invited. '
        '"It was a fair decision," he said.', "fair decision", ("direct", "Mark Ellis", "said")),
    "a pronoun after the nearer person does not carry the earlier one": (
        "Peter Novak runs the farm. At the fair, the judges gave the prize to Karl Brandt. He thanked them, "
        "and he said the rain had helped.", "rain had helped", ("indirect", "Karl Brandt", "said")),
}


@pytest.mark.parametrize(("text", "phrase", "expected"), PRONOUN_CASES.values(), ids=PRONOUN_CASES.keys())
def test_whom_a_pronoun_stands_for(text: str, phrase: str, expected: tuple[str, str | None, str]) -> None:
    assert who(text, phrase) == expected


@pytest.mark.parametrize(("text", "first", "second", "speaker"), [
    pytest.param('"The plant will close in spring," said Maria Lopez, a union leader who endorsed the mayor '
                 'last week. "We have known this for months."', "plant will close", "known this for months",
                 "Maria Lopez", id="after-a-relative-clause"),
    pytest.param('"Nobody reads the fine print," Tom Reed said on Tuesday, recalling a dispute over the '
                 'harbour lease. "Then everybody complains about it."', "fine print", "everybody complains",
                 "Tom Reed", id="after-a-participle"),
])
def test_a_quote_after_an_object_in_a_side_clause_keeps_the_speech_verb(text: str, first: str, second: str,
                                                                       speaker: str) -> None:
    quotes = extract(text)
    said, then = find(quotes, first), find(quotes, second)
    assert (then.kind, then.speaker_name, then.cue) == ("direct", speaker, "said")
    assert then.cue_span == said.cue_span


def test_a_main_verb_with_an_object_still_carries_its_speaker() -> None:
    text = 'Maria Lopez praised the new harbour plan.\n\n"It is the best plan we have seen in years."'
    q = find(extract(text), "best plan")
    assert (q.kind, q.speaker_name, q.cue) == ("direct", "Maria Lopez", "praised")


def test_an_aside_inside_its_content_keeps_both_sides() -> None:
    text = ("Maria Lopez runs the co-op. The new tariffs have been hurting farmers, she said, by raising the "
            "price of 'every single bag of seed they buy'.")
    quotes = extract(text)
    clause, fragment = find(quotes, "hurting farmers"), find(quotes, "every single bag")
    assert clause.text == ("The new tariffs have been hurting farmers, she said, by raising the price of "
                           "'every single bag of seed they buy'")
    assert (clause.kind, clause.speaker_name, clause.cue) == ("indirect", "Maria Lopez", "said")
    assert (fragment.kind, fragment.speaker_name, fragment.cue_span) == ("partial", "Maria Lopez", clause.cue_span)


def test_an_aside_before_a_subordinate_clause_keeps_one_side() -> None:
    q = find(extract("Sales fell sharply, Anna Kowalski said, because the winter was mild."), "Sales fell")
    assert (q.text, q.speaker_name) == ("Sales fell sharply", "Anna Kowalski")


_PIECES = st.sampled_from(["Jane Roe", "Mr. Lee", "the mayor", "she", "he", "said", "told", "asked", "added",
                           "the port", "would close", "that", "who", "meanwhile", "Democrat of Ohio", ",", ",",
                           ".", ":", "\u201c", "\u201d", '"', "'", "''", "\n\n", "-", "(", ")", "according to"])


@settings(max_examples=80, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30))
def test_any_run_of_speech_pieces_gives_exact_spans_and_never_raises(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for q in extract(text):
        assert text[q.start:q.end] == q.text
        if q.cue_span is not None:
            assert text[q.cue_span.start:q.cue_span.end] == q.cue


def test_a_new_sentence_leads_into_its_own_quote() -> None:
    # the second quote does not resume the first: a full stop ends the first cue, and "added" is Reed's
    text = ("Mayor Anna Kowalski and her deputy, Tom Reed, met the ferry crews on Monday. Will the ferry run "
            "again? ''We hope so,'' Kowalski said. Then Reed added: ''Nothing is certain until the engineers "
            "sign off.''")
    quotes = extract(text)
    first, second = find(quotes, "We hope so"), find(quotes, "Nothing is certain")
    assert (first.cue, first.speaker_name) == ("said", "Kowalski")
    assert (second.cue, second.speaker_name) == ("added", "Reed")


def test_a_cue_clause_with_a_comma_still_resumes_the_quote() -> None:
    text = '"The ferry," Mayor Anna Kowalski said, "will run again in May."'
    quotes = extract(text)
    assert {q.cue for q in quotes if q.kind == "direct"} == {"said"}


def test_any_verb_closing_a_quote_with_only_its_subject_reports_it() -> None:
    # '"…," SUBJECT VERB.' is an attribution whatever the verb; the quote after it is Reed's too, not Lee's
    text = ("Mayor Ann Lee promised a new bridge. ''It will open in May,'' she said. ''The bridge will never "
            "open,'' a weary Tom Reed grumbled. ''We have heard it all before.''")
    quotes = extract(text)
    grumbled = find(quotes, "The bridge will never open")
    assert (grumbled.cue, grumbled.speaker_name) == ("grumbled", "Tom Reed")


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The mayor lost the vote. \u201cDefeat!\u201d blared the front page of the Evening Star.",
     "blared", "the front page of the Evening Star"),
    ('The council met for six hours. "Is this really a budget?" scoffed Tom Reed.', "scoffed", "Tom Reed"),
])
def test_any_verb_before_the_subject_that_ends_the_sentence_after_a_quote_reports_it(
        text: str, cue: str, speaker: str) -> None:
    assert [(q.cue, q.speaker_name) for q in extract(text) if q.kind == "direct"] == [(cue, speaker)]


@pytest.mark.parametrize("lead", ["Unless the others drop out soon,", "Now,"])
def test_a_quote_closing_a_sentence_after_a_lead_goes_on_with_the_paragraphs_speaker(lead: str) -> None:
    text = (f"\u201cIt is a turning point,\u201d said Tom Reed, who runs a polling firm. {lead} \u201cthe race "
            "is as good as over.\u201d")
    q = find(extract(text), "the race is")
    assert (q.kind, q.speaker_name, q.cue) == ("partial", "Tom Reed", "said")


@pytest.mark.parametrize("text", [
    # someone else leads into it
    "\u201cIt is a turning point,\u201d said Tom Reed. Ann Lee, his rival, disagreed, \u201cthe race is far "
    "from over.\u201d",
    "\u201cIt is a turning point,\u201d said Tom Reed. Unless Ann Lee quits, \u201cthe race is far from "
    "over for everyone.\u201d",
])
def test_a_quote_after_a_lead_with_its_own_speaker_or_a_name_is_not_the_last_speakers(text: str) -> None:
    q = find(extract(text), "the race is")
    assert (q.kind, q.speaker_name, q.cue) == ("partial", None, None)


def test_a_verb_with_a_complement_after_a_quote_is_no_plain_frame() -> None:
    text = "Mayor Ann Lee promised a new bridge. ''It will never open,'' Tom Reed grumbled about the fares."
    assert find(extract(text), "It will never open").cue != "grumbled"


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Mayor Lena Holm backed away from a suggestion that the ferry would be sold.",
     "Lena Holm", "suggestion", "that the ferry would be sold"),
    ("Tom Reed came close to an admission that the tender had been rigged.",
     "Tom Reed", "admission", "that the tender had been rigged"),
    # a description owns the position as a name does
    ("The fishermen cling to the hope that the harbour will reopen.",
     "The fishermen", "hope", "that the harbour will reopen"),
])
def test_one_who_holds_to_or_backs_from_a_position_owns_it(text: str, speaker: str, cue: str,
                                                            content: str) -> None:
    assert indirect(text) == [(speaker, cue, content)]


def test_a_quote_inside_the_subject_is_not_what_its_verb_reports() -> None:
    text = ('The actor Tom Reed, who starred in "Salt and Stone" and "Harbour Lights," posted a photo of the '
            'set.')
    assert [(q.speaker_name, q.text) for q in extract(text) if q.kind == "direct"] == []


def test_a_question_before_told_and_its_listener_is_the_tellers() -> None:
    text = ('Anna Kowalski said the ferry would not sail this year.\n'
            '"Will the ferry ever sail again?" Tom Reed told the local radio station on Monday.')
    assert who(text, "ever sail") == ("direct", "Tom Reed", "told")


def test_a_quote_after_an_unnamed_sources_quote_is_the_same_attribution() -> None:
    text = ('The harbour board sent a letter to members on Friday.\n\n'
            '"We have lost three ferries in five years," it said. "That cannot go on."')
    quotes = [q for q in extract(text) if q.kind == "direct"]
    assert [(q.text, q.speaker_name, q.cue) for q in quotes] == [
        ("We have lost three ferries in five years", None, "said"), ("That cannot go on.", None, "said")]
    assert quotes[0].cue_span == quotes[1].cue_span



def test_a_quote_after_the_writers_own_quote_is_not_the_last_named_speaker() -> None:
    text = ('Judge Maria Ortiz told the court that Tom Reed had shown no remorse.\n\n'
            'I wanted to answer her. "I regret what I did," I said. "I will repay every dollar I took."')
    quotes = [q for q in extract(text) if q.kind == "direct"]
    later = find(quotes, "repay every dollar")
    assert later.speaker_name is None
    assert later.cue_span == find(quotes, "I regret").cue_span

@pytest.mark.parametrize(("text", "content", "speaker"), [
    ('The harbour reopened on Monday.\n\n\u201cWe are very pleased\u201d about the vote, said Ana Berg, '
     'a pilot.',
     "\u201cWe are very pleased\u201d about the vote", "Ana Berg"),
    ('The harbour reopened on Monday. "We waited a long time" for this day, Ana Berg said.',
     '"We waited a long time" for this day', "Ana Berg"),
    # a body or a document set after the comma speaks as a person does
    ('The harbour board met on Monday. "Fares will rise in the spring" for most riders, the board said.',
     '"Fares will rise in the spring" for most riders', "the board"),
])
def test_a_quote_opening_a_sentence_that_goes_on_to_its_cue_is_one_statement(
        text: str, content: str, speaker: str) -> None:
    quotes = extract(text)
    statement = [q for q in quotes if q.kind == "indirect"]
    assert [(q.text, q.speaker_name, q.cue) for q in statement] == [(content, speaker, "said")]
    assert [q.cue_span for q in quotes if q.kind == "direct"] == [statement[0].cue_span]


@pytest.mark.parametrize("text", [
    '"We are very pleased," said Ana Berg, a pilot, about the vote.',  # the quote ends on its own comma
    # not opening a sentence
    'She said "Berg" twice in the speech, and later thanked the crew, Tom Reed said.',
])
def test_a_quote_that_ends_on_its_own_or_sits_in_a_sentence_is_not_extended(text: str) -> None:
    opening = ('"', "\u201c")
    assert [q.text for q in extract(text) if q.kind == "indirect" and q.text.startswith(opening)] == []


@pytest.mark.parametrize("text", [
    "Ana Berg wrote about her years at sea in her memoir, \u201cThe Long Watch.\u201d",
    'The mayor said in his 2010 book, "A Town Between Rivers," that the port would close.',
    "The ferry strike is the subject of the documentary \u201cNine Days in March,\u201d which opens Friday.",
    'Ann Lee left office in March. Her biography, "When We Rebuilt The Bridge Over The Valley," reaches '
    'shops in May.',
])
def test_the_title_of_a_work_beside_its_noun_is_not_speech(text: str) -> None:
    assert [q.text for q in extract(text) if q.kind != "indirect"] == []


def test_a_partial_quote_right_after_its_speech_verb_and_a_comma_is_that_verbs() -> None:
    text = ("It is time for the port to reopen, Ana Berg said, 'not only for the fishermen but for the whole "
            "town.'")
    quotes = extract(text)
    assert who(text, "not only for") == ("partial", "Ana Berg", "said")
    assert find(quotes, "not only for").cue_span == find(quotes, "time for the port").cue_span


def test_a_clause_quoted_with_its_comma_inside_takes_the_cue_after_it() -> None:
    text = ("Still, the fact that the vote \u201cis a dead heat right now,\u201d as Ana Berg said on the "
            "radio, worries the port.")
    assert who(text, "dead heat") == ("partial", "Ana Berg", "said")


def test_a_participle_after_a_quoted_clause_reports_what_follows_not_the_quote() -> None:
    text = ("Ana Berg blamed the press for Tom Reed's claim that the mayor \u201csank the ferry deal,\u201d "
            "saying they ignored the real story.")
    assert who(text, "sank the ferry") == ("indirect", "Tom Reed", "claim")
    assert [q.cue for q in extract(text) if "sank" in q.text and q.cue == "saying"] == []


@pytest.mark.parametrize("titles", [
    "Her two favourite shows, ''Harbour Lights'' and ''The Long Watch'', air on Sunday nights.",
    "Her son, the director Tom Berg (“The Long Watch,” “Harbour Lights”), remembers the storm.",
])
def test_a_title_among_titles_does_not_join_the_last_speakers_words(titles: str) -> None:
    text = f"''We sail at dawn,'' said Ana Berg, a pilot. ''Nobody stops the ferry.''\n\n{titles}"
    assert [(q.text, q.speaker_name) for q in extract(text) if q.kind == "direct"] == [
        ("We sail at dawn", "Ana Berg"), ("Nobody stops the ferry.", "Ana Berg")]


@pytest.mark.parametrize("heading", ["\u201cMore Reading:\u201d", "\u201cA HARBOUR WITHOUT BOATS\u201d"])
def test_a_short_title_case_quote_alone_on_its_line_is_a_subheading(heading: str) -> None:
    text = (f"\u201cThe ferry stays,\u201d said Ana Berg, the harbour master.\n\n{heading}\n\n"
            "The council meets on Monday.")
    assert [q.text for q in extract(text) if q.kind == "direct"] == ["The ferry stays"]


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    pytest.param("Ana Berg, the harbour master, brushed the complaints aside at the meeting, "
                 "\u201cNobody will close this harbour while I run it.\u201d", "Nobody will close",
                 ("direct", "Ana Berg", "brushed"), id="a-named-persons-sentence-ending-in-a-comma"),
    pytest.param("Ana Berg steered the boat past the pier as the crowd on the dock shouted, \u201cGo home!\u201d",
                 "Go home", ("direct", "the crowd", "shouted"), id="not-past-a-clause-with-its-own-subject"),
    pytest.param("As Ana Berg told the regional council in a long letter last week, "
                 "\u201cNobody will close this harbour while I run it.\u201d", "Nobody will close",
                 ("direct", "Ana Berg", "told"), id="a-speech-verb-far-before-the-comma"),
])
def test_a_quote_after_the_comma_that_ends_a_sentence_is_its_subjects(
        sentence: str, phrase: str, expected: tuple[str, str, str]) -> None:
    text = "\u201cThe ferry stays,\u201d said Tom Reed.\n\n" + sentence
    assert who(text, phrase) == expected


def test_a_lead_in_verb_wins_over_a_participle_with_words_of_its_own() -> None:
    text = ('Mayor Anna Kowalski said of the damage, "We can fix this," adding that "the town has seen worse."')
    quotes = extract(text)
    q = find(quotes, "We can fix this")
    assert (q.kind, q.speaker_name, q.cue) == ("direct", "Anna Kowalski", "said")
    assert find(quotes, "the town has seen worse").cue == "adding"


@pytest.mark.parametrize("label", [
    "items labeled \u201cGrown in Maine,\u201d", "a cooperative called \u201cHarbour Fresh\u201d",
    "a fund known as \u201cMain Street First\u201d", "a brochure dubbed \u201cEat Local Now\u201d"])
def test_a_quoted_name_after_a_naming_participle_is_not_speech(label: str) -> None:
    text = f"Most diners say they would pay more for {label} according to a survey released on Monday."
    quotes = extract(text)
    assert not any(q.kind in {"direct", "partial"} for q in quotes)
    assert [(q.kind, q.cue, q.text) for q in quotes if q.speaker_name == "a survey"] == [
        ("indirect", "according to", f"Most diners say they would pay more for {label}")]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    pytest.param('"We keep the ferry," Ana Berg said. "The pier, too?" Tom Reed repeated.', "The pier, too",
                 "Tom Reed", id="a-question"),
    pytest.param('"We keep the ferry," Ana Berg said. "Never!" Tom Reed groaned.', "Never", "Tom Reed",
                 id="a-cry"),
    pytest.param('"We keep the ferry," Ana Berg said. "The rest can go." Tom Reed shrugged.',
                 "The rest can go", "Tom Reed", id="a-full-stop-and-a-named-person"),
])
def test_a_quote_ended_by_a_question_cry_or_stop_before_name_and_verb_is_that_persons(
        text: str, phrase: str, speaker: str) -> None:
    assert who(text, phrase)[1] == speaker


@pytest.mark.parametrize(("beat", "speaker"), [
    ("Ana Berg said, and her brother cut in.", "her brother"),
    ("Ana Berg said. Tom Reed frowned.", "Tom Reed"),
])
def test_a_quote_after_a_persons_beat_is_that_persons_not_the_last_speakers(beat: str, speaker: str) -> None:
    text = f'"The ferry stays," {beat} "We never signed that lease."'
    assert who(text, "never signed")[1] == speaker


def test_a_verb_in_a_clause_within_is_no_beat() -> None:
    text = '"The ferry stays," Ana Berg said after Tom Reed spoke. "We never signed that lease."'
    assert who(text, "never signed")[1] == "Ana Berg"


def test_the_one_mocked_for_saying_something_said_it() -> None:
    assert who('Ana Berg mocked Tom Reed for saying that farmers "need more time."', "need more time")[1] \
        == "Tom Reed"


def test_a_quote_after_an_unnamed_cue_is_not_the_last_named_speaker() -> None:
    text = ('Mayor Anna Kowalski defended the budget on Monday.\n\n'
            '"The numbers add up," it said. "Nobody will pay more tax."')
    quotes = [q for q in extract(text) if q.kind == "direct"]
    later = find(quotes, "Nobody will pay")
    assert later.speaker_name is None
    assert later.cue_span == find(quotes, "numbers add up").cue_span


def test_the_pronoun_after_a_quote_speaks_not_the_noun_that_leads_into_it() -> None:
    text = '"I will not resign," Lena Marsh said. Her final answer: "It is not over yet," she said. "We fight on."'
    quotes = extract(text)
    assert find(quotes, "not over yet").speaker_name == "Lena Marsh"
    assert find(quotes, "We fight on").speaker_name == "Lena Marsh"


@pytest.mark.parametrize(("lead", "speaker"), [
    ("Critics on the council were unconvinced. ", None),  # the writer moves on: not the mayor's words
    ("", "Anna Kowalski"),
    ("Kowalski smiled at the crowd. ", "Anna Kowalski"),
])
def test_a_quote_after_the_writers_own_lead_does_not_go_on_from_the_paragraph_before(
        lead: str, speaker: str | None) -> None:
    text = f'Mayor Anna Kowalski said the bridge would open in May.\n\n{lead}"The money has run out."'
    assert find(extract(text), "money has run out").speaker_name == speaker


# -- h16c
def test_a_label_the_parse_hangs_on_the_object_is_the_speakers_words() -> None:
    q = find(extract('Mayor Anna Kowalski, for her part, is labeling the plan "a reckless waste of money."'),
             "reckless waste")
    assert (q.kind, q.speaker_name) == ("partial", "Anna Kowalski")


@pytest.mark.parametrize("text", [
    'Ann Lee said the mayor had called the budget a "reckless gamble" at the meeting.',
    'Ann Lee said the mayor promised voters "a new bridge by May" during the campaign.',
])
def test_a_partial_quote_inside_anothers_statement_is_part_of_that_account(text: str) -> None:
    quotes = extract(text)
    outer = next(q for q in quotes if q.kind == "indirect")
    inner = next(q for q in quotes if q.kind == "partial")
    assert (inner.speaker_name, inner.cue_span) == ("Ann Lee", outer.cue_span)


def test_a_naming_verb_inside_anothers_statement_keeps_a_named_speakers_word() -> None:
    text = 'The newspaper reported that Ann Lee railed against what she calls a "rigged" process in the county.'
    quotes = extract(text)
    assert [(q.kind, q.speaker_name, q.cue, q.text) for q in quotes] == [
        ("indirect", "The newspaper", "reported", 'that Ann Lee railed against what she calls a "rigged" process '
                                                  "in the county"),
        ("indirect", "Ann Lee", "calls", 'a "rigged" process in the county'),
        ("partial", "Ann Lee", "calls", "rigged")]


def test_words_a_named_person_used_stay_theirs_inside_anothers_account() -> None:
    quotes = extract('Ann Lee said Tom Reed had called the budget a "reckless gamble" at the meeting.')
    assert (find(quotes, "reckless gamble").speaker_name, find(quotes, "reckless gamble").kind) == ("Tom Reed",
                                                                                                    "partial")


def test_a_partial_quotes_verb_under_according_to_makes_no_statement_running_into_the_aside() -> None:
    quotes = extract('Ms. Varga described the talks as "frank and useful", according to the Harbour Gazette.')
    assert [(q.kind, q.speaker_name, q.cue, q.text) for q in quotes] == [
        ("indirect", "the Harbour Gazette", "according to", 'Ms. Varga described the talks as "frank and useful"'),
        ("partial", "Varga", "described", "frank and useful")]


def test_named_persons_words_stay_theirs_under_according_to() -> None:
    text = ("Mayor Lena Ortiz called the tariff plan a \u201creckless and costly gamble\u201d, according to "
            "the Baltic Wire.")
    assert who(text, "reckless and costly gamble")[:2] == ("partial", "Lena Ortiz")


def test_direct_quote_that_ends_a_named_sources_statement_is_part_of_it() -> None:
    text = ("Lena Ortiz says if she stayed home she would be doing nothing but calling neighbors all day "
            "saying \u201cPlease come out and vote.\u201d")
    quotes = extract(text)
    statement = find(quotes, "if she stayed home")
    assert (statement.kind, statement.speaker_name, statement.cue) == ("indirect", "Lena Ortiz", "says")
    q = find(quotes, "Please come out")
    assert (q.kind, q.speaker_name, q.cue) == ("direct", "Lena Ortiz", "says")


def test_direct_quote_a_named_person_gives_inside_a_statement_stays_theirs() -> None:
    text = ("Lena Ortiz said the council had asked for more money, to which Tomas Reyes replied: "
            "\u201cNot one cent more.\u201d")
    assert who(text, "Not one cent more") == ("direct", "Tomas Reyes", "replied")


@pytest.mark.parametrize("text", [
    "HARBOUR NOTES\n\n\u2014\"Ferry line to end 'Night Run,'\" by Times' Ola Berg: \"The ferry will stop.\"",
    "HARBOUR NOTES\n\n\u2014\"Night ferry service ends after forty years,\" by the Coast Herald's Ola Berg.",
])
def test_a_headline_before_its_byline_is_no_ones_words(text: str) -> None:
    assert extract(text) == []


def test_a_quote_before_by_with_no_comma_is_kept() -> None:
    text = ("\u201cIf there had been no bridge\u201d by the Harbour Board, Ola Berg said on Monday, \u201cthe "
            "town would have emptied.\u201d")
    assert find(extract(text), "If there had been no bridge").kind == "direct"


@pytest.mark.parametrize("detail", [
    "The council sent a notice about the rules, which listed captains warning that the tides were rising.",
    "The rules set new fines for captains who argue that they cannot dock after dark.",
])
def test_a_statement_in_a_noun_phrase_is_not_the_speaker_a_bare_quote_goes_on_from(detail: str) -> None:
    text = (f"Ola Berg, the harbour master, said the ferry would keep running. {detail} "
            "\u201cWe will not close the harbour this winter.\u201d")
    assert who(text, "We will not close")[:2] == ("direct", "Ola Berg")


@pytest.mark.parametrize("text", [
    "Ola Berg signaled her support for the harbour plan, as long as it comes with a short, one-year "
    "\u201cfreeze\u201d on the ferry fares.",
    "Tomas Reyes spent the winter visiting the villages, observing drills and teaching reading in a "
    "\u201cschool\u201d by the river.",
])
def test_a_scare_quote_in_the_writers_noun_phrase_is_no_ones_words(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(("text", "phrase"), [
    ("\u201cShe lied to me,\u201d Ola Berg wrote in a letter, marking the first time she named Tomas Reyes, who "
     "is listed as one of the captain's alleged \u201cpartners\u201d in the court filings.", "partners"),
    ("The ferry won the prize for its \u201cimpact,\u201d Ola Berg said on Monday.", "impact"),
])
def test_a_claimed_word_or_one_a_cue_follows_is_still_quoted(text: str, phrase: str) -> None:
    assert who(text, phrase)[:2] == ("partial", "Ola Berg")


@pytest.mark.parametrize("text", [
    "The museum shows a collection from the painter Tomas Reyes called ''Salt!: Forty Winters on the Coast.''",
    "The radio station airs a new program by Ola Berg titled \u201cTides: A Year on the Pier.\u201d",
])
def test_a_title_after_a_work_and_its_maker_is_no_ones_words(text: str) -> None:
    assert extract(text) == []


def test_a_title_in_a_program_noun_phrase_is_no_ones_words() -> None:
    text = ("Ola Berg said the ferry would keep running. By May she hosted a new program, \u201cNews From the "
            "Night Tide and the Pier,\u201d where she read the shipping news.")
    assert [(q.kind, q.speaker_name, q.cue, q.text) for q in extract(text)] == [
        ("indirect", "Ola Berg", "said", "the ferry would keep running")]


@pytest.mark.parametrize(("text", "phrase"), [
    ("Ola Berg said the ferry would keep running. ''We never close,'' one sign read.", "never close"),
    ("Tomas Reyes praised the crew on Friday. ''We are the best harbour in the north,'' a sign at the dock "
     "read.", "best harbour"),
    ("Tomas Reyes praised the crew on Friday. ''Welcome home, sailors,'' the banner read.", "Welcome home"),
])
def test_a_new_source_after_a_two_mark_closer_takes_the_quote_from_the_last_speaker(text: str,
                                                                                    phrase: str) -> None:
    assert who(text, phrase) == ("direct", None, None)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Ola Berg said the ferry would keep running. ''The council meets on the pier,'' which it does each May.",
     "council meets"),
    ("Ola Berg said the ferry would keep running. ''We never close.'' She added, ''Not even in storms.''",
     "We never close"),
])
def test_a_quote_a_two_mark_closer_ends_still_carries_on_the_last_speaker(text: str, phrase: str) -> None:
    assert who(text, phrase)[1] == "Ola Berg"
