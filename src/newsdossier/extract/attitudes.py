"""Attitudes the writer states: a copula with an adjective of stance states its subject's position ("is
skeptical of the deal", "were confident that …"); a passive judgement with no agent states a common view, no
one's ("The pier is widely seen as a danger")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .asides import trim
from .subjects import speaks_in

if TYPE_CHECKING:
    from spacy.tokens import Token

WH = frozenset({"WDT", "WP", "WP$", "WRB"})  # "what", "who", "how", "why"…
# Verbs of judgement that take a view "as" something ("seen as a rival"): see :data:`.reporting_verbs.JUDGE`;
# their passive with no agent states a common view, no one's in particular (:func:`common_view`).
VIEWS = frozenset({"see", "view", "regard", "consider"})

# Adjectives by which a copula states its subject's stance, with the prepositions whose object it is on
# ("is skeptical of the deal", "were upbeat about Lee's chances", "is opposed to a wall"); any of them may
# take a clause ("were confident that …", "was reluctant to endorse Lee").
_ABOUT = "about,of,on,over,regarding"
_STANCES: dict[str, frozenset[str]] = {adj: frozenset(preps.split(",")) for adjs, preps in (
    ("concerned worried nervous anxious upbeat optimistic pessimistic excited enthusiastic upfront candid "
     "adamant unapologetic cautious bullish bearish hopeful unsure uncertain uneasy ambivalent emphatic "
     "outspoken vocal clear", _ABOUT),
    ("skeptical sceptical wary suspicious doubtful critical supportive dismissive fond tired aware afraid "
     "fearful proud convinced confident sure certain", _ABOUT + ",in"),
    ("opposed hostile receptive sympathetic favorable open resistant committed", "to"),
    ("divided split unanimous", "on,over,about,in"),
    ("angry upset frustrated furious outraged disappointed", _ABOUT + ",with,at,by"),
    ("eager reluctant willing unwilling determined keen loath hesitant intent bent", "on"))
    for adj in adjs.split()}
# Of these, those whose infinitive weighs a chance, not anyone's stance ("is certain to win").
_LIKELY = frozenset({"certain", "sure"})


def stance(verb: Token) -> Token | None:
    """What a copula states its subject holds, by an adjective of stance: the object of its preposition
    ("Voters are skeptical of the plan"), or its clause or infinitive ("Aides were confident that Lee would
    win", "Roe was reluctant to endorse Lee"), which the parse may hang on the copula itself."""
    if verb.lemma_ != "be" or any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
        return None  # "if he is willing to …": a condition, no stance
    adj = next((c for c in verb.rights if c.dep_ == "acomp" and c.lower_ in _STANCES), None)
    if adj is None or any(t.pos_ not in {"ADV", "PART", "DET"} for t in verb.doc[verb.i + 1:adj.i]):
        return None  # not one the parse hung on a copula before ("careful than Lee has been, keen to …")
    if any(c.lower_ in {"more", "less", "as"} for c in adj.children):
        return None  # "more nervous about the move than Lee": a comparison, whose "than" the parse misplaces
    for c in adj.rights:
        if c.dep_ == "prep" and c.lower_ in _STANCES[adj.lower_]:
            return next((x for x in c.children if x.dep_ in {"pobj", "pcomp"}), None)
    if any(c.lower_ in {"enough", "so", "too"} for c in adj.children):
        return None  # "concerned enough that they …": a result, not what is held
    for c in adj.rights:
        if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} or c.dep_ == "xcomp" and adj.lower_ not in _LIKELY:
            return c
    return next((c for c in verb.rights if c.dep_ == "ccomp" and c.i > adj.i), None)


def common_view(text: str, verb: Token) -> tuple[int, int] | None:
    """Subject and view of "The pier is widely seen as a danger", "Lee is considered a moderate": not a
    hypothetical ("can be seen as", "would be viewed as"), a background ("when she was viewed as …"), a
    relative pronoun ("which is seen as …"), a view with its holder ("is seen by voters as", "seen as fit to
    lead by most voters") nor one inside a speaker's sentence ("In Ohio, Lee said, Roe is seen as …")."""
    if verb.lemma_ not in VIEWS or verb.dep_ not in {"ROOT", "conj"}:
        return None
    kids = list(verb.children)
    subj = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    view = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"
                 or c.dep_ == "oprd" and verb.lemma_ == "consider"), None)
    if (subj is None or view is None or subj.tag_ in WH or subj.left_edge.tag_ in WH
            or any(c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "agent"
                   or c.dep_ == "parataxis" and speaks_in(c) for c in kids)
            or any(t.lower_ == "by" for t in view.subtree)):
        return None
    last = view.right_edge
    for c in verb.rights:  # what the parse hung on the verb right after the view ("seen as the one with …")
        if c.i > view.i and c.left_edge.i == last.i + 1 and c.dep_ not in {"punct", "cc", "conj"}:
            last = c.right_edge
    return trim(text, subj.left_edge.idx, last.idx + len(last.text))
