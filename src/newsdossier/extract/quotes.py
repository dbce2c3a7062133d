"""Quotes: direct, partial and indirect speech with the cue that reports it and the speaker.

Quote marks are paired by :mod:`.quotemarks`; each quoted stretch is attached to a cue after it ("…," he
said; "…," Jane Roe, a fellow at X, wrote), on a lead-in before it ("She said:", "writing on Truth Social:",
"Cecile Richards: '…'" opening a line), to the cue that interrupts it ("…," he continued, "…"), or to the
speech verb whose clause holds it (a partial quote: vowed Ukraine would 'never leave'). A cue-less quote
that stands as its own sentence continues its chain (a quote over several paragraphs) or the speaker last
attributed in its paragraph or the one before. Short verb-less fragments that no cue attaches to, or that
are a name, a title or a thing ("announced a 'deal'", "described as a 'fortress belt' by the institute"),
are coined terms or scare quotes and are dropped. Indirect speech is a reporting verb's clause ("X said
(that) …"), infinitive ("urged Russia to …"), or, for speech acts, object ("accused the mayor of lying") or
topic ("talked about the border"); also the clause an "according to X" or an "as X reported" aside hangs
on, a passive's subject ("was first reported by X"), a short answer ("said so", "said the same of X"), what
"is expected" or "seems" with no one named, and a headline "Name: …" (see :mod:`.reported`). Verbs outside
those lists report too where a lexicon counted on annotated news says they do ("heralded the deal"; see
:mod:`.lexicon`), with a person, organisation or group as source. Speakers and pronouns are resolved by
:mod:`.speakers`; cues are found by :mod:`.cues`.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ..model import Article, Mention, Quote, QuoteKind, Span
from .asides import host_clause, trim
from .cues import SENTENCE_END, Cue
from .labels import LabelFinder
from .lexicon import NO_CUES, Lexicon, learned
from .lexicon import content as learned_content
from .quotemarks import QUOTE_MARKS, Quoted, find_quoted, paragraphs
from .reported import (CUES, HEDGES, NOUN_CUES, OBJECT_CUES, WORDING, complement, content_of, hedged,
                       names_object, noun_clause, pro_form, reports)
from .speakers import Resolver, Speaker
from .subjects import DESCRIBE, SPEECH, finite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..corpus import Corpus

log = logging.getLogger(__name__)

_MAX_TERM_WORDS = 4
# A headline and its byline ('"Museum to close," by Ann Lee: …'): the quote is a title, not speech.
_BYLINE = re.compile(r"\W{0,2},\W{0,2}\s+by\s+[A-Z]")
_HEADING = re.compile(r"[–—-]\s*\W{1,2}[^\n]{1,60}\W{1,2}\s*[–—-]\W?")  # a subheading: "– 'Who cares?' –."
_LISTED = CUES | HEDGES  # verbs the hand-written rules read; the learned lexicon adds others


def extract_quotes(article: Article, doc: Doc, mentions: list[Mention],
                   lexicon: Lexicon = NO_CUES) -> list[Quote]:
    """Every quote in ``article`` with kind, cue and speaker; ``doc`` is spaCy's parse of ``article.text``;
    with a ``lexicon`` (:func:`.lexicon.learned`), the verbs it lists are cues too."""
    quoted = find_quoted(article.text)
    resolver = Resolver(doc, article.id, mentions, [(q.start, q.end) for q in quoted])
    return _Extractor(article, doc, quoted, resolver, lexicon).run()


class _Extractor(LabelFinder):
    def __init__(self, article: Article, doc: Doc, quoted: list[Quoted], resolver: Resolver,
                 lexicon: Lexicon):
        super().__init__(article.text, doc, quoted, resolver)
        self.article = article
        self.lexicon = lexicon
        # Indirect items whose speaker is not carried on to the quotes after them: a short answer ("75 percent
        # said yes"), an "as" aside ("As the Times reported, …"), or an object in a relative clause or participle
        # ('"…," said Lee, who endorsed Roe. "…"'): the quote after it resumes the sentence's speech verb.
        self.local: set[tuple[int, int]] = set()
        sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in sents]
        self.sent_ends = [s.end_char for s in sents]

    def sentence(self, start: int, end: int) -> Span:
        starts = self.sent_starts
        k = max(bisect_right(starts, start) - 1, 0)
        j = max(bisect_left(starts, end) - 1, k)
        s = starts[k] if starts else start
        e = self.sent_ends[j] if starts else end
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return self.span(min(s, start), max(e, end))

    # -- direct quotes -------------------------------------------------------------------------------
    def bare(self, q: Quoted) -> bool:
        """Whether a quote stands as a sentence of its own, so it may continue the last speaker: nothing
        but another quote or a new sentence follows its closing mark ('"…," one read' does not)."""
        if q.close is None:
            return True
        line_end = self.text.find("\n", q.close)
        rest = self.text[q.close + 1:line_end if line_end >= 0 else len(self.text)].lstrip()
        return (not rest or rest[0] in QUOTE_MARKS
                or (self.text[q.end - 1:q.end] in {".", "!", "?"} or self.text[q.close - 1] in ".!?")
                and rest[0].isupper())

    def kind_of(self, q: Quoted) -> QuoteKind:
        first = next((c for c in self.text[q.start:q.end] if c.isalnum()), "")
        before = self.text[:q.open].rstrip()
        stripped = before.rstrip("".join(QUOTE_MARKS))
        if stripped != before and stripped[-1:] in {".", "!", "?"}:
            before = stripped  # 'He said so.” “Next sentence…'
        lead_char = before[-1:] if before else ""
        at_start = q.continued or not before or "\n" in self.text[len(before):q.open] or lead_char in ":,.?!—–-("
        if not at_start:
            prev = self.tokens(max(0, q.open - 30), q.open)
            at_start = bool(prev) and prev[-1].lemma_ in SPEECH
        if not at_start:  # 'But "Donald Trump's candidacy is …"': a connective opens the sentence
            opening = self.tokens(max(self.text.rfind("\n", 0, q.open) + 1, q.open - 20), q.open)
            k = next((j for j in range(len(opening) - 1, -1, -1) if opening[j].text in SENTENCE_END
                      or opening[j].text in QUOTE_MARKS), None)
            lead = opening[k + 1:] if k is not None else []
            at_start = 0 < len(lead) <= 2 and all(t.pos_ in {"CCONJ", "ADV", "PUNCT", "SCONJ"} for t in lead)
        return "direct" if at_start and (first.isupper() or first.isdigit()) else "partial"

    def title_like(self, q: Quoted) -> bool:
        """A short quote with no verb and no sentence end: a title, name or term, not a statement."""
        words = self.text[q.start:q.end].split()
        return (len(words) <= _MAX_TERM_WORDS and self.text[q.start:q.end].rstrip()[-1:] not in {".", "!", "?"}
                and not any(t.pos_ in {"VERB", "AUX"} for t in self.tokens(q.start, q.end)))

    # -- assembly -----------------------------------------------------------------------------------
    def make(self, start: int, end: int, kind: QuoteKind, cue: Cue | None) -> Quote:
        q = Quote(self.article.id, start, end, self.text[start:end], kind=kind)
        if cue is not None:
            q.cue = self.text[cue.start:cue.end]
            q.cue_span = self.span(cue.start, cue.end)
            q.speaker_name = cue.speaker.name
            q.speaker_mention = cue.speaker.mention
            if not cue.inherited:
                q.sentence = self.sentence(min(start, cue.start), max(end, cue.end))
        if q.sentence is None:
            q.sentence = self.sentence(start, end)
        return q

    def run(self) -> list[Quote]:
        out: list[Quote] = []
        by_chain: dict[int, Cue] = {}
        last: tuple[int, Cue] | None = None  # paragraph start and cue of the latest attributed quote
        governing: list[tuple[Cue, Quoted]] = []  # partial quotes and the verbs whose object holds them
        lines: set[tuple[int, int]] = set()  # labelled lines that hold a quote: kept whole beside it
        paras = paragraphs(self.text)
        indirect = self.indirect()
        tails = self.headline_tails()
        ends = {c.start for c, _, _ in tails}  # the headline's words are the content of its closing verb
        indirect = [i for i in indirect if i.cue_span is None or i.cue_span.start not in ends]
        heads = self.headlines() + tails
        indirect.extend(self.make(hs, he, "indirect", c) for c, hs, he in heads)
        events = sorted(((q.cue_span.start, q) for q in indirect
                         if q.cue_span is not None and q.speaker_name and (q.start, q.end) not in self.local),
                        key=lambda e: e[0])
        for q in self.quoted:
            for pos, ind in events:
                if pos < q.open and (last is None or pos > last[1].start):
                    p0 = next((p[0] for p in paras if p[0] <= pos < p[1]), 0)
                    last = (p0, _cue_of(ind))
            kind = self.kind_of(q)
            resumed = self.resumed(q)
            if resumed is not None:
                kind = "direct"  # '"Honestly," he continued, "we may be …"': the same quote resumes
            para = next((p for p in paras if p[0] <= q.open < p[1]), (0, len(self.text)))
            line = self.headline_of(q, heads) if kind == "direct" else None
            if line is not None:  # one attribution with its line ("Lee: 'No Way' Roe Wins"), the quote inside
                lines.add((line[1], line[2]))
                cue = line[0]
            elif kind == "direct":
                cue = by_chain.get(q.chain) if q.continued else None
                cue = cue or resumed or self.cue_after(q) or self.cue_before(q) or by_chain.get(q.chain)
                # a quote on a line a label opens ("Lee: Roe Would Lose, 'I Fear The Worst'")
                cue = cue or next((c for c, hs, he in heads if hs <= q.open < he), None)
                if cue is None and last is not None and _follows(last[0], para, paras) and self.bare(q):
                    cue = Cue(None, last[1].start, last[1].end, last[1].speaker, inherited=True)
                if cue is None and (self.title_like(q) or _BYLINE.match(self.text, q.end)
                                    or _HEADING.fullmatch(self.text, para[0], para[1])):
                    continue  # a name, title or heading ("'Title Sponsor'", "– 'Who Cares?' –"), not speech
            else:
                cue, ruled_out = self.governing_cue(q.start, q.end)
                cue = cue or self.naming_cue(q)
                cue = cue or next((c for c, hs, he in heads if hs <= q.open < he), None)
                if cue is None and not ruled_out and q.close is not None and self.text[q.close + 1:q.close + 2] == ",":
                    cue = self.cue_after(q)
                if cue is None and not ruled_out and self.text[:q.open].rstrip()[-1:] in {",", ":"}:
                    cue = self.cue_before(q)  # 'As Lee wrote, "after the vote …"'
                words = self.text[q.start:q.end].split()
                has_verb = any(t.pos_ in {"VERB", "AUX"} for t in self.tokens(q.start, q.end))
                if cue is None and not ruled_out:
                    cue = self.wording_cue(q)
                if cue is None and (len(words) <= _MAX_TERM_WORDS or not has_verb):
                    continue  # a coined term or scare quote: not speech
                cue = cue or self.host_cue(q, indirect)
            out.append(self.make(q.start, q.end, kind, cue))
            if kind == "partial" and cue is not None and cue.verb is not None and not cue.inherited:
                governing.append((cue, q))
            if cue is not None:
                by_chain.setdefault(q.chain, cue)
                if cue.speaker.name is not None:
                    last = (para[0], cue)
        have = {(q.cue_span.start, q.cue_span.end) for q in indirect if q.cue_span is not None}
        for cue, q in governing:
            span = complement(self.text, cue.verb) if (cue.start, cue.end) not in have else None  # type: ignore[arg-type]
            span = self.balance(*span) if span is not None else None
            if span is not None and span[0] <= q.open and q.end <= span[1] and span != (q.start, q.end):
                have.add((cue.start, cue.end))
                indirect.append(self.make(span[0], span[1], "indirect", cue))
        # A clause that overlaps a direct quote is dropped before nesting is judged, so that it does not
        # swallow an attribution after the quote ('"We'll see," when asked whether …').
        direct = [(q.start, q.end) for q in out if q.kind == "direct"]
        partial = [(q.start - 1, q.end + 1) for q in out if q.kind == "partial"]
        out.extend(self.outermost([
            q for q in indirect
            if ((q.start, q.end) in lines  # a labelled line is kept whole beside the quote it holds
                or not any(ds <= q.start < de or ds < q.end <= de or q.start <= ds and de <= q.end
                           for ds, de in direct))
            and not any(ps <= q.start and q.end <= pe for ps, pe in partial)]))
        unique: dict[tuple[int, int], Quote] = {}
        for item in out:  # one item per span (ids are made from it): the quote found first wins
            unique.setdefault((item.start, item.end), item)
        return sorted(unique.values(), key=lambda x: (x.start, x.end))

    def wording_cue(self, q: Quoted) -> Cue | None:
        """The cue of a verb that puts a quoted fragment in its object ("Lee referred to them as 'thugs'",
        "Roe heralded the deal as a 'breakthrough'"), when a person or organisation is its subject. A title
        ("is holding a party at the 'Red Neck Country Club'") or a quote that qualifies a noun after it ("the
        'establishment' candidate") is no one's words."""
        toks = self.tokens(q.start, q.end)
        if not toks:
            return None
        head = next((t for t in toks if not (q.start <= t.head.idx < q.end) or t.head is t), toks[0])
        if head.head.idx >= q.end:
            return None
        words = [w for w in self.text[q.start:q.end].replace("-", " ").split() if w[0].isalpha()]
        before = self.tokens(max(0, q.open - 12), q.open)
        if all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words) and not (
                before and before[-1].lower_ in {"as", "a", "an"}):  # not a name it is given ("as 'Chris'")
            return None
        child = head
        for verb in head.ancestors:
            if child.dep_ in _NOT_OBJECT:
                return None
            if verb.pos_ == "VERB" and verb.lemma_ in WORDING:
                if child.dep_ not in _OBJECT or not finite(verb) or self.in_quote(verb.idx):
                    return None
                cue = self.cue_from(verb)
                return cue if self.resolver.named_as(cue.speaker, _ACTORS) else None
            child = verb
        return None

    def naming_cue(self, q: Quoted) -> Cue | None:
        """The cue of a naming verb with "what" for object and the fragment in its complement ("what critics
        call the 'tax grab' budget"): only its subject can be giving the thing that name. A subject we cannot
        name ("what some call", the writer's "what we call") leaves it a term."""
        toks = self.tokens(q.start, q.end)
        verb = next((a for a in toks[0].ancestors if a.pos_ in {"VERB", "AUX"}), None) if toks else None
        if verb is None or verb.idx > q.open or self.in_quote(verb.idx) or not _names_what(verb):
            return None
        cue = self.cue_from(verb)
        return cue if cue.speaker.name is not None else None

    def host_cue(self, q: Quoted, indirect: list[Quote]) -> Cue | None:
        """The cue of the innermost indirect item whose content holds a fragment the parse tied to no speech
        verb: the fragment is part of that statement."""
        hosts = [i for i in indirect if i.cue_span is not None and i.start <= q.open and q.end <= i.end]
        if not hosts:
            return None
        return _cue_of(min(hosts, key=lambda i: i.end - i.start))

    def outermost(self, indirect: list[Quote]) -> list[Quote]:
        """Indirect items less those nested in another's content ("Clinton said she thought …", "told
        reporters that the union would agree to …"): such a verb is part of the content it sits in, unless
        it is a speech verb with a speaker of its own ("Reed said that Lee told him …"); "according to X"
        attributes the clause it hangs on, whatever the parse nests it in."""
        keep = []
        for q in indirect:
            c = q.cue_span
            outer = next((o for o in indirect if o is not q and c is not None and o.start <= c.start < o.end), None)
            if outer is not None and c is not None and c.text.lower() != "according to":
                cue = self.doc.char_span(c.start, c.end, alignment_mode="expand")
                speech = cue is not None and len(cue) > 0 and cue[0].lemma_ in SPEECH
                if not (speech and q.speaker_name is not None and q.speaker_name != outer.speaker_name):
                    continue
            keep.append(q)
        return keep

    # -- indirect speech -----------------------------------------------------------------------------
    def indirect(self) -> list[Quote]:
        taken: set[tuple[int, int]] = set()
        out: list[Quote] = []
        for verb in self.doc:
            listed = verb.lemma_ in _LISTED or verb.lower_ == "according"
            learned_cue = not listed and verb.pos_ == "VERB" and verb.lemma_ in self.lexicon
            if not (listed or learned_cue) or self.in_quote(verb.idx):
                continue
            content: tuple[int, int] | None = None
            object_only = unsourced = short = local = by_lexicon = False
            if verb.lower_ == "according" and verb.dep_ == "prep":
                content = host_clause(self.text, verb)
            elif verb.pos_ == "NOUN":  # "his claim that …": the source is the owner, if any
                content = noun_clause(self.text, verb) if verb.lemma_ in NOUN_CUES else None
                unsourced = True
            elif verb.lemma_ in HEDGES and (content := hedged(self.text, verb)) is not None:
                unsourced = True  # "X is expected to …", "X seems to …": no source named
            elif learned_cue:  # a learned cue reports a position only when its source is named
                if not reports(verb, self.resolver):
                    continue
                content = learned_content(self.text, verb, self.lexicon)
                object_only = by_lexicon = True
            elif verb.lemma_ in CUES and verb.pos_ in {"VERB", "AUX"}:
                if not reports(verb, self.resolver):
                    continue
                content, reach = content_of(self.text, verb)
                object_only, local = reach == "object", reach == "aside"
                if content is None and (content := pro_form(self.text, verb)) is not None:
                    short = local = True
                if content is None and (content := learned_content(self.text, verb, self.lexicon)) is not None:
                    object_only = by_lexicon = True  # a learned reach of a listed cue ("mentioned the vote")
            # A stated position on a name or pronoun ("Christie endorsed Trump") is content however short.
            named = object_only and not by_lexicon and names_object(verb)
            if content is None or content[1] - content[0] < (1 if short or named else 8):
                continue
            cue = self.owner_cue(verb) if unsourced else self.cue_from(verb)
            if short and cue.speaker.name is None:
                continue  # "than say the same about Lee": a pro-form with no one saying it
            # A noun-phrase object is someone's position only when we know whose: "defending a strategic
            # shield" or "fewer than a hundred residents … supporting the occupation" report nobody.
            if object_only and not _names_a_source(cue.speaker):
                continue
            if by_lexicon and not self.resolver.named_as(cue.speaker, _ACTORS):
                continue  # a learned cue's subject holds a position only if it can: "the tariff highlighted …"
            # Reported speech stays on its cue's line: the parse may run a clause into a heading or paragraph.
            line_end = self.text.find("\n", verb.idx)
            s = max(content[0], self.text.rfind("\n", 0, verb.idx) + 1)
            e = min(content[1], line_end if line_end >= 0 else len(self.text))
            if e - s < (1 if short or named else 8):
                continue
            s, e = self.balance(*trim(self.text, s, e))
            if (s, e) in taken:
                continue
            taken.add((s, e))
            if local or object_only and _subordinate(verb):
                self.local.add((s, e))
            out.append(self.make(s, e, "indirect", cue))
        return out

    def owner_cue(self, cue: Token) -> Cue:
        """The cue of a noun or a hedge that names no subject: its owner ("his claim that …", "an admission
        from Lee that …", "claims by analysts", "Lee voiced the fear that …", not "Lee denied the claim that
        …"), else no source ("X is expected to …")."""
        owner = next((c for c in cue.children if c.dep_ == "poss"), None)
        if owner is None and cue.pos_ == "NOUN":
            owner = next((o for c in cue.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
                          and c.i == cue.i + 1 for o in c.children if o.dep_ == "pobj"), None)
        speaker = self.resolver.resolve(owner) if owner is not None else Speaker(None, None)
        if owner is None and cue.pos_ == "NOUN" and cue.dep_ == "dobj" and cue.head.lemma_ not in OBJECT_CUES:
            speaker = self.cue_from(cue.head).speaker
        return Cue(cue, cue.idx, cue.idx + len(cue.text), speaker)


def _cue_of(quote: Quote) -> Cue:
    """The cue of an attributed quote, for a quote it attributes too."""
    return Cue(None, quote.cue_span.start, quote.cue_span.end,  # type: ignore[union-attr]
               Speaker(quote.speaker_name, quote.speaker_mention))


def _names_a_source(speaker: Speaker) -> bool:
    """A speaker that names someone, not a count or quantity ("fewer than a hundred")."""
    words = (speaker.name or "").split()
    return bool(words) and not (words[0][0].isdigit() or words[0].lower() in _QUANTIFIERS)


_ACTORS = frozenset({"person", "organization", "group"})
_OBJECT = frozenset({"dobj", "prep", "oprd", "attr", "acomp", "dative"})
# A fragment under these is part of a subject, a name or another clause, not what a verb above puts into words.
_NOT_OBJECT = frozenset({"nsubj", "nsubjpass", "appos", "agent", "poss", "compound", "relcl", "acl", "advcl",
                         "conj"})
_NAMING = DESCRIBE - {"describe"} | {"nickname"}  # verbs that give a thing a name
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from".split())
_QUANTIFIERS = frozenset("fewer less more most some many few several dozens hundreds thousands".split())


def _names_what(verb: Token) -> bool:
    """Whether a naming verb with a subject has "what" for object ("what critics call a 'tax grab'")."""
    return verb.lemma_ in _NAMING and any(c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in verb.lefts)


def _subordinate(verb: Token) -> bool:
    """Whether a verb, or the verb it is conjoined to, heads a relative or adverbial clause."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ in {"relcl", "advcl"}


def _follows(last_para: int, para: tuple[int, int], paras: list[tuple[int, int]]) -> bool:
    """Whether a cue-less quote in ``para`` may continue the speaker last attributed in paragraph
    ``last_para``: the same paragraph, or the one just before it."""
    if last_para == para[0]:
        return True
    idx = next((k for k, p in enumerate(paras) if p[0] == para[0]), None)
    return idx is not None and idx > 0 and paras[idx - 1][0] == last_para


def run(corpus: Corpus) -> Corpus:
    """Extract the quotes of every article new in this run (with the learned cues if the build asks)."""
    lexicon = learned() if corpus.options.get("learned_cues") else NO_CUES
    for article in corpus.fresh():
        doc = corpus.docs.get(article.id)
        if doc is None:
            log.warning("quotes: no analysis for article %s; skipped", article.id)
            continue
        mentions = [m for m in corpus.mentions if m.article == article.id]
        try:
            corpus.quotes.extend(extract_quotes(article, doc, mentions, lexicon))
        except Exception as exc:  # one bad article must not stop the build
            log.warning("quotes: article %s skipped: %s", article.id, exc)
    return corpus
