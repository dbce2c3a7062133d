"""HTML main text and metadata on pages the team wrote; the AEB benchmark's metric on the shared data."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.clean import to_articles
from newsdossier.clean.html import detect_language, html_to_articles
from newsdossier.clean.maintext import extract_main_text, fast_main_text
from newsdossier.model import RawDocument

WEB = Path(__file__).parent / "fixtures" / "web"
REPO = Path(__file__).resolve().parents[1]


def page(name: str, url: str | None = "https://courier.example/p") -> RawDocument:
    html = (WEB / name).read_text(encoding="utf-8")
    return RawDocument(source=name, content=html, media_type="html", url=url)


def test_main_text_without_furniture() -> None:
    (article,) = html_to_articles(page("article.html"))
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Councillors in Eskvale approved the long-delayed harbour bridge")
    assert paragraphs[2].startswith('"This is the most important decision')
    assert paragraphs[4] == "Construction is expected to begin next year and to last about three years."
    for clutter in ("Home", "Advertisement", "artist's impression", "Ferry fares to rise", "Share on social",
                    "Finally!", "Most read", "Copyright", "tracking", "By Maren",
                    "Harbour bridge vote passes"):
        assert clutter not in article.text, clutter


def test_metadata() -> None:
    (article,) = html_to_articles(page("article.html"))
    assert article.outlet == "The Valley Courier"
    assert article.title == "Harbour bridge vote passes after late-night session"
    assert article.author == "Maren Ostby"
    assert article.published == "2025-03-14"
    assert article.url == "https://courier.example/news/harbour-bridge-vote"  # canonical, not the fetched URL
    assert article.language == "en"
    assert (article.source, article.segment) == ("article.html", 0)


def test_non_english_page_is_marked_and_left_intact() -> None:
    (article,) = html_to_articles(page("foreign.html"))
    assert article.language == "pt"
    assert article.outlet == "Jornal da Serra"
    assert article.text.startswith("A feira de livros da cidade volta neste sábado à praça central")
    assert "públicos." in article.text


def test_page_without_text_is_a_one_line_error() -> None:
    markup = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    empty = RawDocument(source="blank.html", content=markup, media_type="html")
    with pytest.raises(ValueError, match="^no main text found in the HTML page$"):
        html_to_articles(empty)
    with pytest.raises(ValueError):
        to_articles(empty)  # the clean stage turns this into a Skip


def test_page_wrapped_in_a_form_and_xml_declaration() -> None:
    html = ('<?xml version="1.0" encoding="utf-8"?><html><body><form id="aspnetForm">'
            + "<div class='story'>"
            + "<p>The tram line to the university opened on Monday, two years late.</p>" * 4
            + "</div><div class='footer-links'><a href='/'>Home</a></div></form></body></html>")
    text = fast_main_text(html)
    assert text.count("The tram line to the university opened") == 4
    assert "Home" not in text


def test_short_page_falls_back_to_trafilatura() -> None:
    html = ("<html><body><table><tr><td>Kick-off at 3pm: Eskvale Rovers v Quay United, at the harbour ground."
            "</td></tr></table></body></html>")
    assert "Eskvale Rovers v Quay United" in extract_main_text(html)


@pytest.mark.parametrize(("text", "declared", "expected"), [
    ("The council said that it would review the plan with the residents of the town after the vote. " * 3,
     "de", "en"),
    ("Der Gemeinderat hat am Freitag den Bau der neuen Brücke beschlossen, teilte die Stadt mit. " * 3,
     "de-DE", "de"),
    ("Der Gemeinderat hat am Freitag den Bau der neuen Brücke beschlossen, teilte die Stadt mit. " * 3,
     "en-US", None),
    ("会議は金曜日に新しい橋の建設を承認した。" * 20, "ja", "ja"),
    ("Short headline", None, "en"),
])
def test_detect_language(text: str, declared: str | None, expected: str | None) -> None:
    assert detect_language(text, declared) == expected


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_markup_extracts_without_crashing(markup: str) -> None:
    result = extract_main_text(markup)
    assert isinstance(result, str)
    assert "\n\n\n" not in result


def test_aeb_metric_and_quality_floor() -> None:
    """The bench's metric, and the extractor's score on the whole AEB benchmark: a change that lowers the
    measured F1 (0.982 overall, 0.971 on the half whose errors were never read) fails here."""
    aeb = REPO.parent / "shared" / "data" / "aeb"
    if not (aeb / "ground-truth.json").exists():
        pytest.skip(f"{aeb} is absent: the shared data sets sit beside the repository")
    sys.path.insert(0, str(REPO / "bench"))
    from aeb import page_scores, summarise

    assert page_scores("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    assert page_scores("a b c d e", "") == (0.0, 0.0, 1.0)
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)
    rows = {k: page_scores(truth[k]["articleBody"], extract_main_text(
        gzip.decompress((aeb / "html" / f"{k}.html.gz").read_bytes()).decode())) for k in keys}
    f1, precision, recall = summarise(list(rows.values()))
    held_out = summarise([rows[k] for k in keys[1::2]])[0]
    assert f1 >= 0.9815 and held_out >= 0.9705, (f1, precision, recall, held_out)


# Pages we wrote ourselves, shaped like CMS output we have not tuned on: the story must come out whole and in
# order, and none of the furniture around it.
FIXTURES = Path(__file__).parent / "fixtures"


def story_of(name: str, starts: list[str], furniture: tuple[str, ...]) -> list[str]:
    """The fixture's paragraphs, checked: they begin as ``starts`` says, and no furniture is among them. The
    page goes in as bytes, as it comes off the wire, its charset declared in the page."""
    paragraphs = extract_main_text((FIXTURES / name).read_bytes()).split("\n\n")
    assert [p[:40] for p in paragraphs] == starts
    text = "\n\n".join(paragraphs)
    assert [piece for piece in furniture if piece in text] == []
    return paragraphs


def test_cms_page_with_sidebar_and_related_lists() -> None:
    paragraphs = story_of("html_cms_sidebar.html", [
        "A flood barrier on the River Ure at Kett",
        "The £38m scheme, which combines two stee",
        '"People here have spent three winters wa',
        "The agency said the barrier would protec",
        "What the scheme includes",
        "two steel gates at Kettleby weir, each w",
        "a 700-metre flood wall along Mill Lane a",
        "three pumping stations to clear surface ",
        "Councillor Tom Brennan, the county's cab",
        "The agency will test the gates in a publ",
    ], ("Flood barrier on the Ure to open", "will protect 1,400 homes in Kettleby from", "Ines Harrow",
        "Share on", "Workers fit the last steel gate", "Read more", "Dredging on the Ure", "morning briefing",
        "never share your email", "Follow us", "Tags", "Follow her", "More from News", "About time too",
        "Most read", "from £1 a week", "All rights reserved", "Skip to content", "light rain"))
    # A sentence around a link keeps the link's words.
    assert paragraphs[2].endswith('said Maya Osei, who chairs the Kettleby flood action group. '
                                  '"Knowing the gates will be there this year is an enormous relief."')


def test_live_blog_keeps_every_post_with_its_title() -> None:
    story_of("html_liveblog.html", [
        "Talks to resume at 2pm",
        "The port authority and the dockers' unio",
        "A union spokesperson said its members wo",
        "Lorry drivers waiting at the container t",
        "Queue now reaches back past the roundabo",
        "— @ringroadtraffic",
        "Ferry services cancelled",
        "All ferry sailings from Northshore to th",
        "Foot passengers can still travel on the ",
        "Picket lines form at the east gate",
        "Good morning and welcome to our coverage",
    ], ("Key events", "11.42am", "Share", "Copy link", "Advertisement", "Load more", "Northshore Today",
        "Seal pup", "stay out for a second day", "Updates by"))


def test_story_only_in_json_ld() -> None:
    html = (FIXTURES / "html_jsonld_only.html").read_text(encoding="utf-8")
    assert fast_main_text(html) == ""  # a script-rendered shell: "Loading…" is no story
    paragraphs = extract_main_text(html).split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Apple and pear growers across the Lenn valley expect to lose")
    assert paragraphs[2].startswith('"We lit every frost candle we had')
    assert paragraphs[3].endswith("supply its packing house & cider mill.")  # entity unescaped


def test_feature_in_sections_with_a_table() -> None:
    paragraphs = story_of("html_feature_sections.html", [
        "For forty-one years, Agnes Mowat climbed",
        "She was the last of the keepers on this ",
        '"I knew every sound that tower made," sh',
        "A family trade",
        "Agnes took over the light from her fathe",
        "Keeping was never well paid. Her logbook",
        "Lights on the Skerrow coast",
        "Light Built Automated",
        "Skerrow Head 1871 1998",
        "Ronan Ness 1890 1989",
        "Carrick Sound 1902 1993",
        "Today the lighthouse board sends a techn",
        "Agnes still walks up to the gallery most",
    ], ("The last lighthouse keepers", "Words by", "Skerrow Head lighthouse at dusk", "foghorn", "Read next",
        "Lighthouses", "WhatsApp", "bakery", "Tidewater Media"))
    assert "\n\n".join(paragraphs).count("I could tell the weather") == 1  # the pull quote repeats the body


def test_legacy_table_layout_without_paragraphs() -> None:
    # Text in a layout table cell, lines split by <br>, comments in a table named without separators.
    paragraphs = story_of("html_legacy_table.html", [
        "The owners of the Glenmoor woollen mill ",
        "Sheriff Alison Crane told the court that",
        "A fire officer said crews had found thre",
        "The company's solicitor said the owners ",
    ], ("Printer friendly", "Posted", "Your comments", "Disgraceful", "Letters", "©"))
    assert paragraphs[0].endswith("fined £120,000 over the fire that gutted the building in 2009, after "
                                  "admitting that its fire doors had been chained shut.")


PROSE = "<p>" + "The ferry company said on Tuesday that the new timetable would start in June, " * 3 + "</p>"


def body_of(markup: str) -> str:
    return fast_main_text(f"<html><body><div class='story'>{PROSE}{markup}</div></body></html>")


def test_list_judged_as_a_whole() -> None:
    summaries = ("<ul><li><a href='/a'>The harbour reopens</a>. Boats may use the inner basin again from "
                 "Friday, the harbour master said.</li><li><a href='/b'>Fares rise</a>.</li></ul>")
    links = "<ul><li><a href='/c'>Ferry timetable changes</a></li><li><a href='/d'>Pier closed</a></li></ul>"
    text = body_of(summaries + links)
    assert "Fares rise." in text  # a short linked item of a list of summaries stays
    assert "Ferry timetable changes" not in text and "Pier closed" not in text


def test_sentence_around_links_is_kept_and_a_link_label_is_not() -> None:
    text = body_of("<p><a href='/p'>Ana Reis</a> has left <a href='/c'>the council</a> after ten years.</p>"
                   "<p>Read more: <a href='/r'>Council elections in full</a></p>"
                   "<p><a href='/x'>COUNCIL LEADER QUITS AFTER VOTE</a></p>")
    assert "Ana Reis has left the council after ten years." in text.split("\n\n")
    assert "Read more" not in text and "COUNCIL LEADER" not in text


@pytest.mark.parametrize("furniture", [
    "<div class='PromoSmall'><p>Subscribers get the crossword and the archive for just one pound.</p></div>",
    "<ps-promo><p>Subscribers get the crossword and the archive for just one pound a week.</p></ps-promo>",
    "<div class='d-none d-print-block'>Citation: the ferry story, retrieved from the web.</div>",
    "<p itemprop='description'>The timetable changes in June, the company says in its summary.</p>",
    "<p class='article-dek'>The timetable changes in June, the company says in its summary.</p>",
    "<p>[button link='/tips']Send us your news tips[/button]</p>",
    "<p>Ana Reis writes about transport. Follow her on Twitter @anareis.</p>",
    "<p><em>The new ferry at the pier, photo © Harbour Press, 2026</em></p>",
    "<p>Follow AP's full coverage of the ferry strike at https://apnews.example/ferry</p>",
    "<p class='estimated-read-time'>Reading time: 2 minutes</p>",
    "<p>Anzeige</p>",
    "<h3>More on this story</h3><ul><li><a href='/f'>Ferry fares to rise</a></li></ul>",
])
def test_furniture_is_dropped(furniture: str) -> None:
    assert body_of(furniture) == body_of("")


def test_hover_card_inside_a_sentence_is_dropped() -> None:
    card = "<span class='rollover-block'><a href='/p'>Ana Reis</a> <a href='/s'>Latest stories</a></span>"
    text = body_of(f"<p>Councillor <span class='rollover-people'>Ana Reis{card}</span> voted against.</p>")
    assert text.endswith("\n\nCouncillor Ana Reis voted against.")


def test_story_in_a_wrapper_with_an_unlucky_class() -> None:
    # Blogger puts every part of a page in a "widget", the post too; the post body is marked, the sidebar not.
    story = "<div class='widget Blog'><div class='post-body'>" + "The bridge reopened today.<br>" * 20
    sidebar = "<div class='widget Archive'>" + "<div>Archive: October 2025 (12 posts) and more</div>" * 30
    story, sidebar = story + "</div></div>", sidebar + "</div>"
    text = fast_main_text(f"<html><body>{story}{sidebar}</body></html>")
    assert text.count("The bridge reopened today.") == 20
    assert "Archive" not in text


def test_story_split_into_twin_sections() -> None:
    section = "<div class='wrap'><div class='rich-text'><p>{}</p></div></div>"
    page = ("<html><body><div class='page'>" + section.format("First part. " * 20)
            + "<div class='photo'><img src='x.jpg'></div>" + section.format("Second part. " * 20)
            + "</div><div class='teaser'><p>" + "Another story about something else. " * 3
            + "</p></div></body></html>")
    text = fast_main_text(page)
    assert text.split("\n\n") == [("First part. " * 20).strip(), ("Second part. " * 20).strip()]
    # A layout class dresses anything: the story's column has no twin in the one that describes the outlet.
    column = "<div class='row'><div class='col-md-8'><p>{}</p></div></div>"
    layout = ("<html><body>" + column.format("The story itself. " * 30)
              + column.format("About us: the Courier has served the valley since 1871. " * 2) + "</body></html>")
    assert fast_main_text(layout) == ("The story itself. " * 30).strip()


def test_unsure_fast_path_takes_another_source_only_when_it_finds_twice_as_much(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdossier.clean import maintext

    short = "<html><body><p>" + "The pier reopened on Monday after repairs. " * 4 + "</p></body></html>"
    fast = maintext.fast_main_text(short)
    assert 0 < len(fast) < maintext.CONFIDENT_CHARS
    monkeypatch.setattr(maintext, "_trafilatura_text", lambda html: "Pier reopens\n\n" + fast)
    assert maintext.extract_main_text(short) == fast  # a headline more is no reason to switch
    monkeypatch.setattr(maintext, "_trafilatura_text", lambda html: fast + "\n\n" + fast + " More.")
    assert maintext.extract_main_text(short) == fast + "\n\n" + fast + " More."


@pytest.mark.parametrize(("scripts", "expected"), [
    ('{"@type": "NewsArticle", "articleBody": "First line.\\nSecond  line &amp; more."}',
     "First line.\n\nSecond line & more."),
    ('{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "articleBody": "<p>One.</p><p>Two.</p>"}]}',
     "One.\n\nTwo."),
    ('[{"articleBody": "Short."}, {"articleBody": "The longer body wins."}]', "The longer body wins."),
    ('{"articleBody": "A raw\nline break."}', "A raw\n\nline break."),
    ('{"articleBody": "Turnout rose 3 points (<5%).\nResults at 10pm."}', "Turnout rose 3 points (<5%).\n\n"
     "Results at 10pm."),
    ('{"articleBody": "unterminated', ""),
    ('{"headline": "No body here"}', ""),
])
def test_json_ld_body(scripts: str, expected: str) -> None:
    from newsdossier.clean.maintext import json_ld_body

    html = f'<html><head><script type="application/ld+json">{scripts}</script></head><body></body></html>'
    assert json_ld_body(html) == expected
    assert json_ld_body(html.encode("utf-8")) == expected


def test_json_ld_body_in_the_page_charset() -> None:
    from newsdossier.clean.maintext import json_ld_body

    page = ('<html><head><meta charset="windows-1252"><script type="application/ld+json">'
            '{"articleBody": "The café on the quay reopened."}</script></head><body></body></html>')
    assert json_ld_body(page.encode("cp1252")) == "The café on the quay reopened."


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.text(max_size=50))
def test_json_ld_body_of_any_text_is_clean_paragraphs(body: str, other: str) -> None:
    from newsdossier.clean.maintext import json_ld_body

    data = json.dumps({"@graph": [{"articleBody": body}, {"articleBody": other}]}).replace("</", "<\\/")
    result = json_ld_body(f'<html><head><script type="application/ld+json">{data}</script></head></html>')
    assert all(p and p == p.strip() and "\n" not in p for p in result.split("\n\n")) or result == ""
