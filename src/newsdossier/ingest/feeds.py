"""RSS and Atom feeds (feedparser): each item's full content when the feed carries it, else its page fetched.

Items keep the feed's metadata (title, author, date, feed title as outlet) in ``RawDocument.meta`` so that
cleaning can fall back on it when a page or a content fragment lacks its own.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import feedparser

from ..model import RawDocument, Skip

Fetch = Callable[[str, dict[str, Any]], RawDocument | Skip]

SUFFIXES = (".rss", ".atom", ".xml")
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/feed+json",
                        "application/rdf+xml", "application/xml", "text/xml"})
# Item content shorter than this (in characters of text) is a teaser; the item's page is fetched instead.
FULL_CONTENT_CHARS = 500
_TAG = re.compile(r"<[^>]+>")


def looks_like_feed(data: bytes | str) -> bool:
    """True when the first bytes are an RSS, RDF or Atom document."""
    head = data[:2048]
    head = (head.decode("latin-1") if isinstance(head, bytes) else head).lower()
    return any(root in head for root in ("<rss", "<feed", "<rdf:rdf"))


def read_feed(data: bytes, source: str, fetch: Fetch | None,
              base_url: str | None = None) -> Iterator[RawDocument | Skip]:
    """The items of one feed (``source`` names it in skips). Items without full content have their page
    fetched by ``fetch(url, meta)`` (:func:`~newsdossier.ingest.urls.fetch_page`); with None, skipped."""
    parsed = feedparser.parse(data, response_headers={"content-location": base_url} if base_url else None)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield Skip(source, f"feed has no items{f' ({_one_line(problem)})' if problem else ''}")
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries):
        link = entry.get("link") or None
        where = link or f"{source}#item{n}"
        meta = {
            "feed": source,
            "title": entry.get("title") or None,
            "author": entry.get("author") or None,
            "published": _iso_date(entry.get("published_parsed") or entry.get("updated_parsed")),
            "outlet": outlet,
        }
        content = _full_content(entry)
        if content is not None:
            yield RawDocument(source=where, content=content, media_type="html", url=link, meta=meta)
        elif link is None:
            yield Skip(where, "feed item has neither full content nor a link")
        elif fetch is None:
            yield Skip(where, "feed item has no full content and fetching is off")
        else:
            yield fetch(link, meta)


def _full_content(entry: feedparser.FeedParserDict) -> str | None:
    """The item's article as an HTML fragment when the feed carries all of it, else None."""
    best = ""
    for part in entry.get("content", []):
        value = part.get("value", "")
        if len(value) > len(best):
            best = value
    text = " ".join(_TAG.sub(" ", best).split())
    if len(text) < FULL_CONTENT_CHARS:
        return None
    if "<" not in best:  # plain text content
        best = "".join(f"<p>{html.escape(para)}</p>" for para in best.split("\n\n"))
    return f"<html><body><article>{best}</article></body></html>"


def _iso_date(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _one_line(err: object) -> str:
    return " ".join(str(err).split())
