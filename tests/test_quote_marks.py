"""Quote-mark pairing: kinds, apostrophes, nesting, mixed marks, paragraph runs and odd counts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdossier.extract.quotemarks import QUOTE_MARKS, find_quoted


def contents(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_straight_and_curly_double_quotes() -> None:
    assert contents('He said "we stay" and “we fight”.') == ["we stay", "we fight"]


def test_british_single_quotes_and_apostrophes() -> None:
    text = "The mayor's aide said the plan would 'never work' and 'won't pass', though it's early."
    assert contents(text) == ["never work", "won't pass"]


def test_curly_apostrophes_inside_curly_single_quotes() -> None:
    assert contents("She called it ‘the town’s last hope’ on Monday.") == ["the town’s last hope"]


def test_plural_possessive_is_not_a_closing_mark() -> None:
    text = "'My parents' house has burned down, and the farm is gone,' she said."
    assert contents(text) == ["My parents' house has burned down, and the farm is gone"]


def test_possessive_lookalike_that_does_close() -> None:
    text = "Officials called it 'a matter for the ministers' as talks went on, and 'a success' later."
    assert contents(text) == ["a matter for the ministers", "a success"]


def test_closing_mark_before_a_plural_possessive_elsewhere() -> None:
    text = "He praised the mayor's 'brave decisions' for the town, as the farmers' union objected."
    assert contents(text) == ["brave decisions"]


def test_spaced_contractions_and_decades_are_apostrophes() -> None:
    assert contents("The council 's budget, set in the '90s, was 'too small' for them.") == ["too small"]


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    text = "'Then the visitors come and say, 'Let's sign.' That isn't right,' the farmer said."
    assert contents(text) == ["Then the visitors come and say, 'Let's sign.' That isn't right"]


def test_mixed_opening_and_closing_marks() -> None:
    text = "\"We will not sell the mill. It stays with us,' the owner said. Later she left."
    assert contents(text) == ["We will not sell the mill. It stays with us"]
    text = "'We cannot open the bridge today,\" the engineer said."
    assert contents(text) == ["We cannot open the bridge today"]


def test_quote_continues_over_a_paragraph_break() -> None:
    text = 'She said: "The river rose overnight.\n"Nobody slept. We carried the children out."\nThen it rained.'
    quotes = find_quoted(text)
    assert [text[q.start:q.end] for q in quotes] == [
        "The river rose overnight.", "Nobody slept. We carried the children out."]
    assert quotes[0].chain == quotes[1].chain
    assert (quotes[0].close, quotes[1].continued) == (None, True)


def test_run_on_quote_in_a_flattened_paragraph_is_split_and_chained() -> None:
    text = 'He said: "It is hard. Nothing is easy. "We will try again tomorrow." The end.'
    quotes = find_quoted(text)
    assert [text[q.start:q.end] for q in quotes] == ["It is hard. Nothing is easy.", "We will try again tomorrow."]
    assert quotes[0].chain == quotes[1].chain and quotes[1].continued


def test_unclosed_quote_in_mid_paragraph_is_dropped() -> None:
    assert contents('The sign read "closed for repairs and nobody knew when.') == []


def test_unclosed_quote_after_a_colon_runs_to_the_paragraph_end() -> None:
    assert contents('The notice said: "Closed until spring\nNext story.') == ["Closed until spring"]


def test_odd_counts_never_fail() -> None:
    for text in ['"', "'", '""', "' '", '"a" "', "it's'", "“”‘’", '\n"\n"\n', "'''", "a ' b ' c '"]:
        find_quoted(text)


@given(st.text(alphabet=st.sampled_from(list("ab .,:\n'\"“”‘’s")), max_size=60))
def test_any_text_gives_well_formed_spans(text: str) -> None:
    last = -1
    for q in find_quoted(text):
        assert 0 <= q.open < q.start < q.end <= len(text)
        assert text[q.open] in QUOTE_MARKS
        assert q.close is None or (q.end <= q.close and text[q.close] in QUOTE_MARKS)
        assert not text[q.start].isspace() and not text[q.end - 1].isspace()
        assert q.start > last
        last = q.start


def test_typewriter_double_marks() -> None:
    text = "He recalled the ''Mission Accomplished'' banner and said ``Never again.''"
    assert contents(text) == ["Mission Accomplished", "Never again."]


def test_marks_next_to_a_no_break_space() -> None:
    text = '"The dam will hold," he said.\u00a0"We checked it twice.\'\u00a0And the mayor called it \'safe\'.'
    assert contents(text) == ["The dam will hold", "We checked it twice.", "safe"]


def test_typewriter_closer_after_a_stray_space_before_its_cue() -> None:
    text = "''The harbour will reopen in May, '' said Tom Reed. ''Not before.''"
    assert contents(text) == ["The harbour will reopen in May", "Not before."]


def test_typewriter_closer_two_spaces_after_a_nested_quote() -> None:
    text = "''I never liked 'Blue Harbor,'  '' Mr. Lane said, ''but it sold.''"
    assert contents(text) == ["I never liked 'Blue Harbor,'", "but it sold."]


def test_straight_closer_after_a_space_that_sets_it_off_from_a_nested_quote() -> None:
    text = """"It cannot be 'Fine, we won, now we move on,' " she said. He passed a "lyin' " Ed Roe."""
    assert contents(text) == ["It cannot be 'Fine, we won, now we move on,'", "lyin'"]


def test_a_straight_mark_with_a_lost_space_closes_or_opens() -> None:
    text = ('He wrote: "The quay stays shut, and the \'safe harbour\' line is false,"Ana Berg, a pilot, '
            'said in a note.')
    assert contents(text) == ["The quay stays shut, and the 'safe harbour' line is false"]
    text = 'The pilot said,"We will sail at dawn." Then she left.'
    assert contents(text) == ["We will sail at dawn."]


def test_curly_marks_set_the_wrong_way_round_play_the_role_their_place_shows() -> None:
    text = "\u201dWe will rebuild the pier,\u201d the mayor said. The \u201creview\u201c of the port is due."
    assert contents(text) == ["We will rebuild the pier", "review"]


def test_an_invisible_direction_mark_before_an_opening_mark() -> None:
    text = "\u202a\u201dThe ferry is late again, and nobody says why!!\u201d posted Ana Berg."
    assert contents(text) == ["The ferry is late again, and nobody says why!!"]
