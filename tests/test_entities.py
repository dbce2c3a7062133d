"""Entities: canonical names, transliteration, surnames, descriptions, places, speakers; golden on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier import analyse
from newsdossier.corpus import Corpus
from newsdossier.extract import entities
from newsdossier.extract.entities import build_entities, canonical_key, link_speakers, resolve
from newsdossier.model import Entity, Mention, Quote, Span

GOLDEN = Path(__file__).parent / "golden" / "entities_seeds.json"


def mentions_in(text: str, article: str, *names: tuple[str, str]) -> list[Mention]:
    """Mentions of each (name, label) at its every occurrence in ``text``."""
    out = []
    for name, label in names:
        start = text.find(name)
        assert start >= 0, name
        while start >= 0:
            out.append(Mention(article, start, start + len(name), name, label))  # type: ignore[arg-type]
            start = text.find(name, start + 1)
    return out


def by_name(found: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in found}


@pytest.mark.parametrize("a, b", [
    ("Zelensky", "Zelenskyy"), ("Volodymyr Zelensky", "Volodymyr Zelenskyy"), ("Zelenskiy", "Zelenskii"),
    ("Bieleskov", "Bielieskov"), ("DONALD Trump", "Donald Trump"), ("Mr Putin", "Putin"),
    ("Kostiantynivka", "Kostyantynivka"), ("Cmdr. Serhii Filimonov", "Serhii Filimonov"),
])
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert canonical_key(a) == canonical_key(b)


@pytest.mark.parametrize("a, b", [("Putin", "Trump"), ("Dmytro Trehubov", "Dmytro Zhyhinas"), ("Kyiv", "Kharkiv")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert canonical_key(a) != canonical_key(b)


@given(st.text(alphabet=st.characters(min_codepoint=65, max_codepoint=122), max_size=30))
def test_keys_ignore_case(name: str) -> None:
    assert canonical_key(name.upper()) == canonical_key(name.lower()) == canonical_key(name)


def test_people_cluster_across_articles_with_the_most_complete_name() -> None:
    t1 = "Volodymyr Zelenskyy spoke. Zelenskyy left. Ukrainian President Volodymyr Zelenskyy returned."
    t2 = "Volodymyr Zelensky said no. Zelensky smiled. Later the Ukrainian president left. Volodymyr Zelensky"
    ms = mentions_in(t1, "a1", ("Volodymyr Zelenskyy", "person"), ("Zelenskyy left", "person"))
    ms = [m for m in ms if m.text != "Zelenskyy left"] + [Mention("a1", 27, 36, "Zelenskyy", "person")]
    ms += mentions_in(t2, "a2", ("Volodymyr Zelensky", "person"), ("the Ukrainian president", "person"))
    ms += [Mention("a2", 28, 36, "Zelensky", "person")]
    for m in ms:
        assert {"a1": t1, "a2": t2}[m.article][m.start:m.end] == m.text
    found = build_entities(ms, {"a1": t1, "a2": t2})
    assert len(found) == 1
    [zelensky] = found
    # Two full spellings, each seen twice: the deterministic tie-break is alphabetical.
    assert zelensky.name == "Volodymyr Zelensky"
    assert zelensky.aliases == ["Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"]
    assert {m.entity for m in ms} == {zelensky.id}


def test_a_lone_surname_prefers_the_namesake_in_its_own_article() -> None:
    t1, t2 = "Anna Kovalenko wrote. Kovalenko agreed.", "Petro Kovalenko spoke. Kovalenko left."
    ms = mentions_in(t1, "a1", ("Anna Kovalenko", "person")) + [Mention("a1", 22, 31, "Kovalenko", "person")]
    ms += mentions_in(t2, "a2", ("Petro Kovalenko", "person")) + [Mention("a2", 23, 32, "Kovalenko", "person")]
    found = by_name(build_entities(ms, {"a1": t1, "a2": t2}))
    assert set(found) == {"Anna Kovalenko", "Petro Kovalenko"}
    assert [m.article for m in found["Anna Kovalenko"].mentions] == ["a1", "a1"]


def test_a_first_name_alone_is_not_linked_to_a_full_name() -> None:
    text = "Dmytro Trehubov spoke. Elsewhere Dmytro, a volunteer, said no."
    ms = mentions_in(text, "a", ("Dmytro Trehubov", "person")) + [Mention("a", 33, 39, "Dmytro", "person")]
    assert sorted(e.name for e in build_entities(ms, {"a": text})) == ["Dmytro", "Dmytro Trehubov"]


def test_descriptions_follow_the_corpus_titles_or_an_apposition() -> None:
    text = ("Russian President Vladimir Putin met US President Donald Trump. Putin smiled. The Russian leader "
            "left first. Mykola Bieleskov, the Kyiv-based analyst, was unimpressed. The French president "
            "said nothing.")
    ms = mentions_in(text, "a", ("Vladimir Putin", "person"), ("Donald Trump", "person"),
                     ("The Russian leader", "person"), ("Mykola Bieleskov", "person"),
                     ("the Kyiv-based analyst", "person"), ("The French president", "person"))
    found = by_name(build_entities(ms, {"a": text}))
    assert "The Russian leader" in [m.text for m in found["Vladimir Putin"].mentions]
    assert "the Kyiv-based analyst" in [m.text for m in found["Mykola Bieleskov"].mentions]
    assert "The Russian leader" not in found["Vladimir Putin"].aliases  # a description is not a name
    # No French president is named anywhere: the description stays unlinked rather than guessed.
    assert [m.entity for m in ms if m.text == "The French president"] == [None]


def test_places_merge_by_gazetteer_identity_and_are_geocoded() -> None:
    text = "Kyiv and Kiev, the US, the U.S. and America, Druzhkivka."
    ms = mentions_in(text, "a", ("Kyiv", "place"), ("Kiev", "place"), ("US", "place"), ("U.S.", "place"),
                     ("America", "place"), ("Druzhkivka", "place"))
    found = by_name(build_entities(ms, {"a": text}))
    assert set(found) == {"Kyiv", "United States", "Druzhkivka"}
    assert found["Kyiv"].aliases == ["Kiev"]
    assert found["United States"].aliases == ["America", "U.S.", "US"]
    geo = found["Druzhkivka"].geo
    assert geo is not None and geo.country == "UA" and geo.geonameid == 616743
    assert abs(geo.lat - 48.6) < 0.1 and abs(geo.lon - 37.5) < 0.1


def test_an_acronym_joins_its_long_form() -> None:
    text = "The Centre for European Policy Analysis (CEPA) said so."
    ms = mentions_in(text, "a", ("Centre for European Policy Analysis", "organization"), ("CEPA", "organization"))
    [cepa] = build_entities(ms, {"a": text})
    assert (cepa.name, cepa.aliases) == ("Centre for European Policy Analysis", ["CEPA"])


def test_ids_are_stable_whatever_the_order() -> None:
    text = "Donald Trump met Vladimir Putin in Anchorage. Trump spoke."
    ms = mentions_in(text, "a", ("Donald Trump", "person"), ("Vladimir Putin", "person"), ("Anchorage", "place"))
    ms.append(Mention("a", 46, 51, "Trump", "person"))
    first = {e.name: e.id for e in build_entities(ms, {"a": text})}
    again = {e.name: e.id for e in build_entities(list(reversed([Mention(m.article, m.start, m.end, m.text, m.label)
                                                                   for m in ms])), {"a": text})}
    assert first == again
    assert len(set(first.values())) == 3


def test_quote_speakers_link_through_their_mention_or_name() -> None:
    text = "President Donald Trump said yes. The MAGA prez said no. Kallas said maybe."
    ms = mentions_in(text, "a", ("Donald Trump", "person"), ("MAGA", "organization"))
    found = build_entities(ms, {"a": text})
    trump = by_name(found)["Donald Trump"]

    def quote(start: int, speaker: str, name: str | None) -> Quote:
        s = text.index(speaker)
        return Quote("a", start, start + 3, text[start:start + 3], speaker_name=name,
                     speaker_mention=Span("a", s, s + len(speaker), speaker))

    titled = quote(28, "President Donald Trump", "President Donald Trump")
    described = quote(50, "The MAGA prez", "The MAGA prez")
    unknown = quote(68, "Kallas", "Kallas")
    by_name_only = Quote("a", 0, 3, text[:3], speaker_name="Mr Trump")
    link_speakers([titled, described, unknown, by_name_only], found)
    assert (titled.speaker, titled.speaker_name) == (trump.id, "Donald Trump")
    assert (described.speaker, described.speaker_name) == (None, "The MAGA prez")
    assert (unknown.speaker, unknown.speaker_name) == (None, "Kallas")
    assert (by_name_only.speaker, by_name_only.speaker_name) == (trump.id, "Donald Trump")


def test_resolve_names_to_entities() -> None:
    text = "Volodymyr Zelenskyy visited Kyiv. Mykola Bieleskov and Anna Bieleskova spoke."
    ms = mentions_in(text, "a", ("Volodymyr Zelenskyy", "person"), ("Kyiv", "place"),
                     ("Mykola Bieleskov", "person"), ("Anna Bieleskova", "person"))
    found = build_entities(ms, {"a": text})
    assert resolve("Zelensky", found).name == "Volodymyr Zelenskyy"  # type: ignore[union-attr]
    assert resolve("Kiev", found).name == "Kyiv"  # type: ignore[union-attr]
    # "Bieleskov" is an exact skeleton match; the one-letter-off "Bieleskova" does not make it ambiguous.
    assert resolve("Bielieskov", found).name == "Mykola Bieleskov"  # type: ignore[union-attr]
    assert resolve("Bieleskova", found).name == "Anna Bieleskova"  # type: ignore[union-attr]
    assert resolve("Smith", found) is None
    assert resolve("", found) is None


# --- golden: the seeds through clean -> analyse -> entities ------------------------------------------------

@pytest.fixture(scope="module")
def seed_corpus(seed_paths: list[str]) -> Corpus:
    from newsdossier.clean import to_articles
    from newsdossier.model import RawDocument

    articles = [a for p in seed_paths
                for a in to_articles(RawDocument(p, Path(p).read_text(encoding="utf-8"), "text"))]
    corpus = Corpus(articles=articles, new_articles={a.id for a in articles})
    return entities.run(analyse.run(corpus))


def test_seed_mentions_are_exact_spans_without_the_or_possessive(seed_corpus: Corpus) -> None:
    texts = {a.id: a.text for a in seed_corpus.articles}
    assert len(seed_corpus.mentions) > 300
    for m in seed_corpus.mentions:
        assert texts[m.article][m.start:m.end] == m.text
        assert not m.text.endswith(("'s", "\u2019s"))
        if not m.text.lower().startswith("the ") or m.label != "person":  # descriptions keep "the"
            assert not m.text.startswith("the ")


def test_seed_entities_match_the_golden_file(seed_corpus: Corpus) -> None:
    golden = json.loads(GOLDEN.read_text())
    found = {(e.name, e.type): e for e in seed_corpus.entities}
    for want in golden["entities"]:
        e = found.get((want["name"], want["type"]))
        assert e is not None, want
        assert set(want["aliases"]) <= set(e.aliases), (want, e.aliases)
        if "geo" in want:
            lat, lon, country = want["geo"]
            assert e.geo is not None and e.geo.country == country, want
            assert abs(e.geo.lat - lat) < 0.2 and abs(e.geo.lon - lon) < 0.2, (want, e.geo)
    for name, type_ in golden["not_entities"]:
        assert (name, type_) not in found
        assert not any(name in e.aliases for e in seed_corpus.entities if e.type == type_)


def test_seed_descriptions_resolve_to_their_person(seed_corpus: Corpus) -> None:
    golden = json.loads(GOLDEN.read_text())["descriptions"]
    names = {e.id: e.name for e in seed_corpus.entities}
    seen: dict[str, set[str | None]] = {}
    for m in seed_corpus.mentions:
        key = m.text[0].lower() + m.text[1:]
        if key in golden:
            seen.setdefault(key, set()).add(names.get(m.entity or ""))
    assert seen == {k: {v} for k, v in golden.items()}


def test_every_seed_mention_belongs_to_its_entity(seed_corpus: Corpus) -> None:
    for e in seed_corpus.entities:
        assert e.mentions and all(m.entity == e.id for m in e.mentions)
    assert len({e.id for e in seed_corpus.entities}) == len(seed_corpus.entities)


def test_first_names_and_short_forms_join_the_one_full_name_before_them() -> None:
    text = "Donald Trump flew in. Don, who calls himself a dealmaker, smiled. Later Don added a remark."
    ms = mentions_in(text, "a", ("Donald Trump", "person"), ("Don,", "person"))
    ms = [Mention(m.article, m.start, m.end - 1, "Don", "person") if m.text == "Don," else m for m in ms]
    ms.append(Mention("a", text.rindex("Don"), text.rindex("Don") + 3, "Don", "person"))
    assert [(e.name, e.aliases) for e in build_entities(ms, {"a": text})] == [("Donald Trump", ["Don"])]
    # Only in the same article, and not when two full names start so.
    other = "Don spoke first."
    ms2 = [Mention("b", 0, 3, "Don", "person")]
    assert sorted(e.name for e in build_entities(ms + ms2, {"a": text, "b": other})) == ["Don", "Donald Trump"]
    two = "Donald Trump and Donald Tusk met. Don said no."
    ms3 = mentions_in(two, "c", ("Donald Trump", "person"), ("Donald Tusk", "person"))
    ms3.append(Mention("c", two.index("Don said"), two.index("Don said") + 3, "Don", "person"))
    assert sorted(e.name for e in build_entities(ms3, {"c": two})) == ["Don", "Donald Trump", "Donald Tusk"]


@pytest.mark.parametrize("a, b", [
    ("Goran Đurđević", "Goran Djurdjevic"), ("Goran Djurdjevic", "Goran Durdevic"), ("Novak Đoković", "Novak Djokovic"),
    ("Ćirić", "Ciric"), ("Miloš Šćekić", "Milos Scekic"), ("Žana Živković", "Zana Zivkovic"), ("Łukasz", "Lukasz"),
])
def test_south_slavic_and_stroke_letters_fold(a: str, b: str) -> None:
    assert canonical_key(a) == canonical_key(b)


_PLAIN = {"đ": ("dj", "d"), "ć": ("c",), "č": ("c",), "š": ("s",), "ž": ("z",)}


@given(st.lists(st.sampled_from(["go", "ran", "đ", "u", "r", "e", "vi", "ć", "č", "š", "ž", "a", "o", "ko"]),
                min_size=2, max_size=10), st.booleans())
def test_a_romanised_spelling_keeps_the_key(parts: list[str], plain: bool) -> None:
    """Đ written Dj or D, ć/č as c, š as s, ž as z: every romanisation of a Croatian name has one key."""
    name = "".join(parts).capitalize()
    roman = "".join(_PLAIN[p][-1 if plain else 0] if p in _PLAIN else p for p in parts).capitalize()
    assert canonical_key(name) == canonical_key(roman)


def test_transliterations_of_one_name_are_one_entity() -> None:
    text = "Goran Đurđević said the wall held. Hydrologist Goran Djurdjevic flew over. Goran Durdevic agreed."
    ms = mentions_in(text, "a", ("Goran Đurđević", "person"), ("Goran Djurdjevic", "person"),
                     ("Goran Durdevic", "person"))
    [goran] = build_entities(ms, {"a": text})
    assert (goran.name, goran.aliases) == ("Goran Djurdjevic", ["Goran Durdevic", "Goran Đurđević"])


def test_office_descriptions_join_the_one_holder_of_the_office() -> None:
    t1 = "Sisak's mayor, Ana Horvat, was angry. Interior Minister Iva Rak said little. The mayor told a radio station."
    t2 = "The mayor of a flooded town spoke. Then the minister visited. Karlovac's mayor stayed home."
    ms = mentions_in(t1, "a1", ("Ana Horvat", "person"), ("Iva Rak", "person"), ("The mayor", "person"))
    ms += mentions_in(t2, "a2", ("The mayor", "person"), ("the minister", "person"), ("Karlovac's mayor", "person"))
    found = by_name(build_entities(ms, {"a1": t1, "a2": t2}))
    assert sorted(m.text for m in found["Ana Horvat"].mentions) == ["Ana Horvat", "The mayor", "The mayor"]
    assert sorted(m.text for m in found["Iva Rak"].mentions) == ["Iva Rak", "the minister"]
    # No mayor of Karlovac is named: that description stays unlinked.
    assert not any(m.text == "Karlovac's mayor" for e in found.values() for m in e.mentions)
    assert found["Ana Horvat"].aliases == []


def test_an_office_two_people_hold_in_the_article_links_no_one() -> None:
    text = "Mayor Ana Horvat met Mayor Ivo Rak. The mayor said the talks went well."
    ms = mentions_in(text, "a", ("Ana Horvat", "person"), ("Ivo Rak", "person"), ("The mayor", "person"))
    found = build_entities(ms, {"a": text})
    assert sorted((e.name, len(e.mentions)) for e in found) == [("Ana Horvat", 1), ("Ivo Rak", 1)]


def test_analyse_gives_office_descriptions_and_drops_capitalised_common_words() -> None:
    text = ("Heavy rain fell on the valley towns Attention has turned to the dam. Sisak's mayor, Ana Horvat, "
            "was angry. Later the mayor told reporters she would sue. Read more Content from partners below.")
    ms = analyse.mentions_of(analyse.nlp()(text), "a")
    assert [(m.text, m.label) for m in ms if m.label == "person"] == [("Ana Horvat", "person"),
                                                                       ("the mayor", "person")]
    assert not {"Attention", "Content"} & {m.text for m in ms}


def test_label_votes_cover_all_mentions_so_history_does_not_matter() -> None:
    ms = [Mention("a", 0, 5, "Sisak", "place"), Mention("b", 0, 5, "Sisak", "place"),
          Mention("c", 0, 5, "Sisak", "organization"), Mention("c", 9, 13, "Kupa", "place"),
          Mention("d", 9, 13, "Kupa", "organization")]
    entities.vote_labels(ms)
    assert [m.label for m in ms] == ["place", "place", "place", "place", "organization"]  # a tie stays


def test_incremental_build_gives_the_entities_of_one_full_build(seed_paths: list[str], tmp_path: Path) -> None:
    from newsdossier import build

    def summary(result: object) -> list[tuple[str, str, list[str]]]:
        dossier = result if isinstance(result, dict) else result.dossier  # type: ignore[attr-defined]
        return sorted((e["name"], e["type"], e["aliases"]) for e in dossier["entities"])

    first, rest = sorted(seed_paths)[:2], sorted(seed_paths)[2:]
    db = tmp_path / "store.sqlite"
    build(first, tmp_path / "step1", db)
    added = summary(build(rest, tmp_path / "step2", db))
    whole = summary(build(sorted(seed_paths), tmp_path / "whole"))
    assert added == whole


def test_a_platform_after_a_writing_verb_is_not_a_person() -> None:
    text = "Minister Iva Rak, writing on Bluesky, said the shelters were open. Rak posted on Mastodon too."
    labels = {m.text: m.label for m in analyse.mentions_of(analyse.nlp()(text), "a")}
    assert labels == {"Iva Rak": "person", "Bluesky": "organization", "Rak": "person",
                      "Mastodon": "organization"}


def test_a_place_word_inside_a_name_does_not_make_it_a_place() -> None:
    text = "Experts at the Drava Basin Institute warned that the Drava River would rise near the Black Sea Fleet."
    labels = {m.text: m.label for m in analyse.mentions_of(analyse.nlp()(text), "a")}
    assert labels == {"Drava Basin Institute": "organization", "Drava River": "place",
                      "Black Sea Fleet": "organization"}


def test_the_short_form_of_a_named_river_is_that_place() -> None:
    text = "Floods hit towns along the Mura River in Slovenia. The Mura rose quickly."
    ms = analyse.mentions_of(analyse.nlp()(text), "a")  # spaCy alone calls the lone "Mura" an organisation
    assert [(m.text, m.label) for m in ms] == [("Mura River", "place"), ("Slovenia", "place"), ("Mura", "place")]
    found = [(e.name, e.type, e.aliases) for e in build_entities(ms, {"a": text})]
    assert found == [("Mura", "place", ["Mura River"]), ("Slovenia", "place", [])]
