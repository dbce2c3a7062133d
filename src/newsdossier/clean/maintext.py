"""Fast main-text extraction from an HTML page (one lxml parse, one scoring pass, one text walk).

The method is readability's, simplified: page furniture is pruned by tag and by class/id words (comments,
share bars, related-story lists, captions), paragraphs vote for the containers that hold them, the best
container and its siblings that hold prose are the article, and inside it blocks that are mostly links or
widget labels are left out. Pages
where this finds less than a short article's worth of text go to trafilatura as well (see
:func:`extract_main_text`). Measured on the AEB benchmark by ``bench/aeb.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import trafilatura
from lxml import etree

# Never article text.
_DROP_TAGS = frozenset(
    "script style noscript iframe svg canvas button select textarea input template object embed picture "
    "video audio map dialog".split()
)
# Page furniture, unless the page (mis)uses one as a wrapper around the story (ASP.NET's page-wide <form>).
_FURNITURE_TAGS = frozenset("form nav aside footer figure figcaption label menu".split())
# Elements whose text starts a new block.
_BLOCK_TAGS = frozenset(
    "p div section article main header li ul ol dl dt dd blockquote pre table tr td th tbody thead h1 h2 h3 "
    "h4 h5 h6 hr br center address body html".split()
)
_PARAGRAPH_TAGS = frozenset("p pre blockquote td".split())
# class/id words that mark page furniture rather than the story.
_BOILER = re.compile(
    r"(?<![a-z])(?:comments?|disqus|share|sharing|shares|sharebar|social|related|recommend\w*|newsletter|"
    r"subscri\w*|signup|sign-up|sidebar|widget|promo|advert\w*|ads?|ad-\w+|banner|breadcrumbs?|footer|"
    r"masthead|navbar|nav|navigation|menu|popup|modal|cookies?|tags?|byline|authors?|caption|credits?|"
    r"outbrain|taboola|most-?popular|trending|read-?more|more-?stories|toolbar|pagination|pager|meta|"
    r"dateline|timestamp|skip|hidden|print-only|sr-only|visually-hidden|login|ratings?|follow)(?![a-z])"
)
# Readers' comments: dropped even when they outweigh the article.
_COMMENTS = re.compile(r"(?<![a-z])(?:comments?|disqus)(?![a-z])")
# class/id words that mark the story itself (or a post embedded in it); they protect an element that also
# matches _BOILER.
_CONTENT = re.compile(
    r"(?<![a-z])(?:article|story|entry|post-?(?:body|content|text)|body|content|main|text|embed)"
)
_SPACE = re.compile(r"\s+")
_LABEL = re.compile(
    r"(?i)^\W*(?:advert\w*|sponsored|caption|close|tags?|topics?|more|related\b.*|you may (?:also )?like\b.*|"
    r"don'?t miss|explore further|read more\b.*|see also|share\b.*|sharing is caring\W*|comments?|"
    r"\d+\s*(?:of|-|/)\s*\d+(?:\s*of\s*\d+)?|(?:updated|published|posted)\b.*|follow us\b.*|"
    r"sign up\b.*|subscribe\b.*|image\s*\d*|photo\s*\d*|filed under\b.*|"
    r"(?:additional )?reporting by\b.*)\W*$"
)
_CALL_TO_ACTION = re.compile(
    r"(?i)^\W*(?:follow (?:us|\w+ on)|subscribe|get the latest|download (?:our|the) app|"
    r"like us on|join us on|have a (?:news )?tip|contact (?:us|the author)|share this)\b"
)
# A block that is mostly links is kept only with at least this many characters of its own words.
OWN_WORDS_CHARS = 100
# Below this many characters the fast path is unsure and trafilatura is asked too.
CONFIDENT_CHARS = 500
# Plain lxml elements: lxml.html's element classes cost a Python lookup per node.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
_UTF8_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, encoding="utf-8")


def extract_main_text(html: str | bytes) -> str:
    """The page's main text: paragraphs separated by a blank line ("" if none).

    The fast path decides most pages; when it finds less than a short article's worth of text it is unsure
    (a page of lists or tables, markup it misreads), and trafilatura, slower and more thorough, has a go.
    """
    try:
        text = fast_main_text(html)
    except RecursionError:  # absurdly deep markup: leave it to trafilatura
        text = ""
    if len(text) < CONFIDENT_CHARS:
        other = trafilatura.extract(html, include_comments=False, fast=True) or ""
        other = "\n\n".join(" ".join(line.split()) for line in other.splitlines() if line.strip())
        if len(other) > len(text):
            return other
    return text


def fast_main_text(html: str | bytes) -> str:
    """The fast path alone: one lxml parse, pruning, readability-style voting, one text walk."""
    root = _parse(html)
    if root is None:
        return ""
    body = root.find("body")
    if body is None:
        body = root
    _prune(body)
    best = _best_container(body)
    if best is None:
        return ""
    return "\n\n".join(block for node in _with_siblings(best) for block in _blocks(node))


def _parse(html: str | bytes) -> etree._Element | None:
    # Text is handed to libxml2 as UTF-8 with the encoding stated: a page's own (now stale) charset
    # declaration is ignored, and an XML declaration does not trip lxml's check on str input.
    data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    if not data.strip():
        return None
    try:
        root = etree.fromstring(data, _UTF8_PARSER if isinstance(html, str) else _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if root is not None:
        etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *_DROP_TAGS, with_tail=False)
    return root


def text_of(el: etree._Element) -> str:
    return "".join(el.itertext())


def _prune(body: etree._Element) -> None:
    """Remove page furniture in place: hidden elements, furniture tags and elements marked as boilerplate by
    class/id, unless they hold most of the page's prose (a page-wide <form>, a wrapper's unlucky name)."""
    doomed = []
    prose = _prose_chars(body)
    for el in body.iter():
        attrib = el.attrib
        if el.tag in _FURNITURE_TAGS:
            if _prose_chars(el) < 0.5 * prose:
                doomed.append(el)
        elif not attrib:
            continue
        elif "hidden" in attrib or attrib.get("aria-hidden") == "true":
            doomed.append(el)
        elif "display:none" in attrib.get("style", "").replace(" ", ""):
            doomed.append(el)
        elif el.tag not in ("article", "main") and ("class" in attrib or "id" in attrib):
            kind = _furniture_kind(f"{attrib.get('class', '')} {attrib.get('id', '')}")
            if kind == "comments" or (kind == "furniture" and _prose_chars(el) < 0.5 * prose):
                doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            _remove_keep_tail(el, parent)


@lru_cache(maxsize=4096)
def _furniture_kind(attrs: str) -> str | None:
    """What a class/id string marks: "comments", other "furniture", or None (pages reuse a few names)."""
    attrs = attrs.lower()
    if not _BOILER.search(attrs) or _CONTENT.search(attrs):
        return None
    return "comments" if _COMMENTS.search(attrs) else "furniture"


def _prose_chars(el: etree._Element) -> int:
    """Characters in the paragraphs under ``el``: a cheap measure of how much of the story it holds."""
    return sum(len(text_of(p)) for p in el.iter("p"))


def _remove_keep_tail(el: etree._Element, parent: etree._Element) -> None:
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _text_len(el: etree._Element) -> tuple[int, int]:
    """(characters of text, characters inside links) under ``el``, whitespace collapsed."""
    total = len(" ".join(text_of(el).split()))
    links = sum(len(" ".join(text_of(a).split())) for a in el.iter("a"))
    return total, links


def _best_container(body: etree._Element) -> etree._Element | None:
    """The element whose paragraphs carry the most non-link text (readability-style voting)."""
    scores: dict[etree._Element, float] = {}
    for el in _voters(body):
        if el.tag == "div":
            # A div that holds running text directly (no <p>) votes like a paragraph.
            own = (el.text or "") + "".join((c.tail or "") for c in el)
            if len(own.strip()) < 60:
                continue
        total, links = _text_len(el)
        if total < 30 or links > 0.5 * total:
            continue
        score = 1.0 + text_of(el).count(",") + min(total / 100.0, 3.0)
        # The paragraph's container gets its full score, the two above it a share (readability's weights).
        for depth, ancestor in enumerate(el.iterancestors()):
            if depth == 3:
                break
            scores[ancestor] = scores.get(ancestor, 0.0) + score * (1.0, 0.5, 0.33)[depth]
    if not scores:
        return None
    return max(scores, key=lambda el: scores[el] * (1.0 - _link_density(el)))


def _voters(body: etree._Element) -> Iterable[etree._Element]:
    voters = list(body.iter(*_PARAGRAPH_TAGS, "div"))
    if not any(el.tag == "p" for el in voters):
        # A page of lists (deals, listicles without <p>): its items carry the text.
        voters += body.iter("li", "dd")
    return voters


def _link_density(el: etree._Element) -> float:
    total, links = _text_len(el)
    return links / total if total else 1.0


def _with_siblings(best: etree._Element) -> list[etree._Element]:
    """The best container and those of its siblings that hold prose too: a lead paragraph set apart, a story
    split into sections between images or ads. (Looking further up, to cousins, let in more furniture than
    story on the benchmark.)"""
    parent = best.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return [best]
    return [child for child in parent if child is best or _has_prose(child)]


def _has_prose(el: etree._Element) -> bool:
    """Whether ``el`` holds a paragraph of running text (long, few links) of its own."""
    for p in ([el] if el.tag == "p" else el.iter("p")):
        total, links = _text_len(p)
        if total >= 80 and links < 0.25 * total:
            return True
    return False


def _blocks(node: etree._Element) -> list[str]:
    """Text blocks under ``node`` in reading order, link lists and stray fragments left out."""
    out: list[str] = []
    parts: list[str] = []
    link_chars = [0]

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(parts)).strip()
        if text and _keep_block(text, link_chars[0]):
            out.append(text)
        parts.clear()
        link_chars[0] = 0

    def walk(el: etree._Element, in_link: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "h1":  # the headline: metadata, not body text
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if el.text:
            parts.append(el.text)
            if in_link or tag == "a":
                link_chars[0] += len(el.text.strip())
        for child in el:
            walk(child, in_link or tag == "a")
            if child.tail:
                parts.append(child.tail)
                if in_link or tag == "a":
                    link_chars[0] += len(child.tail.strip())
        if block:
            flush()

    walk(node, False)
    flush()
    return out


def _keep_block(text: str, link_chars: int) -> bool:
    # Mostly links: a menu or a list of related stories; a paragraph that merely links many names still
    # has a good deal of its own words.
    if (link_chars > 0.5 * len(text) and len(text) - link_chars < OWN_WORDS_CHARS) or len(text) < 2:
        return False
    # Widget labels ("Advertisement", "Related articles", "1 of 6", "Sharing is caring!") are short.
    if (len(text) < 60 or text.endswith(":")) and _LABEL.match(text):
        return False
    # Calls to action that close many stories ("Follow us on Twitter", "Subscribe to our newsletter").
    return not (len(text) < 200 and _CALL_TO_ACTION.match(text))
