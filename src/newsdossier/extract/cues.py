"""Cues: the speech verb that reports a quoted stretch, and its speaker.

A quote's cue sits after it ("…," he said; "…," Jane Roe, a fellow at X, wrote; "…" at the rally, he said;
"…," since most cases were close, said Jane Roe; "…," reads the editorial), in the cue that interrupts it
("…," he continued, "…"), or is the speech verb whose clause holds a fragment (a partial quote: vowed Ukraine
would 'never leave'). :class:`CueFinder` holds one article's parse and finds these; :mod:`.labels` adds the
lead-ins and labels before a quote, and :mod:`.quotes` decides which quotes are speech and assembles them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from ..model import Span
from .quotemarks import QUOTE_MARKS, Quoted
from .asides import stranded_source, trim
from .cueverbs import SENTENCE_END, blamed_for, ends_sentence, is_cue_verb, possessor, reporting_verb
from .reporting_verbs import PREP_ACTS
from .reports import reports
from .shortforms import MADE, plainly
from .speakers import Resolver, Speaker
from .name_before import name_before
from .spanindex import Stretches
from .subjects import DESCRIBE, LISTENER, OBJECT_SPEECH, SPEECH, listener_object, subject_of
from .syntax import FINITE_TAGS, fragment_head, phrase_holding

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

# Prepositions whose object after a speech participle is what was said, not where ("warning of", "talking
# about"), and verbs that take one of theirs so ("calling for", "pointing to").
_TOPIC_PREPS = frozenset({"about", "of", "against"})
_PHRASAL = frozenset({("call", "for"), ("call", "on"), ("point", "to"), ("respond", "to"), ("comment", "on"),
                      ("reply", "to"), ("speak", "of"), ("write", "about")})
_MAX_CUE_WORDS = 4
# Words of a bare noun phrase that may stand as a cue's subject: "the Post's senior editor Jo Roe".
_NOMINAL = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART"})


@dataclass(slots=True)
class Cue:
    verb: Token | None
    start: int
    end: int
    speaker: Speaker
    inherited: bool = False  # carried over from an earlier statement: that cue attributes this quote too


def _spoken_for(name: Token, verb: Token) -> bool:
    """A name in the subject's own "for"/"to"/"of"/"on" phrase, which the subject speaks for, is set by or
    appeared on ("A lawyer for Mr. Roe said", "A cousin of Roe said", "A banker close to Roe said", "The
    appeal on Ulule says"): the subject speaks."""
    held = phrase_holding(name)
    if held is None:
        return False
    prep, noun = held
    if noun.pos_ == "ADJ" and noun.dep_ == "amod":  # "close to Roe"
        noun = noun.head
    return prep.lower_ in {"for", "to", "of", "on"} and noun.head == verb and noun.dep_ in {"nsubj", "nsubjpass"}


class CueFinder:
    """Cue search over one article: its text, parse, paired quote marks and speaker resolver."""

    def __init__(self, text: str, doc: Doc, quoted: list[Quoted], resolver: Resolver):
        self.text = text
        self.doc = doc
        self.quoted = quoted
        self.quote_starts = [q.start for q in quoted]
        self.resolver = resolver
        # from each opening mark to its closing mark, both in
        self.inside = Stretches((q.open, (q.close if q.close is not None else q.end) + 1) for q in quoted)
        # Quotes that open a sentence of their own: a cue search after another quote stops at them.
        self.openers = {q.open for q in quoted if self.text[q.start:q.start + 1].isupper()}

    def tokens(self, start: int, end: int) -> list[Token]:
        return list(self.stretch(start, end))

    def stretch(self, start: int, end: int) -> Iterable[Token]:
        """The tokens of ``text[start:end]``, read one at a time: a search that stops after a few words of
        a long line (a page with no line breaks) reads only those."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return span if span is not None else ()

    def in_quote(self, pos: int) -> bool:
        return pos in self.inside

    def span(self, start: int, end: int) -> Span:
        return Span(self.resolver.article_id, start, end, self.text[start:end])

    def balance(self, start: int, end: int) -> tuple[int, int]:
        """Widen a clause to the marks of a quote it opens or closes, so its text never starts or ends
        mid-quote ("discussed 'land swaps' in …"). Quotes are in reading order: one whose words start
        before the clause or that opens after its end cannot touch it."""
        for q in islice(self.quoted, bisect_left(self.quote_starts, start), None):
            if q.open >= end:
                break
            if start < q.open < end <= q.start:  # ends on an opening mark ("…, writing: '"): not into it
                end = trim(self.text, start, q.open)[1]
            elif start <= q.open < end and q.close is not None and end <= q.close \
                    and "\n" not in self.text[end:q.close]:
                end = q.close + (2 if self.text[q.close:q.close + 2] in {"''", "``"} else 1)  # all of "''"
            if q.start == start and q.open < start:
                start = q.open
        return start, end

    def cue_from(self, verb: Token) -> Cue:
        """The cue words and the speaker of a speech verb."""
        start, end = verb.idx, verb.idx + len(verb.text)
        if verb.lower_ == "according":
            to = next((c for c in verb.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if to is not None:
                end = to.idx + len(to.text)
                pobj = pobj or stranded_source(to)  # "…, according to the F.A.A." ending a paragraph
            return Cue(verb, start, end, self.resolver.resolve(pobj) if pobj is not None else Speaker(None, None))
        if verb.lemma_ == "be":  # a copula of stance: "is (also) wary"
            end = max([end] + [c.idx + len(c.text) for c in verb.rights if c.dep_ == "acomp"])
        if verb.lemma_ in MADE and (word := plainly(verb)) is not None:  # "made clear" is the cue, not "made"
            end = word.idx + len(word.text)
        for child in verb.rights:  # "went on", "writing on Truth Social"
            if child.dep_ == "prt":
                end = max(end, child.idx + len(child.text))
            elif verb.tag_ == "VBG" and child.dep_ == "prep":
                end = self.prep_end(verb, child, start, end)
                break
            else:
                break
        if verb.lemma_ in LISTENER and verb.tag_ == "VBN" and not any(
                c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "agent"} for c in verb.children):
            return Cue(verb, start, end, Speaker(None, None))  # "…, when asked whether …": the one asked
        blamed = blamed_for(verb)
        if blamed is not None and self.known_person(blamed):
            return Cue(verb, start, end, self.resolver.resolve(blamed))  # "Roe mocked Lee for saying …"
        reporter = reporting_verb(verb)
        if (reporter is not None and not self.in_quote(reporter.idx)
                and "\n" not in self.text[reporter.idx:verb.idx]):
            # "Greer added that the agency wants to wait": what the agency wants is Greer's statement
            return Cue(verb, start, end, self.cue_from(reporter).speaker)
        subj = subject_of(verb, self.known_person)
        if subj is not None and self.in_quote(subj.idx):  # a quote run into the sentence: 'one." Lee said'
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and not self.in_quote(c.idx)),
                        None) or name_before(verb, person=self.known_person)
        if subj is not None:  # 'His verdict: "…," he said': the parse gave the verb the lead's noun as well
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "PRP" and subj.i < c.i
                         and c.i < verb.i and any(t.text in QUOTE_MARKS for t in self.doc[subj.i:c.i])), subj)
        if subj is None or (subj.pos_ == "VERB" and not self.known_person(subj)) or possessor(subj, verb):
            # a gerund subject ("holding the line is…") speaks for no one; a name tagged as a verb does
            return Cue(verb, start, end, Speaker(None, None))
        if subj.pos_ == "NOUN" and subj.i < verb.i:
            named = self.adjacent_person(verb)
            if named is not None:
                return Cue(verb, start, end, named)
        return Cue(verb, start, end, self.resolver.resolve(subj))

    def known_person(self, token: Token) -> bool:
        return self.resolver.person_at(token) is not None

    def prep_end(self, verb: Token, prep: Token, start: int, end: int) -> int:
        """Where a participle's cue ends with the preposition after it: the cue never runs over what is said,
        so a topic's preposition joins the verb alone ("talking about", "calling for", "pointing to"); a
        venue joins whole when the cue stays short ("writing on Truth Social"), else the verb stands alone
        ("saying at a rally in Cleveland that …")."""
        if prep.lower_ in _TOPIC_PREPS or prep.lower_ in PREP_ACTS.get(verb.lemma_, ()) \
                or (verb.lemma_, prep.lower_) in _PHRASAL:
            return prep.idx + len(prep.text)
        last = prep.right_edge
        if len(self.text[start:last.idx + len(last.text)].split()) <= _MAX_CUE_WORDS:
            return last.idx + len(last.text)
        return end

    def adjacent_person(self, verb: Token) -> Speaker | None:
        """A person named right before the verb, or set off by commas there, when the parse gave the verb a
        common noun as subject: a heading glued to the paragraph ("Russia's focus on supply routes Jane Roe, an
        analyst at X, said …") is not the speaker, nor is "One pastor backing Lee, Jane Roe of X, said"'s
        pastor; Jane Roe is."""
        k = verb.i - 1
        doc = self.doc
        if k >= 0 and doc[k].text == ",":
            k = next((j for j in range(k - 1, max(k - 16, -1), -1) if doc[j].text == ","), -1)
            aside = doc[k + 1:verb.i - 1] if k >= 0 else []
            # "One pastor backing Lee, Jane Roe of X, said": the name set off by the commas is the speaker
            if (aside and aside[0].pos_ == "PROPN" and verb.tag_ in FINITE_TAGS
                    and not any(t.pos_ in {"VERB", "AUX"} for t in aside)):
                if self.resolver.person_at(aside[0]) is not None:
                    return self.resolver.resolve(aside[0])
                name = self.untagged_name(list(aside))
                if name is not None:
                    return self.resolver.resolve(name)
            if any(t.pos_ in {"VERB", "AUX"} for t in aside):
                return None  # "Rivals, including Roe, have followed suit, saying": a clause, not an aside
            k -= 1
        if k < 0:
            return None
        tok = doc[k]
        # a name the subject's own clause takes as its object ("One pastor backing Lee, …") is no speaker;
        # a second object is a heading run into the sentence ("… cutting supply routes Jane Roe, …, said")
        obj = tok.dep_ == "dobj" and not any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)
        if tok.pos_ != "PROPN" or obj or self.resolver.person_at(tok) is None or _spoken_for(tok, verb):
            return None
        return self.resolver.resolve(tok)

    def untagged_name(self, aside: list[Token]) -> Token | None:
        """The head of a name the entity tagger missed opening an aside: two or three capitalised proper nouns
        in a row that no mention covers ("Jane Roe of X"), not a place or organisation the tagger found."""
        run = [t for t in aside[:3] if t.pos_ == "PROPN"]
        run = run[:next((k for k, t in enumerate(run) if t.i != aside[0].i + k), len(run))]
        end = run[-1].idx + len(run[-1].text) if run else 0
        if len(run) < 2 or not all(t.is_title and t.is_alpha for t in run) \
                or any(m.start < end and run[0].idx < m.end for m in self.resolver.mentions):
            return None
        return run[-1]

    # -- direct quotes -------------------------------------------------------------------------------
    def cue_after(self, q: Quoted) -> Cue | None:
        """'…,' he said / '…,' said Mykola Bieleskov / '…,' Jane Roe, a fellow at X, wrote / according to X."""
        if q.close is None:
            return None
        window: list[Token] = []
        line_end = self.text.find("\n", q.close)
        for t in self.stretch(q.close + 1, line_end if line_end >= 0 else len(self.text)):
            # a quote run into the words ('…, wearing "Ted Cruz" pins, said') opens no sentence of its own
            opens = t.idx in self.openers and (not window or window[-1].is_punct)
            if opens or t.text in SENTENCE_END or "\n" in t.text or len(window) >= 40:
                break
            window.append(t)
        words = [t for t in window if not (t.is_punct or t.is_space) and t.text not in QUOTE_MARKS]
        if not words:
            return None
        # After a full stop a capital starts a new sentence, unless it is a bare "Trump said."
        new_sentence = (ends_sentence(self.text, q) and words[0].text[:1].isupper()
                        and words[0].lower_ != "according")
        for n, t in enumerate(words[:25]):
            if not (is_cue_verb(t, words[n - 1] if n else None) or (t.lower_ == "according" and n == 0)):
                continue
            if t.lemma_ in DESCRIBE:
                return None
            if n > 0 and not self.subject_before(t, words[:n]):
                aside = self.aside_speaker(t, window, new_sentence) or self.bare_subject(t, words[:n])
                if aside is None:
                    continue
                return Cue(t, t.idx, t.idx + len(t.text), aside)
            # after a full stop the verb attributes the quote unless it says more ('"…." Lee said that …');
            # the object of "told" is whom it was said to ('"…?" Lee told the station')
            if new_sentence and (n == 0 or any(c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "dobj"
                                               and t.lemma_ not in LISTENER for c in t.children)):
                return None
            if n == 0 and any(c.dep_ == "dobj" for c in t.children) and any(
                    c.dep_ == "nsubj" and c.idx < q.open for c in t.children):
                return None  # 'Lee, who starred in "Roe," posted a clip': the quote sits in the subject
            cue = self.cue_from(t)
            if cue.speaker.name is None and n > 0 and t.dep_ == "acl" and t.head in words[:n] \
                    and not any(c.dep_ in {"dobj", "dative", "agent", "ccomp"} for c in t.children):
                # '"…?" the 43-year-old asked': the parse hangs the verb on its subject as a modifier
                cue.speaker = self.resolver.resolve(t.head)
            # '"…," said the pilot'; after "told" the one named is the listener, after "asked" the asker
            if cue.speaker.name is None and n == 0 and (t.lemma_ not in LISTENER or t.lemma_ == "ask"):
                cue.speaker = self.inverted(t, window)
            return cue
        return self.plain_frame(q, window, words) or self.inverted_frame(q, window, words)

    def plain_frame(self, q: Quoted, window: list[Token], words: list[Token]) -> Cue | None:
        """'"…," an angry Lee retorted.': a quote that ends on a comma, a question or a cry ('"Bears?" Lee
        repeated.') and runs into a sentence end through nothing but a subject and its verb, with no object or
        complement, is what that verb reports, whatever the verb ("retorted", "confessed", "surmised"). After
        a full stop only a person named as subject frames it ('"We are done." Lee shrugged.'): never the
        speaker before."""
        verb = words[-1]
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or len(words) > 6 or not self._frame(window, words, verb, subj):
            return None
        after, last = self.text[q.end:q.close].strip(), self.text[q.end - 1]
        if after == "," or not after and (last in "?!" or last == "." and self.known_person(subj)):
            return self.cue_from(verb)
        return None

    def inverted_frame(self, q: Quoted, window: list[Token], words: list[Token]) -> Cue | None:
        """'"…!" blared the front page of the Star.': the same frame with the verb first, ending its sentence
        on the noun phrase that says it (which the parse takes for the verb's object)."""
        verb, voice = words[0], self.text[q.end - 1:q.close].strip()
        said = next((c for c in verb.children if c.dep_ in {"dobj", "nsubj"} and c.i > verb.i), None)
        if said is None or voice[:1] not in {",", "!", "?"} or len(words) > 8 \
                or not self._frame(window, words, verb, said):
            return None
        return Cue(verb, verb.idx, verb.idx + len(verb.text), self.resolver.resolve(said))

    def _frame(self, window: list[Token], words: list[Token], verb: Token, phrase: Token) -> bool:
        """Whether the words after a quote are a finite verb and the phrase that says it, and nothing else up
        to the sentence end."""
        last = words[-1]
        return (verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBZ"}
                and {t.i for t in words if t.i != verb.i} == {t.i for t in phrase.subtree}
                and not any(t.is_punct and t.text not in QUOTE_MARKS for t in window)
                and self.text[last.idx + len(last.text):].lstrip(" ")[:1] in {".", "!", "\n"})

    @staticmethod
    def subject_before(verb: Token, before: list[Token]) -> bool:
        """Whether the words between a closing mark and ``verb`` are its subject (appositive included)."""
        # all its subjects: the parse may split "his nephew Ali Saad" into two
        subjects = {x.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for x in c.subtree}
        # a main verb's auxiliaries are part of the cue ('"…," Lee has said'), not a relative clause's
        # ('"…" that would respond')
        aux = {w.i for w in before
               if w.head == verb and w.dep_ == "aux" and verb.dep_ not in {"relcl", "acl"}}
        if subjects and {w.i for w in before} - aux <= subjects:
            return True
        return len(before) <= 4 and not any(w.pos_ in {"VERB", "AUX"} for w in before) and any(
            w.pos_ in {"PROPN", "PRON", "NOUN"} for w in before)

    def aside_speaker(self, verb: Token, window: list[Token], new_sentence: bool) -> Speaker | None:
        """The speaker of an attribution set off by a comma after words that are not its subject, closing the
        sentence: '"…," Ann Lee, now 81 and retired in Ohio, said by phone'; '"…" at the rally, he said';
        '"…," since most cases were close, said Ann Lee, who teaches law'. A verb with a clause or object of
        its own (other than its listener: '…, told The Daily Star'), or another verb after it, makes a
        statement of its own, not the quote's attribution. After a quote that ends its sentence, only the first
        holds: '"…." The army held, said Lee' attributes the new sentence."""
        doc = self.doc
        if verb.i < 2 or any(c.dep_ in {"ccomp", "dobj", "xcomp"} and c.i > verb.i and not listener_object(verb, c)
                             for c in verb.children):
            return None
        subj: Token | None = None
        prev = doc[verb.i - 1]
        if prev.text == ",":
            lead = [w for w in window if w.i < verb.i and w.text not in QUOTE_MARKS]
            segment = lead[:next((k for k, w in enumerate(lead) if w.text == ","), 0)]  # up to its first comma
            after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
            # the name before an appositive, maybe after its title ("Ohio delegate Ann Lee, 81, …, said")
            if segment and segment[-1].pos_ == "PROPN" and self.resolver.person_at(segment[-1]) \
                    and all(w.pos_ in {"PROPN", "NOUN", "ADJ"} for w in segment):
                subj = segment[-1]
            elif new_sentence:
                return None
            elif after is not None and (self.resolver.person_at(after) or after.lower_ in {"he", "she"}):
                subj = after  # inverted: ", said Ann Lee"
                while subj.i + 1 < len(doc) and doc[subj.i + 1].pos_ == "PROPN":
                    subj = doc[subj.i + 1]
        elif (not new_sentence and prev.dep_ == "nsubj" and prev.head == verb
              and prev.left_edge.i > 0 and doc[prev.left_edge.i - 1].text == ","
              and (prev.lower_ in {"he", "she"} or self.resolver.person_at(prev)
                   or prev.pos_ == "NOUN" and self.resolver.resolve(prev).name is not None)):
            subj = prev  # ", he said", ", the court said" closing the sentence
        if subj is None:
            return None
        rest = {t.i for t in subj.subtree} | {t.i for t in verb.subtree if t.dep_ != "conj"}
        if any(t.i > verb.i and t.pos_ in {"VERB", "AUX"} and t.i not in rest for t in window):
            return None
        return self.resolver.resolve(subj)

    def bare_subject(self, verb: Token, before: list[Token]) -> Speaker | None:
        """The speaker of a cue that closes its sentence right after a quote with no comma between: the
        noun phrase before the verb, ending in a person's name, that the parse did not make its subject
        ('"…" the Post's editor Jo Roe responded.'), or the subject of a passive that quotes it ('"…," Roe is
        quoted as saying.')."""
        if verb.tag_ == "VBG" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
            subj = next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
            return self.resolver.resolve(subj) if subj is not None and subj in before else None
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if after is None or after.text not in SENTENCE_END or verb.tag_ not in {"VBD", "VBZ"} \
                or any(t.pos_ not in _NOMINAL for t in before) or before[-1].pos_ != "PROPN" \
                or self.resolver.person_at(before[-1]) is None:
            return None
        return self.resolver.resolve(before[-1])

    def inverted(self, verb: Token, window: list[Token]) -> Speaker:
        """The subject after the verb in "…, said the pilot"."""
        after = [t for t in window if t.i > verb.i]
        for t in after:
            if t.is_punct:
                break
            if t.pos_ in {"PROPN", "NOUN", "PRON"} and t.dep_ not in {"compound", "poss"}:
                return self.resolver.resolve(t)
            if self.resolver.person_at(t) is not None and t.dep_ != "compound":
                return self.resolver.resolve(t)  # a name the tagger took for an adverb ("said Skelly,")
        return Speaker(None, None)

    def resumed(self, q: Quoted) -> Cue | None:
        """The cue of a quote interrupted by it: '"…," he said, "…"' — the text between the two quotes is a
        short cue clause ending in a comma or colon."""
        prev, close = self.previous(q)
        if prev is None or "\n" in self.text[close:q.open]:
            return None
        between = self.text[close + 1:q.open].strip()
        if not between.endswith((",", ":")) or len(between.split()) > 8:
            return None
        if any(t.text in SENTENCE_END for t in self.tokens(close + 1, q.open)):
            return None  # '"…," Lee said. Then she added: "…"': a new sentence leads into its own quote
        return self.cue_after(prev)

    def previous(self, q: Quoted) -> tuple[Quoted | None, int]:
        """The last closed quote before ``q`` and the offset of its closing mark (None, -1 if none)."""
        before = islice(reversed(self.quoted), len(self.quoted) - bisect_left(self.quote_starts, q.open), None)
        return next(((p, p.close) for p in before if p.close is not None and p.close < q.open), (None, -1))

    # -- partial quotes ------------------------------------------------------------------------------
    def governing_cue(self, start: int, end: int) -> tuple[Cue | None, bool]:
        """The speech verb whose clause holds the fragment ``text[start:end]``, and whether the parse rules
        the fragment out as speech (a label, a name, an object)."""
        toks = self.tokens(start, end)
        if not toks:
            return None, False
        head = fragment_head(toks, start, end)
        has_verb = any(t.pos_ in {"VERB", "AUX"} for t in toks)
        child = head
        for anc in head.ancestors:
            if child.dep_ == "appos" and anc.dep_ == "dobj" and anc.head.lemma_ in DESCRIBE and not has_verb \
                    and is_cue_verb(anc.head) and self.text[start:start + 1].islower():
                # "labeling the plan 'a waste'": the parse hangs the label on the object; a person's judgement
                # is their words (a name given, "called Roe 'Little Jo'", is not)
                cue = self.cue_from(anc.head)
                return (cue, False) if self.resolver.is_person(cue.speaker) else (None, True)
            if child.dep_ in {"nsubj", "nsubjpass", "appos", "agent"} and not has_verb:
                return None, True  # part of a name or of the subject ("Ukraine's 'Dnipro' group said")
            if not has_verb and child.dep_ == "prep" and child.lower_ != "as" and anc.lemma_ in SPEECH:
                return None, True  # where it was said: a title ("said on 'This Week'"), not the words
            if anc.lower_ == "according" and anc.dep_ == "prep":
                return self.cue_from(anc), False
            # a verb that is not speech here ("continue 'to break barriers'") lets a cue above it govern
            if is_cue_verb(anc) and not (start <= anc.idx < end) and reports(anc, self.resolver):
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
