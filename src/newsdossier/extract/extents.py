"""Where an indirect statement's content ends, and which reporting verbs say nothing of their own.

Split from :mod:`.statements`. An object's content ends before a relative clause that closes it after a
comma ("backed the treaty, which took effect in 1994": the treaty), unless someone speaks or thinks in
that clause; a clause's content ends before a speech verb conjoined to its own verb and sharing its
subject ("Lee said the plan was dead, and urged Roe to …": what Lee urged is a second statement); an
infinitive speech verb whose subject is its governor's ("declined to say whether …") says nothing its
governor does not; a naming participle with no one doing it ("a band called Free Dawn") names, and says
nothing; a count is a source only of a named group or of studies ("several Senate Democrats", "most polls").
A participle conjoined to a reported progressive ("says Lee is stalling and blaming Roe") is more of what
was said; the speaker's participle after a comma is an act of its own even where the comma sits inside a
closing quote mark; a clause the parse hung on the verb a speech verb complements is that verb's content.
An echo denied or of a person reports no words; a call on someone to act holds the one called on ("called
on Roe to quit"); one not mentioned "by name" is the content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .reporting_verbs import CUES, NOUN_CUES
from .shortforms import HEDGES, STUDY_NOUNS
from .subjects import DESCRIBE, SPEECH
from .syntax import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SPOKEN = CUES | HEDGES | SPEECH
NAMING = DESCRIBE - {"describe"} | {"nickname"}  # verbs that give a thing a name


def _words(text: str, doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of ``text[start:end]``; None where it holds no word. (``doc.text`` would build the whole
    text again on every call.)"""
    if not text[start:end].strip():
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def before_relative(text: str, doc: Doc, start: int, end: int) -> int:
    """The end of an object's content short of a relative clause set off by a comma that runs to its end
    ("supported the treaty, which caused job losses": the treaty); one with a speech or thought verb in it
    ("the plan, which he said would fail") stays, as what it says is part of the account."""
    span = _words(text, doc, start, end)
    if span is None:
        return end
    for t in span:
        if t.dep_ == "relcl" and t.left_edge.i > span.start and doc[t.left_edge.i - 1].text == "," \
                and start <= t.head.idx < end and t.right_edge.idx + len(t.right_edge.text) >= end - 1 \
                and not any(w.lemma_ in _SPOKEN for w in t.subtree):
            return doc[t.left_edge.i - 1].idx
    return end


def before_own_act(text: str, verb: Token, start: int, end: int) -> int:
    """The end of a reported clause short of a finite speech verb with no subject of its own that the parse
    conjoins to a verb of the clause ("Lee said the plan was dead, and urged Roe to …"): a clause's subject
    ("the plan") does not urge; the speaker does, in a statement of its own."""
    doc = verb.doc
    span = _words(text, doc, start, end)
    if span is None:
        return end
    for t in span:
        head = t.head
        if t.dep_ != "conj" or t.lemma_ not in SPEECH or t.tag_ not in FINITE_TAGS or head.i == verb.i \
                or head.i < span.start or any(c.dep_ in {"nsubj", "nsubjpass", "prt"} for c in t.children) \
                or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i >= span.start for c in head.children):
            continue
        cc = next((c for c in head.children if c.dep_ == "cc" and c.i < t.i), None)
        if cc is not None:
            k = cc.i - 1 if cc.i > span.start and doc[cc.i - 1].text == "," else cc.i
            return doc[k].idx
    return end


def governor_speaks(verb: Token) -> bool:
    """Whether an infinitive speech verb's subject is that of the verb it complements ("declined to say",
    "ready to say"): not after a hedge ("seemed to indicate": the hedge reports no one), an object ("urged
    Roe to say": Roe's) or a passive ("is reported to have called")."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ not in HEDGES and not any(
        c.dep_ in {"dobj", "nsubjpass"} for c in head.children)


def named_thing(verb: Token) -> bool:
    """Whether a naming verb is a participle that names the noun before it, with no one doing it ("a band
    called Free Dawn", which the parse may read as a clause of its own): a name, no one's words; not one that
    gives an object a name ("have for years called the dam the 'mud wall'")."""
    return verb.lemma_ in NAMING and verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl", "csubj"} \
        and not any(c.dep_ in {"agent", "aux", "auxpass", "oprd"} for c in verb.children)


def names_a_source(speaker: str | None, said: str) -> bool:
    """A speaker that names someone, not a count or quantity ("fewer than a hundred"); a count of a
    named group is someone ("several Senate Democrats") when what it holds is more than a bare "it", and so
    is a count of studies ("many other polls"): each is a source."""
    words = (speaker or "").split()
    if not words:
        return False
    counted = words[0][0].isdigit() or words[0].lower() in _COUNT_WORDS
    named = any(w[0].isupper() and w.isalpha() for w in words[1:]) \
        or words[-1].lower().rstrip("s") in STUDY_NOUNS
    return not counted or named and said.lower().split()[:1] != ["it"]


_COUNT_WORDS = frozenset("fewer less more most some many few several dozens hundreds thousands".split())


def progressive_pair(head: Token, conj: Token) -> bool:
    """Whether a participle conjoined to a reported clause's progressive shares its "is" and its subject
    ("says Lee is stalling and blaming Roe": Lee blames, in what was said), not the speaker's next act."""
    return conj.tag_ == "VBG" and head.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)


def after_comma(t: Token) -> bool:
    """Whether a comma sets off a phrase, maybe one inside the quote mark that closes the words before it
    ("has 'grown the party,' claiming …")."""
    doc = t.doc
    return t.i > 0 and (doc[t.i - 1].text == "," or t.i > 1 and doc[t.i - 1].text in _QUOTE_CLOSERS
                        and doc[t.i - 2].text == ",")


_QUOTE_CLOSERS = frozenset({"”", "\"", "''", "’", "'"})


def hung_on_governor(verb: Token) -> Token | None:
    """A clause with a subject right after a speech verb that reports none, which the parse hung on the verb
    the speech verb complements ("is choosing to reply to critics | the plan was never rushed"): the reply;
    not when that verb reports, which makes it its own, nor after a noun of speech ("respond to accusations |
    that …"), whose clause it is."""
    head = verb.head
    if head.i == verb.i or head.lemma_ in _SPOKEN or any(c.dep_ == "ccomp" for c in verb.children) \
            or verb.right_edge.lemma_ in NOUN_CUES:
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.left_edge.i == verb.right_edge.i + 1
                 and any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children)), None)


def no_words_of_its_own(verb: Token) -> bool:
    """Whether a verb whose object would be the content reports no words: "echo" negated ("did not echo
    …", "neither Lee nor Roe echoed …") or with a person for its object, whose words are another statement
    ("echoing critics who said that …")."""
    if verb.lemma_ != "echo":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if any(c.dep_ == "neg" for c in verb.children) \
            or subj is not None and subj.left_edge.lower_ in {"neither", "no", "none", "nobody"}:
        return True
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    someone = obj.ent_type_ in {"PERSON", "NORP"} or obj.pos_ == "PRON" and obj.lower_ not in _THINGS
    return someone or any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in obj.children)


_THINGS = frozenset({"it", "that", "this"})  # pronouns an echo's words may go by ("echoed that")


def call_start(verb: Token, inf: Token) -> Token:
    """Where a call's content starts: at the one called on ("called on the board to resign": the board, to
    resign), else at its infinitive."""
    if verb.lemma_ != "call":
        return inf.left_edge
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in {"on", "upon"}
                 and c.i == verb.i + 1 and c.right_edge.i + 1 == inf.left_edge.i), None)
    who = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return who.left_edge if who is not None else inf.left_edge


def by_name(verb: Token) -> bool:
    """Whether "mention" names whom "by name" ("did not mention Roe by name"): a stance on that person."""
    return verb.lemma_ == "mention" and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(o.lower_ == "name" for o in c.children)
        for t in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for c in t.children)
