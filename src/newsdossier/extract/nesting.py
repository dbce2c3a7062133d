"""Nesting: the quotes of an article and its indirect statements made one list of items, each span once.

:class:`Nester` adds to :class:`.statements.StatementFinder` the assembly that :mod:`.quotes` runs once every
quoted stretch has its cue: a partial quote that its cue verb's object holds makes that verb's statement; a
statement that runs on from its own partial quote into a direct quote ends with that partial quote;
statements that overlap a direct quote or lie inside a partial one are dropped (not one that ends with a
direct quote a verb inside it introduces, its own source's or no one's: the quote joins it), and of nested
ones only the outermost is kept; a partial quote whose verb lies inside a named source's statement takes
that statement's cue ("according to X" only when no named person gives it). A fragment no verb reports takes
the cue of the statement that holds it (:meth:`Nester.host_cue`). It is apart from :mod:`.quotes` because it
works on the finished items, not on the text around each quote.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Quote
from .asides import before_according
from .cues import Cue
from .names import is_name, one_source
from .quotemarks import Quoted, width
from .reported import complement
from .spanindex import SpanIndex
from .speakers import Speaker
from .statements import StatementFinder

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class Nester(StatementFinder):
    """The quotes and statements of one article made its items."""

    def assemble(self, out: list[Quote], indirect: list[Quote], governing: list[tuple[Cue, Quoted]],
                 lines: set[tuple[int, int]]) -> list[Quote]:
        """The article's items, sorted: the quotes ``out`` and the statements ``indirect`` nested as above.
        ``governing``: partial quotes and the verbs whose object holds them; ``lines``: labelled lines and
        sentences kept whole beside the quote they hold."""
        # one statement per verb, however far its cue reaches ("referring" and "referring to")
        have = {q.cue_span.start for q in indirect if q.cue_span is not None}
        told = SpanIndex((q.start, q.end, q.speaker_name) for q in indirect if _tells(q))
        for cue, q in governing:
            # a verb inside someone's statement: its quote is part of that account (_hosted)
            inside = any(s <= cue.start < e and _part_of(cue.speaker.name, who)
                         for s, e, who in told.near(cue.start, cue.start))
            if inside and not _own_act(cue.verb):  # type: ignore[arg-type]
                continue
            span = complement(self.text, cue.verb) if cue.start not in have else None  # type: ignore[arg-type]
            if span is not None:  # "described it as 'X', according to TASS": TASS's account, not this verb's
                span = (span[0], before_according(self.text, cue.verb, *span, self.in_quote))  # type: ignore[arg-type]
            span = self.balance(*span) if span is not None and span[1] > span[0] else None
            if span is not None and span[0] <= q.open and q.end <= span[1] and span != (q.start, q.end):
                have.add(cue.start)
                indirect.append(self.make(span[0], span[1], "indirect", cue))
                if _tells(indirect[-1]):
                    told.add(*span, cue.speaker.name)
        # A clause that overlaps a direct quote is dropped before nesting is judged, so that it does not
        # swallow an attribution after the quote ('"We'll see," when asked whether …').
        direct = [(q.start, q.end) for q in out if q.kind == "direct"]
        indirect = self.cut_at_direct(indirect, out, direct)
        directs = SpanIndex((s, e, None) for s, e in direct)
        partial = SpanIndex((q.start - 1, q.end + 1, None) for q in out if q.kind == "partial")
        told_into = SpanIndex((s, e, cue) for (s, e), cue in {
            (q.start, q.end): (q.cue_span.start, q.speaker_name) for q in out
            if q.kind == "direct" and q.cue_span is not None}.items())
        kept = self.outermost([
            q for q in indirect
            if ((q.start, q.end) in lines  # a labelled line is kept whole beside the quote it holds
                or _tells_into(q, told_into)
                or not any(ds <= q.start < de or ds < q.end <= de or q.start <= ds and de <= q.end
                           for ds, de, _ in directs.near(q.start, q.end)))
            and not any(ps <= q.start and q.end <= pe for ps, pe, _ in partial.near(q.start, q.end))])
        statements = SpanIndex((q.start, q.end, q) for q in kept)
        out = [_hosted(q, statements, self.doc) for q in out] + kept
        out = [_told_in(q, statements) for q in out]
        unique: dict[tuple[int, int], Quote] = {}
        for item in out:  # one item per span (ids are made from it): the quote found first wins
            unique.setdefault((item.start, item.end), item)
        return sorted((self.negated(q) for q in unique.values()), key=lambda x: (x.start, x.end))

    def negated(self, q: Quote) -> Quote:
        """An item whose cue verb is negated, with the negation in its cue ("did not say", "has never
        endorsed"): the bare verb would state the opposite of what the sentence says. Done last, on the
        finished items, since everything before keys a cue by its verb."""
        c = q.cue_span
        verb = self.doc.char_span(c.start, c.end) if c is not None else None
        if verb is None or not len(verb) or not any(t.dep_ == "neg" for t in verb[0].lefts):
            return q  # the verb opens its cue ("made clear" negated is "has not made clear")
        first = verb[0]
        while first.i > 0 and self.doc[first.i - 1].head == verb[0] \
                and self.doc[first.i - 1].dep_ in {"aux", "auxpass", "neg"}:
            first = self.doc[first.i - 1]  # "did not", "has never", "could not", "wouldn't"
        if first.dep_ not in {"aux", "auxpass", "neg"}:
            return q
        span = self.span(first.idx, c.end)
        return replace(q, cue=span.text, cue_span=span, negated=True)

    def cut_at_direct(self, indirect: list[Quote], out: list[Quote],
                      direct: list[tuple[int, int]]) -> list[Quote]:
        """Statements that run on from their own partial quote into a direct quote ('Lee said the work could
        be "slow," adding, "…"') end with that partial quote, so that the direct quote does not take the
        statement with it."""
        closes = {q.start: q.close for q in self.quoted if q.close is not None}
        partials: dict[int, list[Quote]] = {}
        for q in out:
            if q.kind == "partial" and q.cue_span is not None and q.start in closes:
                partials.setdefault(q.cue_span.start, []).append(q)
        starts = sorted(ds for ds, _ in direct)
        cut = []
        for item in indirect:
            k = bisect_right(starts, item.start)
            if item.cue_span is not None and k < len(starts) and starts[k] < item.end:
                mine = [p for p in partials.get(item.cue_span.start, ())
                        if item.start <= p.start and closes[p.start] < starts[k] - 1]
                if mine:
                    close = closes[mine[-1].start]
                    end = close + width(self.text, close)
                    item = replace(item, end=end, text=self.text[item.start:end], id="")
            cut.append(item)
        return cut

    def host_cue(self, q: Quoted, indirect: list[Quote]) -> Cue | None:
        """The cue of the innermost indirect item whose content holds a fragment the parse tied to no speech
        verb: the fragment is part of that statement."""
        hosts = [i for i in indirect if i.cue_span is not None and i.start <= q.open and q.end <= i.end]
        if not hosts:
            return None
        return cue_of(min(hosts, key=lambda i: i.end - i.start))


def cue_of(quote: Quote) -> Cue:
    """The cue of an attributed quote, for a quote it attributes too."""
    return Cue(None, quote.cue_span.start, quote.cue_span.end,  # type: ignore[union-attr]
               Speaker(quote.speaker_name, quote.speaker_mention))


def _hosted(q: Quote, statements: SpanIndex[Quote], doc: Doc) -> Quote:
    """A partial quote whose cue sits inside the content of an indirect statement ("Lee said the town is in
    what she called a 'revolutionary mood'"; "Roe said Lee had called it a 'mess'") is part of that
    statement: it takes its cue and source, the one who gives the account (not a statement without a source,
    which would take a named speaker away). A participle or clause the parse hangs beside it ("…, saying it
    is 'all about management'") is a statement of its own."""
    if q.kind != "partial" or q.cue_span is None:
        return q
    c = q.cue_span
    indirect = [i for _, _, i in statements.near(min(q.start, c.start), q.end)]
    same = next((i for i in indirect if i.cue_span is not None and i.cue_span.start == c.start
                 and i.start <= q.start and q.end <= i.end), None)
    if same is not None:  # the verb's own statement, its cue reaching further ("referring to")
        return replace(q, cue=same.cue, cue_span=same.cue_span)
    verb = doc.char_span(c.start, c.end, alignment_mode="expand")
    if verb is None or not len(verb) or _own_act(verb[0]):
        return q
    hosts = [i for i in indirect if i.start <= c.start < i.end and i.start <= q.start and q.end <= i.end
             and i.cue_span != c and (_tells(i) and _part_of(q.speaker_name, i.speaker_name)
                                      or _according(i) and not _named(q.speaker_name)
                                      or q.speaker_name is None and i.cue_span is not None)]
    if not hosts:
        return q
    host = min(hosts, key=lambda i: i.end - i.start)
    return replace(q, cue=host.cue, cue_span=host.cue_span, speaker_name=host.speaker_name,
                   speaker_mention=host.speaker_mention)


def _tells_into(statement: Quote, told_into: SpanIndex[tuple[int, str | None]]) -> bool:
    """Whether a named source's statement ends with a direct quote that a verb inside it introduces, the
    quote its own or no one's ("Lee says she would be phoning voters saying 'Vote!'"): one account, kept
    whole though it overlaps a direct quote. ``told_into``: each direct quote's cue start and speaker."""
    overlapping = [(s, e, c, who) for s, e, (c, who) in told_into.near(statement.start, statement.end + 2)
                   if s < statement.end + 2 and statement.start < e]
    return bool(overlapping) and _cue_outside(statement) and _tells(statement) and all(
        _ends_with(statement, s, e, c, who) for s, e, c, who in overlapping)


def _told_in(q: Quote, statements: SpanIndex[Quote]) -> Quote:
    """A direct quote that ends such a statement (:func:`_tells_into`) takes its cue: one item with it. A
    quote a named person gives ("…, to which Roe replied: 'No.'") stays theirs."""
    if q.kind != "direct" or q.cue_span is None:
        return q
    kept = [i for _, _, i in statements.near(q.cue_span.start, q.end)]
    host = next((i for i in kept if i.kind == "indirect" and _tells(i) and _cue_outside(i)
                 and _ends_with(i, q.start, q.end, q.cue_span.start, q.speaker_name)), None)
    if host is None:
        return q
    return replace(q, cue=host.cue, cue_span=host.cue_span, speaker_name=host.speaker_name,
                   speaker_mention=host.speaker_mention)


def _ends_with(statement: Quote, start: int, end: int, cue: int, speaker: str | None) -> bool:
    """Whether ``statement`` ends with the direct quote at ``start``-``end`` whose cue at ``cue`` lies inside
    it, the quote its source's own or no one's."""
    return statement.start <= cue < start and end <= statement.end + 2 \
        and (speaker is None or one_source(speaker, statement.speaker_name))


def _cue_outside(statement: Quote) -> bool:
    """Whether a statement's cue lies outside its content: not 'Asked …, Lee said, "…"', whose cue is
    its own."""
    c = statement.cue_span
    return c is not None and (c.end <= statement.start or statement.end <= c.start)


def _own_act(verb: Token) -> bool:
    """Whether a verb inside another's statement reports words of its own: a participle or clause the parse
    hangs beside it ("…, saying it is 'all about management'")."""
    return verb.tag_ == "VBG" or verb.dep_ in {"advcl", "conj"}


def _according(statement: Quote) -> bool | None:
    """How a statement with a source holds what it says: False for the source's own account, True for
    "according to X", which vouches for the clause it hangs on but leaves a named speaker inside it theirs
    ("officials called the talks 'frank', according to TASS" is TASS's report; "Lee called them 'frank',
    according to TASS" stays Lee's); None for a statement with no source."""
    if statement.cue_span is None or statement.speaker_name is None:
        return None
    return statement.cue_span.text.lower() == "according to"


def _tells(statement: Quote) -> bool:
    """Whether a statement is a named source's own account of what it holds (not "according to X")."""
    return _according(statement) is False


def _named(speaker: str | None) -> bool:
    return speaker is not None and is_name(speaker)


def _part_of(inner: str | None, outer: str | None) -> bool:
    """Whether words reported inside another's statement may be credited to it: they are that source's own
    ("Lee said the town is in what she called a 'revolutionary mood'") or no named person's ("a source said
    the files suggested 'espionage'"); never words the statement says a named person used ("Roe said Lee
    called it a 'mess'" stays Lee's 'mess')."""
    return not _named(inner) or one_source(inner, outer)
