"""HTML pages -> articles: main text (:mod:`.maintext`) and metadata (title, authors, outlet, date, canonical
URL, language).

Metadata comes from trafilatura's metadata extractor (meta tags, JSON-LD, htmldate for the publication date).
The language is the page's own declaration checked against the text, so a mislabelled English page stays
English and a foreign page is marked with its code and passed on unaltered, never translated or garbled.
"""

from __future__ import annotations

import re

from lxml import etree
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from ..model import Article, RawDocument
from .maintext import extract_main_text

MIN_TEXT_CHARS = 25  # less is a stray label ("Home", "Log in"), not an article
# Function words that make up a large share of any English running text and few of other languages' ("a",
# "as", "he" are left out: Romance languages use them too).
_EN_WORDS = frozenset(
    "the of and to in is that for it on was with by at from his be have has are were said but not this "
    "an they which or had its their who been will would more after also she her we about".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_LANG_XPATH = etree.XPath(
    "string((/html/@lang | /html/@xml:lang | //meta[@http-equiv='content-language']/@content"
    " | //meta[@property='og:locale']/@content)[1])",
    namespaces={"xml": "http://www.w3.org/XML/1998/namespace"},
)
# An English article has a quarter to a third of its words in _EN_WORDS, other languages a few per cent;
# terse English (box scores, recipes) falls between and counts as English when the page says it is.
_ENGLISH_SHARE = 0.15
_DECLARED_ENGLISH_SHARE = 0.05


def html_to_articles(doc: RawDocument) -> list[Article]:
    """The article on one HTML page; raises ValueError with a one-line reason when there is no main text."""
    text = extract_main_text(doc.content)
    if len(text) < MIN_TEXT_CHARS:
        raise ValueError("no main text found in the HTML page")
    tree = load_html(doc.content)
    meta = extract_metadata(tree, default_url=doc.url) if tree is not None else None
    hints = doc.meta  # what the transport knew (a feed item's title, author, date, the feed's title)

    def pick(page_value: str | None, hint: str) -> str | None:
        return _clean(page_value) or _clean(hints.get(hint))

    return [
        Article(
            source=doc.source,
            segment=0,
            text=text,
            outlet=_outlet(meta.sitename if meta else None, hints.get("outlet")),
            title=pick(meta.title if meta else None, "title"),
            author=pick(meta.author if meta else None, "author"),
            published=pick(meta.date if meta else None, "published"),
            url=(meta.url if meta and meta.url else None) or doc.url,
            language=detect_language(text, declared=_LANG_XPATH(tree) if tree is not None else ""),
        )
    ]


def _outlet(sitename: str | None, hint: object) -> str | None:
    """The page's site name; when the page names none, trafilatura falls back on the host name
    ("courier.example"), and the feed's own title is the better name."""
    name, hinted = _clean(sitename), _clean(hint)
    if hinted and (name is None or (" " not in name and "." in name)):
        return hinted
    return name


def _clean(value: object) -> str | None:
    value = " ".join(str(value or "").split())
    return value or None


def detect_language(text: str, declared: str | None = None) -> str | None:
    """'en' when the text reads as English; otherwise the page's declared language ("pt", "ru"...), or None
    when the page declares none (or wrongly declares English).

    The share of English function words is a robust test on an article's hundreds of words and needs no
    model. Texts too short to judge keep their declared language.
    """
    primary = (declared or "").replace("_", "-").split("-")[0].strip().lower() or None
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 30:
        # Too few words to judge (or a script without spaces: Chinese, Japanese, Thai).
        if len(text) >= 200 and len(words) < 0.05 * len(text):
            return primary if primary != "en" else None
        return primary or "en"
    share = sum(w in _EN_WORDS for w in words) / len(words)
    if share >= _ENGLISH_SHARE or (primary == "en" and share >= _DECLARED_ENGLISH_SHARE):
        return "en"
    return primary if primary != "en" else None
