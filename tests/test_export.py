"""The newsdossier/1 export: valid against the shared contract, with the extension fields, deterministic."""

from __future__ import annotations

import json
import logging
import random
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from store_samples import GAZETTE, POST, sample_corpus

from newsdossier.corpus import Corpus
from newsdossier.model import Claim, Group, Quote
from newsdossier.store import open_store
from newsdossier.store.export import SCHEMA, export, write_json
from newsdossier.store.sync import persist, recall


@pytest.fixture(scope="module")
def contract(shared_dir: Path) -> dict:
    return json.loads((shared_dir / "contract" / "dossier.schema.json").read_text(encoding="utf-8"))


def test_export_of_a_hand_built_corpus_validates(contract: dict) -> None:
    data = export(sample_corpus())
    jsonschema.validate(data, contract)
    assert data["schema"] == SCHEMA
    sizes = {k: len(v) for k, v in data.items() if isinstance(v, list)}
    assert sizes == {"articles": 3, "entities": 3, "quotes": 4, "claims": 3, "events": 3, "groups": 2,
                     "skipped": 2, "stories": 0}


def test_every_span_matches_its_article_text() -> None:
    data = export(sample_corpus())
    texts = {a["id"]: a["text"] for a in data["articles"]}
    spans = [*data["quotes"], *data["claims"], *data["events"]]
    spans += [m for e in data["entities"] for m in e["mentions"]]
    spans += [q[k] for q in data["quotes"] for k in ("cue_span", "speaker_mention") if q[k]]
    assert spans and all(texts[s["article"]][s["start"]:s["end"]] == s["text"] for s in spans)


def test_extension_fields() -> None:
    corpus = sample_corpus()
    data = export(corpus)
    gazette = next(a for a in data["articles"] if a["text"] == GAZETTE)
    assert (gazette["language"], gazette["outlet"], gazette["url"]) == ("en", "Harbour Gazette",
                                                                        "https://gazette.example/dam")
    said = next(q for q in data["quotes"] if q["cue"] == "said")
    first_sentence = GAZETTE.index(".") + 1
    assert said["sentence"] == {"start": 0, "end": first_sentence}
    assert said["cue_span"] == {"article": gazette["id"], "start": 17, "end": 21, "text": "said"}
    assert said["speaker_mention"] == {"article": gazette["id"], "start": 6, "end": 16, "text": "Ilse Varga"}
    assert [q["negated"] for q in data["quotes"]] == [False] * len(corpus.quotes)
    calm = next(q for q in data["quotes"] if q["kind"] == "partial")
    assert (calm["speaker"], calm["cue_span"], calm["speaker_mention"], calm["sentence"]) == (None,) * 4
    claims = {c["text"]: c for c in data["claims"]}
    crack, share = claims["40 cm"], claims["About 95 per cent of the reservoir"]
    roughly = claims["roughly 70-80% of the reservoir"]
    assert (crack["value"], crack["value_max"], crack["sentence"]["start"]) == (0.4, None, 0)
    assert (share["value"], share["value_max"], share["hedge"]) == (95, None, "about")
    assert isinstance(share["value"], int)  # 95.0 is written as 95, as in the contract's example
    assert (roughly["value"], roughly["value_max"], roughly["hedge"]) == (70, 80, "roughly")
    assert [(e["date"], e["date_text"]) for e in data["events"]] == [
        ("2026-03-02", "on Monday"), (None, None), ("2026-03-03", "on Tuesday")]
    geo = {e["name"]: e["geo"] for e in data["entities"]}
    assert geo == {"Ilse Varga": None, "Brenmoor": {"lat": 52.5, "lon": -1.25, "country": "GB"},
                   "Lake Orvel": {"lat": 52.0, "lon": -1.0, "country": None}}
    conflict = next(g for g in data["groups"] if g["status"] == "conflict")
    assert {k: conflict[k] for k in ("kind", "label", "independent_sources", "sources", "note")} == {
        "kind": "claim", "label": "share of the reservoir drained", "independent_sources": 2,
        "sources": ["the water board", "engineers"], "note": "95% lies outside 70-80%"}
    assert data["skipped"] == [{"source": "in/blob.bin", "reason": "binary content"},
                               {"source": "in/empty.txt", "reason": "empty file"}]


def test_order_is_reading_order() -> None:
    data = export(sample_corpus())
    assert [(a["source"], a["segment"]) for a in data["articles"]] == [
        ("in/digest.txt", 0), ("in/digest.txt", 1), ("in/gazette.txt", 0)]
    rank = {a["id"]: i for i, a in enumerate(data["articles"])}
    for kind in ("quotes", "claims", "events"):
        keys = [(rank[x["article"]], x["start"]) for x in data[kind]]
        assert keys == sorted(keys)
    # Entities by first mention: Brenmoor is named in the first article, Lake Orvel nowhere.
    assert [e["name"] for e in data["entities"]] == ["Brenmoor", "Ilse Varga", "Lake Orvel"]
    assert [g["kind"] for g in data["groups"]] == ["claim", "quote"]


def test_shuffled_input_writes_identical_bytes(tmp_path: Path) -> None:
    corpus = sample_corpus()
    write_json(export(corpus), tmp_path / "a.json")
    rng = random.Random(7)
    for records in (corpus.articles, corpus.quotes, corpus.claims, corpus.events, corpus.entities,
                    corpus.groups, corpus.skipped, corpus.entities[0].mentions):
        rng.shuffle(records)
    write_json(export(corpus), tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == export(corpus)
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_store_export_equals_corpus_export(tmp_path: Path, contract: dict) -> None:
    corpus = sample_corpus()
    corpus.options["db"] = tmp_path / "dossier.sqlite"
    persist(recall(corpus))
    corpus.options["store"].close()
    with open_store(tmp_path / "dossier.sqlite") as store:
        from_store = store.export()
    assert from_store == export(sample_corpus())
    jsonschema.validate(from_store, contract)


def test_items_with_broken_provenance_are_left_out(caplog: pytest.LogCaptureFixture, contract: dict) -> None:
    corpus = sample_corpus()
    post = next(a for a in corpus.articles if a.text == POST)
    bad_quote = Quote(post.id, 0, 5, "wrong")
    bad_claim = Claim(post.id, 3, 9, POST[3:9], value=float("nan"), unit="%")
    corpus.quotes.append(bad_quote)
    corpus.claims.append(bad_claim)
    # A group that loses a member keeps the rest (and their outlets) if two remain, else it is dropped.
    corpus.groups.append(Group("quote", [corpus.quotes[0].id, bad_quote.id],
                               ["Harbour Gazette", "Northline Post"], post.id))
    corpus.groups.append(replace(corpus.groups[0], members=[*corpus.groups[0].members, bad_quote.id],
                                 outlets=[*corpus.groups[0].outlets, "Broken"], id=""))
    with caplog.at_level(logging.WARNING, logger="newsdossier.store.export"):
        data = export(corpus)
    jsonschema.validate(data, contract)
    ids = {x["id"] for k in ("quotes", "claims") for x in data[k]}
    assert bad_quote.id not in ids and bad_claim.id not in ids
    trimmed = [g for g in data["groups"] if g["id"] == corpus.groups[-1].id]
    assert [(g["members"], g["outlets"]) for g in trimmed] == [
        (corpus.groups[0].members, corpus.groups[0].outlets)]
    assert len(data["groups"]) == 3
    assert "does not match its article's text" in caplog.text and "non-finite" in caplog.text


def test_an_empty_dossier_is_valid(contract: dict, tmp_path: Path) -> None:
    data = export(Corpus())
    jsonschema.validate(data, contract)
    assert json.loads(write_json(data, tmp_path / "d.json").read_text(encoding="utf-8")) == data
    assert data == {"schema": SCHEMA, "articles": [], "entities": [], "quotes": [], "claims": [],
                    "events": [], "groups": [], "skipped": [], "stories": []}
