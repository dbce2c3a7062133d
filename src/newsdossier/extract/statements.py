"""Statements: the quote records of one article, and the indirect speech in it.

:class:`StatementFinder` adds to the cue search of :mod:`.labels` the making of :class:`~..model.Quote`
records (with the sentence the briefing links to) and the search for indirect speech: a reporting verb's
clause, infinitive, object or topic (:mod:`.reported`), the clause an "according to X" aside hangs on, a
noun's clause ("his claim that …"), a hedge's ("X is expected to …"), and, with a learned lexicon, the objects
of verbs counted on annotated news to report (:mod:`.lexicon`). Items nested in another's content are dropped
by :meth:`StatementFinder.outermost`; a partial quote a participle holds after its speech verb is that
participle's statement (:func:`participle_cue`); one no speech verb reports is put in words by the verb whose
object holds it ("referred to them as 'thugs'", "what critics call a 'tax grab'") or framed by the main verb
of a person subject ("Roe anticipated the vote would be 'a rout for us'"); a sentence that a quote opens and
that goes on past the closing mark to its cue is one statement (:meth:`StatementFinder.goes_on_past`).
:mod:`.quotes` decides which quoted stretches are speech and :mod:`.nesting` assembles both.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ..model import Article, Quote, QuoteKind, Span
from .asides import before_according, host_clause, records_clause, restated, shown_by, trim
from .attitudes import common_view
from .cues import Cue, is_cue_verb
from .extents import (NAMING, before_own_act, before_relative, by_name, governor_speaks, named_thing,
                      names_a_source, no_words_of_its_own)
from .labels import LabelFinder
from .lexicon import Lexicon, within_account
from .lexicon import content as learned_content
from .names import is_name, one_source
from .quotemarks import QUOTE_MARKS, Quoted, width
from .reported import complement, content_of, hedged, noun_clause, that_clause
from .reporting_verbs import CUES, NOUN_CUES, OBJECT_CUES, WORDING
from .reports import reports
from .respondents import poll_of, respondents
from .shortforms import HEDGES, names_object, pro_form
from .spanindex import SpanIndex
from .speakers import Resolver, Speaker
from .stances import ANSWERED, STANCES, answered, blamed_for, held_by, in_stance, without_proof
from .subjects import SPEECH
from .syntax import finite, fragment_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LISTED = CUES | HEDGES  # verbs the hand-written rules read; the learned lexicon adds others
ACTORS = frozenset({"person", "organization", "group"})
# Nouns of what someone says whose content a copula gives ("Lee's answer was that …", "One view is that …").
_STATED = NOUN_CUES | {"answer", "response", "reply"}
# Verbs by which one gives out what such a noun says ("the promise she made", "the warning he issued").
_UTTER = frozenset({"make", "give", "offer", "issue", "deliver", "voice", "express", "repeat", "raise"})


class StatementFinder(LabelFinder):
    """Quote records and indirect speech over one article."""

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

    def make(self, start: int, end: int, kind: QuoteKind, cue: Cue | None) -> Quote:
        q = Quote(self.article.id, start, end, self.text[start:end], kind=kind)
        if cue is not None:
            q.cue = self.text[cue.start:cue.end]
            q.cue_span = self.span(cue.start, cue.end)
            q.speaker_name, q.speaker_mention = self.before_cue(cue)
            if not cue.inherited:
                q.sentence = self.sentence(min(start, cue.start), max(end, cue.end))
        if q.sentence is None:
            q.sentence = self.sentence(start, end)
        return q

    def before_cue(self, cue: Cue) -> tuple[str | None, Span | None]:
        """The speaker's name and mention, cut where a mention runs over its own cue: the tagger may read a
        title-case headline as one name ("Acme Ads Demanding Lee Act", "Lee Vows Action On Roe") and a
        label's name on past its colon ("Lee: Roe Wins"). A name that is only such a mention goes with it."""
        name, m = cue.speaker.name, cue.speaker.mention
        if m is None or not m.start < cue.start < m.end:
            return name, m
        cut = self.text[m.start:cue.start].rstrip(" :,")
        mention = self.span(m.start, m.start + len(cut)) if cut else None
        if name == m.text:
            name = cut or None
        return name, mention

    def goes_on_past(self, q: Quoted, cue: Cue) -> tuple[int, int] | None:
        """The statement of a quote that opens a sentence going on past its closing mark to the cue at its
        end ('"We're thrilled" about the vote, Lee said'): from the opening mark to the comma before the
        cue's subject. Not a quote ending on its own punctuation ('"Why?" he asked', '"Fine," Lee said')."""
        if q.close is None or cue.start <= q.close or re.search(r"[.,!?;:]", self.text[q.end - 1:q.close]):
            return None
        after = q.close + width(self.text, q.close)
        tail = self.text[after:cue.start]
        comma = tail.rfind(",")
        if not re.match(r"\s+[a-z]", tail) or comma < 0 or "\n" in tail or re.search(r"[.!?]\s", tail) \
                or len(tail[:comma].split()) < 2 or len(tail[comma + 1:].split()) > 5 \
                or cue.verb is None or cue.verb.tag_ == "VBG":  # "…" on his page, writing …
            return None
        lead = self.text[self.text.rfind("\n", 0, q.open) + 1:q.open].rstrip().rstrip("".join(QUOTE_MARKS))
        if lead and lead[-1] not in {".", "!", "?"}:
            return None  # a quote inside a sentence ('said "CNN" five times, and …')
        return q.open, after + comma

    def outermost(self, indirect: list[Quote]) -> list[Quote]:
        """Indirect items less those nested in another's content ("Clinton said she thought …", "told
        reporters that the union would agree to …"): such a verb is part of the content it sits in, unless it
        is a speech verb with a speaker of its own ("Reed, who said that Lee told him …"), but not one in a
        relative clause with no named speaker and no quote (:func:`_described`), nor a share of those polled
        in a finding of their poll ("a poll found that 60 percent said …"), nor a report that is all the outer
        one reports (:meth:`restates`), nor what the outer speaker blames or praises someone for
        saying ("Roe rebuked Lee for suggesting that …": Roe's account of it), nor an infinitive its
        governor's subject says ("Lee declined to say whether …": :func:`.extents.governor_speaks`);
        "according to X" attributes the clause it hangs on, whatever the parse nests it in."""
        keep = []
        spans = SpanIndex((o.start, o.end, o) for o in indirect)
        for q in indirect:
            c = q.cue_span
            outer = next((o for _, _, o in spans.near(c.start, c.start)
                          if o is not q and o.start <= c.start < o.end), None) if c is not None else None
            if outer is not None and c is not None and c.text.lower() != "according to":
                cue = self.doc.char_span(c.start, c.end, alignment_mode="expand")
                speech = cue is not None and len(cue) > 0 and cue[0].lemma_ in SPEECH
                polled = respondents(q.speaker_name) and not respondents(outer.speaker_name)
                # a quote inside keeps its own speaker only through its own statement
                described = speech and _described(cue[0], q.speaker_name) \
                    and not any(m in self.text[q.start:q.end] for m in QUOTE_MARKS)
                if polled or described or not (speech and q.speaker_name is not None
                                               and not one_source(q.speaker_name, outer.speaker_name)
                                               and not self.restates(cue[0], outer) and not blamed_for(cue[0])
                                               and not governor_speaks(cue[0])):
                    continue
            keep.append(q)
        return keep

    @staticmethod
    def restates(verb: Token, outer: Quote) -> bool:
        """Whether a speech verb is the whole of what the item around it reports: the outer speaker's words
        again ("Lee said she had warned …"), words with no named source ("Roe noted that experts say …"),
        words not said ("said the agency does not comment"), or a named second source's words as the outer
        speaker tells them ("Roe said Lee had told aides …": Roe's statement, not Lee's firsthand); not words
        said to the outer speaker ("Roe said Lee told her …": she heard them), nor a naming the outer verb
        acts on ("denounced what he called …")."""
        return verb.dep_ == "ccomp" and outer.cue_span is not None and verb.head.idx == outer.cue_span.start \
            and not any(c.lower_ == "what" for c in verb.lefts) \
            and not any(c.dep_ in {"dobj", "dative"} and c.lower_ in _TO_SPEAKER for c in verb.children)

    def indirect(self) -> list[Quote]:
        taken: set[tuple[int, int]] = set()
        out: list[Quote] = []
        learned: set[tuple[int, int]] = set()  # the contents a learned reach gives
        for verb in self.doc:
            listed = verb.lemma_ in _LISTED or verb.lower_ == "according" or verb.lemma_ in _STATED \
                or verb.pos_ == "NOUN" and (verb.lemma_ in STANCES or verb.lemma_ in ANSWERED)
            learned_cue = not listed and verb.pos_ == "VERB" and verb.lemma_ in self.lexicon
            if not (listed or learned_cue) or self.in_quote(verb.idx) or named_thing(verb):
                continue
            content: tuple[int, int] | None = None
            object_only = unsourced = short = local = by_lexicon = False
            stand = records = None
            if verb.lower_ == "according" and (content := restated(verb)) is not None:
                short = True  # "That's according to a poll": "that" is the poll's
            elif verb.lower_ == "according" and verb.dep_ == "prep":
                content = host_clause(self.text, verb)
            elif (stand := in_stance(verb)) is not None:  # "unsparing in her criticism of Roe": "Roe"
                content, short = stand[0], True
            elif (records := shown_by(verb)) is not None:  # "…, records show.", parsed as a noun
                content = records_clause(self.text, verb)
            elif verb.pos_ == "NOUN":  # "his claim that …": the source is the owner, if any
                content = noun_clause(self.text, verb) if verb.lemma_ in NOUN_CUES else None
                if content is None and answered(verb):  # "Lee responded to reports that …": Lee's reply
                    content = that_clause(self.text, verb)
                if content is None and verb.lemma_ in _STATED and verb.dep_ == "nsubj" \
                        and verb.head.lemma_ == "be":  # "Lee's answer was that …": the copula gives it
                    content = that_clause(self.text, verb.head)
                unsourced = True
            elif verb.lemma_ in HEDGES and (content := hedged(self.text, verb)) is not None:
                unsourced = True  # "X is expected to …", "X seems to …": no source named
            elif (content := common_view(self.text, verb)) is not None:
                unsourced = True  # "X is widely seen as …": a common view, no one's
            elif learned_cue:  # a learned cue reports a position only when its source is named
                if not reports(verb, self.resolver):
                    continue
                content = learned_content(self.text, verb, self.lexicon)
                object_only = by_lexicon = True
            elif verb.lemma_ in CUES and verb.pos_ in {"VERB", "AUX"}:
                if not reports(verb, self.resolver):
                    continue
                content, reach = content_of(self.text, verb)
                if reach == "object" and no_words_of_its_own(verb):
                    continue
                object_only, local = reach == "object", reach == "aside"
                if content is None and (proof := without_proof(verb)) is not None:
                    content = that_clause(self.text, proof)  # "claimed without evidence that …"
                if content is None and by_name(verb):  # "did not mention Roe by name": a pointed omission
                    content, object_only = complement(self.text, verb), True
                if content is None and (content := pro_form(self.text, verb)) is not None:
                    short = local = True
                if content is None and (content := learned_content(self.text, verb, self.lexicon)) is not None:
                    object_only = by_lexicon = True  # a learned reach of a listed cue ("mentioned the vote")
            # A stated position on a name or pronoun ("Christie endorsed Trump") is content however short.
            named = object_only and not by_lexicon and names_object(verb)
            if content is None or content[1] - content[0] < (1 if short or named else 8):
                continue
            cue = self.owner_cue(verb) if unsourced else self.cue_from(verb)
            if respondents(cue.speaker.name) and (poll := poll_of(verb)) is not None:  # the poll's finding
                cue = Cue(verb, cue.start, cue.end, self.resolver.resolve(poll))
            if stand is not None:  # "Lee was unsparing in her criticism of Roe": the subject holds it
                cue = Cue(verb, verb.idx, verb.idx + len(verb.text), self.cue_from(stand[1]).speaker)
            if records is not None:
                cue = Cue(verb, verb.idx, verb.idx + len(verb.text), self.resolver.resolve(records))
            if short and cue.speaker.name is None:
                continue  # "than say the same about Lee": a pro-form with no one saying it
            # A noun-phrase object is someone's position only when we know whose: "defending a strategic
            # shield" or "fewer than a hundred residents … supporting the occupation" report nobody.
            # A passive with a subject of its own names no source, yet reports ("Lee was announced the
            # winner"): kept with none, as are attributions with no source.
            passive = cue.speaker.name is None and any(c.dep_ == "nsubjpass" for c in verb.children)
            said = self.text[content[0]:content[1]]
            if object_only and not names_a_source(cue.speaker.name, said) and not passive:
                continue
            if by_lexicon and not self.resolver.named_as(cue.speaker, ACTORS):
                continue  # a learned cue's subject holds a position only if it can: "the tariff highlighted …"
            # Reported speech stays on its cue's line: the parse may run a clause into a heading or paragraph.
            line_end = self.text.find("\n", verb.idx)
            s = max(content[0], self.text.rfind("\n", 0, verb.idx) + 1)
            e = min(content[1], line_end if line_end >= 0 else len(self.text))
            # "…, according to X" reports the whole sentence
            e = before_according(self.text, verb, s, e, self.in_quote)
            if object_only:
                e = before_relative(self.text, self.doc, s, e)
            e = before_own_act(self.text, verb, s, e)
            if e - s < (1 if short or named else 8):
                continue
            s, e = self.balance(*trim(self.text, s, e))
            if (s, e) in taken:
                continue
            taken.add((s, e))
            if local or object_only and _subordinate(verb):
                self.local.add((s, e))
            out.append(self.make(s, e, "indirect", cue))
            if by_lexicon:
                learned.add((s, e))
        return within_account(out, learned)

    def owner_cue(self, cue: Token) -> Cue:
        """The cue of a noun or a hedge that names no subject: its owner ("his claim that …", "an admission
        from Lee that …", "claims by analysts", "the promise Lee made is that …", "Lee voiced the fear that
        …", not "Lee denied the claim that …"), else no source ("X is expected to …")."""
        owner = next((c for c in cue.children if c.dep_ == "poss"), None)
        if owner is None and cue.pos_ == "NOUN":
            owner = next((o for c in cue.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
                          and c.i == cue.i + 1 for o in c.children if o.dep_ == "pobj"), None)
        speaker = self.resolver.resolve(owner) if owner is not None else Speaker(None, None)
        held = held_by(cue) if owner is None else None
        made = next((c for c in cue.children if c.dep_ == "relcl" and c.lemma_ in _UTTER
                     and any(s.dep_ == "nsubj" for s in c.children)), None) if owner is None else None
        if made is not None:
            speaker = self.cue_from(made).speaker
        elif owner is None and cue.pos_ == "NOUN" and cue.dep_ == "dobj" \
                and cue.head.lemma_ not in OBJECT_CUES:
            speaker = self.cue_from(cue.head).speaker
        elif owner is None and (verb := _medium_of(cue) or held) is not None:
            speaker = self.cue_from(verb).speaker
            # One who holds to or backs from a position is a source whatever the kind of name.
            actor = verb.lemma_ in SPEECH or verb == held
            if not actor and not self.resolver.named_as(speaker, ACTORS):
                speaker = Speaker(None, None)  # "Rents rose with the announcement that …": no one's
        return Cue(cue, cue.idx, cue.idx + len(cue.text), speaker)

    def wording_cue(self, q: Quoted) -> Cue | None:
        """The cue of a verb that puts a quoted fragment in its object ("Lee referred to them as 'thugs'",
        "Roe heralded the deal as a 'breakthrough'"), when a person or organisation is its subject. A title
        ("is holding a party at the 'Red Neck Country Club'") or a quote that qualifies a noun after it ("the
        'establishment' candidate") is no one's words."""
        toks = self.tokens(q.start, q.end)
        if not toks:
            return None
        head = fragment_head(toks, q.start, q.end)
        if head.head.idx >= q.end:
            return None
        words = [w for w in self.text[q.start:q.end].replace("-", " ").split() if w[0].isalpha()]
        before = self.tokens(max(0, q.open - 12), q.open)
        if all(w[0].isupper() or w in TITLE_SMALL_WORDS for w in words) and not (
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
                return cue if self.resolver.named_as(cue.speaker, ACTORS) else None
            child = verb
        return None

    def subject_cue(self, q: Quoted, indirect: list[Quote]) -> Cue | None:
        """The cue of a partial quote no speech verb reports, in the object or complement of the main verb of
        a sentence whose subject is a person ("Roe anticipated that the vote would be 'a rout for our side'",
        "While Lee laid out 'a plan that cuts taxes for all', …"): the subject puts it in their words. Not
        a fragment in the verb's adjunct ("gained by 'picking up a delegate or two'"), a relative clause or
        beyond another clause ("hired Lee of Acme, a site that ran 'Vote for us or else'"), not under a
        condition ("if she gave 'the files to a friend'"), not a verb the parse gives content of its own (an
        indirect item's cue), nor in a sentence that names another source ("As Roe puts it, Lee is …")."""
        toks = self.tokens(q.start, q.end)
        if not toks:
            return None
        head = fragment_head(toks, q.start, q.end)
        path, child, verb = {head.i}, head, None
        for anc in head.ancestors:
            path.add(anc.i)
            if child.dep_ in _NOT_OBJECT or child.dep_ == "prep" and anc.pos_ in {"VERB", "AUX"}:
                return None
            if anc.pos_ in {"VERB", "AUX"} and finite(anc):
                subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ in {"PROPN", "PRON"}:
                    verb = anc
                    break
                if anc.dep_ != "ccomp":  # "that the vote would be 'a rout'": on to the verb that holds it
                    return None
            child = anc
        if verb is None or verb.idx > q.open or self.in_quote(verb.idx) or any(
                i.cue_span is not None and i.cue_span.start == verb.idx for i in indirect):
            return None
        main = verb.dep_ == "ROOT" or verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in verb.children)
        if not main or any(t.i not in path and t.pos_ in {"VERB", "AUX"} and finite(t)
                           for t in self.doc[verb.i + 1:toks[0].i]):
            return None
        speaker = self.resolver.resolve(subj)
        others = [t for t in verb.sent if t.i != verb.i and not self.in_quote(t.idx) and (
            is_cue_verb(t) or t.lower_ == "according"
            or t.lemma_ == "put" and any(c.lower_ == "it" for c in t.children))]
        if not self.resolver.named_as(speaker, _PERSON) or any(
                self.cue_from(t).speaker.name != speaker.name for t in others):
            return None
        return Cue(None, verb.idx, verb.idx + len(verb.text), speaker)  # no speech verb: the subject's frame

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


_OBJECT = frozenset({"dobj", "prep", "oprd", "attr", "acomp", "dative"})
# A fragment under these is part of a subject, a name or another clause, not what a verb above puts in words.
_NOT_OBJECT = frozenset({"nsubj", "nsubjpass", "appos", "agent", "poss", "compound", "relcl", "acl", "advcl",
                         "conj"})
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from".split())
# Marks of a subordinate clause that asserts what it says ("While Lee laid out …, Roe …"), unlike "if".
_CONCESSIVE = frozenset({"while", "whereas", "although", "though"})
_PERSON = frozenset({"person"})


def _described(verb: Token, speaker: str | None) -> bool:
    """Whether a speech verb sits in a relative clause inside another's content with no named person nor a
    counted share saying it ("urged Lee to drop a donor who said that …"): part of the outer account."""
    return verb.dep_ == "relcl" and not is_name(speaker or "") and not respondents(speaker) \
        and verb.head.lemma_ != "number"


def _names_what(verb: Token) -> bool:
    """Whether a naming verb with a subject has "what" for object ("what critics call a 'tax grab'")."""
    return verb.lemma_ in NAMING and any(c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in verb.lefts)


def _medium_of(cue: Token) -> Token | None:
    """The verb whose subject owns a noun cue it governs: a speech verb the noun is the medium or the cause
    of ("Lee said in a statement that …", "Lee responded to claims that …"), or any verb acting with it
    ("opened with an argument that …"); not a verb of another kind by another preposition ("avoided …, in
    hopes that …": an idiom of intent)."""
    prep = cue.head
    verb = prep.head
    governs = cue.pos_ == "NOUN" and cue.dep_ == "pobj" and prep.dep_ == "prep" and verb.pos_ == "VERB"
    if governs and (prep.lower_ == "with" or prep.lower_ in {"in", "from", "to"} and verb.lemma_ in SPEECH):
        return verb
    return None


# Listeners that are the outer speaker ("Roe said Lee told her …"): words said to them, which they heard.
_TO_SPEAKER = frozenset({"her", "him", "me", "us", "them"})


def _subordinate(verb: Token) -> bool:
    """Whether a verb, or the verb it is conjoined to, heads a relative or adverbial clause."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ in {"relcl", "advcl"}


def participle_cue(toks: list[Token], open_: int, cue: Cue | None) -> Cue | None:
    """The cue of a participle after a speech verb and its adjuncts that holds a partial quote the verb
    would govern ('"…," Lee said on Monday, noting the plan "would fail"'): the participle reports it as a
    statement of its own, by the same speaker. The parse may hang the participle anywhere in the clause
    that holds the quote ("mentioning the album is 'done'"); one after words of the verb's own clause
    ("said Roe is tested, coming from …") is part of what it reports."""
    if cue is None or cue.verb is None or not toks:
        return cue
    verb = cue.verb
    lo, hi = toks[0].i, toks[-1].i
    child = next((t for t in toks if not lo <= t.head.i <= hi or t.head.i == t.i), toks[0])
    if not any(a.i == verb.i for a in child.ancestors):
        return cue
    top = _below(child, verb)  # the clause that holds the quote
    for t in verb.doc[verb.i + 1:toks[0].i]:
        if t.idx >= open_:
            break
        if t.tag_ == "VBG" and t.pos_ == "VERB" and t.dep_ in _PARTICIPLE and t.nbor(-1).text == "," \
                and top.left_edge.i <= t.i <= top.right_edge.i:
            return Cue(t, t.idx, t.idx + len(t.text), cue.speaker)
        if not t.is_punct and _below(t, verb).dep_ not in _ADJUNCT:
            return cue  # a word of the verb's own clause comes first
    return cue


def _below(t: Token, verb: Token) -> Token:
    """The child of ``verb`` whose subtree holds ``t`` (``t`` itself if it is not under ``verb``)."""
    while t.head.i not in {verb.i, t.i}:
        t = t.head
    return t


_PARTICIPLE = frozenset({"advcl", "xcomp", "csubj"})
# What may stand between a speech verb and its participle: "said Lee on Tuesday in Paris, noting …".
_ADJUNCT = frozenset({"npadvmod", "prep", "advmod", "dative", "nsubj", "punct"})
