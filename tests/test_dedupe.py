"""Wire copies and near-duplicates collapse into one article that lists its carriers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.clean import dedupe
from newsdossier.components import connected
from newsdossier.corpus import Corpus
from newsdossier.model import Article

WIRE = (
    "Regional ministers agreed on Thursday to fund a second rail tunnel under the estuary, ending two years of "
    "talks between the three provinces that share the crossing. The tunnel is expected to cost 2.4 billion euros "
    "and to open in 2031, officials said. Freight operators have long complained that the existing tunnel, "
    "built in 1968, cannot take modern double-stack trains. Environmental groups said they would study the plans "
    "before deciding whether to challenge them in court. Work on the approach cuttings could begin next spring."
)
OTHER = (
    "The city library will stay open until midnight during the exam season, the council announced, after a "
    "petition signed by more than three thousand students. The late openings start next week and run until the "
    "end of June. Staff will be paid overtime, and a security guard will be on duty after ten in the evening."
)


def art(source: str, text: str, outlet: str | None, published: str | None = None) -> Article:
    return Article(source=source, segment=0, text=text, outlet=outlet, published=published)


def test_wire_copies_collapse_into_first_report() -> None:
    original = art("ap.html", WIRE, "Wire Agency", "2025-03-13")
    # Local paper: own intro line, different punctuation and case, last sentence trimmed.
    local = art("courier.html", "ESKVALE - " + WIRE.upper().replace(",", "").rsplit(".", 2)[0] + ".",
                "The Valley Courier", "2025-03-14")
    verbatim = art("post.html", WIRE, "Quay Post", "2025-03-14")
    unrelated = art("lib.html", OTHER, "The Valley Courier", "2025-03-14")
    kept = dedupe.collapse([local, verbatim, original, unrelated])
    assert kept == [original, unrelated]
    assert original.carriers == ["The Valley Courier", "Quay Post"]
    assert unrelated.carriers == []


def test_undated_copies_keep_longest_then_first() -> None:
    a = art("a.html", WIRE[:300], None)
    b = art("b.html", WIRE, "Quay Post")
    assert dedupe.collapse([a, b]) == [b]
    assert b.carriers == ["a.html"]  # no outlet known: the source names the carrier


def test_short_texts_must_match_whole() -> None:
    brief = art("brief.html", "Ministers agreed on Thursday to fund a second rail tunnel.", "Brief News")
    long = art("long.html", WIRE, "Wire Agency")
    assert dedupe.collapse([brief, long]) == [brief, long]


def test_stage_updates_corpus() -> None:
    corpus = Corpus(articles=[art("x.html", WIRE, "X"), art("y.html", WIRE + " Extra line.", "Y")])
    assert [a.source for a in dedupe.run(corpus).articles] == ["y.html"]
    assert corpus.articles[0].carriers == ["X"]


PIECES = [s + "." for s in WIRE.split(". ")] + [s + "." for s in OTHER.split(". ")]
SENTENCES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8)


@settings(max_examples=40, deadline=None)
@given(st.lists(SENTENCES.map(" ".join), min_size=1, max_size=6))
def test_collapse_keeps_a_subset_and_is_idempotent(texts: list[str]) -> None:
    articles = [art(f"{n}.html", t, f"Outlet {n}") for n, t in enumerate(texts)]
    kept = dedupe.collapse(articles)
    assert 1 <= len(kept) <= len(articles)
    assert all(any(k is a for a in articles) for k in kept)
    assert len({k.text for k in kept}) == len(kept)  # exact duplicates never survive together
    assert dedupe.collapse(kept) == kept
    carried = sum(len(k.carriers) for k in kept)
    assert carried <= len(articles) - len(kept)


@given(st.integers(1, 30).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=40))))
def test_connected_groups_partition_the_items_along_the_pairs(case: tuple[int, list[tuple[int, int]]]) -> None:
    n, pairs = case
    groups = connected(n, pairs)
    assert sorted(i for g in groups for i in g) == list(range(n))
    assert all(g == sorted(g) for g in groups) and [g[0] for g in groups] == sorted(g[0] for g in groups)
    group_of = {i: k for k, g in enumerate(groups) for i in g}
    assert all(group_of[i] == group_of[j] for i, j in pairs)
    for g in groups:  # no group could split: the pairs inside it reach all of it from its first member
        reached, frontier = {g[0]}, [g[0]]
        while frontier:
            i = frontier.pop()
            for a, b in pairs:
                for x, y in ((a, b), (b, a)):
                    if x == i and y not in reached:
                        reached.add(y)
                        frontier.append(y)
        assert reached == set(g)


def test_connected_joins_through_a_chain() -> None:
    assert connected(6, [(4, 1), (1, 3), (5, 5)]) == [[0], [1, 3, 4], [2], [5]]
