"""Quotes: direct, partial and indirect speech with the cue that reports it and the speaker.

Quote marks are paired by :mod:`.quotemarks`; each quoted stretch is attached to a cue after it ("…," he
said; "…," Jane Roe, a fellow at X, wrote), on a lead-in before it ("She said:", "writing on Truth Social:",
"Cecile Richards: '…'" opening a line), to the cue that interrupts it ("…," he continued, "…"), or to the
speech verb whose clause holds it (a partial quote: vowed Ukraine would 'never leave'). A cue-less quote
that stands as its own sentence continues its chain (a quote over several paragraphs) or the speaker last
attributed in its paragraph or the one before. Short verb-less fragments that no cue attaches to, or that
are a name, a title or a thing ("announced a 'deal'", "described as a 'fortress belt' by the institute"),
are coined terms or scare quotes and are dropped. Indirect speech is a reporting verb's clause ("X said
(that) …"), infinitive ("urged Russia to …"), or, for speech acts, object ("accused the mayor of lying");
also the clause an "according to X" hangs on, and a headline "Name: …". Speakers and pronouns are resolved
by :mod:`.speakers`.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Article, Mention, Quote, QuoteKind, Span
from .quotemarks import QUOTE_MARKS, Quoted, find_quoted, paragraphs
from .reported import REPORTING, SPEECH_ACTS, clause, complement, host_clause, reports, trim
from .speakers import DESCRIBE, LISTENER, OBJECT_SPEECH, SPEECH, Resolver, Speaker, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..corpus import Corpus

log = logging.getLogger(__name__)

_SENTENCE_END = frozenset(".!?")
_MAX_TERM_WORDS = 4


@dataclass(slots=True)
class _Cue:
    verb: Token | None
    start: int
    end: int
    speaker: Speaker
    inherited: bool = False  # carried over from an earlier statement: that cue attributes this quote too


def extract_quotes(article: Article, doc: Doc, mentions: list[Mention]) -> list[Quote]:
    """Every quote in ``article`` with kind, cue and speaker; ``doc`` is spaCy's parse of ``article.text``."""
    quoted = find_quoted(article.text)
    resolver = Resolver(doc, article.id, mentions, [(q.start, q.end) for q in quoted])
    return _Extractor(article, doc, quoted, resolver).run()


class _Extractor:
    def __init__(self, article: Article, doc: Doc, quoted: list[Quoted], resolver: Resolver):
        self.article = article
        self.text = article.text
        self.doc = doc
        self.quoted = quoted
        self.resolver = resolver
        self.inside = [(q.open, q.close if q.close is not None else q.end) for q in quoted]
        # Quotes that open a sentence of their own: a cue search after another quote stops at them.
        self.openers = {q.open for q in quoted if self.text[q.start:q.start + 1].isupper()}
        sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in sents]
        self.sent_ends = [s.end_char for s in sents]

    # -- helpers -------------------------------------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        return Span(self.article.id, start, end, self.text[start:end])

    def tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return list(span) if span is not None else []

    def in_quote(self, pos: int) -> bool:
        return any(o <= pos <= c for o, c in self.inside)

    def sentence(self, start: int, end: int) -> Span:
        starts = self.sent_starts
        k = max(bisect_right(starts, start) - 1, 0)
        j = max(bisect_left(starts, end) - 1, k)
        s = starts[k] if starts else start
        e = self.sent_ends[j] if starts else end
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return self.span(min(s, start), max(e, end))

    def cue_from(self, verb: Token) -> _Cue:
        """The cue words and the speaker of a speech verb."""
        start, end = verb.idx, verb.idx + len(verb.text)
        if verb.lower_ == "according":
            to = next((c for c in verb.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if to is not None:
                end = to.idx + len(to.text)
            return _Cue(verb, start, end, self.resolver.resolve(pobj) if pobj is not None else Speaker(None, None))
        for child in verb.rights:  # "writing on Truth Social", "said in a post on X"
            if child.dep_ == "prt" or (verb.tag_ == "VBG" and child.dep_ == "prep"):
                end = max(end, child.right_edge.idx + len(child.right_edge.text))
            else:
                break
        subj = subject_of(verb)
        if subj is not None and self.in_quote(subj.idx):  # a quote run into the sentence: 'one." Lee said'
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and not self.in_quote(c.idx)), None)
        if subj is None or subj.pos_ == "VERB":  # a gerund subject ("holding the line is…") speaks for no one
            return _Cue(verb, start, end, Speaker(None, None))
        if subj.pos_ == "NOUN" and subj.i < verb.i:
            named = self.adjacent_person(verb)
            if named is not None:
                return _Cue(verb, start, end, named)
        return _Cue(verb, start, end, self.resolver.resolve(subj))

    def adjacent_person(self, verb: Token) -> Speaker | None:
        """A person named right before the verb, an appositive aside, when the parse gave the verb a common
        noun as subject: a heading glued to the paragraph ("Russia's focus on supply routes Jane Roe, an
        analyst at X, said …") is not the speaker; Jane Roe is."""
        k = verb.i - 1
        doc = self.doc
        if k >= 0 and doc[k].text == ",":
            k = next((j for j in range(k - 1, max(k - 16, -1), -1) if doc[j].text == ","), -1) - 1
        if k < 0:
            return None
        tok = doc[k]
        m = next((m for m in self.resolver.mentions if m.start <= tok.idx < m.end and m.label == "person"), None)
        return self.resolver.resolve(tok) if m is not None and tok.pos_ == "PROPN" else None

    # -- direct quotes -------------------------------------------------------------------------------
    def cue_after(self, q: Quoted) -> _Cue | None:
        """'…,' he said / '…,' said Mykola Bieleskov / '…,' Jane Roe, a fellow at X, wrote / according to X."""
        if q.close is None:
            return None
        window: list[Token] = []
        line_end = self.text.find("\n", q.close)
        for t in self.tokens(q.close + 1, line_end if line_end >= 0 else len(self.text)):
            if t.idx in self.openers or t.text in _SENTENCE_END or "\n" in t.text or len(window) >= 40:
                break
            window.append(t)
        words = [t for t in window if not t.is_punct and t.text not in QUOTE_MARKS]
        if not words:
            return None
        ends_sentence = self.text[q.close - 1] in ".!?" or self.text[q.end - 1:q.end] in {".", "!", "?"}
        # After a full stop a capital starts a new sentence, unless it is a bare "Trump said."
        new_sentence = ends_sentence and words[0].text[:1].isupper() and words[0].lower_ != "according"
        for n, t in enumerate(words[:25]):
            if not (is_cue_verb(t, words[n - 1] if n else None) or (t.lower_ == "according" and n == 0)):
                continue
            if t.lemma_ in DESCRIBE:
                return None
            if n > 0 and not self.subject_before(t, words[:n]):
                continue
            if new_sentence and (n == 0 or any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in t.children)):
                return None
            cue = self.cue_from(t)
            if cue.speaker.name is None and n == 0 and t.lemma_ not in LISTENER:
                cue.speaker = self.inverted(t, window)
            return cue
        return None

    @staticmethod
    def subject_before(verb: Token, before: list[Token]) -> bool:
        """Whether the words between a closing mark and ``verb`` are its subject (appositive included)."""
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and {w.i for w in before} <= {x.i for x in subj.subtree}:
            return True
        return len(before) <= 4 and not any(w.pos_ in {"VERB", "AUX"} for w in before) and any(
            w.pos_ in {"PROPN", "PRON", "NOUN"} for w in before)

    def inverted(self, verb: Token, window: list[Token]) -> Speaker:
        """The subject after the verb in "…, said the pilot"."""
        after = [t for t in window if t.i > verb.i]
        for t in after:
            if t.is_punct:
                break
            if t.pos_ in {"PROPN", "NOUN", "PRON"} and t.dep_ not in {"compound", "poss"}:
                return self.resolver.resolve(t)
        return Speaker(None, None)

    def cue_before(self, q: Quoted) -> _Cue | None:
        """He said: '…' / Elina Beketova, a fellow for CEPA, said: '…' / writing on Truth Social: '…'."""
        lead: list[Token] = []
        for t in reversed(self.tokens(self.text.rfind("\n", 0, q.open) + 1, q.open)):
            if "\n" in t.text or t.text in _SENTENCE_END or (t.text in QUOTE_MARKS and self.in_quote(t.idx)):
                break
            lead.insert(0, t)
        lead = [t for t in lead if t.text not in QUOTE_MARKS]
        if not lead:
            return None
        if lead[-1].text not in {":", ","} and lead[-1].lemma_ not in SPEECH:
            return None
        verbs = [t for t in lead if is_cue_verb(t) or t.lower_ == "according"
                 or (t.lemma_ == "put" and any(c.lower_ == "it" for c in t.children))]  # "as X put it:"
        if not verbs:
            return self.headline_cue(lead)
        verb = verbs[-1]
        if lead[-1].text == "," and verb.i < lead[-1].i - 6:
            return None  # a clause ending in a comma, too far from its verb to introduce the quote
        return self.cue_from(verb)

    def headline_cue(self, lead: list[Token]) -> _Cue | None:
        """"Cecile Richards: '…'" — a line that opens with a name and a colon (headlines, transcripts)."""
        if len(lead) < 2 or lead[-1].text != ":" or lead[0].idx != self.text.rfind("\n", 0, lead[0].idx) + 1:
            return None
        name = lead[:-1]
        if len(name) > 4 or not all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in name):
            return None
        head = max(name, key=lambda t: (t.pos_ == "PROPN", t.i))
        return _Cue(None, lead[-1].idx, lead[-1].idx + 1, self.resolver.resolve(head))

    def resumed(self, q: Quoted) -> _Cue | None:
        """The cue of a quote interrupted by it: '"…," he said, "…"' — the text between the two quotes is a
        short cue clause ending in a comma or colon."""
        prev = [p for p in self.quoted if p.close is not None and p.close < q.open]
        if not prev or "\n" in self.text[prev[-1].close:q.open]:
            return None
        between = self.text[prev[-1].close + 1:q.open].strip()
        if not between.endswith((",", ":")) or len(between.split()) > 8:
            return None
        return self.cue_after(prev[-1])

    def headlines(self) -> list[tuple[_Cue, int, int]]:
        """"Issa: Clinton's 'Honesty Is In Question'" — lines that open with a known name and a colon report
        what that source said: (cue, start, end) of each."""
        out = []
        for line_start, line_end in paragraphs(self.text):
            toks = self.tokens(line_start, min(line_end, line_start + 60))
            colon = next((k for k, t in enumerate(toks[:6]) if t.text == ":"), None)
            if not colon or not all(t.text[:1].isupper() for t in toks[:colon]):
                continue
            head = max(toks[:colon], key=lambda t: (t.pos_ == "PROPN", t.i))
            if not any(x.start <= head.idx < x.end and x.label in {"person", "organization"}
                       for x in self.resolver.mentions):
                continue
            start, end = trim(self.text, toks[colon].idx + 1, line_end)
            if end - start >= 8:
                out.append((_Cue(None, toks[colon].idx, toks[colon].idx + 1, self.resolver.resolve(head)), start, end))
        return out

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
            k = next((j for j in range(len(opening) - 1, -1, -1) if opening[j].text in _SENTENCE_END
                      or opening[j].text in QUOTE_MARKS), None)
            lead = opening[k + 1:] if k is not None else []
            at_start = 0 < len(lead) <= 2 and all(t.pos_ in {"CCONJ", "ADV", "PUNCT", "SCONJ"} for t in lead)
        return "direct" if at_start and (first.isupper() or first.isdigit()) else "partial"

    def title_like(self, q: Quoted) -> bool:
        """A short quote with no verb and no sentence end: a title, name or term, not a statement."""
        words = self.text[q.start:q.end].split()
        return (len(words) <= _MAX_TERM_WORDS and self.text[q.start:q.end].rstrip()[-1:] not in {".", "!", "?"}
                and not any(t.pos_ in {"VERB", "AUX"} for t in self.tokens(q.start, q.end)))

    # -- partial quotes ------------------------------------------------------------------------------
    def governing_cue(self, start: int, end: int) -> tuple[_Cue | None, bool]:
        """The speech verb whose clause holds the fragment ``text[start:end]``, and whether the parse rules
        the fragment out as speech (a label, a name, an object)."""
        toks = self.tokens(start, end)
        if not toks:
            return None, False
        head = next((t for t in toks if not (start <= t.head.idx < end) or t.head is t), toks[0])
        has_verb = any(t.pos_ in {"VERB", "AUX"} for t in toks)
        child = head
        for anc in head.ancestors:
            if child.dep_ in {"nsubj", "nsubjpass", "appos", "agent"} and not has_verb:
                return None, True  # part of a name or of the subject ("Ukraine's 'Dnipro' group said")
            if not has_verb and child.dep_ == "prep" and child.lower_ != "as" and anc.lemma_ in SPEECH:
                return None, True  # where it was said: a title ("said on 'This Week'"), not the words
            if anc.lower_ == "according" and anc.dep_ == "prep":
                return self.cue_from(anc), False
            if anc.lemma_ in SPEECH and anc.pos_ in {"VERB", "AUX"} and not (start <= anc.idx < end):
                if not has_verb and child.dep_ == "dobj" and anc.lemma_ not in OBJECT_SPEECH:
                    return None, True  # "announced a 'deal'": the object is a thing, not words
                cue = self.cue_from(anc)
                if anc.lemma_ in DESCRIBE and not self.resolver.is_person(cue.speaker):
                    return None, True  # "described as a 'fortress belt' by the institute": a coined term
                return cue, False
            child = anc
        for t in head.sent:  # "…, according to Reuters" hangs on the sentence, not the fragment
            if t.lower_ == "according" and not (start <= t.idx < end):
                return self.cue_from(t), False
        return None, False

    # -- assembly -----------------------------------------------------------------------------------
    def make(self, start: int, end: int, kind: QuoteKind, cue: _Cue | None) -> Quote:
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
        by_chain: dict[int, _Cue] = {}
        last: tuple[int, _Cue] | None = None  # paragraph start and cue of the latest attributed quote
        governing: list[tuple[_Cue, Quoted]] = []  # partial quotes and the verbs whose object holds them
        paras = paragraphs(self.text)
        indirect = self.indirect()
        heads = self.headlines()
        indirect.extend(self.make(hs, he, "indirect", c) for c, hs, he in heads)
        events = sorted((q.cue_span.start, q) for q in indirect if q.cue_span is not None and q.speaker_name)
        for q in self.quoted:
            for pos, ind in events:
                if pos < q.open and (last is None or pos > last[1].start):
                    p0 = next((p[0] for p in paras if p[0] <= pos < p[1]), 0)
                    last = (p0, _Cue(None, ind.cue_span.start, ind.cue_span.end,  # type: ignore[union-attr]
                                     Speaker(ind.speaker_name, ind.speaker_mention)))
            kind = self.kind_of(q)
            resumed = self.resumed(q)
            if resumed is not None:
                kind = "direct"  # '"Honestly," he continued, "we may be …"': the same quote resumes
            para = next((p for p in paras if p[0] <= q.open < p[1]), (0, len(self.text)))
            if kind == "direct":
                cue = by_chain.get(q.chain) if q.continued else None
                cue = cue or resumed or self.cue_after(q) or self.cue_before(q) or by_chain.get(q.chain)
                if cue is None and last is not None and _follows(last[0], para, paras) and self.bare(q):
                    cue = _Cue(None, last[1].start, last[1].end, last[1].speaker, inherited=True)
                if cue is None and self.title_like(q):
                    continue  # a capitalised name or title in quotes ("'Title Sponsor'"), not speech
            else:
                cue, ruled_out = self.governing_cue(q.start, q.end)
                cue = cue or next((c for c, hs, he in heads if hs <= q.open < he), None)
                if cue is None and not ruled_out and q.close is not None and self.text[q.close + 1:q.close + 2] == ",":
                    cue = self.cue_after(q)
                words = self.text[q.start:q.end].split()
                has_verb = any(t.pos_ in {"VERB", "AUX"} for t in self.tokens(q.start, q.end))
                if cue is None and (len(words) <= _MAX_TERM_WORDS or not has_verb):
                    continue  # a coined term or scare quote: not speech
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
        indirect = self.outermost(indirect)
        direct = [(q.start, q.end) for q in out if q.kind == "direct"]
        partial = [(q.start - 1, q.end + 1) for q in out if q.kind == "partial"]
        out.extend(q for q in indirect
                   if not any(ds <= q.start < de or ds < q.end <= de or (q.start <= ds and de <= q.end)
                              for ds, de in direct)
                   and not any(ps <= q.start and q.end <= pe for ps, pe in partial))
        unique: dict[tuple[int, int], Quote] = {}
        for q in out:  # one item per span (ids are made from it): the quote found first wins
            unique.setdefault((q.start, q.end), q)
        return sorted(unique.values(), key=lambda x: (x.start, x.end))

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
            if not (verb.lemma_ in REPORTING | SPEECH_ACTS or verb.lower_ == "according") or self.in_quote(verb.idx):
                continue
            content: tuple[int, int] | None = None
            object_only = False
            if verb.lower_ == "according" and verb.dep_ == "prep":
                content = host_clause(self.text, verb)
            elif verb.lemma_ in REPORTING | SPEECH_ACTS and verb.pos_ in {"VERB", "AUX"}:
                if not reports(verb, self.resolver):
                    continue
                content = clause(self.text, verb)
                calls_for = verb.lemma_ == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
                has_object = any(c.dep_ in {"dobj", "dative"} for c in verb.rights)  # not "which X defended"
                if content is None and ((verb.lemma_ in SPEECH_ACTS and has_object) or calls_for):
                    content = complement(self.text, verb)
                    object_only = True
            if content is None or content[1] - content[0] < 8:
                continue
            cue = self.cue_from(verb)
            # A noun-phrase object is someone's position only when we know whose: "defending a strategic
            # shield" or "fewer than a hundred residents … supporting the occupation" report nobody.
            if object_only and not _names_a_source(cue.speaker):
                continue
            s, e = self.balance(*content)
            if (s, e) in taken:
                continue
            taken.add((s, e))
            out.append(self.make(s, e, "indirect", cue))
        return out

    def balance(self, start: int, end: int) -> tuple[int, int]:
        """Widen a clause to the closing mark of a quote it opens, so its text never ends mid-quote."""
        for q in self.quoted:
            if start <= q.open < end and q.close is not None and end <= q.close < end + 3:
                end = q.close + 1
        return start, end



def _names_a_source(speaker: Speaker) -> bool:
    """A speaker that names someone, not a count or quantity ("fewer than a hundred")."""
    words = (speaker.name or "").split()
    return bool(words) and not (words[0][0].isdigit() or words[0].lower() in _QUANTIFIERS)


_QUANTIFIERS = frozenset("fewer less more most some many few several dozens hundreds thousands".split())


def is_cue_verb(t: Token, prev: Token | None = None) -> bool:
    """A speech verb; the small model tags "notes", "says", "answers" after a name as plural nouns."""
    if t.lemma_ in SPEECH and t.pos_ in {"VERB", "AUX"}:
        return True
    return (prev is not None and prev.pos_ in {"PROPN", "PRON"} and t.pos_ == "NOUN" and t.lower_.endswith("s")
            and t.lower_[:-1] in SPEECH)


def _follows(last_para: int, para: tuple[int, int], paras: list[tuple[int, int]]) -> bool:
    """Whether a cue-less quote in ``para`` may continue the speaker last attributed in paragraph
    ``last_para``: the same paragraph, or the one just before it."""
    if last_para == para[0]:
        return True
    idx = next((k for k, p in enumerate(paras) if p[0] == para[0]), None)
    return idx is not None and idx > 0 and paras[idx - 1][0] == last_para


def run(corpus: Corpus) -> Corpus:
    """Extract the quotes of every article new in this run."""
    for article in corpus.fresh():
        doc = corpus.docs.get(article.id)
        if doc is None:
            log.warning("quotes: no analysis for article %s; skipped", article.id)
            continue
        mentions = [m for m in corpus.mentions if m.article == article.id]
        try:
            corpus.quotes.extend(extract_quotes(article, doc, mentions))
        except Exception as exc:  # one bad article must not stop the build
            log.warning("quotes: article %s skipped: %s", article.id, exc)
    return corpus
