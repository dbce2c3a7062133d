"""RSS/Atom feeds: full content used when the feed carries it, otherwise the item's page fetched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsdossier import ingest
from newsdossier.clean.html import html_to_articles
from newsdossier.ingest.feeds import looks_like_feed, read_feed
from newsdossier.model import RawDocument, Skip

FEED_FILE = Path(__file__).parent / "fixtures" / "web" / "feed.xml"
FEED = FEED_FILE.read_bytes().replace(b"{BASE}", b"https://b.example")

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Weekly</title>
<entry><title>Market hall reopens</title><link href="https://q.example/market"/>
<updated>2025-02-01T09:00:00Z</updated><author><name>Ada Berg</name></author>
<summary>The hall is open again.</summary></entry>
</feed>"""


def fetcher(log: list[str]):
    def fetch(url: str, meta: dict[str, Any]) -> RawDocument | Skip:
        log.append(url)
        return RawDocument(source=url, content="<html><body><p>page</p></body></html>", media_type="html",
                           url=url, meta=meta)
    return fetch


def test_full_content_used_teaser_fetched_empty_item_skipped() -> None:
    fetched: list[str] = []
    items = list(read_feed(FEED, "feed.xml", fetcher(fetched)))
    assert [type(i) for i in items] == [RawDocument, RawDocument, Skip]
    full, page, empty = items
    assert full.source == "https://courier.example/news/ferry-timetable"
    assert "two extra crossings on weekday evenings" in full.content
    assert full.meta == {"feed": "feed.xml", "title": "Ferry timetable changes from Monday",
                         "author": "Tomas Lind", "published": "2025-03-10", "outlet": "The Valley Courier"}
    assert fetched == ["https://b.example/article.html"]
    assert page.meta["published"] == "2025-03-14"
    assert empty == Skip("feed.xml#item2", "feed item has neither full content nor a link")


def test_feed_content_becomes_an_article_with_feed_metadata() -> None:
    full = next(iter(read_feed(FEED, "feed.xml", None)))
    article = html_to_articles(full)[0]
    assert article.text.startswith("The ferry company will run two extra crossings")
    assert article.text.endswith("a later boat on Fridays was still needed.")
    assert (article.outlet, article.title, article.author, article.published) == (
        "The Valley Courier", "Ferry timetable changes from Monday", "Tomas Lind", "2025-03-10")
    assert article.url == "https://courier.example/news/ferry-timetable"


def test_atom_teaser_without_fetching_is_skipped() -> None:
    items = list(read_feed(ATOM, "quay.atom", None))
    assert items == [Skip("https://q.example/market", "feed item has no full content and fetching is off")]


def test_atom_item_meta() -> None:
    fetched: list[str] = []
    (doc,) = list(read_feed(ATOM, "quay.atom", fetcher(fetched)))
    assert fetched == ["https://q.example/market"]
    assert doc.meta == {"feed": "quay.atom", "title": "Market hall reopens", "author": "Ada Berg",
                        "published": "2025-02-01", "outlet": "Quay Weekly"}


def test_not_a_feed() -> None:
    items = list(read_feed(b"<html><body>hello</body></html>", "page.xml", None))
    assert len(items) == 1 and isinstance(items[0], Skip)
    assert items[0].reason.startswith("feed has no items")


def test_sniffing() -> None:
    assert looks_like_feed(FEED) and looks_like_feed(ATOM)
    assert not looks_like_feed(b"<!DOCTYPE html><html><body></body></html>")


def test_local_feed_file_through_ingest(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_bytes(FEED)
    # Offline: the client refuses the item page's address, so it is a skip and the other items stand.
    items = list(ingest.read(str(path), {"client": _refusing_client()}))
    assert [type(i) for i in items] == [RawDocument, Skip, Skip]
    assert items[1].source == "https://b.example/article.html"
    assert "refused" in items[1].reason


def _refusing_client():
    from newsdossier.ingest.http import HttpClient

    return HttpClient(resolver=lambda host, port: ["10.9.9.9"])
