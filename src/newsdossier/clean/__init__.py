"""Clean and segment: raw documents -> articles with clutter removed and metadata recovered.

Plain text goes through :mod:`.segment` (aggregator dumps cut into their articles) and :mod:`.clutter`; HTML
through :mod:`.html` (trafilatura with its metadata). A document that yields no article becomes a skip.
"""

from __future__ import annotations

import logging
import os
import re

import ftfy

from ..corpus import Corpus
from ..model import Article, RawDocument, Skip
from . import segment

log = logging.getLogger(__name__)
# A UTF-8 lead byte read as Windows-1252 (Â..ï) followed by a continuation byte read the same way.
_MOJIBAKE = re.compile("[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def run(corpus: Corpus) -> Corpus:
    seen = {a.id: a for a in corpus.articles}
    for doc in corpus.documents:
        try:
            articles = to_articles(doc)
        except ValueError as err:
            _skip(corpus, Skip(doc.source, str(err)))
            continue
        except Exception as err:  # noqa: BLE001 - one page that breaks a cleaner must not stop the build
            log.exception("cleaning %s failed", doc.source)
            _skip(corpus, Skip(doc.source, f"could not be cleaned ({type(err).__name__}: {err})"))
            continue
        if not articles:
            _skip(corpus, Skip(doc.source, "no article text left after cleaning"))
        for article in articles:
            first = seen.setdefault(article.id, article)
            if first is article:
                corpus.articles.append(article)
            else:  # one text read twice: the first keeps it, the copy's outlet is a carrier (as in .dedupe)
                carrier = article.outlet or article.source
                known = {first.outlet or first.source, *first.carriers}
                if carrier not in known and os.path.realpath(carrier) not in map(os.path.realpath, known):
                    first.carriers.append(carrier)
                _skip(corpus, Skip(f"{doc.source}#{article.segment}",
                                   f"same text as {first.source}#{first.segment}"))
    return corpus


def to_articles(doc: RawDocument) -> list[Article]:
    """The articles in one raw document; raises ValueError with a one-line reason when it has none."""
    if doc.media_type == "html":
        try:
            from .html import html_to_articles
        except ImportError as err:
            raise ValueError(f"HTML support is missing ({err})") from None
        return html_to_articles(doc)
    return text_to_articles(doc)


def text_to_articles(doc: RawDocument) -> list[Article]:
    # Mojibake ("Zelenskyâ€™s") comes from a dump saved through the wrong codec; ftfy undoes only that. It is
    # slow on long clean text, so only text with a UTF-8-read-as-Windows-1252 pair goes to it.
    text = ftfy.fix_encoding(doc.content) if _MOJIBAKE.search(doc.content) else doc.content
    return [
        Article(source=doc.source, segment=n, text=piece.text, outlet=piece.outlet, title=piece.title,
                author=piece.author, published=piece.published, url=doc.url)
        for n, piece in enumerate(segment.split(text))
    ]


def _skip(corpus: Corpus, skip: Skip) -> None:
    log.warning("skipped %s: %s", skip.source, skip.reason)
    corpus.skipped.append(skip)
