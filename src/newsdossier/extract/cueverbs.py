"""Speech-verb tests shared by the cue finders: which token is a speech verb, the speech verb that reports a
verb of belief, who is blamed for saying something, and whether a quote ends its sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .quotemarks import Quoted
from .subjects import SPEECH
from .syntax import FINITE_TAGS, infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

SENTENCE_END = frozenset(".!?")
# Verbs that report a retort with "back" ("shot back", "fired back", "hit back").
_RETORT = frozenset({"shoot", "fire", "hit", "push", "snap", "strike"})


def blamed_for(verb: Token) -> Token | None:
    """The object of the verb a "for" + speech participle hangs on ("slammed Lee for saying", "thanked Roe for
    writing"): the one who said it, not the subject who blames or praises ("faulted Lee for refusing to …"
    is what the subject says Lee did)."""
    prep = verb.head
    if verb.lemma_ not in SPEECH or verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "for" \
            or prep.head.pos_ != "VERB":
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def possessor(subj: Token, verb: Token) -> bool:
    """A possessor the parse took for a subject: "the party's pledged delegates" (no one speaks)."""
    return subj.i == verb.i - 2 and any(c.dep_ == "case" and c.i == verb.i - 1 for c in subj.children)


def ends_sentence(text: str, q: Quoted) -> bool:
    """Whether a closed quote ends its sentence: its words end in a full stop, '!' or '?' that no comma
    follows before the closing mark ('"… win this!," Roe said' and '"… in the U.S.," Roe said' go on into
    their cue)."""
    return text[q.end - 1:q.end] in SENTENCE_END and "," not in text[q.end:q.close]


# How a verb of belief, intent or position hangs inside the clause a speech verb reports.
_WITHIN_REPORT = frozenset({"ccomp", "xcomp", "conj", "acomp", "advcl", "dep", "parataxis"})


def reporting_verb(verb: Token) -> Token | None:
    """The speech verb before a verb of belief, intent or position (not itself a speech verb) whose reported
    clause holds it: "Greer added that the agency wants to wait", "Lee told the club, recalling that Roe has
    long denounced the levy", "Roe is so careless, Lee said, that if an aide had planned to quit …". The
    writer gives what the agency wants as Greer's word, not the agency's."""
    if verb.lemma_ in SPEECH:
        return None
    child, reported = verb, False
    for anc in verb.ancestors:
        if child.dep_ not in _WITHIN_REPORT:
            return None
        reported = reported or child.dep_ == "ccomp"
        if reported and anc.lemma_ in SPEECH and anc.pos_ in {"VERB", "AUX"} and anc.i < verb.i:
            return anc
        child = anc
    return None


def is_cue_verb(t: Token, prev: Token | None = None) -> bool:
    """A speech verb; the small model tags "notes", "says", "answers" after a name as plural nouns."""
    if t.lemma_ in SPEECH and t.pos_ in {"VERB", "AUX"}:
        return True
    if t.lemma_ in _RETORT and any(c.lower_ == "back" for c in t.children):
        return True  # "Lee shot back, '…'", "'…,' Roe fired back"
    if t.lemma_ == "read" and t.tag_ in {"VBZ", "VBD", "VBP", "VBG"} and not any(
            c.dep_ in {"dobj", "dative", "prep", "aux"} for c in t.children):
        return True  # what a text says: "'…,' reads the editorial", "The sign read: '…'", "a hat reading '…'"
    if t.lemma_ == "crack" and t.tag_ in FINITE_TAGS and not any(
            c.dep_ in {"prt", "dobj", "prep"} for c in t.rights):
        return True  # a quip: "Roe cracked, '…'", not "cracked down on", "cracked jokes"
    if t.lemma_ == "go" and any(c.lower_ == "on" and c.dep_ == "prt" for c in t.children):
        # "'…,' he went on", not "went on to win"
        return not any(c.dep_ in {"xcomp", "prep", "dobj"} or (c.dep_ == "advcl" and infinitive(c))
                       for c in t.children)
    return (prev is not None and prev.pos_ in {"PROPN", "PRON"} and t.pos_ == "NOUN" and t.lower_.endswith("s")
            and t.lower_[:-1] in SPEECH)


