"""What on a news page is not the story: page furniture found by markup (:func:`prune`) and by the words of
a text block (:func:`keep_block`). Used by :mod:`.maintext`.

The signals are the ones any CMS leaves: furniture tags (nav, aside, figure), class/id/custom-element names
(share bars, related lists, newsletter boxes, hover cards, print-only or script-shown elements), schema.org's
description (the standfirst), and, in the text, blocks that are mostly links, widget labels, calls to action,
bios, credits and unrendered shortcodes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from lxml import etree

# Page furniture, unless the page (mis)uses one as a wrapper around the story (ASP.NET's page-wide <form>).
_FURNITURE_TAGS = frozenset("form nav aside footer figure figcaption label menu".split())
# class/id words that mark page furniture rather than the story.
_BOILER = re.compile(
    r"(?<![a-z])(?:comments?|disqus|share|sharing|shares|sharebar|social|related|recommend\w*|newsletter|"
    r"subscri\w*|signup|sign-up|sidebar|widget|promo|advert\w*|ads?|ad-\w+|banner|breadcrumbs?|footer|"
    r"masthead|navbar|nav|navigation|menu|popup|modal|cookies?|tags?|byline|authors?|caption|credits?|"
    r"outbrain|taboola|most-?popular|trending|read-?more|more-?stories|toolbar|pagination|pager|meta|"
    r"dateline|timestamp|skip|hidden|print-only|sr-only|visually-hidden|login|ratings?|follow|"
    r"tooltip|popover|hovercard|rollover|notification\w*|nocontent|read(?:ing)?-?time|cta|"
    # summaries of this story (the standfirst) or of others (teasers)
    r"standfirst|dek|sub-?deck|excerpt|teaser|kicker|"
    # utility classes that hide an element until a script shows it, or show it only in print
    r"d-none|d-print-\w+|dn)(?![a-z])"
    # long words that mean furniture inside a run-together name too ("readercomments", "relatedposts")
    r"|comments|disqus|sidebar|newsletter|related|breadcrumb|outbrain|taboola|advert|sharing|social"
)
# Cards that pop up over a name in the text (a person's latest stories, a definition).
_CARD = re.compile(r"(?<![a-z])(?:tooltip|popover|hovercard|rollover)(?![a-z])")
# Readers' comments: dropped even when they outweigh the article.
_COMMENTS = re.compile(r"(?<![a-z])(?:comments?|disqus)(?![a-z])|comments|disqus")
# class/id words that mark the story itself (or a post embedded in it); a name in which one of them comes
# after the last _BOILER word protects the element ("entry-content", not "article__dek").
_CONTENT = re.compile(
    r"(?<![a-z])(?:article|story|entry|post-?(?:body|content|text)|body|content|main|text|embed)"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Whether an element holds the story's body as CMSs mark it: a wrapper with an unlucky name (Blogger's
# "widget Blog") around it is no furniture.
_HOLDS_STORY = etree.XPath(
    "boolean(.//*[@itemprop='articleBody' or "
    + " or ".join(f"contains(@class, '{name}')" for name in (
        "post-body", "post-content", "entry-content", "article-body", "article-content", "story-body"))
    + "])"
)
# A page with less text than this in <p> elements tells its story some other way.
MIN_PROSE_CHARS = 200

_WORDS = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_LABEL = re.compile(
    r"(?i)^\W*(?:advert\w*|anzeige|werbung|publicidad|publicité|pubblicità|reklama|iklan|sponsored|caption|"
    r"close|tags?|topics?|more|related\b.*|you may (?:also )?like\b.*|"
    r"don'?t miss|explore further|read more\b.*|see also|share\b.*|sharing is caring\W*|comments?|"
    r"(?:story )?continues? (?:reading )?below\b.*|continue reading\b.*|"
    r"\d+\s*(?:of|-|/)\s*\d+(?:\s*of\s*\d+)?|(?:updated|published|posted)\b.*|follow us\b.*|"
    r"sign up\b.*|subscribe\b.*|image\s*\d*|photo\s*\d*|filed under\b.*|"
    r"(?:additional )?reporting by\b.*)\W*$"
)
_CALL_TO_ACTION = re.compile(
    r"(?i)^\W*(?:follow (?:us|\w+ on|\S+ (?:full )?coverage)|subscribe|get the latest|"
    r"download (?:our|the) app|like us on|join (?:us|our)|have a (?:news )?tip|contact (?:us|the author)|"
    r"share this)\b"
)
# A newsletter or membership pitch, wherever it starts ("Get the day's top stories delivered to your inbox").
_PITCH = re.compile(r"(?i)\b(?:your inbox|our (?:\w+ )?newsletters?)\b")
# An author's or outlet's social handles, usually closing a short bio ("... is out now. Follow him on X").
_FOLLOW = re.compile(
    r"(?i)\bfollow (?:us|him|her|them|me)\b.{0,40}\b(?:twitter|x|facebook|instagram|linkedin|threads)\b"
)
# A block wholly inside an unrendered CMS shortcode ("[button link=...]Send us your review[/button]").
_SHORTCODE = re.compile(r"^\[(\w+)[^\]]*\].*\[/\1\]$")
# A block that is mostly links is kept only with at least this many characters of its own words.
OWN_WORDS_CHARS = 100


def text_of(el: etree._Element) -> str:
    return "".join(el.itertext())


def prose_chars(el: etree._Element) -> int:
    """Characters in the paragraphs under ``el``: a cheap measure of how much of the story it holds."""
    return sum(len(text_of(p)) for p in el.iter("p"))


def prune(body: etree._Element) -> None:
    """Remove page furniture in place: hidden elements, furniture tags and elements marked as boilerplate by
    class/id, unless they hold most of the page's prose (a page-wide <form>, a wrapper's unlucky name)."""
    weigh = prose_chars
    prose = weigh(body)
    if prose < MIN_PROSE_CHARS:  # a story told without <p> (text in divs, sections, <br> lines)
        weigh = _text_chars
        prose = weigh(body)
    doomed = []
    # A depth-first walk that skips what it has doomed: furniture nests (a sidebar's lists, a footer's menus).
    stack = list(reversed(body))
    while stack:
        el = stack.pop()
        kind = _furniture(el, weigh, prose)
        if kind is None:
            stack.extend(reversed(el))
        else:
            doomed.append((el, kind))
    for el, kind in doomed:
        parent = el.getparent()
        if parent is not None:
            # A hover card goes, the name in the sentence that it hangs on stays.
            _remove_keep_tail(el, parent, _trigger(el) if kind == "card" else "")


def _furniture(el: etree._Element, weigh: Callable[[etree._Element], int], prose: int) -> str | None:
    """What kind of furniture ``el`` is ("furniture", "comments" or "card"), or None for none."""
    tag = el.tag
    if not isinstance(tag, str):  # an entity or other non-element node
        return None
    if tag in _FURNITURE_TAGS:
        return "furniture" if weigh(el) < 0.5 * prose else None
    attrib = el.attrib
    if not attrib and "-" not in tag:
        return None
    get = attrib.get
    if "hidden" in attrib or get("aria-hidden") == "true":
        return "furniture"
    if "display:none" in get("style", "").replace(" ", ""):
        return "furniture"
    if tag in ("article", "main"):
        return None
    if get("itemprop") == "description":  # schema.org's summary of the story: the standfirst
        return "furniture" if weigh(el) < 0.5 * prose else None
    # A custom element's name (<ps-promo>) says what it is like a class does.
    kind = _furniture_kind(get("class", ""), get("id", ""), tag if "-" in tag else "")
    if kind is None or kind == "comments":
        return kind
    # Furniture unless it holds most of the page's prose, or, when it holds a good share, the marked story.
    weight = weigh(el)
    return kind if weight < 0.5 * prose and (weight < 0.2 * prose or not _HOLDS_STORY(el)) else None


def _trigger(card: etree._Element) -> str:
    """The words a hover card hangs on: its own leading text, or else its first link's."""
    if card.text and card.text.strip():
        return card.text
    first = card[0] if len(card) else None
    return text_of(first) if first is not None and first.tag == "a" else ""


@lru_cache(maxsize=4096)
def _furniture_kind(*names: str) -> str | None:
    """What class/id/tag names mark: "comments", other "furniture", or None (pages reuse a few names)."""
    words = _CAMEL.sub(" ", " ".join(names)).lower()  # "PromoSmall", "newsCaption": two words each
    if not _BOILER.search(words):
        return None
    # In a compound name the last word is what the element is ("article__dek" is the article's standfirst,
    # "entry-content" the entry's content); one name that says story protects the element.
    for name in words.split():
        story = [m.start() for m in _CONTENT.finditer(name)]
        if story and story[-1] > max((m.start() for m in _BOILER.finditer(name)), default=-1):
            return None
    if _COMMENTS.search(words):
        return "comments"
    return "card" if _CARD.search(words) else "furniture"


def names_story(names: str) -> bool:
    """Whether class names say "story" ("entry-content", "RichTextArticleBody", "live-post__body")."""
    return bool(_CONTENT.search(_CAMEL.sub(" ", names).lower()))


def _text_chars(el: etree._Element) -> int:
    return len(text_of(el))


def _remove_keep_tail(el: etree._Element, parent: etree._Element, keep: str = "") -> None:
    tail = keep + (el.tail or "")
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def keep_block(text: str, own: str, listed: bool) -> bool:
    """Whether a block of text is story: ``own`` is its text outside links, ``listed`` says it is an item
    of a list that is not mostly links."""
    # Mostly links: a menu or a list of related stories; a paragraph that merely links many names still
    # has a good deal of its own words, or is a sentence around its links.
    if len(text) < 2:
        return False
    if not listed and len(own) < min(0.5 * len(text), OWN_WORDS_CHARS) and not _is_sentence(text, own):
        return False
    # Widget labels ("Advertisement", "Related articles", "1 of 6", "Sharing is caring!") are short.
    if (len(text) < 60 or text.endswith(":")) and _LABEL.match(text):
        return False
    # Calls to action that close many stories ("Follow us on Twitter", "Subscribe to our newsletter").
    if len(text) < 200 and _CALL_TO_ACTION.match(text) or len(text) < 250 and _PITCH.search(text):
        return False
    # A short author bio, a photo credit ("photos © Agency, 2018"), a shortcode left in the text.
    return not (len(text) < 300 and _FOLLOW.search(text) or len(text) < 150 and "©" in text
                or _SHORTCODE.match(text))


def _is_sentence(text: str, own: str) -> bool:
    """A sentence written around its links ("<a>Name</a> has been eliminated from <a>the show</a>."), not a
    link with a label ("Read more: <a>headline</a>")."""
    return len(_WORDS.findall(own)) >= 3 and bool(_SENTENCE_END.search(text))
