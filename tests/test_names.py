"""Person names: gender from titles, first names (the team's list, then the 1990 US census) and surnames."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.extract.names import _FEMALE, _MALE, _TITLE_GENDER, acronym, census, name_gender, one_source


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
