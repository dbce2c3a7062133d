"""End to end in real headless Chromium: the seeds' dossier served on 127.0.0.1 (story, a claim clicked to
see its group across outlets, a quote searched, a speaker page, the map, the timeline), the static briefing
opened from file://, and hostile article text that must never run. Screenshots go to tests/_artifacts/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_support import Watched, serve_in_thread
from fixtures.mini_dossier import XSS_OUTLET, XSS_QUOTE, XSS_TITLE, hostile_dossier, write_store

from newsdossier.report.view import DossierView


def _clean(watched: Watched) -> None:
    assert watched.errors == [] and watched.dialogs == [] and watched.foreign_requests == []


def test_story_page_leads_with_facts_and_conflicts(seeds_app, page: Watched) -> None:
    url, dossier, _ = seeds_app
    view = DossierView(dossier)
    page.page.goto(url + "/")
    assert page.page.locator("h1").inner_text() == view.title()
    order = page.page.eval_on_selector_all("main section", "els => els.map(e => e.id)")
    assert order[1:3] == ["conflicts", "facts"]
    rows = page.page.locator("#facts table.facts").first.locator("tr.fact")
    assert rows.count() == len(view.key_facts)
    counts = [int(c) for c in rows.locator(".count").all_inner_texts()]
    assert counts == sorted(counts, reverse=True)
    page.shot("story")
    page.shot("story-full", full_page=True)
    _clean(page)


def test_clicking_a_claim_shows_its_group_across_outlets(seeds_app, page: Watched) -> None:
    url, dossier, _ = seeds_app
    view = DossierView(dossier)
    fact = max((f for f in view.key_facts if f.kind == "claim"), key=lambda f: len(f.variants))
    member = fact.variants[-1].item
    page.page.goto(f"{url}/article/{member['article']}")
    page.page.locator(f'.run.c[data-items~="{member["id"]}"]').first.click()
    cards = page.page.locator("#panel .variant")
    cards.first.wait_for()
    assert cards.count() == len(fact.variants)
    assert page.page.locator("#panel .variant .outlet").all_inner_texts() == [v.outlet for v in fact.variants]
    assert page.page.locator(f'.run.active[data-items~="{member["id"]}"]').count() >= 1
    page.shot("article-claim-group")
    # Following an outlet's link lands on its sentence, highlighted.
    page.page.locator("#panel .variant .outlet").first.click()
    page.page.wait_for_selector(".run.hl")
    highlighted = "".join(page.page.locator(".run.hl").all_inner_texts())
    assert re.sub(r"\s+", " ", highlighted).strip() == fact.variants[0].ref.sentence
    page.shot("article-sentence-linked")
    _clean(page)


def test_searching_a_quote_finds_it(seeds_app, page: Watched) -> None:
    url, dossier, _ = seeds_app
    view = DossierView(dossier)
    fact = next(f for f in view.key_facts if f.kind == "quote")
    words = re.findall(r"[A-Za-z]{4,}", fact.variants[0].item["text"])[:3]
    page.page.goto(url + "/")
    page.page.fill(".topbar input[type=search]", " ".join(words))
    page.page.press(".topbar input[type=search]", "Enter")
    page.page.wait_for_selector("#hits")
    links = page.page.eval_on_selector_all("#hits .hit[data-kind=quote] a", "els => els.map(e => e.getAttribute('href'))")
    assert {f"/item/{v.item['id']}" for v in fact.variants} & set(links)
    assert page.page.locator("#hits mark").count() >= 1
    page.shot("search-quote")
    _clean(page)


def test_speaker_page_lists_every_quote(seeds_app, page: Watched) -> None:
    url, dossier, _ = seeds_app
    view = DossierView(dossier)
    speaker = max((s for s in view.speakers.values() if s.entity), key=lambda s: (s.shared, s.count))
    page.page.goto(url + "/speakers")
    page.page.get_by_role("link", name=speaker.name, exact=True).first.click()
    page.page.wait_for_selector("h1")
    assert page.page.locator("h1").inner_text() == speaker.name
    assert page.page.locator(".variant").count() == speaker.count
    assert page.page.locator(".quote-group .variant.is-first").count() == sum(
        1 for f in speaker.facts if len(f.variants) > 1 and f.first)
    page.shot("speaker")
    _clean(page)


def test_map_plots_every_place_over_offline_outlines(seeds_app, page: Watched) -> None:
    url, dossier, _ = seeds_app
    view = DossierView(dossier)
    assert view.places
    page.page.goto(url + "/map")
    page.page.wait_for_selector("#map[data-ready]")
    # The 1:50m outlines (750 kB of TopoJSON) are fetched and decoded after load: slow on a busy machine. A
    # locator wait, not wait_for_function: a polled string predicate is an eval the page's CSP forbids.
    page.page.locator(".leaflet-overlay-pane path").nth(100).wait_for(state="attached", timeout=120_000)
    assert page.page.locator("path.place-marker").count() == len(view.places)
    tips = page.page.locator(".leaflet-tooltip").all_inner_texts()
    assert view.places[0].entity["name"] in tips
    page.shot("map")
    _clean(page)


def test_timeline(seeds_app, page: Watched) -> None:
    url, dossier, _ = seeds_app
    view = DossierView(dossier)
    page.page.goto(url + "/timeline")
    assert page.page.locator(".timeline .date").all_inner_texts() == [d for d, _ in view.timeline_by_date]
    page.shot("timeline")
    _clean(page)


def test_static_briefing_works_offline(seeds_app, page: Watched) -> None:
    _, dossier, out = seeds_app
    view = DossierView(dossier)
    page.page.goto((out / "briefing.html").as_uri())
    assert page.page.locator("#map svg circle.place").count() >= 1
    assert page.page.locator("#world-map svg circle.place").count() == len(view.places)
    link = page.page.locator("#facts tr.fact .outlet").first
    target = link.get_attribute("href")
    link.click()
    page.page.wait_for_selector(".run.hl")
    assert page.page.evaluate("location.hash") == target
    page.shot("briefing-linked-sentence")
    page.page.goto((out / "briefing.html").as_uri() + "#places")
    page.shot("briefing-places")
    page.page.goto((out / "briefing.html").as_uri())
    page.shot("briefing-top")
    _clean(page)


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("xss") / "hostile.sqlite"
    write_store(hostile_dossier(), db)
    url, server, thread = serve_in_thread(db)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.parametrize("path", ["/", "/article/a-00000000000000dd", "/speaker/e-00000000000000e9",
                                  "/item/c-000000000000d001", "/search?q=plan", "/map"])
def test_hostile_text_never_runs(hostile_app: str, page: Watched, path: str) -> None:
    page.page.goto(hostile_app + path)
    page.page.wait_for_load_state("networkidle")
    body = page.page.locator("body").inner_text()
    assert page.dialogs == []
    assert page.page.locator("img, iframe").count() == 0 or path == "/map"
    if path != "/map":
        assert any(h in body for h in (XSS_TITLE, XSS_OUTLET, XSS_QUOTE))
    if path == "/article/a-00000000000000dd":
        page.shot("xss-article")
    _clean(page)


def test_hostile_briefing_never_runs(tmp_path: Path, page: Watched) -> None:
    from newsdossier.report.briefing import write_briefing

    _, html = write_briefing(hostile_dossier(), tmp_path)
    page.page.goto(html.as_uri())
    assert page.dialogs == []
    assert XSS_TITLE in page.page.locator("body").inner_text()
    _clean(page)


def test_ingest_form_adds_a_page_when_allowed(tmp_path: Path, page: Watched) -> None:
    pytest.importorskip("newsdossier.api", reason="the build pipeline is not importable yet")
    from fixtures.mini_dossier import mini_dossier

    db = tmp_path / "ingest.sqlite"
    write_store(mini_dossier(), db)
    url, server, thread = serve_in_thread(db, allow_ingest=True)
    try:
        page.page.goto(url + "/")
        assert page.page.locator("#articles .hits li").count() == 3
        page.page.fill("#ingest-form textarea", "Crews in Antwerp reopened the river on Thursday. \"The water is "
                       "safe again,\" said port chief Marta Claes.")
        with page.page.expect_navigation():
            page.page.click("#ingest-form button")
        assert page.page.locator("#articles .hits li").count() == 4
        page.shot("ingest-added")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    _clean(page)
