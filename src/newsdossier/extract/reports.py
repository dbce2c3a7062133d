"""Which verbs report: whether a reporting verb, where it stands, reports what a source said, believed or stood
for. Kept apart from the span it reports (:mod:`.reported`), which is read only once a verb passes here.

Verbs of belief and position are attributions only as stated fact: not a passive with no agent, not a
hypothetical ("would agree to"), not a base form ("would support"), "show"/"find" only with a person or a
study as subject ("a poll found Lee ahead", not "history has shown"); "speak" and "hope" only with a tense of
their own. No verb reports in an idiom ("it is safe to say", "That said, …", "you know"), a name ("a group
called …"), an event convened ("called a vote"), or an outlet's standing note on its stance.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .attitudes import WH, stance
from .reporting_verbs import ACTS_OF_PEOPLE, FINITE_ONLY, MINDS, POSITIONS, REPORTING
from .shortforms import MADE, MODALS, PUT_FORTH, holds, made, puts_forth, thing
from .subjects import SPEECH
from .syntax import finite, infinitive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .speakers import Resolver

# An outlet's note on its own stance, appended to every story on a subject ("Editor's note: Lee is a liar who
# has pledged to …"); not a correction, which speaks of the piece ("Editor's Note: An article on Monday …").
_NOTE_LINE = re.compile(r"^[ \t]*Editor[’']s note:", re.I | re.M)
_CORRECTS = re.compile(r"\b(?:article|story|report|version|column|post)\b", re.I)
# What "call" convenes rather than says ("called a snap election", "the vote was called by the party").
_CONVENED = frozenset({"referendum", "election", "vote", "meeting", "strike", "session", "hearing", "summit",
                       "recess", "initiative", "caucus", "convention", "conference"})
# Adverbs that deny what "can" grants ("can barely believe"): the speaker's own disbelief.
_BARELY = frozenset({"barely", "hardly", "scarcely"})


def reports(verb: Token, resolver: Resolver) -> bool:
    """Whether a verb of belief or intent reports a source's position: not a passive without its agent
    ("is expected to present"), not a hypothetical ("Russia would agree to"), not "know" with an open
    question ("knows what comes next"), and for "show"/"find" only with a person or a study as subject ("a
    poll found", not "history has shown"); a copula only with an adjective of stance and a person or body
    to hold it ("Aides are wary of …"), an attack or a vote only by people ("Ohio voted for Lee" is no one's
    stand), no verb but speech with a thing for subject ("the weakest point is the failure to agree on …"), no
    belief under "can" ("Readers can expect …"); nothing in an outlet's standing note on its stance ("Editor's
    note: …")."""
    kids = list(verb.children)
    if _disclaimer(verb):
        return False
    if verb.lemma_ in MADE:
        return made(verb) is not None and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids)
    if verb.lemma_ == "refer":  # '"…," Lee said, referring to the levy': whom or what the speaker meant
        return (verb.tag_ == "VBG" and verb.head.lemma_ in SPEECH and verb.head.i < verb.i
                and verb.doc[verb.i - 1].text == ",")
    if (verb.lemma_ in {"say", "note"} and (infinitive(verb) or verb.tag_ == "VBG")
            and verb.head.pos_ in {"ADJ", "ADV"} and any(
            c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in verb.head.head.children)):
        return False  # "it is safe to say", "it's worth noting", "too soon to say whether": an idiom
    if verb.lower_ == "said" and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == "," and any(
            c.dep_ == "nsubj" and c.lower_ == "that" and c.i == verb.i - 1 for c in kids):
        return False  # "That said, …": the writer's concession, no one's word
    if verb.lemma_ == "call" and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.i == verb.i - 1 \
            and not any(c.dep_ == "agent" for c in kids) and not {"dobj", "oprd"} <= {c.dep_ for c in kids}:
        # "a group called Citizens for Lee": a name, not anyone's word; but a perfect the parse misread
        # ("have for years called the wall a 'paper wall'") names a thing and what it is called
        return False
    if verb.lemma_ == "call" and (
            any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _CONVENED for c in kids)
            and not any(c.dep_ == "oprd" for c in kids)
            or [t.lower_ for t in verb.doc[verb.i + 1:verb.i + 3]] == ["to", "mind"]):
        return False  # "called a referendum", "called to mind": convened or evoked, no one's words
    if verb.lemma_ == "continue":  # "if they continue to bomb": speech only as '"…," he continued'
        return not any(c.dep_ in {"xcomp", "dobj"} for c in kids)
    if verb.lemma_ in {"tweet", "retweet"}:  # not a "<tweet …>" tag, not "tweets @handle" (where to follow)
        prev = verb.doc[verb.i - 1].text if verb.i > 0 else ""
        return prev != "<" and not any(c.dep_ == "dobj" and c.text.startswith("@") for c in kids)
    if verb.lemma_ == "echo":  # "Lee echoed Roe's 'fear'", "was echoed by aides"; not "a row echoes a 'feud'"
        return any(c.dep_ == "agent" for c in kids) or holds(verb, resolver)
    if (verb.lemma_ == "know" and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ","
            and any(c.dep_ == "nsubj" and c.lower_ == "you" and c.i == verb.i - 1 for c in kids)):
        return False  # "and, you know, we'll stay home": a filler, not a belief anyone reports
    if verb.lemma_ in SPEECH:
        return True
    if verb.lemma_ in ACTS_OF_PEOPLE and not holds(verb, resolver, people=True):
        return False
    if thing(verb, resolver):
        return False  # "the weakest point is the failure to agree on …": no one's view
    if verb.lemma_ in {"agree", "disagree"} and any(c.dep_ == "neg" for c in kids):
        return False  # "cannot agree less with …", "did not agree with …": which way, the cue would not say
    if verb.lemma_ in MINDS and any(c.dep_ == "aux" and c.lower_ == "can" for c in kids) \
            and not any(c.dep_ == "neg" or c.lower_ in _BARELY for c in kids):
        return False  # "Readers can expect her to …": the writer's forecast
    if verb.lemma_ == "be":
        return (stance(verb) is not None and holds(verb, resolver, people=True)
                and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids))
    if verb.lemma_ in PUT_FORTH - REPORTING and not puts_forth(verb):
        return False
    if verb.lemma_ in FINITE_ONLY and not finite(verb):
        return False  # "a platform to keep speaking about …", "…, hoping to …": whose, the parse can't tell
    if verb.lemma_ == "know" and any(c.dep_ == "ccomp" and c.left_edge.tag_ in WH for c in kids):
        return False  # "knows what he'll do next": an open question, not a stated belief
    if any(c.dep_ == "nsubjpass" for c in kids) and not any(c.dep_ == "agent" for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids):
        return False
    emphatic = any(c.dep_ == "aux" and c.lemma_ == "do" for c in kids) and all(c.dep_ != "neg" for c in kids)
    if verb.lemma_ in POSITIONS and verb.tag_ == "VB" and not emphatic:
        return False  # "to back Lee", "can support", "didn't endorse a candidate"; but "did support Lee"
    if verb.lemma_ in {"show", "find"}:
        return holds(verb, resolver, studies=True)
    return True


def _disclaimer(verb: Token) -> bool:
    """Whether a verb stands in an outlet's standing note on its stance: the editors' view, not news."""
    return any(start <= verb.idx < end for start, end in _editors_notes(verb.doc))


@lru_cache(maxsize=4)
def _editors_notes(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The lines of a document that are an outlet's standing note, read once per document, not per verb."""
    text, notes = doc.text, []
    for m in _NOTE_LINE.finditer(text):
        end = text.find("\n", m.start()) % (len(text) + 1)
        if not _CORRECTS.search(text, m.start(), end):
            notes.append((m.start(), end))
    return tuple(notes)
