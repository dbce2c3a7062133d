"""Not speech: quoted stretches that are a title, a name or a heading rather than anyone's words.

:class:`NotSpeech` adds to :class:`.nesting.Nester` the tests :mod:`.quotes` runs before it attributes a
quote: a short verb-less term, a title-case subheading alone on its line, a title beside a noun for a work
("her memoir, 'Hard Choices'") or after a participle that names a thing ("a podcast called 'Lake Talk'"), a
work after "wrote", titles listed together, a title-case name in running text ("on 'Meet the Press'"), a
scare quote in the writer's noun phrase ("with a two-year 'pause' in the tax"), and a cue-less quote set
apart as a caption (:meth:`NotSpeech.set_apart`): a headline before its byline or an excerpt after it, a
subheading between dashes, a dated slogan ('"No to X" (2009)') or a show's title before its star ('"The
Wire" star Ana Berg').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import Cue
from .nesting import Nester
from .quotemarks import QUOTE_MARKS, Quoted, width
from .statements import NAMING, TITLE_SMALL_WORDS
from .subjects import DESCRIBE
from .syntax import fragment_head

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_TERM_WORDS = 4
_CLAIMED = frozenset({"alleged", "purported", "supposed", "claimed", "reported"})
_MAX_TITLE_WORDS = 6
# A headline and its byline ('"Museum to close," by Ann Lee: …', '"Pier to close 'Soon,'" by the Post's Ann
# Lee'): the quote is a title, not speech. Its comma may lie inside the closing marks; with no comma ('"If
# not for that" by NATO, Lee said, "…"') the words go on.
_BYLINE = re.compile(r"(\W{0,3})\s+by\s+(?:the\s+)?[A-Z]")
# An article's excerpt after its headline and byline ('"Museum to close," by Ann Lee: "The museum …"').
_EXCERPT = re.compile(r"[”\"'’],?[”\"'’]?\s+by\s+[^\n:\"“”]{2,80}:\s*$")
# a date in brackets after the closing mark: a dated slogan, poster or work ('"No to X" (2009)')
_DATED = re.compile(r"\W?\W?\s*\([^()\n]{0,60}\b(?:1[89]|20)\d\d\)")
# a role in a work right after the closing mark: the work's title ('"The Wire" star Ana Berg')
_CREDIT = re.compile(r"\W{1,2}\s+(?:co-)?(?:star|host|creator|actor|actress|anchor)s?\s+[A-Z]")
_HEADING = re.compile(r"[–—-]\s*\W{1,2}[^\n]{1,60}\W{1,2}\s*[–—-]\W?")  # a subheading: "– 'Who cares?' –."
# Participles that give a thing its name ("a podcast called", "items labeled", "a bill titled").
_NAMES_THING = NAMING | {"name", "title", "entitle", "headline"}
# Nouns for works whose title a quote beside them gives.
_WORKS = frozenset("""book memoir biography novel essay poem film movie documentary play musical show sitcom
series podcast album song program collection""".split())
# Nouns for things a title names after "by" or "from" ("a collection from Ann Lee called 'Jokes'").
_NAMED_WORKS = _WORKS | {"report", "bill", "plan", "programme", "study", "ad", "video", "column", "article",
                         "exhibit", "exhibition", "painting", "sculpture", "game"}
# Another quote right after or before one, with a comma or "and" between: a list of titles.
_NEXT_TITLE = re.compile(r"\s*(?:,|and|or)?\s*(?:[“\"‘]|'')")
_LAST_TITLE = re.compile(r"(?:[”\"’]|''),?\s*(?:and|or)?\s*$")


class NotSpeech(Nester):
    """The tests for quoted stretches that are no one's words."""

    def set_apart(self, q: Quoted, para: tuple[int, int]) -> bool:
        """A cue-less quote set apart as a caption: a headline before its byline or an excerpt after it, a
        subheading between dashes (``para``: its paragraph), a dated slogan or a show's title before its
        star."""
        byline = _BYLINE.match(self.text, q.end)
        return bool(byline and "," in self.text[q.end - 2:byline.end(1)] or _DATED.match(self.text, q.end)
                    or _CREDIT.match(self.text, q.end)
                    or _EXCERPT.search(self.text[max(0, q.open - 120):q.open])
                    or _HEADING.fullmatch(self.text, para[0], para[1]))

    def title_like(self, q: Quoted) -> bool:
        """A short quote with no verb and no sentence end: a title, name or term, not a statement."""
        words = self.text[q.start:q.end].split()
        return (len(words) <= MAX_TERM_WORDS and self.text[q.start:q.end].rstrip()[-1:] not in {".", "!", "?"}
                and not any(t.pos_ in {"VERB", "AUX"} for t in self.tokens(q.start, q.end)))

    def in_writers_phrase(self, q: Quoted) -> bool:
        """A quoted word or two with no verb in a noun phrase of the writer's after a preposition: after an
        article or adjective outside the marks ('with a two-year "pause" in the tax') or before the noun it
        qualifies ('to the "secret" level'): scare quotes, not words the clause's verb reports. Not a label a
        verb gives ("called it a 'farce'"), which is the speaker's, nor a claim's words ('her alleged
        "lovers"')."""
        toks = self.tokens(q.start, q.end)
        if not toks or len(self.text[q.start:q.end].split()) > 2 or not self.title_like(q) \
                or q.close is not None and "," in self.text[q.end:q.close + width(self.text, q.close) + 1]:
            return False  # 'the "impact," Lee said': a comma hands the word to the cue after it
        head = fragment_head(toks, q.start, q.end)
        if any(a.lemma_ in DESCRIBE or a.lemma_ in NAMING for a in head.ancestors):
            return False
        if head.dep_ in {"amod", "compound"} and head.head.idx >= q.end:
            head = head.head  # 'the "confidential" level': the noun it qualifies
        elif not any(c.dep_ in {"det", "amod", "nummod"} and c.idx < q.open for c in head.children):
            return False
        if any(c.lower_ in _CLAIMED for c in head.children):
            return False  # 'her alleged "lovers"': the marks give the words of the claim
        return head.dep_ == "pobj" and head.head.lower_ != "as"

    def subheading(self, q: Quoted, para: tuple[int, int]) -> bool:
        """A short quote in title case or capitals that is the whole of its line and goes on no quote: a
        subheading or a link's label, no one's words even after a speaker's paragraph. Not a cry or a
        question ('"Nooooo!" the crowd roared' has its line too)."""
        content = self.text[q.start:q.end]
        if q.open != para[0] or q.continued or q.close is None or content.rstrip()[-1:] in "!?":
            return False
        rest = self.text[q.close + width(self.text, q.close):para[1]]
        return not rest.strip(" .:") and len(content.split()) <= _MAX_TITLE_WORDS and title_case(content)

    def work_title(self, q: Quoted) -> bool:
        """A quote in title case set beside a noun for a work ("her memoir, 'Hard Choices,'", "the show 'The
        Apprentice'"): its name, whatever verb reports the sentence."""
        before = [t for t in self.tokens(max(0, q.open - 30), q.open) if t.text not in QUOTE_MARKS]
        if before and before[-1].text == ",":
            before = before[:-1]
        return bool(before) and before[-1].pos_ == "NOUN" and before[-1].lower_ in _WORKS \
            and title_case(self.text[q.start:q.end])

    def named(self, q: Quoted) -> bool:
        """A quote right after a participle that names a thing ("items labeled 'Made Here'", "a podcast
        called 'Lake Talk'", "a fund known as 'Main Street'"): the thing's name, no one's words; taken for
        speech, it would hide the statement around it. Not a sentence (a column "entitled 'Lee's plan is a
        sham.'"): that is what the work says; nor a name someone gives ("a plan Lee calls 'Fair Share'",
        "dubbed 'Slick' by Roe")."""
        if not (self.title_like(q) or title_case(self.text[q.start:q.end])):
            return False
        before = [t for t in self.tokens(max(0, q.open - 30), q.open) if t.text not in QUOTE_MARKS]
        if before and before[-1].text == ",":
            before = before[:-1]
        if len(before) > 1 and before[-1].lower_ == "as" and before[-2].lemma_ == "know":
            return True
        verb = before[-1] if before else None
        if verb is None or verb.lemma_ not in _NAMES_THING:
            return False
        return verb.tag_ == "VBN" and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "agent"} for c in verb.children) \
            or _work_by(verb)

    def written_work(self, q: Quoted, cue: Cue) -> bool:
        """A short title-case quote with no verb right after "wrote" ("the sailor who wrote 'Sea Songs'"): the
        title of a work, not words written."""
        verb = cue.verb
        if verb is None or not self.title_like(q) or not title_case(self.text[q.start:q.end]):
            return False
        if q.open < verb.idx or self.text[verb.idx + len(verb.text):q.open].strip():
            return False
        return verb.lemma_ == "write"

    def listed_title(self, q: Quoted) -> bool:
        """A title among titles: in parentheses or beside another quote with a comma or "and" between
        ('(“The Discovery,” “The One I Love”)', "''Veep'' and ''Girls''"): works, no one's words."""
        if q.close is None or not self.title_like(q) or not title_case(self.text[q.start:q.end]):
            return False
        before = self.text[max(0, q.open - 12):q.open]
        after = self.text[q.close + width(self.text, q.close):q.close + 12]
        return before.rstrip().endswith("(") or bool(_NEXT_TITLE.match(after) or _LAST_TITLE.search(before))

    def titled(self, q: Quoted, para: tuple[int, int]) -> bool:
        """A short quote in title case inside a sentence that is not ("an appearance on 'Meet the Press'"):
        the name of a show, book or slogan. Not a name given to someone ("called him 'Lyin' Ted'", "known as
        'Big Sam'"), nor a quote in a headline, whose words are all capitalised (one right after a speech verb
        is a direct quote, never tested here). ``para``: the paragraph the quote opens in."""
        words = re.findall(r"[^\W\d_][\w'’-]*", self.text[q.start:q.end])
        if not words or len(words) > _MAX_TITLE_WORDS or not all(
                w[0].isupper() or w in TITLE_SMALL_WORDS for w in words):
            return False
        lo, hi = para
        close = q.close if q.close is not None else q.end
        around = re.findall(r"[^\W\d_][\w'’-]*", self.text[lo:q.open] + " " + self.text[close + 1:hi])
        if not any(w[0].islower() and w not in TITLE_SMALL_WORDS for w in around):
            return False  # a headline
        before = self.tokens(max(0, q.open - 30), q.open)[-3:]
        return not (before and before[-1].lower_ == "as" or any(t.lemma_ in NAMING for t in before))


def _work_by(verb: Token) -> bool:
    """Whether a naming verb qualifies a work with its maker between ("a book by Ann Lee titled …", "a
    collection from the cartoonist Ann Lee called …"): the parser reads the maker as the verb's subject, but
    the quote after it is the work's title."""
    work = verb.head
    return verb.dep_ in {"acl", "relcl"} and work.lower_ in _NAMED_WORKS and any(
        c.dep_ == "prep" and c.lower_ in {"by", "from"} and work.i < c.i < verb.i for c in work.children)


def title_case(text: str) -> bool:
    """Whether every word is capitalised, a number or a small word of a title ("The Road to Ruin")."""
    words = re.findall(r"[^\W_][\w'’-]*", text)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w in TITLE_SMALL_WORDS for w in words)
