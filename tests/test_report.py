"""The briefing: what briefing.md and briefing.html say, that every link lands on its sentence, that the HTML
is one offline file, and that hostile article text renders as text."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import lxml.html
import pytest
from fixtures.mini_dossier import XSS_OUTLET, XSS_QUOTE, XSS_SPEAKER, XSS_TITLE, hostile_dossier, mini_dossier
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.report import geo
from newsdossier.report.briefing import md_escape, write_briefing
from newsdossier.report.segments import Mark, runs
from newsdossier.report.view import DossierView, format_value, sentence_around

SECTIONS = ["## Key facts", "## Where sources disagree", "## Quotes by speaker", "## Actors", "## Timeline",
            "## Places", "## Skipped inputs", "## Articles", "## Sentences cited"]


@pytest.fixture(scope="module")
def mini_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    md, html = write_briefing(mini_dossier(), tmp_path_factory.mktemp("mini"))
    return md.read_text(encoding="utf-8"), html.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    md, html = write_briefing(hostile_dossier(), tmp_path_factory.mktemp("hostile"))
    return md.read_text(encoding="utf-8"), html.read_text(encoding="utf-8")


def _doc(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def _run_text(doc: lxml.html.HtmlElement, anchor: str) -> str:
    """The article text inside a link target, read back from the rendered runs."""
    article, start, end = re.fullmatch(r"(.*)-(\d+)-(\d+)", anchor).groups()
    text = doc.get_element_by_id(f"text-{article}")
    return "".join(r.text_content() for r in text.find_class("run")
                   if int(r.get("data-s")) >= int(start) and int(r.get("data-e")) <= int(end))


# -- Markdown ----------------------------------------------------------------------------------------------

def test_markdown_has_every_section_in_order(mini_out: tuple[str, str]) -> None:
    md, _ = mini_out
    positions = [md.index(s + "\n") for s in SECTIONS]
    assert positions == sorted(positions)


def test_markdown_key_facts_lead_ranked_by_independent_outlets(mini_out: tuple[str, str]) -> None:
    md, _ = mini_out
    table = md.split("## Key facts")[1].split("###")[0]
    rows = [r for r in table.splitlines() if r.startswith("| ") and not r.startswith("| Fact")]
    assert rows[0].startswith("| residents evacuated (about 1,200 against more than 3,000) | about 1,200 people; "
                              "roughly 1,200 people; more than 3,000 people | 2 of 3 | Harbour Gazette "
                              "\\[a-00000000000000aa §0–137\\][^1], ")
    assert rows[0].endswith("| the fire brigade | conflict | Harbour Gazette (2026-03-02) |")
    assert "| duration of the fire | 9 hours; about 9 hours | 2 of 2 |" in rows[1]
    assert rows[2].startswith("| quote, Marta Claes: “We acted within minutes, and nobody was hurt” | — | 2 of 2 |")


def test_markdown_cites_each_sentence_in_a_footnote(mini_out: tuple[str, str]) -> None:
    md, _ = mini_out
    assert ("[^1]: Harbour Gazette, “Barge fire empties Antwerp quayside” (2026-03-02), a-00000000000000aa "
            "§0–137: “A fire on a chemical barge in the port of Antwerp forced about 1,200 residents from their "
            "homes on Sunday, according to the fire brigade.”") in md
    cited = set(re.findall(r"\]\[\^(\d+)\]", md))
    defined = set(re.findall(r"^\[\^(\d+)\]: ", md, flags=re.MULTILINE))
    assert cited == defined and len(defined) == 11


def test_markdown_sections_hold_the_items(mini_out: tuple[str, str]) -> None:
    md, _ = mini_out
    assert "### Marta Claes (3 quotes)" in md
    assert "  - Harbour Gazette (*first report*): “We acted within minutes, and nobody was hurt,”" in md
    assert "- **2026-03-01**\n  - (on Sunday) forced about 1,200 residents from their homes on Sunday" in md
    assert "| Antwerp \\[a-00000000000000aa §0–137\\][^1] | BE | 51.219 | 4.402 | 3 |" in md
    assert "- fixtures/empty.txt: empty file" in md


def test_markdown_escapes_hostile_text(hostile_out: tuple[str, str]) -> None:
    md, _ = hostile_out
    assert "<" not in md.replace("<–", "")
    assert "&lt;script&gt;alert('quote')&lt;/script&gt; is no plan" in md
    assert "&lt;img src=x onerror=alert('outlet')&gt;" in md


@given(st.text())
def test_md_escape_leaves_no_markup(text: str) -> None:
    escaped = md_escape(text)
    assert "<" not in escaped and ">" not in escaped and "\n" not in escaped
    assert re.search(r"(?<!\\)[*_\[\]|`]", escaped) is None


# -- HTML ---------------------------------------------------------------------------------------------------

def test_every_link_in_the_html_lands_on_an_element(mini_out: tuple[str, str]) -> None:
    _, html = mini_out
    doc = _doc(html)
    ids = {e.get("id") for e in doc.iter() if e.get("id")}
    hrefs = [a.get("href") for a in doc.iter("a") if a.get("href")]
    assert len(hrefs) > 40
    assert all(h.startswith("#") and h[1:] in ids for h in hrefs), [h for h in hrefs if h[1:] not in ids]


def test_key_fact_rows_link_to_their_sentences(mini_out: tuple[str, str]) -> None:
    _, html = mini_out
    doc = _doc(html)
    rows = doc.get_element_by_id("facts").find_class("fact")
    assert [r.get("id") for r in rows[:3]] == ["fact-g-0000000000000001", "fact-g-0000000000000002",
                                               "fact-g-0000000000000003"]
    first = rows[0]
    assert [a.text_content() for a in first.find_class("outlet")] == ["Harbour Gazette", "Flanders Wire",
                                                                      "The Evening Ledger"]
    assert first.find_class("count")[0].text_content() == "2"
    assert first.find_class("badge")[0].text_content() == "conflict"
    targets = [a.get("href")[1:] for a in first.find_class("outlet")]
    assert [_run_text(doc, t) for t in targets] == [
        ("A fire on a chemical barge in the port of Antwerp forced about 1,200 residents from their homes on "
         "Sunday, according to the fire brigade."),
        "Roughly 1,200 people left their homes near Antwerp after a barge caught fire, the fire brigade said.",
        "More than 3,000 residents were evacuated on Sunday when a barge burned in Antwerp."]
    for row in rows:
        assert row.find_class("outlet"), row.get("id")


def test_article_texts_are_rendered_whole(mini_out: tuple[str, str]) -> None:
    _, html = mini_out
    doc = _doc(html)
    for article in mini_dossier()["articles"]:
        assert doc.get_element_by_id(f"text-{article['id']}").text_content() == article["text"]
    marked = [r.text_content() for r in doc.find_class("q")]
    assert "We acted within minutes, and nobody was hurt," in marked


def test_html_is_one_offline_file(mini_out: tuple[str, str]) -> None:
    _, html = mini_out
    doc = _doc(html)
    assert not doc.xpath("//link | //img | //iframe | //script[@src] | //*[@src]")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert csp.startswith("default-src 'none'; ")
    for script in doc.xpath("//script[not(@type)]"):
        digest = base64.b64encode(hashlib.sha256(script.text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    places = json.loads(doc.get_element_by_id("map-data").text)
    assert [p["name"] for p in places["places"]] == ["Antwerp", "Brussels", "Ghent"]
    assert places["focus"]["type"] == places["world"]["type"] == "Topology"


def test_html_escapes_hostile_text(hostile_out: tuple[str, str]) -> None:
    _, html = hostile_out
    doc = _doc(html)
    body = doc.body
    assert not body.xpath(".//img | .//iframe | .//script[@src]")
    assert not [e for e in doc.iter() if any(k.startswith("on") for k in e.attrib)]
    assert len(doc.xpath("//script[not(@type)]")) == 2  # topojson-client and dossier.js, nothing injected
    text = body.text_content()
    for hostile in (XSS_TITLE, XSS_OUTLET, XSS_QUOTE, XSS_SPEAKER):
        assert hostile in text
    assert "<script>alert" not in html and "<img src=x" not in html


# -- the parts -----------------------------------------------------------------------------------------------

def test_values_read_as_written() -> None:
    claim = {"value": 75, "unit": "%", "hedge": "about"}
    assert format_value(claim) == "about 75%"
    assert format_value({"value": 6600, "unit": "km2", "hedge": "more than"}) == "more than 6,600 km²"
    assert format_value({"value": 10, "value_max": 12, "unit": "km", "hedge": None}) == "10–12 km"
    assert format_value({"value": 0.75, "unit": "", "hedge": None}) == "0.75"


def test_sentence_around_a_mention() -> None:
    text = 'He left. "Stay here!" she told Anna. Next line\nA new paragraph.'
    assert [text[slice(*sentence_around(text, text.index(w), text.index(w) + len(w)))]
            for w in ("Anna", "Stay", "Next", "new")] == [
        "she told Anna.", '"Stay here!"', "Next line", "A new paragraph."]


marks = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from("qce")), max_size=8)


@given(st.text(max_size=40), marks)
def test_runs_cover_the_text_exactly(text: str, raw: list[tuple[int, int, str]]) -> None:
    ms = [Mark(a, b, c, f"{c}-{i}") for i, (a, b, c) in enumerate(raw)]
    out = runs(text, ms, [(m.start, m.end, m.key) for m in ms])
    assert "".join(r.text for r in out) == text
    cuts = {r.start for r in out} | {r.end for r in out}
    assert all(m.start in cuts and m.end in cuts for m in ms if 0 <= m.start < m.end <= len(text))
    for r in out:
        for m in ms:
            covers = m.start <= r.start and r.end <= m.end and m.end <= len(text)
            assert (m.key in r.keys) == (covers and m.start < m.end)


def test_view_groups_quotes_by_speaker_with_first_report() -> None:
    view = DossierView(mini_dossier())
    claes = view.speakers["e-00000000000000e1"]
    assert claes.count == 3
    assert [(v.outlet, v.first) for v in claes.facts[0].variants] == [("Harbour Gazette", True),
                                                                      ("Flanders Wire", False)]
    assert [a.entity["name"] for a in view.actors] == ["Marta Claes", "Pieter Wouters", "fire brigade"]


def test_view_folds_a_quote_nested_in_a_longer_one_of_the_same_speaker() -> None:
    dossier = mini_dossier()
    outer = next(q for q in dossier["quotes"] if q["id"] == "q-000000000000c002")
    inner = {**outer, "id": "q-000000000000c003", "start": outer["start"] + 4, "end": outer["end"] - 11,
             "kind": "partial"}
    other = {**inner, "id": "q-000000000000c004", "speaker": "e-00000000000000e2", "speaker_name": "Pieter Wouters"}
    dossier["quotes"] += [inner, other]
    view = DossierView(dossier)
    claes = [v.item["id"] for f in view.speakers["e-00000000000000e1"].facts for v in f.variants]
    assert "q-000000000000c002" in claes and "q-000000000000c003" not in claes
    # Another speaker's words inside the span are that speaker's quote, not a repeat.
    assert "q-000000000000c004" in [v.item["id"] for f in view.speakers["e-00000000000000e2"].facts
                                    for v in f.variants]


def test_agreeing_figure_inside_a_conflict_is_marked_disputed(tmp_path: Path) -> None:
    dossier = mini_dossier()
    dossier["groups"].append({"id": "g-0000000000000004", "kind": "claim",
                              "members": ["c-000000000000a001", "c-000000000000b001"],
                              "outlets": ["Harbour Gazette", "Flanders Wire"], "first": "a-00000000000000aa",
                              "status": "agree", "label": "residents evacuated (1,200)", "independent_sources": 1,
                              "sources": ["the fire brigade"], "note": None})
    md_path, html_path = write_briefing(dossier, tmp_path)
    row = next(r for r in md_path.read_text(encoding="utf-8").splitlines()
               if r.startswith("| residents evacuated (1,200) |"))
    assert "| agree (disputed: see below) |" in row
    doc = _doc(html_path.read_text(encoding="utf-8"))
    link = doc.get_element_by_id("fact-g-0000000000000004").find_class("disputed")[0]
    assert link.get("href") == "#conflict-g-0000000000000001"
    card = doc.get_element_by_id("conflict-g-0000000000000001")
    assert card.find(".//h3").text_content().split() == ["residents", "evacuated", "conflict"]
    assert not doc.get_element_by_id("fact-g-0000000000000002").find_class("disputed")


def test_crop_keeps_the_countries_around_the_places() -> None:
    topo = geo.crop(geo.world(), geo.region([(51.22, 4.40), (51.05, 3.72)]))
    names = {g["properties"]["name"] for g in topo["objects"]["shapes"]["geometries"]}
    assert {"Belgium", "Netherlands", "France", "Germany"} <= names
    assert not names & {"United States of America", "Russia", "Brazil"}
    used = {i if i >= 0 else ~i for g in topo["objects"]["shapes"]["geometries"]
            for i in geo._arc_ids(g["arcs"])}
    assert used == set(range(len(topo["arcs"])))


# -- the real build of the seeds -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds_briefing(request: pytest.FixtureRequest) -> tuple[dict, str, str]:
    pytest.importorskip("newsdossier.api", reason="the build pipeline (newsdossier.build) is not importable yet")
    result = request.getfixturevalue("seeds_build")
    out = Path(result.out)
    return (result.dossier, (out / "briefing.md").read_text(encoding="utf-8"),
            (out / "briefing.html").read_text(encoding="utf-8"))


def test_seeds_briefing_links_every_row_to_its_sentence(seeds_briefing: tuple[dict, str, str]) -> None:
    dossier, md, html = seeds_briefing
    doc = _doc(html)
    ids = {e.get("id") for e in doc.iter() if e.get("id")}
    hrefs = [a.get("href") for a in doc.iter("a") if a.get("href")]
    assert hrefs and all(h[1:] in ids for h in hrefs)
    rows = doc.get_element_by_id("facts").find_class("fact")
    claim_groups = [g for g in dossier["groups"] if g["kind"] == "claim"]
    assert claim_groups and {f"fact-{g['id']}" for g in claim_groups} <= {r.get("id") for r in rows}
    for row in rows:
        links = row.find_class("outlet")
        assert links
        for link in links:
            assert _run_text(doc, link.get("href")[1:]).strip()
    for article in dossier["articles"]:
        assert doc.get_element_by_id(f"text-{article['id']}").text_content() == article["text"]
    assert [md.index(s + "\n") for s in SECTIONS if s != "## Skipped inputs"] == sorted(
        md.index(s + "\n") for s in SECTIONS if s != "## Skipped inputs")
    key_rows = doc.get_element_by_id("facts").find_class("facts")[0].find_class("fact")
    independent = [int(r.find_class("count")[0].text_content()) for r in key_rows]
    assert independent == sorted(independent, reverse=True)
