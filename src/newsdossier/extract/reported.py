"""Reported content: the span a reporting verb reports, once :mod:`.reports` has found that it reports.

A reporting verb's content is its clausal complement ("said (that) …"), an infinitive with its subject ("urged
Russia to …"), for speech acts and stated positions its object and complements ("accused the mayor of lying",
"endorsed Kasich" however short, "recalled meeting Lee") without the scene ("at a rally in May"), for a topic
the object of its preposition ("talked about the border"), for a passive with its agent its subject; short
answers ("said so") and idioms ("made clear that …", "offered his assessment", "Lee's vow to run") are
read in :mod:`.shortforms`. "according to X" and "as X reported" report the sentence they hang on
(:mod:`.asides`); "X is expected to …" with no one expecting it and "X seems to …" ("seems ready to …")
report subject and infinitive (or predicate) with no source; "casts Lee as a rival" reports object and
judgement. A clause ends before an aside that closes it (", which …"), a second speech act conjoined to it
("… and calls her …"), a contrast with a source of its own (", while Roe said …") and the
speaker's participle (", insisting …"), and goes on into a contrast or reason the parse hung on its verb
("said sales fell, while costs rose"), but not into a verb conjoined to it in the present of the reporting
verb that its own tense does not share ("denies that it was unsafe and keeps …": the speaker's next act); an
object ends before an aside that states something of its own (", which Roe says …"); a topic takes the gerund
after it ("talked about Lee running"), a judgement of "it" the infinitive it stands for ("found it hard in May
to win"); a verb set into its content ("The plan, she said, is dead") reports the clause around it. Content
takes a condition that follows it with no comma, wherever the parse hung it ("vowed to sue unless …"), and
the "but Y" of its "not just X, but Y".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from .asides import as_clause, conj_frame, framing, lead_frame, scene, sets_off, trim
from .attitudes import stance
from .extents import after_comma, call_start, hung_on_governor, progressive_pair
from .reporting_verbs import (ACTS_ON_OBJECT, CALLS_FOR, CASTS, JUDGE, JUDGE_ONLY, OBJECT_CUES, PREP_ACTS,
                              REPORTING, SAYINGS, SPEECH_ACTS, SPEECH_CUES, STRESSES, TOPIC_ONLY)
from .shortforms import (HEDGES, INTENTS, MODALS, PUT_FORTH, STUDY_NOUNS, acted_when, as_clause_view,
                         as_in_object, finding, hedge_predicate, made, owned, passive_subject, puts_forth,
                         quoted_name, reported_tense, split_at_and, split_at_predicate, weighs_reason, worded)
from .subjects import SPEECH, speaks_in, subject_of
from .syntax import finite, infinitive, tense_tag

if TYPE_CHECKING:
    from spacy.tokens import Token

# How a verb's content was found: its clause, its object or topic, the sentence around an "as" aside, or the
# topic of a question put to someone by no one named ("Asked about the levy, …").
Reach = Literal["clause", "object", "aside", "question"]
# What opens a clause that goes on from a reported one: a contrast or a reason.
_GOES_ON = frozenset({"while", "whereas", "because", "although", "though"})
# Pronouns for a speaker, and the tags of a noun they agree with in number.
_AGREES = {"he": {"NNP", "NN"}, "she": {"NNP", "NN"}, "they": {"NNS", "NNPS"}}
# What gives a participle a subject or tense of its own ("Lee asked", "was asked"), unlike "Asked about …".
_SUBJ_AUX = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent"})
# What closes the topic of "Asked about …": a comma or stop, maybe after an adverb ("…, specifically,").
_TOPIC_END = re.compile(r"(?: \w+ly)?[,.;]")
# A sentence's end before a quote, inside a content span the parse ran on into the quote.
_SENTENCE_END = re.compile(r"[.!?]\s+[\"“]")
# What a speech verb's report hangs on it by: a clause, infinitive or object.
_REPORTS = frozenset({"ccomp", "xcomp", "dobj", "parataxis"})


def content_of(text: str, verb: Token) -> tuple[tuple[int, int] | None, Reach]:
    """What a reporting verb reports, and how: a clause; only a noun phrase (its object or topic), which is
    someone's position only when the source is named; or the sentence an "as" aside is set into."""
    if (stated := made(verb)) is not None:
        return trim(text, stated[0].left_edge.idx, _end(stated[0])), stated[1]
    if (held := stance(verb)) is not None:  # a position, kept only with its holder named, as an object is
        start, end = held.left_edge.idx, _end(held)
        stop = _SENTENCE_END.search(text, start, end)  # the parse may run it on into a quote
        return trim(text, start, stop.start() + 1 if stop else end), "object"
    if verb.lemma_ in TOPIC_ONLY:
        return prep_object(text, verb), "object"
    rights = list(verb.rights)
    judged = verb.lemma_ in JUDGE and (any(  # "views Lee as a threat"
        c.dep_ in {"oprd", "xcomp", "ccomp"} and verb.lemma_ not in CASTS
        or c.dep_ == "prep" and c.lower_ == "as" for c in rights)
        or verb.lemma_ != "consider" and as_in_object(verb)  # "considers a run as an independent": a plan
        or as_clause_view(verb) is not None)
    if verb.lemma_ in JUDGE_ONLY:
        # "considers Lee untrustworthy": the parse may make the small clause a clause with a subject
        parsed = next((c for c in rights if c.dep_ == "ccomp" and c.pos_ not in {"VERB", "AUX"}
                       and any(x.dep_ == "nsubj" for x in c.children)), None)
        if parsed is not None:
            return trim(text, parsed.left_edge.idx, _end(_extraposed(verb, parsed))), "object"
        small = any(c.dep_ == "dobj" or c.dep_ == "oprd" and any(x.dep_ == "nsubj" for x in c.children)
                    for c in rights)  # "considers the deal likely": the parse may make "deal" a subject
        return (complement(text, verb) if judged and small else None), "object"
    content = clause(text, verb) if verb.lemma_ not in PUT_FORTH - REPORTING else None  # those report objects
    if content is not None:
        return content, "clause"
    has_object = any(c.dep_ in {"dobj", "dative"} or quoted_name(verb, c) for c in rights)  # not "which X …"
    calls_for = verb.lemma_ == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    found = verb.lemma_ == "find" and (subj := subject_of(verb)) is not None and subj.lemma_ in STUDY_NOUNS
    dwells = verb.lemma_ not in STRESSES or finite(verb)
    if has_object and (verb.lemma_ in OBJECT_CUES and dwells or worded(verb) or judged or found or finding(verb)
                       or puts_forth(verb)) or calls_for:
        return complement(text, verb), "object"
    if verb.lemma_ in PREP_ACTS and (content := prep_object(text, verb)) is not None:
        return content, "object"
    if (content := passive_subject(text, verb)) is not None:
        return content, "object"
    if verb.lemma_ == "ask" and verb.tag_ == "VBN" and not any(c.dep_ in _SUBJ_AUX for c in verb.children) \
            and (about := prep_object(text, verb, "about")) is not None \
            and _TOPIC_END.match(text, about[1]):  # not one the parse cut short ("about voters considering")
        return about, "question"  # "Asked about the levy, Lee said …": a topic put to Lee by no one named
    return as_clause(text, verb), "aside"


def _extraposed(verb: Token, small: Token) -> Token:
    """The infinitive that a small clause with "it" for subject stands for, which the parse hangs on the verb
    after it ("found it hard in May to win Ohio"), else the small clause; not a clause with a verb ("said it
    would wait, …"), nor a purpose after a comma."""
    if small.pos_ in {"VERB", "AUX"} or not any(c.dep_ == "nsubj" and c.lower_ == "it"
                                                 for c in small.children):
        return small
    return next((c for c in verb.rights if c.i > small.i and c.dep_ in {"advcl", "xcomp"}
                 and c.left_edge.lower_ == "to" and infinitive(c) and c.doc[c.left_edge.i - 1].text != ","),
                small)


def clause(text: str, verb: Token) -> tuple[int, int] | None:
    """What a reporting verb reports: its clausal complement ("said (that) …"), or an infinitive with
    its subject ("urged Russia to dig up …", "vowed to fight", "called for Russia to withdraw")."""
    # A clause before the verb with a speech verb and subject of its own is another attribution, glued on
    # by the parse ("X said that …, Russia is focused on …, he said"); one across a paragraph break is
    # another sentence, and so is one before a semicolon or colon ("He had a plan: he backed the deal"):
    # none is this verb's content. A clause after the verb is the likelier one.
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    usable = [c for c in comps if c.i > verb.i or not _elsewhere(text, verb, c)]
    if comps and not usable:
        return None
    comp = next((c for c in usable if c.i > verb.i), usable[0] if usable else None)
    if comp is not None:
        last = _extraposed(verb, comp)
        return trim(text, comp.left_edge.idx, _end(last if last is not comp else _continued(verb, comp)))
    # not the purpose of a grant of anonymity ("said, on condition of anonymity to discuss the talks")
    inf = next((c for c in verb.rights if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} and (
        infinitive(c) or _gerund(verb, c)) and c.doc[c.left_edge.i - 1].lower_ != "anonymity"), None)
    if verb.lemma_ in CALLS_FOR:  # "called for Russia to withdraw": parsed as an adverbial, or as "for"
        sub = next((c for c in verb.rights  # with an object and an infinitive hung on the verb
                    if c.dep_ == "advcl" and c.left_edge.lower_ == "for" and infinitive(c)), None)
        if sub is not None:
            return trim(text, sub.doc[sub.left_edge.i + 1].idx, _end(sub))
        prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "for" and c.i == verb.i + 1
                     and c.right_edge.i > c.i  # not "argued for years to …": how long
                     and all(t.ent_type_ not in {"DATE", "TIME"} for t in c.subtree)), None)
        sub = next((c for c in verb.rights if prep is not None and c.dep_ in {"advcl", "xcomp"}
                    and c.left_edge.i == prep.right_edge.i + 1 and infinitive(c)), None)
        if sub is not None:
            return trim(text, sub.doc[prep.i + 1].idx, _end(sub))
    if inf is None:
        if verb.dep_ == "parataxis" or conj_frame(verb) or lead_frame(verb):
            return framing(text, verb)
        return _misattached(text, verb) if verb.lemma_ in SPEECH else None
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i < inf.i), None)
    first = obj.left_edge if obj is not None else call_start(verb, inf)
    return trim(text, first.idx, _end(inf))


def _elsewhere(text: str, verb: Token, comp: Token) -> bool:
    """Whether a clause before a reporting verb is none of its content: another attribution the parse glued
    on, or a clause across a paragraph break, semicolon or colon. A speech verb with no report of its own is
    what a closing "…, he said." reports ("He may add to it, he said"; "They did not complain, she said")."""
    closing = verb.lemma_ == "say" and not any(c.dep_ in _REPORTS for c in verb.rights)
    glued = (comp.lemma_ in SPEECH and subject_of(comp) is not None
             and not (closing and not any(c.dep_ in _REPORTS for c in comp.children)))
    return glued or any(m in text[comp.idx:verb.idx] for m in "\n;:")


def _gerund(verb: Token, comp: Token) -> bool:
    """Whether a speech verb reports the gerund after it as fact ("reported spending $9 million", not "would
    stress building …"); not "say", whose gerund heads a clause the parse splits ("said using it was bad"),
    nor a cue of its own ("reported citing officials": how it was reported)."""
    return (comp.tag_ == "VBG" and comp.i == verb.i + 1 and verb.lemma_ in SPEECH - {"say"} and finite(verb)
            and comp.lemma_ not in SPEECH_CUES
            and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children))


def _continued(verb: Token, comp: Token) -> Token:
    """The last part of a verb's clause: the clause, a second "that" clause the parse hung on the verb ("said
    that sales fell, and that …"), the rest of a clause it split at a negation ("say they do | n't know") or
    at its "and" ("said it fell, and | in May it rose"), or a contrast or reason, maybe weighed, that goes on
    from it but that the parse hung on the verb ("said sales fell, while costs rose"; "…, in part because
    …"), when no cue of its own heads it and no speech verb is in it ("said sales fell, while Lee hoped …" is
    two statements)."""
    doc = verb.doc
    if (second := next((c for c in verb.rights if c.dep_ == "conj" and c.i > comp.i > verb.i
                        and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)) is not None:
        return second
    k = comp.right_edge.i + 1
    split = next((c for c in verb.rights if c.dep_ == "ccomp" and c.left_edge.i == k
                  and c.left_edge.dep_ == "neg"), None)
    if split is not None:
        return split
    if (goes := split_at_predicate(verb, comp) or split_at_and(verb, comp) or _backshifted(verb, comp)) \
            is not None:
        return goes
    if k < len(doc) and doc[k].text == ",":
        k += 1
    while k < len(doc) and doc[k].head.i == verb.i and weighs_reason(doc[k]):
        k = doc[k].right_edge.i + 1  # "…, in part because …"
    nxt = next((c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.i == k), None)
    if nxt is None or nxt.left_edge.lower_ not in _GOES_ON or nxt.lemma_ in SPEECH_CUES or speaks_in(nxt):
        return comp
    return nxt


def _backshifted(verb: Token, comp: Token) -> Token | None:
    """A verb under "would" with no subject of its own that the parse conjoined to a past reporting verb right
    after its clause ("said she hoped to win, and then would run again"): the future of what was said, not
    the speaker's next act."""
    if tense_tag(verb) != "VBD":
        return None
    k = comp.right_edge.i + 1
    return next((c for c in verb.rights if c.dep_ == "conj" and c.i > comp.i
                 and all(t.dep_ in {"cc", "punct"} for t in verb.doc[k:c.left_edge.i])
                 and not any(x.dep_ in {"nsubj", "nsubjpass", "expl"} for x in c.children)
                 and any(x.dep_ == "aux" and x.lower_ in _WOULD for x in c.children)), None)


_WOULD = frozenset({"would", "'d", "’d"})


def _end(head: Token, asides: bool = True) -> int:
    """Where the content headed by ``head`` ends: at its right edge, before an aside that closes it (", who
    has a lead", ", the former governor", "— a jab at Roe": :func:`.asides.sets_off`; not a list the parse
    took for an apposition: "on Israel, the deal and the court"), with ``asides`` false only one that is a
    statement of its own (", which Lee says …"), before the speaker's participle (", siding with …"), another
    source's statement (", with a poll showing …"), the time the speaker acted
    (:func:`.shortforms.acted_when`), or a speech verb conjoined to it with no subject of its own, the
    speaker's next act ("says he respects Lee and calls her …"; not a verb sharing the clause's modal:
    :func:`.shortforms.reported_tense`)."""
    last = head.right_edge
    aside = next((t for t in head.subtree if t.dep_ in {"relcl", "appos"} and t.i > head.i
                  and not (t.dep_ == "appos" and any(c.dep_ == "conj" for c in t.children))
                  and t.right_edge.i == last.i and t.left_edge.i > 0
                  and sets_off(head, t) and (asides or _states(t, named=True))),
                 None)
    if aside is None and _speaker_acts(head):  # "said he would wait, insisting that …": the speaker's act
        aside = next((t for t in head.subtree if t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > head.i
                      and t.left_edge.i == t.i and t.right_edge.i == last.i and after_comma(t)),
                     None)
    if aside is None:  # ", with a poll showing …", ", with aides saying …": another source's statement
        aside = next((t for t in head.subtree if t.dep_ == "prep" and t.lower_ == "with" and t.i > head.i
                      and t.right_edge.i == last.i and t.doc[t.i - 1].text == "," and any(
                          v.tag_ == "VBG" and v.lemma_ in SPEECH_CUES and t.i in (v.head.i, v.head.head.i)
                          for v in t.subtree)), None)
    if aside is None and (when := acted_when(head, last)) is not None:  # "refused to talk as she left"
        last = head.doc[when.left_edge.i - 1]
    if aside is not None and aside.left_edge.i - 2 >= head.i:
        last = head.doc[aside.left_edge.i - 2]
    for c in (*head.rights, *(x for c in head.rights if c.dep_ == "conj" for x in c.rights)):
        if _own_statement(c):
            last = head.doc[c.left_edge.i - 2]
            break
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not any(
                x.dep_ in {"nsubj", "nsubjpass", "expl"} for x in c.children) and (
                c.lemma_ in SPEECH | SPEECH_ACTS and c.pos_ == "VERB" and not reported_tense(head, c)
                and not progressive_pair(head, c)
                or _agrees_with_source(head, c)):
            k = c.left_edge.i - 1
            while k > head.i and head.doc[k].dep_ in {"cc", "punct"}:
                k -= 1
            last = head.doc[k]
            break
    if (more := _condition(last) or _but_also(head, last)) is not None:
        last = more.right_edge
    return last.idx + len(last.text)


def _but_also(head: Token, last: Token) -> Token | None:
    """The second half of "not just X, but Y" that the parse hung on the reporting verb ("promised not just a
    pier, but a harbor"; "argued it was not just a failure, but a disaster"): one statement."""
    doc = last.doc
    k = last.i + 1 + (last.i + 1 < len(doc) and doc[last.i + 1].text == ",")
    if k + 1 >= len(doc) or doc[k].lower_ != "but" or not any(
            t.lower_ in _NOT_JUST and doc[t.i - 1].lower_ == "not" for t in doc[head.left_edge.i + 1:last.i + 1]):
        return None
    return next((c for c in doc[k].head.children if c.dep_ == "conj" and c.left_edge.i == k + 1
                 and c.pos_ not in {"VERB", "AUX"}), None)


_NOT_JUST = frozenset({"just", "only", "merely", "simply"})


def _condition(last: Token) -> Token | None:
    """A condition right after the content, with no comma to set it off, that the parse hung on the reporting
    verb or on the sentence ("threatened to sue unless it pays"; "promised to act should she win"): still part
    of what was said or pledged."""
    doc = last.doc
    k = last.i + 1
    if k >= len(doc) or doc[k].is_sent_start:
        return None
    opener, clause = doc[k], doc[k].head
    marked = opener.lower_ in _IF and opener.dep_ == "mark"
    inverted = opener.lower_ in _INVERTED and opener.dep_ == "aux" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and k < c.i < clause.i for c in clause.children)
    if not (marked or inverted) or clause.pos_ not in {"VERB", "AUX"} \
            or any(t.lemma_ in SPEECH_CUES for t in doc[k:clause.right_edge.i + 1]):
        return None
    return clause


_IF = frozenset({"if", "unless"})
# An auxiliary that opens a condition by inversion ("should he win", "were she to run", "had they known").
_INVERTED = frozenset({"should", "were", "had"})


def _agrees_with_source(head: Token, conj: Token) -> bool:
    """Whether a verb conjoined to a reported clause, with no subject of its own, takes the present third
    person of the reporting verb where the clause has another tense, so that it is the speaker's next act
    ("Roe denies that the plan failed and goes on …"; "Lee insists the party must change, and has backed …");
    not one in the clause's tense ("says the plan is dead and needs …": either reading), nor one in a past
    ("said she understood it but doubted …"), which the annotators read as more of what was said."""
    if head.dep_ != "ccomp" or head.head.i > head.i:
        return False
    said = tense_tag(conj)
    return said == "VBZ" and tense_tag(head.head) == said and tense_tag(head) != said


def _speaker_acts(head: Token) -> bool:
    """Whether a reported clause's subject is the speaker, so that a participle on it is the speaker's act: an
    infinitive's ("vowed to fight, saying …"), or a pronoun agreeing with the speech verb's subject ("Lee said
    she would wait, insisting …"; not "Allies say he …", "said data showed …")."""
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return head.dep_ == "xcomp" and head.head.lemma_ not in HEDGES  # a hedge's subject is content
    return head.dep_ == "ccomp" and refers_to_source(subj, subject_of(head.head))


def refers_to_source(subj: Token, source: Token | None) -> bool:
    """Whether a reported clause's pronoun subject agrees with the speech verb's subject, so that it stands for
    the speaker ("Lee said she would …"; not "Allies say he …")."""
    if source is None or subj.lower_ not in _AGREES:
        return False
    return source.lower_ == subj.lower_ or source.tag_ in _AGREES[subj.lower_]


def _own_statement(clause: Token) -> bool:
    """Whether a contrast set off by a comma after a reported clause is a second statement with a source of
    its own ("said sales fell, while other voters said …"; "…, whereas most want …")."""
    doc = clause.doc
    first = clause.left_edge
    return (clause.dep_ == "advcl" and first.lower_ in {"while", "whereas"} and first.i > 0
            and doc[first.i - 1].text == "," and any(c.dep_ == "nsubj" for c in clause.children)
            and _states(clause))


def _states(clause: Token, named: bool = False) -> bool:
    """Whether a clause holds an active speech or belief verb ("…, while Lee said …"; not "…, a view shared
    by …"); if ``named``, not with a personal pronoun for subject (", which he thinks …" is often the
    speaker's)."""
    return any(t.lemma_ in SPEECH | REPORTING and t.pos_ == "VERB" and (t.tag_ != "VBN" or finite(t))
               and not any(c.dep_ in {"nsubjpass", "auxpass"} or named and c.dep_ == "nsubj"
                           and c.tag_ == "PRP" for c in t.children) for t in clause.subtree)


def _misattached(text: str, verb: Token) -> tuple[int, int] | None:
    """A speech verb's content that the parse hung elsewhere: a "that" clause made a relative clause of the
    occasion ("said during a news conference that he may wait …"), a clause under a gerund ("said
    legalizing it could create jobs"), a question made an adverbial clause ("asked Lee if …"), or a clause
    hung on the verb the speech verb's clause modifies (:func:`.extents.hung_on_governor`)."""
    for c in verb.rights:
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and any(x.dep_ == "ccomp" for x in c.rights):
            return trim(text, c.left_edge.idx, _end(c))
        if c.dep_ == "advcl" and verb.lemma_ in {"ask", "wonder"} and c.left_edge.lower_ in {"if", "whether"}:
            return trim(text, c.left_edge.idx, _end(c))  # "asked Lee if …": the question
        if c.dep_ != "prep":
            continue
        for pobj in c.children:
            rel = next((x for x in pobj.rights if x.dep_ == "relcl" and x.left_edge.lower_ == "that"
                        and x.left_edge.dep_ == "mark"), None)
            if rel is not None:
                return trim(text, rel.left_edge.idx, _end(rel))
    if (comp := hung_on_governor(verb)) is not None:
        return trim(text, comp.left_edge.idx, _end(comp))
    return None


def prep_object(text: str, verb: Token, prep: str | None = None) -> tuple[int, int] | None:
    """The object of a topic preposition of a speech act ("talked about the border"), or of ``prep``."""
    preps = PREP_ACTS.get(verb.lemma_, frozenset()) if prep is None else {prep}
    for c in verb.rights:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((x for x in c.children if x.dep_ in {"pobj", "pcomp"}), None)
            if obj is None:
                continue
            # a gerund right after the topic is what the topic does, hung on the verb by the parse ("talked
            # about her father teaching her to shoot")
            doing = next((x for x in verb.rights if x.dep_ in {"xcomp", "advcl"} and x.tag_ == "VBG"
                          and x.left_edge.i == obj.right_edge.i + 1), None)
            return trim(text, obj.left_edge.idx, _end(doing if doing is not None else obj))
    return None


def that_clause(text: str, head: Token) -> tuple[int, int] | None:
    """The "that" clause a noun or a copula takes ("the claim that …", "Lee's answer was that …")."""
    comp = next((c for c in head.rights if c.dep_ in {"acl", "ccomp", "relcl"}
                 and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)
    return trim(text, comp.left_edge.idx, _end(comp)) if comp is not None else None


def noun_clause(text: str, noun: Token) -> tuple[int, int] | None:
    """The "that" clause of a noun of speech or belief ("the claim that the vote was rigged"), or the
    infinitive of a speech act's noun with its named owner ("Lee's promise to run", "Roe's vow not to quit")."""
    if noun.lemma_ in SAYINGS and (content := that_clause(text, noun)) is not None:
        return content
    if noun.lemma_ not in INTENTS or not owned(noun):
        return None
    comp = next((c for c in noun.rights if c.dep_ in {"acl", "relcl"} and c.left_edge.i == noun.i + 1
                 and infinitive(c)), None)
    return trim(text, comp.left_edge.idx, _end(comp)) if comp is not None else None


def hedged(text: str, verb: Token) -> tuple[int, int] | None:
    """What a hedge reports, subject and infinitive or predicate together, with no one named as its source:
    "The mayor is expected to resign", "The deal seems to be off", "Turnout appeared to fall", "Lee seemed
    ready to quit"; for "it seems/appears that …", the clause. Not a hypothetical ("might have been expected
    to"), not "is expected" with its agent."""
    kids = list(verb.children)
    if any(c.dep_ == "agent" for c in kids) or any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids):
        return None
    subject_dep = "nsubjpass" if verb.lemma_ == "expect" else "nsubj"
    subj = next((c for c in verb.lefts if c.dep_ == subject_dep), None)
    if subj is not None and subj.lower_ == "it" and verb.lemma_ != "expect":
        comp = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
        return trim(text, comp.left_edge.idx, _end(comp)) if comp is not None else None
    inf = next((c for c in verb.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)),
               None)
    if inf is None and verb.lemma_ != "expect":
        inf = hedge_predicate(verb)
    if subj is None or inf is None or subj.tag_ in {"WDT", "WP"} or subj.left_edge.tag_ in {"WDT", "WP"}:
        return None  # not "which seems to …", "Whichever plan seems cheaper"
    return trim(text, max(subj.left_edge.idx, text.rfind("\n", 0, verb.idx) + 1), _end(inf))


def complement(text: str, verb: Token) -> tuple[int, int] | None:
    """The object and complements of a verb that governs a partial quote ("called him a 'talented
    guy'", "described the kerfuffle as 'absurd'"): the attribution's whole content. For a speech act, where
    and when it was done is no part of it ("endorsed Lee at a rally in May")."""
    kids = [c for c in verb.rights if c.dep_ in {"dobj", "oprd", "attr", "acomp", "prep", "dative"}]
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is not None and (verb.lemma_ in ACTS_ON_OBJECT or puts_forth(verb)):
        at = next((c for c in kids if c.i > obj.i and scene(c)), None)
        # a second object after the scene is the scene's apposition ("at a rally at Sopot, his home town")
        kids = [c for c in kids
                if at is None or c.i < at.i or c.dep_ not in {"dobj", "dative"} and not scene(c)]
    if not kids:
        return None
    if obj is not None:  # an infinitive right after the object belongs to it
        last = max(c.right_edge.i for c in kids)  # ("rejected calls from Russia to give up the Donbas")
        kids += [c for c in verb.rights if c.dep_ in {"advcl", "xcomp"} and c.left_edge.i == last + 1
                 and c.left_edge.lower_ == "to"]
        if verb.lemma_ in JUDGE and (view := as_clause_view(verb)) is not None:
            kids.append(view)  # "sees Lee as captured by donors"
    start = min(c.left_edge.idx for c in kids)
    # less an aside that is a statement of its own ("blasted the plan, which Lee says …"); for a participle on
    # a subject, less any aside: it is the subject's ("One pastor backing Lee, Ann Roe, said …")
    final = max(kids, key=lambda c: c.right_edge.i)
    on_subject = verb.dep_ in {"acl", "relcl"} and verb.head.dep_ in {"nsubj", "nsubjpass"}
    return trim(text, start, _end(final, asides=on_subject))
