"""A pronoun's pick checked against a role said of someone between: "the nominee said" between Mayor Roe
and a "he" says the "he" is not the mayor but the one the text called the nominee before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import ROLE_NOUNS, key
from .subjects import SPEECH
from .syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from ..model import Mention
    from .speakers import Resolver


def role_holder(r: Resolver, pick: Mention, pos: int) -> Mention | None:
    """The pick, unless a "the <role>" subject of a speech verb between it and the pronoun names a role its
    own title rules out: then the person given that role in a sentence before the pick, else no one ("Lee
    outlined the nominee's plan. … Mayor Ann Roe …. '…,' the nominee said. '…,' he went on": Lee)."""
    text = r.text
    titles = {(text[max(0, m.start - 24):m.start].split() or [""])[-1].lower() for m in r.people
              if key(m.text) == key(pick.text)}
    if not titles & ROLE_NOUNS:
        return pick
    for tok in r.doc.char_span(pick.end, pos, alignment_mode="contract") or []:
        if (tok.dep_ in SUBJECT_DEPS and tok.tag_ == "NN" and tok.lower_ in ROLE_NOUNS - titles
                and tok.head.lemma_ in SPEECH and not r.quoted_at(tok.idx)
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            role = rf"\bthe (?:[\w-]+ ){{0,2}}{tok.lower_}\b"
            called = [m.start() for m in re.finditer(role, text[:pick.start])]
            if not called:
                return pick
            span = r.doc.char_span(called[-1], called[-1] + 3, alignment_mode="expand")
            holders = [m for m in r.people if span is not None
                       and span.sent.start_char <= m.start < called[-1] and key(m.text) != key(pick.text)]
            return holders[-1] if holders else None
    return pick
