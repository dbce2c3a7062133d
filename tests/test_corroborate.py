"""Claim corroboration on claims we build by hand: hedges and rounding, sources, conflicts and updates."""

from __future__ import annotations

import pytest

from newsdossier import corroborate
from newsdossier.corpus import Corpus
from newsdossier.corroborate.claims import Measure, compatible, group_claims, interval
from newsdossier.model import Article, Claim, Entity, Span


def _article(n: int, outlet: str | None, published: str | None = None) -> Article:
    return Article(source=f"in/{n}.txt", segment=0, text=f"article {n}", outlet=outlet, published=published)


def _claim(article: Article, value: float, measure: str, unit: str = "%", hedge: str | None = None,
           source: str | None = None, start: int = 0) -> Claim:
    return Claim(article.id, start, start + 1, "x", value=value, unit=unit, hedge=hedge, measure=measure,
                 attributed_to=source)


SHARE = "share of Norvia held by rebels"


@pytest.mark.parametrize(("a", "b", "ok"), [
    ((75, None), (75, "about"), True), ((75, "about"), (78, None), True), ((88, "roughly"), (88, None), True),
    ((6600, "approximately"), (6600, None), True), ((6600, None), (6650, None), True),
    ((75, None), (80, None), False), ((30, "more than"), (25, None), False),
    ((30, "more than"), (90, None), True),
    ((100, "fewer than"), (60, None), True), ((100, "fewer than"), (120, None), False),
    ((80, "nearly"), (72, None), True), ((80, "nearly"), (81, None), False)])
def test_value_compatibility(a, b, ok: bool) -> None:
    art = _article(1, "X")
    assert compatible(_claim(art, a[0], SHARE, hedge=a[1]), _claim(art, b[0], SHARE, hedge=b[1])) is ok


def test_interval_of_a_range() -> None:
    art = _article(1, "X")
    claim = Claim(art.id, 0, 1, "x", value=10, unit="km", value_max=12, measure="queue")
    assert interval(claim) == (9.5, 12.5)


def test_measure_matching_allows_one_missing_part() -> None:
    full = Measure.parse("area of Donetsk held by Ukraine")
    assert full == Measure("area", "donetsk", "ukraine")
    assert full.matches(Measure.parse("area held by Ukraine"))
    assert not full.matches(Measure.parse("area of Luhansk held by Ukraine"))
    assert not full.matches(Measure.parse("share of Donetsk held by Ukraine"))
    assert not Measure.parse("area").matches(full)


def test_one_wire_source_counts_once() -> None:
    a, b = _article(1, "Daily A", "2025-08-15"), _article(2, "B Times", "2025-08-14")
    c = _article(3, "C Post")
    claims = [_claim(a, 75, SHARE, hedge="about", source="Wirenews"), _claim(b, 75, SHARE, source="Wirenews"),
              _claim(c, 75, SHARE, source="Wirenews")]
    [group] = group_claims(claims, [a, b, c])
    assert (group.status, group.label, group.independent_sources, group.sources) == (
        "agree", SHARE, 1, ["Wirenews"])
    assert group.outlets == ["Daily A", "B Times", "C Post"]
    assert group.first == b.id  # the earliest dated article, not the first given


def test_uncited_members_count_by_outlet() -> None:
    a, b, c = _article(1, "Daily A"), _article(2, "B Times"), _article(3, "C Post")
    claims = [_claim(a, 88, SHARE, hedge="roughly"), _claim(b, 88, SHARE, source="Wirenews"),
              _claim(c, 88, SHARE, hedge="around")]
    [group] = group_claims(claims, [a, b, c])
    assert (group.independent_sources, group.sources, group.first) == (
        3, ["Daily A", "Wirenews", "C Post"], a.id)


def test_same_measure_different_values_is_a_conflict() -> None:
    a, b = _article(1, "Daily A"), _article(2, "B Times")
    claims = [_claim(a, 75, SHARE), _claim(b, 60, SHARE)]
    [group] = group_claims(claims, [a, b])
    assert (group.status, group.note) == ("conflict", f"{SHARE}: 75% vs 60%")


def test_different_dates_make_an_update_not_a_conflict() -> None:
    a, b = _article(1, "Daily A", "2025-08-01"), _article(2, "B Times", "2025-08-20")
    claims = [_claim(b, 80, SHARE), _claim(a, 75, SHARE)]
    [group] = group_claims(claims, [a, b])
    assert (group.status, group.note) == ("agree", "update: 75% (2025-08-01) then 80% (2025-08-20)")


def test_complementary_shares_over_100_conflict() -> None:
    a, b = _article(1, "Daily A"), _article(2, "B Times")
    claims = [_claim(a, 75, SHARE, hedge="about"), _claim(b, 30, "share of Norvia held by government")]
    [group] = group_claims(claims, [a, b])
    assert group.status == "conflict"
    assert group.note == ("complementary shares exceed 100%: share of Norvia held by rebels 75% + share of "
                          "Norvia held by government 30% = 105%")


def test_complementary_shares_within_100_agree() -> None:
    a, b = _article(1, "Daily A"), _article(2, "B Times")
    claims = [_claim(a, 70, SHARE), _claim(b, 30, "share of Norvia held by government")]
    assert group_claims(claims, [a, b]) == []


def test_single_article_figures_make_no_group() -> None:
    a = _article(1, "Daily A")
    assert group_claims([_claim(a, 75, SHARE), _claim(a, 75, SHARE, start=5)], [a]) == []


def test_different_units_never_group() -> None:
    a, b = _article(1, "Daily A"), _article(2, "B Times")
    assert group_claims([_claim(a, 80, "shift", unit="km"), _claim(b, 80, "shift", unit="%")], [a, b]) == []


def test_stage_sets_corpus_groups() -> None:
    a, b = _article(1, "Daily A"), _article(2, "B Times")
    corpus = Corpus(articles=[a, b], claims=[_claim(a, 75, SHARE), _claim(b, 75, SHARE)])
    corpus.groups = ["stale"]  # type: ignore[list-item]
    groups = corroborate.run(corpus).groups
    assert [g.kind for g in groups if g.kind == "claim"] == ["claim"]


def test_one_person_under_two_names_counts_once() -> None:
    a, b, c = _article(1, "Daily A"), _article(2, "B Times"), _article(3, "C Post")
    claims = [_claim(a, 80, "shift of front line", unit="km", source="Anna Lind"),
              _claim(b, 80, "shift of front line", unit="km", source="Lind"),
              _claim(c, 80, "shift of front line", unit="km", source="the minister")]
    minister = Entity("e-1", "Anna Lind", "person", aliases=["Lind", "the minister"])
    [group] = group_claims(claims, [a, b, c], [minister])
    assert (group.independent_sources, group.sources) == (1, ["Anna Lind"])
    [group] = group_claims(claims[:2], [a, b])  # no entities: the bare surname still folds into the full name
    assert (group.independent_sources, group.sources) == (1, ["Anna Lind"])


def test_a_report_of_a_report_is_one_source() -> None:
    herald, ledger = _article(1, "Valley Herald"), _article(2, "The Ledger")
    claims = [_claim(herald, 66, "area flooded", unit="km2", source="the civil protection office"),
              _claim(ledger, 66, "area flooded", unit="km2", source="Valley Herald")]
    [group] = group_claims(claims, [herald, ledger])
    assert (group.independent_sources, group.sources) == (1, ["the civil protection office"])


def test_wordings_of_one_office_count_once() -> None:
    a, b = _article(1, "Daily A"), _article(2, "B Times")
    claims = [_claim(a, 8000, "people evacuated", unit="people", source="the county civil protection office"),
              _claim(b, 8000, "people evacuated", unit="people", source="civil protection officials")]
    [group] = group_claims(claims, [a, b])
    assert (group.independent_sources, group.sources) == (1, ["the county civil protection office"])


def test_the_remaining_share_complements_the_rest() -> None:
    a, b = _article(1, "Daily A"), _article(2, "B Times")
    drained = _claim(a, 75, "share of reservoir", hedge="about")
    text = "the remaining 30% of the reservoir is held back"
    rest = Claim(b.id, 14, 17, "30%", value=30, unit="%", measure="share of reservoir",
                 sentence=Span(b.id, 0, len(text), text))
    [group] = group_claims([drained, rest], [a, b])
    assert (group.status, group.members) == ("conflict", [drained.id, rest.id])


def test_count_measures_with_an_action_can_conflict() -> None:
    a, b = _article(1, "Daily A", "2026-03-13"), _article(2, "B Times", "2026-03-13")
    claims = [_claim(a, 1200, "homes flooded", unit="homes"),
              _claim(b, 2000, "homes flooded", unit="homes", hedge="about")]
    [group] = group_claims(claims, [a, b])
    assert (group.status, group.note) == ("conflict", "homes flooded: 1200 homes vs 2000 homes")
