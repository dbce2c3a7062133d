"""The web app through Starlette's TestClient: every route, the JSON API against its OpenAPI schemas, path
traversal, request caps, read-only mode, ingest, and escaping of hostile article text."""

from __future__ import annotations

import hashlib
import json
import shutil
import warnings
from pathlib import Path

import jsonschema
import lxml.html
import pytest
from fixtures.mini_dossier import (
    XSS_OUTLET,
    XSS_QUOTE,
    XSS_SPEAKER,
    XSS_TITLE,
    hostile_dossier,
    mini_dossier,
    write_store,
)

from newsdossier.store import StoreError
from newsdossier.web import create_app
from newsdossier.web.openapi import SPEC

warnings.filterwarnings("ignore", message=".*httpx.*")  # Starlette 1.x prefers httpx2; httpx works
from starlette.testclient import TestClient

A, B, C = "a-00000000000000aa", "a-00000000000000bb", "a-00000000000000cc"
CONFLICT, QUOTE_GROUP = "g-0000000000000001", "g-0000000000000003"
CLAES = "e-00000000000000e1"


@pytest.fixture(scope="module")
def mini_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "mini.sqlite"
    write_store(mini_dossier(), path)
    return path


@pytest.fixture(scope="module")
def client(mini_db: Path) -> TestClient:
    return TestClient(create_app(mini_db))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    path = tmp_path_factory.mktemp("web") / "hostile.sqlite"
    write_store(hostile_dossier(), path)
    return TestClient(create_app(path))


def _doc(response) -> lxml.html.HtmlElement:
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.document_fromstring(response.text)


def _validate(data: object, schema: str) -> None:
    jsonschema.validate(data, {**SPEC, "$ref": f"#/components/schemas/{schema}"})


# -- pages ---------------------------------------------------------------------------------------------------

def test_story_page_leads_with_conflicts_then_key_facts(client: TestClient) -> None:
    doc = _doc(client.get("/"))
    sections = [s.get("id") for s in doc.iter("section")]
    assert sections[1:3] == ["conflicts", "facts"]
    conflict = doc.get_element_by_id(f"conflict-{CONFLICT}")
    assert [a.text_content() for a in conflict.find_class("outlet")] == ["Harbour Gazette", "Flanders Wire",
                                                                         "The Evening Ledger"]
    assert "about 1,200 against more than 3,000" in conflict.text_content()
    row = doc.get_element_by_id(f"fact-{CONFLICT}")
    assert row.find_class("count")[0].text_content() == "2"
    assert row.find_class("outlet")[0].get("href") == f"/article/{A}#{A}-0-137"
    actors = doc.get_element_by_id("actors")
    assert actors.find_class("outlets")[0].text_content() == "Harbour GazetteFlanders WireThe Evening Ledger"
    assert f"/speaker/{CLAES}" in lxml.html.tostring(actors).decode()


def test_article_page_marks_quotes_claims_and_names(client: TestClient) -> None:
    doc = _doc(client.get(f"/article/{A}"))
    text = doc.get_element_by_id(f"text-{A}")
    assert text.text_content() == mini_dossier()["articles"][0]["text"]
    claim = [r for r in text.find_class("c") if r.get("data-items", "").startswith("c-000000000000a001")]
    assert [r.text_content() for r in claim] == ["about 1,200 residents"]
    names = {r.text_content() for r in text.find_class("e")}
    assert {"Antwerp", "Marta Claes", "Brussels", "fire brigade"} <= names
    assert doc.get_element_by_id(f"{A}-138-214") is not None  # the quote's sentence is a link target
    assert doc.get_element_by_id("panel") is not None


def test_clicked_item_shows_its_group_across_outlets(client: TestClient) -> None:
    fragment = client.get("/fragment/item/c-000000000000b001")
    assert fragment.status_code == 200 and "<html" not in fragment.text
    doc = lxml.html.fragment_fromstring(fragment.text, create_parent="div")
    cards = doc.find_class("variant")
    assert [c.get("data-item") for c in cards] == ["c-000000000000a001", "c-000000000000b001", "c-000000000000c001"]
    assert [c.find_class("outlet")[0].text_content() for c in cards] == ["Harbour Gazette", "Flanders Wire",
                                                                        "The Evening Ledger"]
    assert [c.find_class("value")[0].text_content() for c in cards] == ["about 1,200 people", "roughly 1,200 people",
                                                                       "more than 3,000 people"]
    assert "first report" in cards[0].text_content() and "first report" not in cards[1].text_content()
    page = _doc(client.get("/item/c-000000000000b001"))
    assert len(page.find_class("variant")) == 3 and page.find(".//header") is not None


def test_item_pages_for_groups_entities_and_events(client: TestClient) -> None:
    group = _doc(client.get(f"/item/{QUOTE_GROUP}"))
    assert [b.text_content() for b in group.iter("blockquote")] == [
        "We acted within minutes, and nobody was hurt,", "We acted within minutes, and nobody was hurt."]
    place = _doc(client.get("/item/e-00000000000000e3")).text_content()
    assert "51.219, 4.402 · BE" in place and "3 mentions in Harbour Gazette, Flanders Wire, The Evening Ledger" in place
    event = _doc(client.get("/item/v-000000000000a001")).text_content()
    assert "2026-03-01 (on Sunday)" in event


def test_speaker_pages_show_variants_side_by_side(client: TestClient) -> None:
    listing = _doc(client.get("/speakers"))
    assert [a.text_content() for a in listing.xpath("//td/a")] == ["Marta Claes", "Pieter Wouters"]
    doc = _doc(client.get(f"/speaker/{CLAES}"))
    assert doc.find(".//h1").text_content() == "Marta Claes"
    groups = doc.find_class("quote-group")
    assert len(groups) == 2
    first = groups[0]
    assert first.find(".//h3").text_content().startswith("Carried by 2 articles from 2 outlets")
    assert [v.get("class") for v in first.find_class("variant")] == ["variant is-first", "variant"]
    assert client.get("/speaker/e-00000000000000e3", follow_redirects=False).status_code == 303  # never quoted
    assert client.get("/speaker/e-ffffffffffffffff").status_code == 404


def test_timeline_and_map(client: TestClient) -> None:
    timeline = _doc(client.get("/timeline"))
    dates = [d.text_content() for d in timeline.find_class("date")]
    assert dates == ["2026-03-01", "undated"]
    doc = _doc(client.get("/map"))
    data = json.loads(doc.get_element_by_id("map-data").text)
    assert [(p["name"], p["mentions"]) for p in data["places"]] == [("Antwerp", 3), ("Brussels", 1), ("Ghent", 1)]
    assert data["focus"][0] < 3.7174 and data["focus"][2] > 4.4025
    scripts = [s.get("src") for s in doc.iter("script") if s.get("src")]
    assert scripts == ["/static/dossier.js", "/static/vendor/leaflet/leaflet.js",
                       "/static/vendor/topojson-client/topojson-client.min.js", "/static/map.js"]
    for src in scripts + [doc.get_element_by_id("map").get("data-topology")]:
        assert client.get(src).status_code == 200


def test_search_finds_quotes_claims_and_articles(client: TestClient) -> None:
    doc = _doc(client.get("/search", params={"q": "acted within minutes"}))
    hits = doc.find_class("hit")
    kinds = sorted(h.get("data-kind") for h in hits)
    assert kinds == ["article", "article", "quote", "quote"]
    assert doc.find_class("snippet")[0].find(".//mark") is not None
    only = _doc(client.get("/search", params={"q": "residents", "kind": "claim"}))
    assert {h.get("data-kind") for h in only.find_class("hit")} == {"claim"}
    assert _doc(client.get("/search")).find_class("hit") == []


# -- JSON API ------------------------------------------------------------------------------------------------

def test_api_serves_the_export_and_each_record(client: TestClient) -> None:
    dossier = client.get("/api/dossier").json()
    _validate(dossier, "Dossier")
    assert [a["id"] for a in dossier["articles"]] == [A, B, C]
    for name, schema in (("articles", "Article"), ("entities", "Entity"), ("quotes", "Quote"),
                         ("claims", "Claim"), ("events", "Event"), ("groups", "Group")):
        records = client.get(f"/api/{name}").json()
        assert records == dossier[name]
        _validate(records[0], schema)
        assert client.get(f"/api/{name}/{records[0]['id']}").json() == records[0]
    assert [q["id"] for q in client.get("/api/quotes", params={"article": C}).json()] == [
        "q-000000000000c001", "q-000000000000c002"]
    assert client.get("/api/entities", params={"article": C}).status_code == 400
    assert client.get("/api/claims/c-nope").json() == {"error": "no claim 'c-nope'", "status": 404}
    assert client.get("/api/nothing").status_code == 404


def test_api_export_meets_the_contract(client: TestClient, shared_dir: Path) -> None:
    schema = json.loads((shared_dir / "contract" / "dossier.schema.json").read_text())
    jsonschema.validate(client.get("/api/dossier").json(), schema)


def test_api_search_and_openapi(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "fireboats", "kind": "claim"}).json()
    assert [(h["kind"], h["id"]) for h in hits] == [("claim", "c-000000000000b003")]
    for hit in hits:
        _validate(hit, "SearchHit")
    assert client.get("/api/search", params={"q": "x", "limit": "0"}).status_code == 400
    assert client.get("/api/search", params={"q": "x", "kind": "bogus"}).status_code == 400
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"] == "3.1.0"
    app_paths = {"/api", "/api/openapi.json", "/api/dossier", "/api/search", "/api/ingest"} | {
        f"/api/{c}{suffix}" for c in ("articles", "entities", "quotes", "claims", "events", "groups")
        for suffix in ("", "/{rid}")}
    assert set(spec["paths"]) == app_paths
    jsonschema.Draft202012Validator.check_schema({**spec["components"]["schemas"]["Dossier"]})


# -- security ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
    "/article/..%2f..%2fetc%2fpasswd", "/article/%2e%2e", "/item/..%2fapp.py", "/speaker/..%2f..%2fetc%2fpasswd",
    "/fragment/item/%2e%2e%2f%2e%2e%2fapp.py", "/api/articles/..%2f..%2fetc%2fpasswd", "/static//etc/passwd",
    "/static/vendor/../../app.py",
])
def test_no_path_traversal(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "def create_app" not in response.text and "root:" not in response.text


def test_request_caps(client: TestClient) -> None:
    assert client.get("/search?q=" + "a" * 3000).status_code == 414
    long_query = client.get("/search", params={"q": "word " * 60})
    assert long_query.status_code == 400 and "longer than 200 characters" in long_query.text
    assert client.get("/api/search", params={"q": "w" * 201}).status_code == 400
    assert client.post("/api/ingest", content=b"x" * 20_000).status_code == 413


def test_chunked_body_is_capped_as_it_arrives(mini_db: Path) -> None:
    from newsdossier.web.app import MAX_INGEST_BODY

    client = TestClient(create_app(mini_db, allow_ingest=True))

    def chunks():  # no Content-Length: the cap has to count
        for _ in range(MAX_INGEST_BODY // 65536 + 2):
            yield b"y" * 65536

    response = client.post("/api/ingest", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_read_only_by_default(client: TestClient, mini_db: Path) -> None:
    before = hashlib.sha256(mini_db.read_bytes()).hexdigest()
    refused = client.post("/api/ingest", json={"text": "A new page."})
    assert refused.status_code == 403 and "read-only" in refused.json()["error"]
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/").status_code == 405
        assert getattr(client, method)(f"/api/articles/{A}").status_code == 405
    assert hashlib.sha256(mini_db.read_bytes()).hexdigest() == before
    assert b"ingest-form" not in client.get("/").content


def test_security_headers_and_host_check(client: TestClient) -> None:
    response = client.get("/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400


def test_unusable_store_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.sqlite")
    foreign = tmp_path / "foreign.sqlite"
    foreign.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        create_app(foreign)
    assert foreign.read_bytes() == b"not a database at all" * 100


@pytest.mark.parametrize("path", ["/", "/article/a-00000000000000dd", "/item/q-000000000000d001",
                                  "/item/c-000000000000d001", "/speakers", "/speaker/e-00000000000000e9",
                                  "/item/e-00000000000000e9", "/map", "/search?q=plan", "/search?q=residents"])
def test_hostile_text_renders_as_text(hostile: TestClient, path: str) -> None:
    response = hostile.get(path)
    doc = _doc(response)
    assert not doc.xpath("//img | //iframe | //b | //script[not(@src) and not(@type='application/json')]")
    assert not [e.tag for e in doc.iter() if isinstance(e.tag, str) and any(a.startswith("on") for a in e.attrib)]
    assert "<script>alert" not in response.text and "<img src=x" not in response.text
    text = doc.text_content()
    assert any(h in text for h in (XSS_TITLE, XSS_OUTLET, XSS_QUOTE, XSS_SPEAKER)) or path == "/map"


def test_hostile_text_in_the_api_is_data(hostile: TestClient) -> None:
    response = hostile.get("/api/articles/a-00000000000000dd")
    assert response.headers["content-type"] == "application/json"
    assert response.json()["title"] == XSS_TITLE


# -- ingest (opt-in) -----------------------------------------------------------------------------------------

def test_ingest_adds_a_page_when_allowed(mini_db: Path, tmp_path: Path) -> None:
    pytest.importorskip("newsdossier.api", reason="the build pipeline is not importable yet")
    db = tmp_path / "ingest.sqlite"
    shutil.copy(mini_db, db)
    client = TestClient(create_app(db, allow_ingest=True))
    assert _doc(client.get("/")).get_element_by_id("ingest-form") is not None
    assert client.post("/api/ingest", content=b"text", headers={"content-type": "text/plain"}).status_code == 415
    assert client.post("/api/ingest", content=b"{", headers={"content-type": "application/json"}).status_code == 400
    assert client.post("/api/ingest", json={"text": "x", "format": "pdf"}).status_code == 400
    page = ("Harbour officials in Antwerp reopened the river on Thursday. \"The water is safe again,\" said "
            "port chief Marta Claes, adding that 40 inspectors had checked the quays.")
    added = client.post("/api/ingest", json={"text": page})
    assert added.status_code == 200, added.text
    assert added.json()["new_articles"] == 1
    texts = [a["text"] for a in client.get("/api/articles").json()]
    assert len(texts) == 4 and any("reopened the river" in t for t in texts)
    assert client.post("/api/ingest", json={"text": page}).json()["new_articles"] == 0
