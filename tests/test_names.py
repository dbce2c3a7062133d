"""Person names: gender from titles, first names (the team's list, then the 1990 US census) and surnames."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.analyse import mentions_of, nlp
from newsdossier.extract.names import _FEMALE, _MALE, _TITLE_GENDER, acronym, census, name_gender, one_source
from newsdossier.extract.people import People


@pytest.mark.parametrize(("name", "gender"), [
    ("Patty Murray", "f"), ("Lesley Stahl", "f"), ("Brad Sherman", "m"), ("Chris Shays", "m"),
    ("Ms. Robin Lee", "f"), ("Mr. Kelly Lee", "m"),  # a title outweighs the first name
    ("Leslie Knope", None), ("Pat Buchanan", None),  # borne by both sexes alike: no guess
])
def test_first_names_give_a_gender_only_when_one_sex_dominates(name: str, gender: str | None) -> None:
    assert name_gender(name, "")[0] == gender


def test_a_name_alone_is_a_surname_not_a_first_name() -> None:
    assert "clinton" in census() and name_gender("Clinton", "")[0] is None
    assert name_gender("Trump", "")[0] == "m"  # a surname the news names alone


def test_the_census_table_holds_thousands_of_lower_case_first_names() -> None:
    table = census()
    assert len(table) > 4000 and set(table.values()) == {"m", "f"}
    assert all(name.isalpha() and name.islower() for name in table)


# first names the team's own lists do not override, nor a title ("Lady", "Dame")
_CENSUS_ONLY = sorted(set(census()) - _MALE - _FEMALE - _TITLE_GENDER.keys())


@given(st.sampled_from(_CENSUS_ONLY), st.sampled_from(["Okafor", "Lindqvist", "Moreau"]))
def test_a_census_first_name_before_a_surname_gives_its_gender(first: str, surname: str) -> None:
    assert name_gender(f"{first.title()} {surname}", "") == (census()[first], 10)


@pytest.mark.parametrize(("name", "expected"), [("GOP", True), ("Indiana GOP", True), ("Jon Roe III", False),
                                                ("Roe", False), ("Ava Lee", False)])
def test_initials_last_are_an_acronym(name: str, expected: bool) -> None:
    assert acronym(name) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Donald Trump", "Trump", True),
    ("Ms. Ana Berg", "Ana Berg", True),
    ("Ana Berg", "Tom Berg", True),  # the surname decides, so two Bergs count as one source
    ("Ana Berg", "Tom Reed", False),
    ("61 percent", "61 percent", True),
    ("61 percent", "38 percent", False),  # a count is one source only when written the same
    ("the mayor", "mayor", False),
    (None, "Trump", False),
    (None, None, False),
])
def test_speaker_names_are_one_source_as_one_proper_name(a: str | None, b: str | None, expected: bool) -> None:
    assert one_source(a, b) is expected


@pytest.mark.parametrize("name", ["Hamza Lindqvist", "Mustafa Okafor", "Satya Moreau", "Yukiya Tanabe"])
def test_mens_first_names_in_a_are_no_womens(name: str) -> None:
    assert name_gender(name, "") == ("m", 10)


def _people(text: str) -> People:
    doc = nlp()(text)
    return People(doc, "t", mentions_of(doc, "t"), [])


def _own_gender(people: People, name: str) -> str | None:
    return next(people.own_gender.get(m.start) for m in people.people if m.text == name)


@pytest.mark.parametrize("text", [
    # the pronoun after the name as the subject of a clause below the main one
    "The Ghanaian sprinter Kwabena Mensah, who took the bronze on Sunday, waved at the stands as he crossed "
    "the line; he says he will run again in May.",
    # a title later in the article
    "Kwabena Mensah runs the bakery on Elm Street. Mr. Mensah opened it in 2009 with a loan.",
])
def test_the_article_overrules_the_guess_from_a_first_name_in_a(text: str) -> None:
    assert _own_gender(_people(text), "Kwabena Mensah") == "m"


def test_a_guess_stands_where_another_bears_the_surname() -> None:
    text = ("The shop is run by Amara Nwosu and her husband, Peter Nwosu. Peter Nwosu said he would stay open "
            "late on Friday.")
    assert _own_gender(_people(text), "Amara Nwosu") == "f"


def test_a_surname_the_news_names_alone_is_a_person_where_the_tagger_misses_it() -> None:
    text = "Last came Nancy Pelosi: what, exactly, is her plan for the vote? She said little on Tuesday."
    doc = nlp()(text)
    people = People(doc, "t", [], [])  # as if the tagger had found no one
    assert [(m.text, people.gender_of(m)) for m in people.people] == [("Pelosi", "f")]
