"""Fast main-text extraction from an HTML page (one lxml parse, one scoring pass, one text walk).

The method is readability's, simplified: page furniture is pruned (:mod:`.furniture`), paragraphs vote for
the containers that hold them, and the story is the best container with its siblings that hold prose and its
twins (same tag and class: a body split into sections, the posts of a live blog). Inside it, a list is judged
as a whole, a table row is one block, and blocks that are mostly links, labels or calls to action are left
out. Pages where this finds less than a short article's worth of text turn to the page's JSON-LD
``articleBody`` and to trafilatura (see :func:`extract_main_text`). Measured on the AEB benchmark by
``bench/aeb.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from html import unescape

import trafilatura
from lxml import etree

from .furniture import MIN_PROSE_CHARS, keep_block, names_story, prose_chars, prune, text_of

# Never article text.
_DROP_TAGS = frozenset(
    "script style noscript iframe svg canvas button select textarea input template object embed picture "
    "video audio map dialog".split()
)
# Elements whose text starts a new block.
_BLOCK_TAGS = frozenset(
    "p div section article main header li ul ol dl dt dd blockquote pre table tr tbody thead h1 h2 h3 "
    "h4 h5 h6 hr br center address body html".split()
)
# A table row is one block, its cells separated by a space.
_CELL_TAGS = frozenset(("td", "th"))
_SUBHEADINGS = frozenset("h2 h3 h4 h5 h6".split())
_PARAGRAPH_TAGS = frozenset("p pre blockquote td".split())
# Containers that may hold running text directly, without <p>.
_TEXT_HOLDERS = ("div", "section", "article")
_SPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"<(?:p|br|div|h[2-6]|ul|ol|li|blockquote)\b", re.IGNORECASE)
# Below this many characters the fast path is unsure and the page's JSON-LD and trafilatura are asked too.
CONFIDENT_CHARS = 500
# Plain lxml elements: lxml.html's element classes cost a Python lookup per node.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
_UTF8_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, encoding="utf-8")


def extract_main_text(html: str | bytes) -> str:
    """The page's main text: paragraphs separated by a blank line ("" if none).

    The fast path decides most pages. When it finds less than a short article's worth of text it is unsure
    (a script-rendered page, a page of lists, markup it misreads), and two slower sources have a go in turn:
    the article body the page states in JSON-LD, then trafilatura. Either replaces the fast path's text only
    when it finds at least twice as much: on short stories that the fast path reads right, the others add the
    headline and standfirst.
    """
    try:
        text = fast_main_text(html)
    except RecursionError:  # absurdly deep markup: leave it to the others
        text = ""
    for other in (json_ld_body, _trafilatura_text):
        if len(text) >= CONFIDENT_CHARS:
            break
        found = other(html)
        if len(found) >= 2 * len(text):
            text = found
    return text


def json_ld_body(html: str | bytes) -> str:
    """The longest ``articleBody`` in the page's JSON-LD scripts, as paragraphs ("" if none)."""
    root = _parse(html, strip=False)  # the page's charset honoured, as on the fast path
    best = ""
    for script in root.iter("script") if root is not None else ():
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)  # raw line breaks inside strings are common
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                body = item.get("articleBody")
                if isinstance(body, str) and len(body) > len(best):
                    best = body
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    if _MARKUP.search(best):  # some CMSs put the body's HTML there
        root = _parse(f"<html><body>{best}</body></html>")
        return "\n\n".join(_blocks([root])) if root is not None else ""
    return "\n\n".join(_SPACE.sub(" ", line).strip() for line in unescape(best).splitlines() if line.strip())


def _trafilatura_text(html: str | bytes) -> str:
    text = trafilatura.extract(html, include_comments=False, fast=True) or ""
    return "\n\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def fast_main_text(html: str | bytes) -> str:
    """The fast path alone: one lxml parse, pruning, readability-style voting, one text walk."""
    root = _parse(html)
    if root is None:
        return ""
    body = root.find("body")
    if body is None:
        body = root
    prune(body)
    best = _best_container(body)
    if best is None:
        return ""
    return "\n\n".join(_blocks(_story_parts(body, best)))


def _parse(html: str | bytes, strip: bool = True) -> etree._Element | None:
    """The page's tree, by default without the elements that are never text (scripts, styles, media).

    Text is handed to libxml2 as UTF-8 with the encoding stated: a page's own (now stale) charset
    declaration is ignored, and an XML declaration does not trip lxml's check on str input."""
    data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    if not data.strip():
        return None
    try:
        root = etree.fromstring(data, _UTF8_PARSER if isinstance(html, str) else _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if root is not None and strip:
        etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *_DROP_TAGS, with_tail=False)
    return root


def _text_len(el: etree._Element) -> tuple[int, int]:
    """(characters of text, characters inside links) under ``el``, whitespace collapsed."""
    total = len(" ".join(text_of(el).split()))
    links = sum(len(" ".join(text_of(a).split())) for a in el.iter("a"))
    return total, links


def _best_container(body: etree._Element) -> etree._Element | None:
    """The element whose paragraphs carry the most non-link text (readability-style voting)."""
    scores: dict[etree._Element, float] = {}
    for el in _voters(body):
        if el.tag in _TEXT_HOLDERS:
            # A div or section that holds running text directly (no <p>) votes like a paragraph.
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
    best, best_score = None, 0.0
    # Highest vote first: the link-density discount only lowers a score, so the first candidate whose raw
    # vote cannot beat the best discounted one ends the search (the discount costs a walk of the subtree).
    for el, score in sorted(scores.items(), key=lambda item: -item[1]):
        if score <= best_score:
            break
        score *= 1.0 - _link_density(el)
        if best is None or score > best_score:
            best, best_score = el, score
    return best


def _voters(body: etree._Element) -> Iterable[etree._Element]:
    voters = list(body.iter(*_PARAGRAPH_TAGS, *_TEXT_HOLDERS))
    if prose_chars(body) < MIN_PROSE_CHARS:
        # A page of lists (deals, listicles without <p>): its items carry the text.
        voters += body.iter("li", "dd")
    return voters


def _link_density(el: etree._Element) -> float:
    total, links = _text_len(el)
    return links / total if total else 1.0


def _story_parts(body: etree._Element, best: etree._Element) -> list[etree._Element]:
    """The best container, its siblings with prose, and its twins: elements elsewhere on the page with the
    same tag and the same class, one that names a story body, that hold prose, as when a CMS renders a long
    story as several body sections between full-width images or pull quotes, or a live blog its posts. In
    document order. (A layout class such as "col-md-8" may dress anything, and finds no twins.)"""
    parts = _with_siblings(best)
    cls = best.get("class")
    if not cls or not names_story(cls):
        return parts
    chosen = set(parts)
    above = set(best.iterancestors())
    found = False
    for el in body.iter(best.tag):  # document order: a twin nested in a twin is seen after it, and skipped
        if (el.get("class") == cls and el not in chosen and el not in above and _has_prose(el)
                and not any(a in chosen for a in el.iterancestors())):
            chosen.add(el)
            found = True
    if not found:
        return parts
    # A twin's own heading (a live post's title) sits just before it.
    chosen.update(h for el in list(chosen) if (h := el.getprevious()) is not None and h.tag in _SUBHEADINGS)
    return [el for el in body.iter() if el in chosen]


def _with_siblings(best: etree._Element) -> list[etree._Element]:
    """The best container and those of its siblings that hold prose too: a lead paragraph set apart, a story
    split into sections between images or ads. (Taking in cousins as well let in more furniture than story
    on the benchmark; twins are the exception.)"""
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


def _blocks(nodes: Iterable[etree._Element]) -> list[str]:
    """Text blocks under ``nodes`` in reading order, link lists, stray fragments and the headings that
    introduce only such things ("More on this story" over a list of links) left out."""
    out: list[str] = []
    parts: list[str] = []
    own: list[str] = []  # the block's words outside links
    heading: list[int] = []  # where in ``out`` a heading waits for its first block

    def flush(listed: bool, is_heading: bool = False) -> None:
        text = _SPACE.sub(" ", "".join(parts)).strip()
        parts.clear()
        if text:
            kept = keep_block(text, _SPACE.sub(" ", "".join(own)).strip(), listed)
            if heading and not is_heading:
                if not kept:
                    del out[heading.pop()]
                heading.clear()
            if kept:
                out.append(text)
                if is_heading:
                    heading[:] = [len(out) - 1]
        own.clear()

    def add(text: str, in_link: bool) -> None:
        parts.append(text)
        if not in_link:
            own.append(text)

    def walk(el: etree._Element, in_link: bool, listed: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "h1":  # the headline: metadata, not body text
            return
        if tag in ("ul", "ol"):
            # A list is judged as a whole: one of summaries that link their subjects keeps every item, a
            # list of links (related stories, a menu) leaves each item to stand on its own words.
            total, links = _text_len(el)
            listed = links <= 0.5 * total
        block = tag in _BLOCK_TAGS
        in_link = in_link or tag == "a"
        if block:
            flush(listed)
        elif tag in _CELL_TAGS:
            add(" ", in_link)
        if el.text:
            add(el.text, in_link)
        for child in el:
            walk(child, in_link, listed)
            if child.tail:
                add(child.tail, in_link)
        if block:
            flush(listed, tag in _SUBHEADINGS)

    for node in nodes:
        walk(node, False, False)
        flush(False)
    return out
