"""Ingest: the user's inputs (paths, directories, globs, URLs, feeds, WARC/ARC archives, stdin) as documents.

Every input that cannot be read becomes a :class:`~newsdossier.model.Skip` with a one-line reason; it never
stops the run. Options read here: ``allow_private`` (fetch from loopback/private/link-local hosts) and
``client`` (an :class:`~newsdossier.ingest.http.HttpClient` to use instead of a new one).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..corpus import Corpus
from ..model import RawDocument, Skip
from . import feeds, files, urls, warc
from .http import HttpClient, looks_like_html

log = logging.getLogger(__name__)

STDIN = "-"


def read(spec: str, options: dict[str, Any]) -> Iterator[RawDocument | Skip]:
    """Everything one input names, as raw documents or skips."""
    if spec == STDIN:
        yield read_stdin()
    elif urls.is_url(spec):
        with _client(options) as client:
            yield from urls.read_url(spec, client)
    elif warc.is_archive(spec) and Path(spec).is_file():
        yield from warc.read_archive(spec)
    elif _is_feed_file(spec):
        yield from _read_feed_file(spec, options)
    else:
        yield from files.read_spec(spec)


def read_stdin(stream: BinaryIO | None = None) -> RawDocument | Skip:
    """Standard input as one document: HTML when it looks like markup, plain text otherwise."""
    data = (stream or sys.stdin.buffer).read()
    problem = files.binary_reason(data)
    if problem:
        return Skip(STDIN, f"binary content on standard input ({problem})")
    html = looks_like_html(data)
    text = files.decode_bytes(data, files.sniff_charset(data) if html else None)
    if not text.strip():
        return Skip(STDIN, "standard input is empty")
    return RawDocument(source=STDIN, content=text, media_type="html" if html else "text")


def _is_feed_file(spec: str) -> bool:
    path = Path(spec)
    if not path.is_file():
        return False
    if path.name.lower().endswith(feeds.SUFFIXES):
        return True
    if files.media_type(path.name) is not None:
        return False
    try:
        with path.open("rb") as handle:
            return feeds.looks_like_feed(handle.read(2048))
    except OSError:
        return False


def _read_feed_file(spec: str, options: dict[str, Any]) -> Iterator[RawDocument | Skip]:
    try:
        data = Path(spec).read_bytes()
    except OSError as err:
        yield Skip(spec, f"cannot read feed: {err.strerror or err}")
        return
    with _client(options) as client:
        yield from feeds.read_feed(data, spec, lambda link, meta: urls.fetch_page(link, client, meta))


class _client:
    """The caller's client when options carry one (left open), else a new one closed after use."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.given: HttpClient | None = options.get("client")
        self.allow_private = bool(options.get("allow_private", False))
        self.own: HttpClient | None = None

    def __enter__(self) -> HttpClient:
        if self.given is not None:
            return self.given
        self.own = HttpClient(allow_private=self.allow_private)
        return self.own

    def __exit__(self, *exc: object) -> None:
        if self.own is not None:
            self.own.close()


def run(corpus: Corpus) -> Corpus:
    # One client for the whole run: its robots.txt cache and connection pool serve every URL.
    with _client(corpus.options) as client:
        options = {**corpus.options, "client": client}
        for spec in corpus.options.get("inputs", []):
            _collect(corpus, read(spec, options))
    return corpus


def _collect(corpus: Corpus, items: Iterator[RawDocument | Skip]) -> None:
    for item in items:
        if isinstance(item, Skip):
            log.warning("skipped %s: %s", item.source, item.reason)
            corpus.skipped.append(item)
        else:
            corpus.documents.append(item)
