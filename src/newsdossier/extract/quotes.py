"""Quotes: direct, partial and indirect speech with the cue that reports it and the speaker.

Quote marks are paired by :mod:`.quotemarks`; each quoted stretch is attached to a cue after it ("…," he said;
"…," Jane Roe, a fellow at X, wrote), on a lead-in before it ("She said:", "writing on Truth Social:", "Cecile
Richards: '…'" opening a line), to the cue that interrupts it ("…," he continued, "…"), or to the speech verb
whose clause holds it (a partial quote: vowed Ukraine would 'never leave'; a participle after that verb
reports it: said, noting the plan 'would fail'; failing those, a verb that puts it in words or the main verb
whose person subject frames it, :mod:`.statements`). A speech verb of its own in a new sentence ends a quote's
interrupted run ('"…" Lee wrote. Roe replied, "…"'). A cue-less quote that stands as its own sentence
continues its chain (a quote over several paragraphs) or the speaker last attributed in its paragraph or the
one before (not where the writer's words open its paragraph without naming that speaker: 'Lee said …. ¶
Critics were angry. "…"'): the last direct quote's, rather than a statement later in that quote's sentence;
after a quote whose cue names no one ('"…," it said. "…"', '"…," I said. "…"') it is that same attribution,
never an earlier speaker's; nor is words on show after the colon of the writer's own clause ('a
banner carried two words: "…"'). Short verb-less fragments that no cue attaches to, or that are a name, a
title or a thing ("announced a 'deal'", "described as a 'fortress belt' by the institute"), are coined terms
or scare quotes and are dropped, and so is a short title-case name in running text ("an appearance on 'Meet
the Press'") or a title beside a noun for a work ("in her memoir, 'The Long Watch'"), and so is an article's
excerpt after its headline and byline ('"Ferry to close," by Ann Lee: "…"'); those tests are :mod:`.titles`.
A lead-in verb attributes the quote it introduces when the participle after that quote reports words of its
own ('Lee said of it, "…," adding that "…"').
Indirect speech (a reporting verb's clause, object or topic, "according to X", a headline "Name: …") is
found by :mod:`.statements` and nested with the quotes by :mod:`.nesting`; a partial quote whose verb lies
inside a statement is part of it ('Roe said Lee called it a "mess"' is Roe's account). Speakers and pronouns
are resolved by :mod:`.speakers`; cues are found by :mod:`.cues` and :mod:`.labels`.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from itertools import islice, takewhile
from typing import TYPE_CHECKING

from ..model import Article, Mention, Quote, QuoteKind
from .cues import SENTENCE_END, Cue, ends_sentence, is_cue_verb
from .lexicon import NO_CUES, Lexicon, learned
from .names import one_source
from .nesting import cue_of
from .quotemarks import QUOTE_MARKS, Quoted, find_quoted, paragraphs, width
from .speakers import Resolver
from .statements import participle_cue
from .subjects import SPEECH, subject_of
from .titles import MAX_TERM_WORDS, NotSpeech, title_case

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..corpus import Corpus

log = logging.getLogger(__name__)

# Tags of a short noun phrase that names a new source after a quote ("one sign", "a banner at the dock").
_NOUN_PHRASE_START = frozenset({"DT", "CD", "PRP$", "JJ", "NN", "NNS"})
_NOUN_PHRASE = _NOUN_PHRASE_START | {"NNP", "NNPS", "POS", "IN", "JJR", "JJS"}


def _speech_word(t: Token) -> bool:
    return is_cue_verb(t) or (t.pos_ == "VERB" and t.lemma_ in SPEECH) or t.lower_ in {"read", "reads"}


def extract_quotes(article: Article, doc: Doc, mentions: list[Mention],
                   lexicon: Lexicon = NO_CUES) -> list[Quote]:
    """Every quote in ``article`` with kind, cue and speaker; ``doc`` is spaCy's parse of ``article.text``;
    with a ``lexicon`` (:func:`.lexicon.learned`), the verbs it lists are cues too."""
    quoted = find_quoted(article.text)
    resolver = Resolver(doc, article.id, mentions, [(q.start, q.end) for q in quoted])
    return _Extractor(article, doc, quoted, resolver, lexicon).run()


class _Extractor(NotSpeech):
    # -- direct quotes -------------------------------------------------------------------------------
    def bare(self, q: Quoted) -> bool:
        """Whether a quote stands as a sentence of its own, so it may continue the last speaker: nothing
        but another quote or a new sentence follows its closing mark ('"…," one read' does not)."""
        if q.close is None:
            return True
        line_end = self.text.find("\n", q.close)
        line_end = line_end if line_end >= 0 else len(self.text)
        rest = self.text[q.close + 1:line_end].lstrip()
        if width(self.text, q.close) == 2:  # "''": what follows the whole mark may be a new source's clause
            after = self.text[q.close + 2:line_end].lstrip()
            if not (ends_sentence(self.text, q) and after[:1].isupper()) \
                    and self.new_source(list(islice(self.stretch(q.close + 2, line_end), 11))):
                return False
        return (not rest or rest[0] in QUOTE_MARKS
                or ends_sentence(self.text, q) and rest[0].isupper())

    @staticmethod
    def new_source(after: list[Token]) -> bool:
        """Whether the words after a two-mark closer open a new source's clause: a subject that starts right
        there and the speech verb it hangs on ("''…,'' one sign read"), whose quote is not the last speaker's.
        The small model often tags that "read" a noun, so a short noun phrase that ends the sentence on a
        speech word counts too. Nothing else changes: the closer's second mark still counts as another quote
        (",'' which votes …")."""
        subject = next((t for t in after[:8] if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.left_edge.i == after[0].i and subject.tag_ not in {"WDT", "WP"} \
                and subject.head.i > subject.i and _speech_word(subject.head):
            return True
        clause = list(takewhile(lambda t: not t.is_punct, after[:10]))
        return (2 <= len(clause) < len(after) and after[len(clause)].text in SENTENCE_END
                and clause[0].tag_ in _NOUN_PHRASE_START and _speech_word(clause[-1])
                and all(t.tag_ in _NOUN_PHRASE for t in clause[1:-1]))

    def in_noun_phrase(self, statement: Quote) -> bool:
        """Whether a statement's verb hangs on a noun with no subject of its own, in a participle or a clause
        that "who" or "which" opens ('the emails, which showed aides suggesting …'; 'captains who argue …'):
        a detail of the writer's sentence, not the speaker a cue-less quote after it goes on from; the one
        before it is ('an interview in which she said …' has a subject of its own and counts)."""
        cue = statement.cue_span
        verb = self.tokens(cue.start, cue.end)[:1] if cue is not None else []
        if not verb or verb[0].dep_ not in {"acl", "relcl"}:
            return False
        own = next((c for c in verb[0].children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return own is None or own.tag_ in {"WP", "WDT"}

    def carries_on(self, q: Quoted, said: Cue) -> bool:
        """Whether a quote with no cue, in a paragraph whose last quote is someone's, ends a sentence that
        only a lead with no speech and no person opens ('"…," said Lee. Unless rivals quit, "it is over."'):
        the writer's way into more of the same speaker's words."""
        toks = self.tokens(q.open, q.end)
        if not toks or q.close is None or not ends_sentence(self.text, q):
            return False
        start = toks[0]
        lead = [t for t in start.sent if t.idx < q.open]
        return (bool(lead) and lead[-1].text == "," and start.sent.start_char > said.end
                and not any(is_cue_verb(t) or t.text in QUOTE_MARKS or self.resolver.person_at(t) is not None
                            for t in lead))

    def shown(self, q: Quoted) -> bool:
        """Whether a clause of the writer's own, with no speech verb and no person, leads up to a colon before
        a quote ('Screens lit up with one word: "Victory."'): words on show, which the last speaker did not
        say. A lead with no verb ('Then, on CNN: "…"') goes on with that speaker."""
        line = self.text.rfind("\n", 0, q.open) + 1
        lead = self.tokens(line, q.open)
        k = next((j for j in range(len(lead) - 1, -1, -1) if lead[j].text in SENTENCE_END), -1)
        lead = lead[k + 1:]
        return len(lead) > 1 and lead[-1].text == ":" and any(t.pos_ in {"VERB", "AUX"} for t in lead) \
            and not any(is_cue_verb(t) or t.lemma_ in SPEECH or self.resolver.person_at(t) is not None
                        for t in lead)

    def opens_apart(self, q: Quoted, para: tuple[int, int], name: str | None) -> bool:
        """Whether a clause of the writer's own opens a quote's paragraph without naming ``name``, the speaker
        of the paragraph before ('Lee said …. ¶ Critics were angry. "…"'): the quote does not go on from Lee.
        A lead with no verb ('Then, on the radio: "…"') goes on."""
        lead = self.text[para[0]:q.open]
        words = set(re.findall(r"[A-Z][\w'’-]+", name or "")) - {"The", "A", "An"}
        return any(t.pos_ in {"VERB", "AUX"} for t in self.stretch(para[0], q.open)) \
            and not any(re.search(rf"\b{re.escape(w)}\b", lead) for w in words)

    def goes_on(self, said: Cue, later: Cue) -> bool:
        """Whether a quote with no cue of its own, after the sentence of the last direct quote's cue
        ``said``, goes on from that quote rather than from a ``later`` statement of the same sentence
        ('"…," she said, describing how she works. "…"'; '"…," Lee said, after networks declared him the
        winner. "…"'). Not after a participle that announces more words ("adding that …", "explaining
        why …"): the quote is what it adds."""
        # tokens, not characters: "Mr." and "Sen." end no sentence
        return said.end <= later.start and self.text[later.start:later.end].lower() not in _GOES_ON \
            and not any(t.text in SENTENCE_END for t in self.tokens(said.end, later.start))

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
            # a quote that closes inside a sentence ('"Go" and "Stay"') does not end it
            k = next((j for j in range(len(opening) - 1, -1, -1) if opening[j].text in SENTENCE_END
                      or opening[j].text in QUOTE_MARKS
                      and self.text[:opening[j].idx].rstrip()[-1:] in ".!?"), None)
            lead = opening[k + 1:] if k is not None else []
            at_start = 0 < len(lead) <= 2 and all(t.pos_ in {"CCONJ", "ADV", "PUNCT", "SCONJ"} for t in lead)
        return "direct" if at_start and (first.isupper() or first.isdigit()) else "partial"

    def resumed_after_aside(self, q: Quoted) -> Cue | None:
        """The cue of a quote interrupted by a long attribution ('"…," former Secretary Ann Lee told the Times
        in 2012, "is that …"'): a quote that goes on in lower case after the comma that ends it; not one
        after a second verb ('"…," she wrote, arguing that "…"'), which reports it."""
        prev, close = self.previous(q)
        first = self.text[q.start:q.start + 1]
        if prev is None or not first.islower() or self.text[:q.open].rstrip()[-1:] != ",":
            return None
        between = self.text[close + 1:q.open]  # the tokenizer keeps "Mr.", "Sen.", "U.S." whole
        if "\n" in between or any(t.text in SENTENCE_END for t in self.tokens(close + 1, q.open)) \
                or len(between.split()) > 25:
            return None
        cue = self.cue_after(prev)
        if cue is None or any(is_cue_verb(t) for t in self.tokens(cue.end, q.open)):
            return None
        return cue

    def spoken_into(self, q: Quoted) -> Cue | None:
        """The speech verb right before a quote, set off by a comma ('When a man shouted, "Cruz," Beck
        joked'): the quote is what that verb reports, whatever cue follows it. Not a pronoun's verb ('he
        warned, "…," Lee told NBC'): the name after the quote is the surer speaker."""
        before = self.tokens(max(0, q.open - 40), q.open)
        if len(before) < 2 or before[-1].text != "," or not is_cue_verb(before[-2]) \
                or before[-2].lemma_ not in SPEECH:
            return None
        subject = subject_of(before[-2])
        if subject is not None and subject.tag_ == "PRP" and (after := self.cue_after(q)) is not None \
                and after.verb is not None and (named := subject_of(after.verb)) is not None \
                and named.pos_ == "PROPN":
            return None
        cue = self.cue_before(q)
        return cue if cue is not None and cue.verb is not None and cue.verb.i == before[-2].i \
            and cue.speaker.name is not None else None

    def lead_in_over_participle(self, q: Quoted) -> Cue | None:
        """The lead-in cue of a quote between it and a participle that reports words of its own ('Lee said of
        the vote, "I lost," adding that "…"'; '…, adding, "…"'): the participle reports what follows it."""
        after = self.cue_after(q)
        if after is None or after.verb is None or after.verb.tag_ != "VBG" \
                or self.text[:q.open].rstrip()[-1:] not in {",", ":"}:
            return None
        rest = self.text[after.end:after.end + 8].lstrip(" ,")
        if not (rest[:1] in QUOTE_MARKS or rest.startswith("that ")):
            return None
        cue = self.cue_before(q)
        return cue if cue is not None and cue.verb is not None and cue.speaker.name is not None else None

    def lead_subject_cue(self, q: Quoted) -> Cue | None:
        """The verb whose clause a comma right before a quote ends, when the quote ends the sentence: a speech
        verb however far before the comma ('As Lee told the council in a letter last week, "…"'), or
        else the main verb of a sentence whose subject is a named person ('Lee brushed the question aside,
        "We will win."'). Not a title ("Lee reissued her memoir, 'Hard Times.'"), nor the main verb when a
        clause with a subject of its own comes between ('Lee drove on as the crowd jeered, "Go home!"')."""
        before = self.tokens(max(self.text.rfind("\n", 0, q.open) + 1, q.open - 300), q.open)
        if len(before) < 3 or before[-1].text != "," or not self.bare(q) \
                or title_case(self.text[q.start:q.end]):
            return None
        verb = before[-2]
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        if not (is_cue_verb(verb) and before[0].i <= verb.i and not self.in_quote(verb.idx)):
            verb = before[-1].sent.root
            if verb.pos_ != "VERB" or not before[0].i <= verb.i < before[-1].i or self.in_quote(verb.idx) \
                    or any(t.dep_ in {"nsubj", "nsubjpass"} or is_cue_verb(t)
                           for t in self.doc[verb.i + 1:before[-1].i]):
                return None
            subject = subject_of(verb)
            if subject is None or subject.i < before[0].i or self.resolver.person_at(subject) is None:
                return None
        cue = self.cue_from(verb)
        return cue if cue.speaker.name is not None else None

    # -- each quote's cue, in order -------------------------------------------------------------------
    def run(self) -> list[Quote]:
        out: list[Quote] = []
        by_chain: dict[int, Cue] = {}
        last: tuple[int, Cue] | None = None  # paragraph start and cue of the latest attributed quote
        said: tuple[int, Cue] | None = None  # the same for the latest direct quote with a cue of its own
        unnamed: tuple[int, Cue] | None = None  # the same for one whose cue names no one ('"…," it said.')
        governing: list[tuple[Cue, Quoted]] = []  # partial quotes and the verbs whose object holds them
        lines: set[tuple[int, int]] = set()  # labelled lines and sentences holding a quote: kept beside it
        paras = paragraphs(self.text)
        indirect = self.indirect()
        tails = self.headline_tails()
        ends = {c.start for c, _, _ in tails}  # the headline's words are the content of its closing verb
        indirect = [i for i in indirect if i.cue_span is None or i.cue_span.start not in ends]
        heads = self.headlines() + tails
        indirect.extend(self.make(hs, he, "indirect", c) for c, hs, he in heads)
        events = sorted(((q.cue_span.start, q) for q in indirect
                         if q.cue_span is not None and q.speaker_name and (q.start, q.end) not in self.local
                         and not self.in_noun_phrase(q)),
                        key=lambda e: e[0])
        at = [pos for pos, _ in events]
        for q in self.quoted:
            k = bisect_left(at, q.open)  # the first statement of the latest position before the quote
            k = bisect_left(at, at[k - 1]) if k else k
            if k < len(at) and at[k] < q.open and (last is None or at[k] > last[1].start):
                last = (_paragraph(paras, at[k], (0, 0))[0], cue_of(events[k][1]))
            kind = self.kind_of(q)
            resumed = self.resumed(q) or self.resumed_after_aside(q)
            if resumed is not None and (own := self.cue_before(q)) is not None and own.start > resumed.end \
                    and (own.speaker.name == resumed.speaker.name
                         or re.search(r"[.!?]\s", self.text[resumed.end:own.start])):
                # '"…," she said, adding, "…"', '"…" she wrote. He replied, "…"': a speech verb of its own
                resumed = None
            if resumed is not None:
                kind = "direct"  # '"Honestly," he continued, "we may be …"': the same quote resumes
            para = _paragraph(paras, q.open, (0, len(self.text)))
            if self.work_title(q) or self.named(q):
                continue  # a title or name ("in his book, 'An American Son'", "items labeled 'Made Here'")
            if self.subheading(q, para) and self.cue_before(q) is None:
                continue  # a quote in title case that is its whole line ('“Related:”', '“NO WAY BACK”')
            line = self.headline_of(q, heads) if kind == "direct" else None
            if line is not None:  # one attribution with its line ("Lee: 'No Way' Roe Wins"), the quote inside
                lines.add((line[1], line[2]))
                cue = line[0]
            elif kind == "direct":
                cue = by_chain.get(q.chain) if q.continued else None
                if cue is not None and (own := self.cue_after(q)) is not None \
                        and one_source(own.speaker.name, cue.speaker.name):
                    cue = own  # a paragraph that goes on with a quote and its speaker's cue again: a new unit
                cue = cue or resumed or self.spoken_into(q) or self.lead_in_over_participle(q) \
                    or self.cue_after(q) or self.cue_before(q) or self.beat_before(q) \
                    or by_chain.get(q.chain) or self.lead_subject_cue(q)
                # a quote on a line a label opens ("Lee: Roe Would Lose, 'I Fear The Worst'")
                cue = cue or next((c for c, hs, he in heads if hs <= q.open < he), None)
                unknown_on = unnamed is not None and unnamed[0] == para[0] \
                    and (last is None or last[1].start < unnamed[1].start)
                # after '"…," it said.' or '"…," I said.' that source goes on, never a person named before
                if cue is None and last is not None and _follows(last[0], para, paras) and self.bare(q) \
                        and (last[0] == para[0] or not self.opens_apart(q, para, last[1].speaker.name)) \
                        and not self.listed_title(q) and not unknown_on and not self.shown(q):
                    base = said[1] if said is not None and said[0] == para[0] == last[0] \
                        and self.goes_on(said[1], last[1]) else last[1]
                    cue = Cue(None, base.start, base.end, base.speaker, inherited=True)
                if cue is None and unknown_on and self.bare(q):
                    base = unnamed[1]  # '"…," it said. "…"': the same unknown source goes on
                    cue = Cue(None, base.start, base.end, base.speaker, inherited=True)
                if cue is None and (self.title_like(q) or self.set_apart(q, para)):
                    continue  # a name, title, heading, caption or an excerpt after its byline: not speech
            elif self.titled(q, para):
                continue  # a title or name in running text ("on CNN's 'New Day'"), not anyone's words
            else:
                cue, ruled_out = (said_into, False) if (said_into := self.spoken_into(q)) is not None \
                    else self.governing_cue(q.start, q.end)  # 'it is time, he said, "not only by …"'
                cue = participle_cue(self.tokens(q.start, q.end), q.open, cue)
                cue = cue or self.naming_cue(q)
                cue = cue or next((c for c, hs, he in heads if hs <= q.open < he), None)
                words = self.text[q.start:q.end].split()
                has_verb = any(t.pos_ in {"VERB", "AUX"} for t in self.tokens(q.start, q.end))
                # '"a deal", Lee said'; a clause with its comma inside: 'the race "is tied," as Lee said'
                if cue is None and not ruled_out and q.close is not None and (
                        self.text[q.close + 1:q.close + 2] == ","
                        or has_verb and "," in self.text[q.end:q.close]):
                    cue = self.cue_after(q)
                    if cue is not None and cue.verb is not None and cue.verb.tag_ == "VBG":
                        cue = None  # 'Lee's claim that Roe "lied," saying …': it reports what follows
                if cue is None and not ruled_out and self.text[:q.open].rstrip()[-1:] in {",", ":"}:
                    cue = self.cue_before(q)  # 'As Lee wrote, "after the vote …"'
                if cue is None and not ruled_out:
                    cue = self.wording_cue(q)
                if (cue is None and (len(words) <= MAX_TERM_WORDS or not has_verb)) or (
                        self.in_writers_phrase(q)
                        and not any(i.start <= q.start and q.end <= i.end for i in indirect)):
                    continue  # a coined term or scare quote: not speech, whatever verb governs it
                cue = cue or self.host_cue(q, indirect) or self.subject_cue(q, indirect)
                if cue is None and said is not None and last is said and said[0] == para[0] \
                        and self.carries_on(q, said[1]):
                    cue = Cue(None, said[1].start, said[1].end, said[1].speaker, inherited=True)
                if cue is not None and _in_source(q, cue):
                    continue  # 'according to "The Fixers," a history of …': the source's title
            if cue is not None and self.written_work(q, cue):
                continue
            out.append(self.make(q.start, q.end, kind, cue))
            if cue is not None and (whole := self.goes_on_past(q, cue)) is not None:
                lines.add(whole)
                indirect.append(self.make(*whole, "indirect", cue))
            if kind == "partial" and cue is not None and cue.verb is not None and not cue.inherited:
                governing.append((cue, q))
            if cue is not None:
                by_chain.setdefault(q.chain, cue)
                if cue.speaker.name is None and kind == "direct" and not cue.inherited:
                    unnamed = (para[0], cue)
                if cue.speaker.name is not None:
                    last = (para[0], cue)
                    if kind == "direct" and not cue.inherited:
                        said = last
        return self.assemble(out, indirect, governing, lines)


_GOES_ON = frozenset({"adding", "explaining"})  # "…," she said, adding that …. "…": what she added


def _in_source(q: Quoted, cue: Cue) -> bool:
    """Whether a quote lies in the source an "according to" names (a book or report's title)."""
    if cue.verb is None or cue.verb.lower_ != "according":
        return False
    to = next((c for c in cue.verb.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return False
    last = source.right_edge
    return source.left_edge.idx <= q.start and q.end <= last.idx + len(last.text)


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


def _paragraph(paras: list[tuple[int, int]], pos: int, default: tuple[int, int]) -> tuple[int, int]:
    """The paragraph (start, end) that holds ``pos``; ``paras`` are in reading order and apart."""
    k = bisect_right(paras, pos, key=lambda p: p[0]) - 1
    return paras[k] if k >= 0 and paras[k][0] <= pos < paras[k][1] else default
