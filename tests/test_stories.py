"""Stories: a mixed corpus is clustered into its stories, each with its own dossier, and ids stay put."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from newsdossier import build, open_store
from newsdossier.cli import app
from newsdossier.corpus import Corpus
from newsdossier.corroborate import run as corroborate
from newsdossier.model import Article, Entity, Mention, Quote, Story, stable_id
from newsdossier.stories import UnknownStory, cluster, find, select

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted(p for p in (REPO / "samples").iterdir() if p.suffix in {".txt", ".html"})
LATE_SAMPLE = "06_kupa_valley_herald_returns.txt"  # added to the store after the first build


@dataclass
class Mixed:
    first: dict  # the dossier before the late sample was added
    result: object  # BuildResult after it was added
    seeds: list[str]  # the seed inputs

    @property
    def dossier(self) -> dict:
        return self.result.dossier  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def mixed(seed_paths: list[str], tmp_path_factory: pytest.TempPathFactory) -> Mixed:
    """The seeds and the samples built together, the last sample added to the store by a second build."""
    out = tmp_path_factory.mktemp("mixed")
    early = [str(p) for p in SAMPLES if p.name != LATE_SAMPLE]
    first = build([*seed_paths, *early], out).dossier
    result = build([str(REPO / "samples" / LATE_SAMPLE)], out, out / "dossier.sqlite", require_store=True)
    return Mixed(first, result, seed_paths)


@pytest.fixture(scope="module")
def contract(shared_dir: Path) -> dict:
    return json.loads((shared_dir / "contract" / "dossier.schema.json").read_text(encoding="utf-8"))


def _is_seed(article: dict) -> bool:
    return Path(article["source"]).parent.name == "seeds"


def test_a_mixed_corpus_is_exactly_its_two_stories(mixed: Mixed, contract: dict) -> None:
    d = mixed.dossier
    jsonschema.validate(d, contract)
    assert len(d["articles"]) == 15
    seeds = {a["id"] for a in d["articles"] if _is_seed(a)}
    samples = {a["id"] for a in d["articles"] if not _is_seed(a)}
    assert (len(seeds), len(samples)) == (6, 9)
    assert sorted(map(frozenset, (s["articles"] for s in d["stories"])), key=len) == [seeds, samples]
    story = {aid: s["id"] for s in d["stories"] for aid in s["articles"]}
    assert all(a["story"] == story[a["id"]] for a in d["articles"])
    titles = {s["title"] for s in d["stories"]}
    assert titles == {"Ukraine, Vladimir Putin, Donald Trump", "Sisak, Ana Kovacevic, Kupa"}


def test_adding_an_article_of_a_story_keeps_its_id(mixed: Mixed) -> None:
    before = {s["id"]: len(s["articles"]) for s in mixed.first["stories"]}
    after = {s["id"]: len(s["articles"]) for s in mixed.dossier["stories"]}
    assert set(before) == set(after)
    assert sorted(after[sid] - before[sid] for sid in after) == [0, 1]


def test_groups_stay_within_one_story(mixed: Mixed) -> None:
    d = mixed.dossier
    story = {a["id"]: a["story"] for a in d["articles"]}
    article_of = {x["id"]: x["article"] for k in ("quotes", "claims") for x in d[k]}
    assert d["groups"]
    for group in d["groups"]:
        assert len({story[article_of[m]] for m in group["members"]}) == 1, group


def test_each_story_gets_its_own_dossier_folder(mixed: Mixed, contract: dict) -> None:
    d = mixed.dossier
    assert set(mixed.result.story_dirs) == {s["id"] for s in d["stories"]}  # type: ignore[attr-defined]
    for sid, folder in mixed.result.story_dirs.items():  # type: ignore[attr-defined]
        assert folder == mixed.result.out / "stories" / sid  # type: ignore[attr-defined]
        assert {p.name for p in folder.iterdir()} == {"dossier.json", "briefing.md", "briefing.html"}
        own = json.loads((folder / "dossier.json").read_text(encoding="utf-8"))
        jsonschema.validate(own, contract)
        assert {a["story"] for a in own["articles"]} == {sid}
        assert [s["id"] for s in own["stories"]] == [sid]


def test_story_option_writes_that_story_only(mixed: Mixed, contract: dict, tmp_path: Path) -> None:
    d = mixed.dossier
    db = tmp_path / "copy.sqlite"
    shutil.copy(mixed.result.db, db)  # type: ignore[attr-defined]
    out = tmp_path / "donbas"
    run = CliRunner().invoke(app, ["build", *mixed.seeds, "--out", str(out), "--db", str(db),
                                   "--story", "putin"])
    assert run.exit_code == 0, run.output
    own = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    jsonschema.validate(own, contract)
    seeds = {a["id"] for a in d["articles"] if _is_seed(a)}
    assert {a["id"] for a in own["articles"]} == seeds
    assert all(x["article"] in seeds for k in ("quotes", "claims", "events") for x in own[k])
    assert all(m["article"] in seeds for e in own["entities"] for m in e["mentions"])
    items = {x["id"] for k in ("quotes", "claims") for x in own[k]}
    assert own["groups"] == [g for g in d["groups"] if set(g["members"]) <= items]
    assert own["groups"] and not (out / "stories").exists()
    assert "stories" not in run.stdout


def test_an_unknown_story_is_a_clear_error(mixed: Mixed, tmp_path: Path) -> None:
    db = tmp_path / "copy.sqlite"
    shutil.copy(mixed.result.db, db)  # type: ignore[attr-defined]
    run = CliRunner().invoke(app, ["build", *mixed.seeds, "--out", str(tmp_path), "--db", str(db),
                                   "--story", "volcano"])
    assert run.exit_code == 2
    assert "no story matches 'volcano'" in run.output


def test_a_single_story_corpus_is_one_story(seeds_build) -> None:
    d = seeds_build.dossier
    assert [sorted(s["articles"]) for s in d["stories"]] == [sorted(a["id"] for a in d["articles"])]
    assert seeds_build.story_dirs == {} and not (seeds_build.out / "stories").exists()


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_clustering_ignores_input_order(mixed: Mixed, data: st.DataObject) -> None:
    with open_store(mixed.result.db, readonly=True, create=False) as store:  # type: ignore[attr-defined]
        articles, entities = store.load_articles(), store.load_entities()
    expected = cluster(articles, entities)
    shuffled = cluster(data.draw(st.permutations(articles)), data.draw(st.permutations(entities)))
    assert shuffled == expected


# -- ids, selection and corroboration on corpora written for these tests ---------------------------------

_BRIDGE = ("The Varnell footbridge over the Ossa river buckled after the storm, and engineers closed it.",
           "Engineers say the buckled Varnell footbridge on the Ossa river will stay closed after the storm.")
_CHESS = ("Mira Tolvanen won the Harrowgate chess open with a quiet endgame against the defending champion.",
          "The Harrowgate chess open ended with Mira Tolvanen beating the champion in a long endgame.")


def _corpus() -> tuple[list[Article], list[Entity]]:
    articles = [Article(f"in/{n}.txt", 0, text, published=f"2026-05-0{n}") for n, text in
                enumerate((*_BRIDGE, *_CHESS), start=1)]
    entities = []
    for name, kind, texts in (("Varnell", "place", _BRIDGE), ("Mira Tolvanen", "person", _CHESS)):
        mentions = [Mention(a.id, a.text.index(name), a.text.index(name) + len(name), name, kind)
                    for a in articles if a.text in texts]
        entity = Entity(stable_id("e", name), name, kind, [], None, mentions)  # type: ignore[arg-type]
        entities.append(entity)
    return articles, entities


def test_new_stories_are_named_after_their_first_report() -> None:
    articles, entities = _corpus()
    stories = cluster(articles, entities)
    assert [(s.id, s.articles, s.title) for s in stories] == [
        (stable_id("s", articles[0].id), [articles[0].id, articles[1].id], "Varnell"),
        (stable_id("s", articles[2].id), [articles[2].id, articles[3].id], "Mira Tolvanen")]


def test_stored_stories_keep_their_ids_through_growth_merge_and_split() -> None:
    a, entities = _corpus()
    grown = cluster(a, entities, previous=[Story("s-bridge", "old", [a[0].id])])
    assert [s.id for s in grown] == ["s-bridge", stable_id("s", a[2].id)]
    # One stored story holding both clusters: the first by overlap keeps the id, the other gets a new one.
    split = cluster(a, entities, previous=[Story("s-all", "old", [x.id for x in a])])
    assert sorted(s.id for s in split) == sorted(["s-all", stable_id("s", a[2].id)])
    # Two stored stories that are now one cluster: the one sharing more articles gives its id.
    merged = cluster(a[:2], entities, previous=[Story("s-small", "x", [a[0].id]),
                                                Story("s-big", "y", [a[0].id, a[1].id])])
    assert [s.id for s in merged] == ["s-big"]


def test_find_by_id_prefix_or_title_words() -> None:
    dossier = {"articles": [{"id": "a1", "story": "s-abc123", "title": "Footbridge closed"},
                            {"id": "a2", "story": "s-abd456", "title": "Chess open ends"}],
               "stories": [{"id": "s-abc123", "title": "Varnell, Ossa", "articles": ["a1"]},
                           {"id": "s-abd456", "title": "Mira Tolvanen", "articles": ["a2"]}]}
    assert find(dossier, "s-abd456")["id"] == "s-abd456"
    assert find(dossier, "abc1")["id"] == "s-abc123"
    assert find(dossier, "tolvanen")["id"] == "s-abd456"
    assert find(dossier, "FOOTBRIDGE")["id"] == "s-abc123"
    with pytest.raises(UnknownStory, match="names 2 stories"):
        find(dossier, "s-ab")
    with pytest.raises(UnknownStory, match="no story matches 'volcano'"):
        find(dossier, "volcano")


def test_select_keeps_speakers_named_only_elsewhere() -> None:
    dossier = {"articles": [{"id": "a1", "story": "s-1"}, {"id": "a2", "story": "s-2"}],
               "entities": [{"id": "e1", "mentions": [{"article": "a2"}]}, {"id": "e2", "mentions": []}],
               "quotes": [{"id": "q1", "article": "a1", "speaker": "e1"}], "claims": [], "events": [],
               "groups": [], "stories": [{"id": "s-1"}, {"id": "s-2"}], "skipped": []}
    assert select(dossier, "s-1") == {**dossier, "articles": [dossier["articles"][0]],
                                      "entities": [{"id": "e1", "mentions": []}],
                                      "stories": [{"id": "s-1"}]}


def test_corroboration_only_groups_within_a_story() -> None:
    words = "the water came over the wall faster than anyone had warned"
    articles = [Article(f"in/{n}.txt", 0, f'"{words.capitalize()}," said a resident of town {n}.',
                        outlet=f"Outlet {n}") for n in (1, 2)]
    quotes = [Quote(a.id, 1, 1 + len(words), a.text[1:1 + len(words)]) for a in articles]
    together = [Story("s-1", "t", [a.id for a in articles])]
    one = corroborate(Corpus(articles=articles, quotes=quotes, stories=together))
    assert [g.members for g in one.groups] == [[q.id for q in quotes]]
    two = corroborate(Corpus(articles=articles, quotes=quotes,
                             stories=[Story(f"s-{n}", "t", [a.id]) for n, a in enumerate(articles)]))
    assert two.groups == []
