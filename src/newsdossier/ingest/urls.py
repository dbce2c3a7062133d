"""URLs: a web page (HTML or plain text) or a feed, fetched with the project's one HTTP client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import RawDocument, Skip
from . import feeds
from .files import binary_reason, decode_bytes, sniff_charset
from .http import FetchError, HttpClient, media_kind


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def read_url(url: str, client: HttpClient) -> Iterator[RawDocument | Skip]:
    """A page as one raw document; a feed as its items (each item's page fetched when needed)."""
    try:
        response = client.fetch(url)
    except FetchError as err:
        yield Skip(url, str(err))
        return
    if response.content_type in feeds.FEED_TYPES or (
        response.content_type in ("", "text/plain", "application/octet-stream")
        and feeds.looks_like_feed(response.content)
    ):
        yield from feeds.read_feed(response.content, url, lambda link, meta: fetch_page(link, client, meta),
                                   base_url=response.url)
        return
    yield to_document(url, response.url, response.content, response.content_type, response.charset, {})


def fetch_page(url: str, client: HttpClient, meta: dict[str, Any] | None = None) -> RawDocument | Skip:
    """One web page as a raw document (HTML or plain text), or a skip with the one-line reason."""
    try:
        response = client.fetch(url)
    except FetchError as err:
        return Skip(url, str(err))
    return to_document(url, response.url, response.content, response.content_type, response.charset,
                       meta or {})


def to_document(source: str, url: str | None, body: bytes, content_type: str, charset: str | None,
                meta: dict[str, Any]) -> RawDocument | Skip:
    """A fetched or archived body as a raw document: the declared charset honoured, binary refused."""
    kind = media_kind(content_type, body)
    if kind is None:
        return Skip(source, f"not a web page (content type {content_type or 'unknown'})")
    problem = binary_reason(body)
    if problem:
        return Skip(source, f"binary content ({problem})")
    text = decode_bytes(body, charset or (sniff_charset(body) if kind == "html" else None))
    if not text.strip():
        return Skip(source, "empty page")
    return RawDocument(source=source, content=text, media_type=kind, url=url,
                       meta={**meta, "content_type": content_type})
