"""The same quote across articles, and whose words they are by a vote of the outlets.

Quotes are compared as sets of lower-cased words (quote marks, case and punctuation aside), so a quote that
one outlet truncates or runs into more sentences still matches: two quotes join when most of the shorter
one's words are in the longer one. Each outlet casts one vote for the speaker its copy names; the speaker
most outlets name wins, is given to the copies that named nobody, and a disagreement marks the group a
conflict with a note saying who said it according to whom.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from ..components import connected
from ..model import Article, Group, Quote

_WORD = re.compile(r"[^\W_]+")
_MIN_WORDS = 2  # a one-word quote ("chess") is too common to show that two articles quote the same words
_CONTAINMENT = 0.8


def words(text: str) -> frozenset[str]:
    """The words of a quote, lower case, with apostrophes and quote marks gone ("it's" -> "its")."""
    return frozenset(_WORD.findall(text.lower().replace("'", "").replace("’", "")))


def same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    small = min(len(a), len(b))
    return small >= _MIN_WORDS and len(a & b) / small >= _CONTAINMENT


def _speaker_key(q: Quote) -> str | None:
    """Who a copy names: its linked entity, else the last word of the name as written."""
    if q.speaker:
        return q.speaker
    if q.speaker_name:
        name = words(q.speaker_name)
        last = q.speaker_name.replace("’s", "").replace("'s", "").split()[-1].lower().strip(".,")
        return f"name:{last}" if name else None
    return None


def group_quotes(quotes: Sequence[Quote], articles: Sequence[Article]) -> list[Group]:
    """Groups of the same direct or partial quote carried by at least two articles; a quote under a negated
    cue ('did not call it "a disaster"') is words the speaker is reported not to have said, and joins none."""
    order = {a.id: n for n, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    cands = [q for q in quotes if q.kind != "indirect" and not q.negated and q.article in by_id]
    bags = [words(q.text) for q in cands]
    same = ((i, j) for i, j in combinations(range(len(cands)), 2) if same_words(bags[i], bags[j]))
    groups = []
    for members in connected(len(cands), same):
        qs = [cands[i] for i in members]
        if len({q.article for q in qs}) < 2:
            continue
        groups.append(_group(qs, by_id, order))
    groups.sort(key=lambda g: (-len(g.members), g.label or ""))
    return groups


def _group(qs: list[Quote], by_id: dict[str, Article], order: dict[str, int]) -> Group:
    qs = sorted(qs, key=lambda q: (order[q.article], q.start))
    outlet_of = {q.article: by_id[q.article].outlet or by_id[q.article].source for q in qs}
    outlets: list[str | None] = []
    for q in qs:
        if by_id[q.article].outlet not in outlets:
            outlets.append(by_id[q.article].outlet)
    dated = [q.article for q in qs if by_id[q.article].published]
    first = (min(dated, key=lambda a: (by_id[a].published or "", order[a])) if dated
             else min((q.article for q in qs), key=order.__getitem__))
    # One vote per outlet for each speaker its copies name.
    votes: dict[str, set[str]] = {}
    names: dict[str, Quote] = {}
    for q in qs:
        k = _speaker_key(q)
        if k is not None:
            votes.setdefault(k, set()).add(outlet_of[q.article])
            names.setdefault(k, q)
    tally = Counter({k: len(v) for k, v in votes.items()})
    status = "agree"
    note = None
    if tally:
        ranked = tally.most_common()
        winner, top = ranked[0]
        if len(ranked) > 1:
            status = "conflict"
            parts = [f"{names[k].speaker_name or k} ({', '.join(sorted(votes[k]))})" for k, _n in ranked]
            tie = ranked[1][1] == top
            note = "speaker disagreement: " + " vs ".join(parts) + ("; no majority" if tie else "")
        if not (len(ranked) > 1 and ranked[1][1] == top):
            src = names[winner]
            for q in qs:  # copies that named nobody take the speaker the outlets agree on
                if _speaker_key(q) is None:
                    q.speaker, q.speaker_name = src.speaker, src.speaker_name
    label = min((q.text for q in qs), key=len)
    return Group(kind="quote", members=[q.id for q in qs], outlets=outlets, first=first, status=status,
                 label=label, independent_sources=len(set(outlet_of.values())), note=note)
