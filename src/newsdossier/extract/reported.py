"""Reported content: which verbs report what a source said, believed or stood for, and the span they report.

A reporting verb's content is its clausal complement ("said (that) …"), an infinitive with its subject
("urged Russia to …"), or, for speech acts and stated positions, its object and complements ("accused the
mayor of lying", "endorsed Kasich"); an "according to X" phrase reports the clause it hangs on. Verbs of
belief and position are attributions only as stated fact: not a passive with no agent ("is expected to"), not
a hypothetical ("would agree to"), not a base form ("would support"), and "show"/"find" only with a person or
a study as subject ("a poll found", not "history has shown").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .speakers import SPEECH, Resolver, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of belief and intent also report a source's position ("Dmytro believes …") when they take a clause.
REPORTING = SPEECH | frozenset({"believe", "think", "fear", "expect", "hope", "worry", "feel", "know", "want",
                                "agree", "disagree", "estimate", "show", "find", "acknowledge", "recognize",
                                "decline", "refuse", "plan", "seek", "offer"})
# Speech acts whose object is what was said about something ("accused Clinton of lying", "called for a
# recount", "endorsed Kasich"): reported speech too, with the object and its complements as content.
SPEECH_ACTS = frozenset("""
accuse criticize criticise praise deny endorse condemn blame reject dismiss question defend propose demand
applaud welcome denounce decry urge promise pledge announce thank mock slam blast insult disparage
support oppose back cite describe call show
""".split())
# Of these, positions rather than speech: only as reported fact ("endorsed", "backs"), not in the base form,
# which is mostly hypothetical or intended ("would support", "to back").
_POSITIONS = frozenset({"support", "oppose", "back", "endorse", "show"})
_MODALS = frozenset({"would", "could", "might", "may", "should", "'d", "’d"})
_STUDY_NOUNS = frozenset("poll survey study report data analysis research review investigation audit".split())


def reports(verb: Token, resolver: Resolver) -> bool:
    """Whether a verb of belief or intent reports a source's position: not a passive without its agent
    ("is expected to present"), not a hypothetical ("Russia would agree to"), and for "show"/"find" only
    with a person or a study as subject ("a poll found", not "history has shown")."""
    kids = list(verb.children)
    if verb.lemma_ == "continue":  # "if they continue to bomb": speech only as '"…," he continued'
        return not any(c.dep_ in {"xcomp", "dobj"} for c in kids)
    if verb.lemma_ in SPEECH:
        return True
    if any(c.dep_ == "nsubjpass" for c in kids) and not any(c.dep_ == "agent" for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids):
        return False
    if verb.lemma_ in _POSITIONS and verb.tag_ == "VB":
        return False
    if verb.lemma_ in {"show", "find"}:
        subj = subject_of(verb)
        return subj is not None and (subj.lemma_ in _STUDY_NOUNS or resolver.is_person(
            resolver.resolve(subj)) or subj.ent_type_ in {"PERSON", "ORG"})
    return True


def clause(text: str, verb: Token) -> tuple[int, int] | None:
    """What a reporting verb reports: its clausal complement ("said (that) …"), or an infinitive with
    its subject ("urged Russia to dig up …", "vowed to fight")."""
    # A clause before the verb with a speech verb and subject of its own is another attribution, glued on
    # by the parse ("X said that …, Russia is focused on …, he said"): not this verb's content.
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    comp = next((c for c in comps if not (c.i < verb.i and c.lemma_ in SPEECH and subject_of(c) is not None)),
                None)
    if comps and comp is None:
        return None
    if comp is not None:
        return trim(text, comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text))
    inf = next((c for c in verb.rights if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if inf is None:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i < inf.i), None)
    first = obj.left_edge if obj is not None else inf.left_edge
    return trim(text, first.idx, inf.right_edge.idx + len(inf.right_edge.text))

def complement(text: str, verb: Token) -> tuple[int, int] | None:
    """The object and complements of a verb that governs a partial quote ("called him a 'talented
    guy'", "described the kerfuffle as 'absurd'"): the attribution's whole content."""
    kids = [c for c in verb.rights if c.dep_ in {"dobj", "oprd", "attr", "acomp", "prep", "dative"}]
    if not kids:
        return None
    start = min(c.left_edge.idx for c in kids)
    end = max(c.right_edge.idx + len(c.right_edge.text) for c in kids)
    return trim(text, start, end)

def host_clause(text: str, according: Token) -> tuple[int, int] | None:
    """The clause an "according to X" phrase reports: the sentence without that phrase."""
    sent = according.sent
    phrase_start = according.idx
    last = according.right_edge
    phrase_end = last.idx + len(last.text)
    line_start = text.rfind("\n", 0, phrase_start) + 1
    line_end = text.find("\n", phrase_end)
    s = max(sent.start_char, line_start)
    e = min(sent.end_char, line_end if line_end >= 0 else len(text))
    if phrase_start - s < 3:
        s = phrase_end
    else:
        e = phrase_start
    return trim(text, s, e)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without surrounding space and clause punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-."):
        end -= 1
    return start, end
