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
