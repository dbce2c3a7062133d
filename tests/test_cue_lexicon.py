"""The learned cue lexicon: what a lexicon entry adds to the rules, on sentences written for these tests; how
the counting labels items and picks entries; and that the shipped file holds what its counts support."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.analyse import mentions_of, nlp
from newsdossier.eval import cuelexicon
from newsdossier.eval.scoring import GoldArticle, make_unit
from newsdossier.extract.lexicon import LEXICON_FILE, NO_CUES, learned, reaches
from newsdossier.extract.quotes import extract_quotes
from newsdossier.extract.reporting_verbs import CUES
from newsdossier.model import Article

HERALD = "Senator Jane Roe heralded the new trade pact as a breakthrough for farmers."
STRESSED = "Governor Tom Reed reaffirmed the pipeline dispute twice during the debate."


def indirect(text: str, lexicon: dict[str, frozenset[str]] | None) -> list[tuple[str | None, str | None, str]]:
    article = Article("test.txt", 0, text)
    doc = nlp()(text)
    quotes = extract_quotes(article, doc, mentions_of(doc, article.id), lexicon=lexicon)
    return [(q.speaker_name, q.cue, q.text) for q in quotes if q.kind == "indirect"]


def test_a_learned_verb_reports_its_object_with_its_named_source() -> None:
    assert indirect(HERALD, NO_CUES) == []
    assert indirect(HERALD, {"herald": frozenset({"object"})}) == [
        ("Jane Roe", "heralded", "the new trade pact as a breakthrough for farmers")]


def test_only_the_reaches_an_entry_allows() -> None:
    assert indirect(HERALD, {"herald": frozenset({"clause", "prep:about"})}) == []


def test_a_listed_cue_whose_rules_find_nothing_takes_a_learned_reach() -> None:
    assert "reaffirm" in CUES
    assert indirect(STRESSED, NO_CUES) == []
    assert indirect(STRESSED, {"reaffirm": frozenset({"object"})}) == [
        ("Tom Reed", "reaffirmed", "the pipeline dispute twice during the debate")]


def test_a_learned_cue_needs_a_named_source() -> None:
    text = "They heralded the new trade pact as a breakthrough for farmers."  # no one named before
    assert indirect(text, {"herald": frozenset({"object"})}) == []


def test_reaches_in_order_of_preference() -> None:
    text = "Jane Roe spoke about the harbour and hinted that she would run again."
    doc = nlp()(text)
    spoke, hinted = (next(t for t in doc if t.text == w) for w in ("spoke", "hinted"))
    assert [(k, text[a:b]) for k, (a, b) in reaches(text, spoke)] == [("prep:about", "the harbour")]
    assert [(k, text[a:b]) for k, (a, b) in reaches(text, hinted)] == [("clause", "that she would run again")]


def test_counting_labels_what_the_rules_left_unmatched() -> None:
    text = f"{HERALD} {STRESSED}"
    start = text.index("the new")
    gold = GoldArticle("t", text, [make_unit(text, [(start, start + 47)], "Senator Jane Roe")])
    counts = cuelexicon.count([gold])
    assert counts.articles == 1
    assert counts.right[("herald", "object")] == 1 and counts.seen[("herald", "object")] == 1
    assert counts.seen[("reaffirm", "object")] == 1 and counts.right[("reaffirm", "object")] == 0


@given(st.dictionaries(st.tuples(st.sampled_from("abc"), st.sampled_from(["clause", "object"])),
                       st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=6),
       st.integers(1, 5), st.floats(0.1, 0.9))
def test_selection_keeps_exactly_the_entries_that_meet_both_thresholds(
        table: dict[tuple[str, str], tuple[int, int]], min_right: int, min_precision: float) -> None:
    seen = Counter({k: max(a, b) for k, (a, b) in table.items()})
    right = Counter({k: min(a, b) for k, (a, b) in table.items()})
    entries = cuelexicon.select(cuelexicon.Counts(seen, right, 1), min_right, min_precision)
    chosen = {(e["lemma"], e["reach"]) for e in entries}
    assert chosen == {k for k in table if right[k] >= min_right and right[k] / (seen[k] + 1) >= min_precision}
    assert [e["right"] for e in entries] == sorted((e["right"] for e in entries), reverse=True)


def test_the_shipped_lexicon_holds_what_its_counts_support() -> None:
    data = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    entries = data["entries"]
    assert len(entries) == 37 and data["learned_from"] == "PolNeAR train, 840 articles (bench/learn_cues.py)"
    for e in entries:
        assert e["right"] >= data["min_right"] and e["right"] / (e["seen"] + 1) >= data["min_precision"], e
        assert e["reach"] in {"clause", "object"} or e["reach"].startswith("prep:"), e
    assert len({(e["lemma"], e["reach"]) for e in entries}) == len(entries)
    lexicon = learned()
    assert sum(len(v) for v in lexicon.values()) == len(entries)


def test_a_learned_cue_needs_an_actor_as_its_source() -> None:
    lexicon = {"highlight": frozenset({"object"})}
    assert indirect("Senator Jane Roe highlighted the weakness of the port.", lexicon) == [
        ("Jane Roe", "highlighted", "the weakness of the port")]
    assert indirect("The new tariff highlighted the weakness of the port.", lexicon) == []


@pytest.mark.parametrize(("text", "found"), [
    pytest.param("Anna Kowalski attacked the mayor's plan to sell the ferry.",
                 [("Anna Kowalski", "attacked", "the mayor's plan to sell the ferry")], id="a-person-attacks"),
    pytest.param("The storm attacked the coast with heavy rain for three days.", [], id="a-storm-attacks"),
    pytest.param("Anna Kowalski voted for the harbour expansion plan.",
                 [("Anna Kowalski", "voted", "the harbour expansion plan")], id="a-person-votes"),
    pytest.param("The northern district voted for Tom Reed in every election since 1990.", [],
                 id="a-place-votes"),
])
def test_a_learned_attack_or_vote_is_a_stand_only_of_a_person_or_body(text: str, found: list) -> None:
    lexicon = {"attack": frozenset({"object"}), "vote": frozenset({"prep:for"})}
    assert indirect(text, lexicon) == found


def test_a_build_reads_learned_cues_only_when_asked(tmp_path) -> None:
    from typer.testing import CliRunner

    from newsdossier.cli import app

    page = tmp_path / "harbour.txt"
    page.write_text("Harbour plan divides the council\n\nMayor Anna Kowalski highlighted the harbour plan as a "
                    "gift to developers on Tuesday. Tom Reed said the plan would bring jobs.\n", encoding="utf-8")
    cues = {}
    for flag in ([], ["--learned-cues"]):
        out = tmp_path / ("cues" if flag else "plain")
        result = CliRunner().invoke(app, ["build", str(page), "--out", str(out), *flag])
        assert result.exit_code == 0, result.output
        quotes = json.loads((out / "dossier.json").read_text(encoding="utf-8"))["quotes"]
        cues[bool(flag)] = sorted((q["cue"], q["speaker_name"], q["text"]) for q in quotes)
    assert ("highlight", "object") in {(e["lemma"], e["reach"]) for e in json.loads(LEXICON_FILE.read_text())["entries"]}
    assert cues[False] == [("said", "Tom Reed", "the plan would bring jobs")]
    assert cues[True] == [("highlighted", "Anna Kowalski", "the harbour plan as a gift to developers on Tuesday"),
                          ("said", "Tom Reed", "the plan would bring jobs")]


def test_what_a_learned_reach_finds_inside_another_account_is_that_account() -> None:
    # "mention" is a listed cue whose object reach only the lexicon gives; the guild's mention is part of
    # what Kowalski noted, not a position of the guild's.
    text = "Kowalski noted that analysts say that the Harbour Guild has mentioned Reed in its newsletters."
    assert indirect(text, {"mention": frozenset({"object"})}) == [
        ("Kowalski", "noted", "that analysts say that the Harbour Guild has mentioned Reed in its newsletters")]
    assert indirect("The Harbour Guild has mentioned Reed in its newsletters.", {"mention": frozenset({"object"})}) \
        == [("The Harbour Guild", "mentioned", "Reed in its newsletters")]


def test_a_learned_verb_in_a_question_reported_by_another_verb_gives_no_statement() -> None:
    # "vote" reports by its clause, but a vote the council may or may not hold is no position it took.
    text = "Council aide Ola Berg wouldn't say when, or if, the Harbour Council will vote to sell the pier."
    assert indirect(text, {"vote": frozenset({"clause"})}) == []
    assert indirect("The Harbour Council voted to sell the pier.", {"vote": frozenset({"clause"})}) == [
        ("The Harbour Council", "voted", "to sell the pier")]
