"""Stands shown other than by a speech verb's clause. Noun cues with a prepositional object: a stand taken on
something ("criticism of the plan", "support for the bill"), the object being what the stand is on. Only a
stand the clause's subject shows in an "in" phrase is read ("Lee was unsparing in her criticism of the
plan"): an owned noun elsewhere is as often another's report of it ("Roe blasted Lee's call for a ban") or a
topic no one states, as its owner's. A speech verb one is blamed or praised for is the blamer's stand; so is
a position one holds to or backs from ("clings to the hope that …"), and reports one responds to ("responded
to reports that …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a stand for or against something, each with the prepositions that take what it is on; not nouns of
# speech ("in his remarks on Monday", "in a speech on trade"), which name where something was said.
STANCES: dict[str, frozenset[str]] = {noun: frozenset(preps.split(",")) for noun, preps in (
    ("criticism", "of"), ("critique", "of"), ("attack", "on"), ("endorsement", "of"), ("support", "for"),
    ("embrace", "of"), ("opposition", "to"), ("praise", "of,for"), ("denunciation", "of"),
    ("condemnation", "of"), ("rejection", "of"), ("defense", "of"), ("disapproval", "of"),
    ("dismissal", "of"), ("call", "for"), ("demand", "for"))}


def in_stance(noun: Token) -> tuple[tuple[int, int], Token] | None:
    """What one takes a stand on in "Lee was unsparing in her criticism of Roe" or "Acme has been outspoken in
    its opposition to the plan" (a stand noun owned by a possessive pronoun, in an "in" phrase of a clause):
    the object of the noun's preposition ("Roe"), with the verb of the clause, whose subject holds it."""
    preps = STANCES.get(noun.lemma_)
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if preps is None or noun.pos_ != "NOUN" or poss is None or poss.tag_ != "PRP$" or noun.dep_ != "pobj" \
            or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    if verb.pos_ == "ADJ" and verb.dep_ in {"acomp", "amod"}:  # "unsparing in …": the clause's verb
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
    if obj is None or obj.ent_type_ in {"DATE", "TIME"}:
        return None
    last = obj.right_edge
    return (obj.left_edge.idx, last.idx + len(last.text)), verb


def blamed_for(verb: Token) -> bool:
    """Whether a speech verb is what someone is blamed or praised for ("Roe rebuked Lee for suggesting …",
    "accused Roe of saying …"): the stand of whoever blames, and their account of what was said."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in {"for", "of"}


def without_proof(verb: Token) -> Token | None:
    """The "evidence" or "proof" of a speech verb's "without" phrase, to which the parse gives the clause
    that the verb reports ("Lee claimed without any evidence that Roe lied")."""
    return next((o for p in verb.rights if p.dep_ == "prep" and p.lower_ == "without" for o in p.children
                 if o.dep_ == "pobj" and o.lemma_ in {"evidence", "proof"}), None)


# Nouns of what others said, which one who responds to them answers ("responded to reports that …").
ANSWERED = frozenset({"report", "comment", "remark", "rumor", "rumour", "speculation"})


def answered(noun: Token) -> bool:
    """Whether a noun of what was said is the object of "respond to" or "reply to": the one who responds
    gives an account of it ("Lee responded to reports that Roe would quit")."""
    prep = noun.head
    return noun.lemma_ in ANSWERED and noun.dep_ == "pobj" and prep.lower_ == "to" \
        and prep.head.lemma_ in {"respond", "reply"}


def held_by(cue: Token) -> Token | None:
    """The verb of holding to, nearing or leaving a position whose subject owns the noun cue it is reached
    by: "Lee backed away from a suggestion that …", "came close to an admission that …", "clings to the hope
    that …"."""
    prep = cue.head
    if not (cue.pos_ == "NOUN" and cue.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _TOWARD):
        return None
    verb = prep.head
    if verb.pos_ in {"ADV", "ADJ"} and verb.lower_ in _NEARING and verb.head is not verb:
        verb = verb.head  # "backed away from", "veered close to", "stopped short of"
    elif not (verb.lemma_ in _HOLDING or verb.lower_ in _HOLDING):
        return None
    return verb if verb.pos_ == "VERB" else None


_TOWARD = frozenset({"from", "to", "of", "onto", "toward", "towards"})
_NEARING = frozenset({"away", "close", "closer", "back", "short"})
# The parse lemmatises "cling" as "cle", so its forms are listed too.
_HOLDING = frozenset({"cling", "clings", "clung", "clinging", "stick", "hold", "retreat", "edge", "inch"})
