"""Short reports: what a speech verb reports when no clause follows it. A passive with its agent reports its
subject ("The sale was first reported by the Herald", "Her death was confirmed by the family"); "say" with a
short answer reports that answer ("said so", "said yes", "said no to the war", "said the same of Lee"); and
"report" with a noun object states a finding ("The firm reported a loss"); a stated position on a name or
pronoun is content however short ("Christie endorsed Trump").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .asides import trim

if TYPE_CHECKING:
    from spacy.tokens import Token

# Auxiliaries of a hypothetical or a wish: no stated fact.
MODALS = frozenset({"would", "could", "might", "may", "should", "'d", "’d"})
# Speech verbs whose passive with an agent reports its subject ("The deal was first reported by the Herald").
_PASSIVE_REPORTS = frozenset({"report", "confirm", "claim", "echo", "announce", "reveal", "disclose"})
# Short answers "say" may report as a whole ("said so", "said yes").
_ANSWERS = frozenset({"so", "yes", "no"})
WH = frozenset({"WDT", "WP", "WP$", "WRB"})  # "what", "who", "how", "why"…


def passive_subject(text: str, verb: Token) -> tuple[int, int] | None:
    """What a passive with its agent reports: its subject ("The meeting was first reported by the Herald",
    "Her death was confirmed by the family"); not a hypothetical or a denial ("should have been confirmed",
    "were not disclosed by"), not a relative pronoun ("which is maintained by")."""
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if (verb.lemma_ not in _PASSIVE_REPORTS or subj is None or subj.tag_ in {"WDT", "WP"}
            or not any(c.dep_ == "agent" for c in kids)
            or any(c.dep_ in {"neg", "xcomp", "ccomp"} or c.lower_ in MODALS
                   or c.dep_ == "prep" and c.lower_ in {"as", "to", "for", "of"} for c in kids)):
        return None
    return trim(text, subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))


def finding(verb: Token) -> bool:
    """Whether "report" states a finding in its object, its source before it ("The firm reported a loss");
    not what was passed on ("reported it to the police"), a source after it ("…, reported the Herald") or a
    participle split from its owner ("Lee's reported wealth")."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    return (verb.lemma_ == "report" and obj is not None and obj.pos_ in {"NOUN", "NUM"}
            and verb.tag_ in {"VBD", "VBZ", "VBP"} and verb.doc[verb.i - 1].dep_ != "case"
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            and not any(c.dep_ == "prep" and c.lower_ == "to" for c in (*verb.children, *obj.children)))


def pro_form(text: str, verb: Token) -> tuple[int, int] | None:
    """What "say" with a subject of its own reports when its content is a pro-form after it: "said so",
    "said yes", "said no to the war", "said the same of Lee" (poll write-ups state shares this way)."""
    if verb.lemma_ != "say" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "more likely to back it than say the same about …": whoever says it is not named here
    for c in verb.rights:
        word = c.lower_
        if word in _ANSWERS and c.dep_ in {"advmod", "intj", "dobj"} and (word != "so" or c.i == verb.i + 1):
            end = c
            if word in {"yes", "no"}:  # "said no to the war"
                nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
                to = nxt if nxt is not None and nxt.lower_ == "to" and nxt.head.i == verb.i else None
                end = to.right_edge if to is not None else c
            return c.idx, end.idx + len(end.text)
        # "said the same": the small model may read "the same" as a second subject
        if word in {"same", "opposite"} and c.dep_ in {"dobj", "nsubj", "attr"}:
            last = c.right_edge
            nxt = c.doc[last.i + 1] if last.i + 1 < len(c.doc) else None
            if nxt is not None and nxt.lower_ in {"of", "about", "for"} and nxt.head.i in (verb.i, c.i):
                last = nxt.right_edge
            return trim(text, c.left_edge.idx, last.idx + len(last.text))
    return None


def names_object(verb: Token) -> bool:
    """Whether a verb states its subject's position on a name or pronoun as fact, in a clause of its own:
    "Christie endorsed Trump", "Democrats opposed it"; not "who backs Cruz", "groups supporting her", "to
    criticize Lee", where the object is a side remark or no one's stated position; not a possessive the parse
    split from its noun ("tweeted her thanks")."""
    doc = verb.doc
    return (verb.dep_ in {"ROOT", "conj", "advcl"} and verb.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
            and any(c.dep_ == "nsubj" and c.tag_ not in WH for c in verb.children)
            and any(c.dep_ == "dobj" and c.pos_ in {"PROPN", "PRON"} and not (
                c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].pos_ in {"NOUN", "PROPN"})
                for c in verb.rights))
