"""Issue 2's acceptance on the seeds: the repeated figures and the springboard quote are each one group
carried across the inputs, and the 75%-held vs remaining-30% tension is a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest


def _members(dossier: dict, group: dict) -> list[dict]:
    items = {x["id"]: x for k in ("quotes", "claims") for x in dossier[k]}
    return [items[m] for m in group["members"]]


def _inputs(dossier: dict, members: list[dict]) -> set[tuple[str, int]]:
    articles = {a["id"]: a for a in dossier["articles"]}
    return {(Path(articles[m["article"]]["source"]).name[:3], articles[m["article"]]["segment"]) for m in members}


def _claim_group(dossier: dict, value: float, unit: str, *, status: str = "agree") -> dict:
    found = [g for g in dossier["groups"] if g["kind"] == "claim" and g["status"] == status
             and all(m["value"] == value and m["unit"] == unit for m in _members(dossier, g))]
    assert len(found) == 1, f"expected one {status} group of {value} {unit}, found {len(found)}"
    return found[0]


@pytest.mark.parametrize(("value", "unit", "inputs"), [
    (88, "%", {("000", 0), ("002", 0)}),
    (75, "%", {("000", 0), ("001", 0), ("002", 0)}),
    (6600, "km2", {("001", 0), ("002", 0)}),
    (80, "km", {("001", 0), ("002", 0)}),
])
def test_a_repeated_figure_is_one_group_across_the_inputs(seeds_dossier: dict, value: float, unit: str,
                                                          inputs: set) -> None:
    group = _claim_group(seeds_dossier, value, unit)
    assert _inputs(seeds_dossier, _members(seeds_dossier, group)) == inputs


def test_reuters_counts_once_among_the_sources_of_the_75_per_cent(seeds_dossier: dict) -> None:
    group = _claim_group(seeds_dossier, 75, "%")
    attributed = [m["attributed_to"] for m in _members(seeds_dossier, group)]
    assert attributed.count("Reuters") == 2
    assert group["independent_sources"] == 2


def test_held_75_against_remaining_30_is_a_conflict(seeds_dossier: dict) -> None:
    conflicts = [g for g in seeds_dossier["groups"] if g["status"] == "conflict"]
    values = [sorted(m["value"] for m in _members(seeds_dossier, g)) for g in conflicts]
    assert any(30 in v and 75 in v for v in values), values


def test_the_springboard_quote_is_one_group_spoken_by_zelensky(seeds_dossier: dict) -> None:
    found = [g for g in seeds_dossier["groups"] if g["kind"] == "quote"
             and all("springboard for a future new offensive" in m["text"] for m in _members(seeds_dossier, g))]
    assert len(found) == 1
    members = _members(seeds_dossier, found[0])
    assert _inputs(seeds_dossier, members) == {("001", 0), ("002", 0)}
    assert {m["speaker_name"] for m in members} == {"Volodymyr Zelensky"}
    assert found[0]["status"] == "agree"
