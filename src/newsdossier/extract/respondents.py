"""Shares of those polled as sources: what "60 percent of voters said" is the finding of the poll that asked
them, the poll's statement, not theirs; the poll is its source where the sentence names it ("In a Roe poll,
60 percent said …")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SHARE = re.compile(r"(?i)\b(?:percent|half|majority|plurality|minority|(?:\d+|one|two|three|four|five|six"
                    r"|seven|eight|nine|ten) (?:in|out of) (?:\d+|three|four|five|ten))\b")
_POLLS = frozenset({"poll", "survey", "study"})


def respondents(name: str | None) -> bool:
    """Whether a source is a share of those polled ("51 percent of voters", "about half", "three in four")."""
    return name is not None and _SHARE.search(name) is not None


def poll_of(verb: Token) -> Token | None:
    """The poll that a speech verb's share of respondents answered in, named in an "in" phrase before the verb
    or the verb it hangs on ("In a Roe poll, 60 percent said …, while 30 percent said …")."""
    for v in (verb, verb.head):
        for prep in v.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < verb.i:
                poll = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_ in _POLLS), None)
                if poll is not None:
                    return poll
    return None
