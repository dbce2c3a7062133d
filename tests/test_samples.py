"""The bundled sample corpus (samples/) and the outcomes designed into it (golden/samples_expected.json).

The first tests check the corpus itself and need no pipeline. The rest build the samples once through the
public API and hold the result to the gold: every article, quote, figure, group, entity, place and date the
corpus was written to contain. Items are located by a short key phrase in the article's clean text, so a
failure names the phrase, what was expected and what the build produced.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
GOLD: dict[str, Any] = json.loads((REPO / "tests" / "golden" / "samples_expected.json").read_text("utf-8"))
GOLD_ARTICLES = {a["key"]: a for a in GOLD["articles"]}

# Lines the aggregator dump shares with any page of its kind; everything else in samples/ is our own writing.
BOILERPLATE = ("Hashtags", "Try Our AI Features", "Comments", "No comments yet...", "Related Articles")


def fold(text: str) -> str:
    """Lower case without diacritics; Đ/đ become 'dj', the usual transliteration (Đurđević -> djurdjevic)."""
    text = text.replace("Đ", "Dj").replace("đ", "dj")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def tokens(text: str | None) -> set[str]:
    return set(re.findall(r"[a-z]+", fold(text or "")))


def _at(item: dict) -> str:
    """A test id for a gold item found by phrase: 'article:phrase'."""
    return f"{item['article']}:{item['phrase']}"


# ----------------------------------------------------------------------------------------------------
# The corpus itself


def _raw(key: str) -> str:
    return (SAMPLES / GOLD_ARTICLES[key]["file"]).read_text("utf-8")


def test_every_sample_file_is_described_by_the_gold() -> None:
    on_disk = {p.name for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html", ".htm"}}
    assert on_disk == set(GOLD["files"])
    per_file: dict[str, int] = {}
    for article in GOLD["articles"]:
        per_file[article["file"]] = per_file.get(article["file"], 0) + 1
    assert per_file == GOLD["files"]


def test_corpus_has_the_size_the_issue_asks_for() -> None:
    outlets = {a["outlet"] for a in GOLD["articles"] if a.get("outlet")}
    assert len(GOLD["articles"]) >= 8
    assert len(outlets) >= 4
    assert sum(name.endswith(".html") for name in GOLD["files"]) >= 2
    assert max(GOLD["files"].values()) >= 3  # one aggregator dump holding several articles


def test_aggregator_headers_follow_the_dump_layout() -> None:
    text = (SAMPLES / "05_newsbeam_aggregator.txt").read_text("utf-8")
    headers = re.findall(r"\n\n\n(.+)\n(\d+) minutes ago\n- (.+)\n(.+)\n", text)
    segments = [a for a in GOLD["articles"] if a["file"] == "05_newsbeam_aggregator.txt" and a["segment"] > 0]
    assert [(h[0], h[3]) for h in headers] == [(a["outlet"], a["title"]) for a in segments]
    assert all(h[0] == h[2] for h in headers)


@pytest.mark.parametrize("section", ["quotes", "claims", "events", "not_quotes", "not_claims",
                                     "undated_relative"])
def test_gold_phrases_occur_in_the_raw_samples(section: str) -> None:
    missing = [item["phrase"] for item in GOLD[section] if item["phrase"] not in _raw(item["article"])]
    assert not missing


def test_gold_article_phrases_occur_in_the_raw_samples() -> None:
    for key, article in GOLD_ARTICLES.items():
        raw = _raw(key)
        for phrase in [*article["contains"], *article["absent"]]:
            assert phrase in raw, (key, phrase)


def test_samples_share_no_text_with_the_seeds(shared_dir: Path) -> None:
    def shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
        lines = (line for line in text.splitlines() if line.strip() not in BOILERPLATE)
        words = re.findall(r"\w+", " ".join(lines).lower())
        return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}

    seeds: set[tuple[str, ...]] = set()
    for seed in (shared_dir / "seeds").glob("*.txt"):
        seeds |= shingles(seed.read_text("utf-8"))
    for sample in SAMPLES.iterdir():
        if sample.suffix in {".txt", ".html"}:
            assert not shingles(sample.read_text("utf-8")) & seeds, sample.name


# ----------------------------------------------------------------------------------------------------
# The build, held to the gold


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> dict:
    try:
        from newsdossier import build
    except ImportError as exc:
        pytest.skip(f"newsdossier.build is not importable yet ({exc}); the sample gold needs the public API")
    result = build([str(SAMPLES)], tmp_path_factory.mktemp("samples-out"))
    return result if isinstance(result, dict) else result.dossier


@pytest.fixture(scope="module")
def articles(dossier: dict) -> dict[str, dict]:
    by_place = {(Path(a["source"]).name, a["segment"]): a for a in dossier["articles"]}
    return {key: by_place[(g["file"], g["segment"])] for key, g in GOLD_ARTICLES.items()
            if (g["file"], g["segment"]) in by_place}


def _article(articles: dict[str, dict], key: str) -> dict:
    if key not in articles:
        pytest.fail(f"article {key!r} ({GOLD_ARTICLES[key]['file']} segment {GOLD_ARTICLES[key]['segment']}) "
                    "is missing from the build")
    return articles[key]


def _locate(articles: dict[str, dict], key: str, phrase: str) -> tuple[dict, int, int]:
    article = _article(articles, key)
    start = article["text"].find(phrase)
    if start < 0:
        pytest.fail(f"{phrase!r} is not in the clean text of {key!r}: cleaning lost or altered it")
    return article, start, start + len(phrase)


def _overlapping(items: list[dict], article: dict, start: int, end: int) -> list[dict]:
    return [x for x in items if x["article"] == article["id"] and x["start"] < end and start < x["end"]]


def _find_quote(dossier: dict, articles: dict, gold: dict) -> dict | None:
    article, start, end = _locate(articles, gold["article"], gold["phrase"])
    found = _overlapping(dossier["quotes"], article, start, end)
    return max(found, key=lambda q: min(end, q["end"]) - max(start, q["start"]), default=None)


def _value_matches(claim: dict, gold: dict) -> bool:
    tolerance = gold.get("tolerance", 1e-6 * max(1.0, abs(gold["value"])))
    return abs(claim["value"] - gold["value"]) <= tolerance


def _find_claim(dossier: dict, articles: dict, gold: dict) -> dict | None:
    article, start, end = _locate(articles, gold["article"], gold["phrase"])
    found = _overlapping(dossier["claims"], article, start, end)
    return next((c for c in found if _value_matches(c, gold)), None)


@pytest.fixture(scope="module")
def resolved(dossier: dict, articles: dict) -> dict[str, str | None]:
    """Gold quote and claim ids -> ids of the items the build produced for them (None where it has none)."""
    ids: dict[str, str | None] = {}
    for gold in GOLD["quotes"]:
        try:
            quote = _find_quote(dossier, articles, gold)
        except pytest.fail.Exception:
            quote = None
        ids[gold["id"]] = quote["id"] if quote else None
    for gold in GOLD["claims"]:
        try:
            claim = _find_claim(dossier, articles, gold)
        except pytest.fail.Exception:
            claim = None
        ids[gold["id"]] = claim["id"] if claim else None
    return ids


def test_sample_build_validates_against_the_contract(dossier: dict, shared_dir: Path) -> None:
    import jsonschema

    schema = json.loads((shared_dir / "contract" / "dossier.schema.json").read_text("utf-8"))
    jsonschema.validate(dossier, schema)


def test_every_sample_span_points_at_its_own_text(dossier: dict) -> None:
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    spans = [*dossier["quotes"], *dossier["claims"], *dossier["events"],
             *(m for e in dossier["entities"] for m in e["mentions"])]
    bad = [s for s in spans if texts[s["article"]][s["start"]:s["end"]] != s["text"]]
    assert not bad


def test_articles_per_file(dossier: dict) -> None:
    per_file: dict[str, int] = {}
    for article in dossier["articles"]:
        name = Path(article["source"]).name
        per_file[name] = per_file.get(name, 0) + 1
    assert per_file == GOLD["files"]


@pytest.mark.parametrize("key", list(GOLD_ARTICLES))
def test_article_metadata(articles: dict, key: str) -> None:
    article, gold = _article(articles, key), GOLD_ARTICLES[key]
    for field in ("outlet", "title", "author", "published"):
        if field in gold:
            assert article[field] == gold[field], field


@pytest.mark.parametrize("key", list(GOLD_ARTICLES))
def test_article_text_is_whole_and_clean(articles: dict, key: str) -> None:
    text, gold = _article(articles, key)["text"], GOLD_ARTICLES[key]
    assert [p for p in gold["contains"] if p not in text] == []
    assert [p for p in gold["absent"] if p in text] == []


@pytest.mark.parametrize("gold", GOLD["quotes"], ids=[q["id"] for q in GOLD["quotes"]])
def test_quote(dossier: dict, articles: dict, gold: dict) -> None:
    quote = _find_quote(dossier, articles, gold)
    assert quote is not None, f"no quote over {gold['phrase']!r} ({gold.get('why', '')})"
    assert quote["kind"] in gold["kind"]
    assert tokens(quote["speaker_name"]) & set(gold["speaker"]), (quote["speaker_name"], gold.get("why"))
    if "cue" in gold:
        assert gold["cue"] in fold(quote["cue"] or "")


@pytest.mark.parametrize("gold", GOLD["not_quotes"], ids=_at)
def test_scare_quotes_are_not_speech(dossier: dict, articles: dict, gold: dict) -> None:
    article, start, end = _locate(articles, gold["article"], gold["phrase"])
    wrapping = [q["text"] for q in _overlapping(dossier["quotes"], article, start, end)
                if q["start"] >= start - 1 and q["end"] <= end + 1]
    assert wrapping == [], gold["why"]


@pytest.mark.parametrize("members", GOLD["same_speaker"], ids=[m[0] for m in GOLD["same_speaker"]])
def test_one_speaker_entity_across_outlets_and_spellings(dossier: dict, articles: dict,
                                                         members: list[str]) -> None:
    by_id = {q["id"]: q for q in GOLD["quotes"]}
    speakers = {}
    for member in members:
        quote = _find_quote(dossier, articles, by_id[member])
        speakers[member] = quote["speaker"] if quote else None
    assert None not in speakers.values(), speakers
    assert len(set(speakers.values())) == 1, speakers


@pytest.mark.parametrize("gold", GOLD["claims"], ids=[c["id"] for c in GOLD["claims"]])
def test_claim(dossier: dict, articles: dict, gold: dict) -> None:
    claim = _find_claim(dossier, articles, gold)
    if claim is None:
        article, start, end = _locate(articles, gold["article"], gold["phrase"])
        near = [(c["text"], c["value"], c["unit"])
                for c in _overlapping(dossier["claims"], article, start, end)]
        pytest.fail(f"no claim of {gold['value']} over {gold['phrase']!r}; found {near}")
    assert claim["unit"] in gold["unit"]
    if "hedge" in gold:
        assert claim["hedge"] in (gold["hedge"] or [None])
    if "attributed_to" in gold:
        expected = gold["attributed_to"]
        actual = claim["attributed_to"]
        if expected is None:
            assert actual is None
        else:
            assert actual is not None and fold(expected) in fold(actual), actual
    if "measure" in gold:
        assert any(word in fold(claim["measure"] or "") for word in gold["measure"]), claim["measure"]


@pytest.mark.parametrize("gold", GOLD["not_claims"], ids=_at)
def test_not_a_quantity(dossier: dict, articles: dict, gold: dict) -> None:
    article, start, end = _locate(articles, gold["article"], gold["phrase"])
    found = _overlapping(dossier["claims"], article, start, end)
    wrong = [c["text"] for c in found if _value_matches(c, gold)]
    assert wrong == [], gold["why"]


@pytest.mark.parametrize("gold", GOLD["groups"], ids=[g["id"] for g in GOLD["groups"]])
def test_group(dossier: dict, articles: dict, resolved: dict, gold: dict) -> None:
    members = {m: resolved[m] for m in gold["members"]}
    assert None not in members.values(), f"not extracted: {[m for m, i in members.items() if i is None]}"
    ids = set(members.values())
    holding = [g for g in dossier["groups"] if g["kind"] == gold["kind"] and ids <= set(g["members"])]
    if not holding:
        partial = [sorted(m for m, i in members.items() if i in g["members"]) for g in dossier["groups"]
                   if ids & set(g["members"])]
        pytest.fail(f"no {gold['kind']} group holds all of {gold['members']}; partial groups: {partial}")
    group = holding[0]
    assert group["status"] == gold["status"], gold.get("why")
    assert set(gold.get("outlets", [])) <= set(group["outlets"]), group["outlets"]
    if "first" in gold:
        assert group["first"] in {_article(articles, key)["id"] for key in gold["first"]}
    if "independent_sources" in gold:
        assert group.get("independent_sources") == gold["independent_sources"], gold.get("why")


@pytest.mark.parametrize("gold", GOLD["not_conflict"], ids=lambda c: "+".join(c["members"]))
def test_update_over_time_is_not_a_conflict(dossier: dict, resolved: dict, gold: dict) -> None:
    ids = {resolved[m] for m in gold["members"]}
    assert None not in ids, f"not extracted: {gold['members']}"
    conflicts = [g["id"] for g in dossier["groups"] if g["status"] == "conflict" and ids <= set(g["members"])]
    assert conflicts == [], gold["why"]


def _entities_with(dossier: dict, wanted: set[str]) -> list[dict]:
    return [e for e in dossier["entities"]
            if any(tokens(name) & wanted for name in [e["name"], *e["aliases"]])]


@pytest.mark.parametrize("gold", GOLD["entities"], ids=[e["forms"][0] for e in GOLD["entities"]])
def test_entity_variants_are_one_entity(dossier: dict, articles: dict, gold: dict) -> None:
    found = _entities_with(dossier, set(gold["token"]))
    assert len(found) == 1, [(e["name"], e["type"]) for e in found]
    entity = found[0]
    assert entity["type"] == gold["type"]
    names = {entity["name"], *entity["aliases"], *(m["text"] for m in entity["mentions"])}
    assert [f for f in gold["forms"] if f not in names] == []
    in_articles = {m["article"] for m in entity["mentions"]}
    assert [k for k in gold["articles"] if _article(articles, k)["id"] not in in_articles] == []


@pytest.mark.parametrize("gold", GOLD["places"], ids=[p["name"] for p in GOLD["places"]])
def test_place_is_geocoded(dossier: dict, gold: dict) -> None:
    found = [e for e in dossier["entities"]
             if e["type"] == "place" and gold["name"] in [e["name"], *e["aliases"]]]
    assert len(found) == 1, [e["name"] for e in found]
    geo = found[0]["geo"]
    assert geo is not None
    assert abs(geo["lat"] - gold["lat"]) < 0.1 and abs(geo["lon"] - gold["lon"]) < 0.1, geo


@pytest.mark.parametrize("name", GOLD["not_geocoded"])
def test_fictional_place_is_not_geocoded(dossier: dict, name: str) -> None:
    assert [e["geo"] for e in dossier["entities"] if name in [e["name"], *e["aliases"]] and e["geo"]] == []


@pytest.mark.parametrize("gold", GOLD["events"], ids=_at)
def test_relative_date_resolved_against_publication(dossier: dict, articles: dict, gold: dict) -> None:
    article, start, end = _locate(articles, gold["article"], gold["phrase"])
    dates = [e["date"] for e in _overlapping(dossier["events"], article, start, end)]
    assert gold["date"] in dates, dates


@pytest.mark.parametrize("gold", GOLD["undated_relative"], ids=_at)
def test_relative_date_without_publication_date_stays_unresolved(dossier: dict, articles: dict,
                                                                 gold: dict) -> None:
    article, start, end = _locate(articles, gold["article"], gold["phrase"])
    dated = [e["date"] for e in _overlapping(dossier["events"], article, start, end) if e["date"]]
    assert dated == [], gold["why"]
