"""People: who the people of one article are, their genders and their full names.

The people are its person mentions, and those the tagger missed (a name after an outlet's possessive, "Fox
News' Jane Roe"; the bare surname or lone first name of someone named in full; a one-word place no gazetteer
knows that speaks and that pronouns give a gender: "Nefzi said … she"), not initials it took for a person
("GOP") nor a title-case headline. Their gender comes from a title (Mr, Ms), a first name, or the pronouns
that follow their mentions (:mod:`.names`); a bare surname's full name is the one the article gave last
before it. Kept apart from naming speakers: pronoun resolution (:mod:`.antecedents`) reads only these, and
:class:`.speakers.Resolver` builds on them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import gazetteer
from ..model import Mention
from .antecedents import BODIES, in_subject, is_subject
from .names import GUESS, PRONOUN_GENDER, SURNAMES, WEAK, Gender, acronym, is_name, key, name_gender
from .spanindex import Stretches
from .subjects import SPEECH

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OWNER = re.compile(r"(?:’s?|'s?) (?=[A-Z])")  # "Fox News’ ", "CNN's "
_SPEAKING = SPEECH | {"speak"}
_OTHER: dict[Gender, Gender] = {"m": "f", "f": "m"}


def _own_line(m: Mention) -> Mention:
    cut = m.text.rfind("\n") + 1
    return Mention(m.article, m.start + cut, m.end, m.text[cut:], m.label) if cut else m


def _word_before(text: str, start: int) -> str:
    """The text before a name back to the start of the word before it, whole: a title ("Ms. "), not the end
    of a word ("… claims.\n\nRoe")."""
    cut = max(0, start - 5)
    while cut > 0 and not text[cut - 1].isspace():
        cut -= 1
    return text[cut:start]


class People:
    """The people of one article, their genders and full names."""

    def __init__(self, doc: Doc, article_id: str, mentions: list[Mention], quoted: list[tuple[int, int]]):
        self.doc = doc
        self.article_id = article_id
        self.text = text = doc.text  # Doc.text is rebuilt on every access: read it once
        # A mention run on from the line above ("…polls\nTrump") names only what is on its own line.
        self.mentions = sorted((_own_line(m) for m in mentions if m.article == article_id),
                               key=lambda m: m.start)
        # Surnames of people the news names alone count even where the tagger took them for an organisation.
        acting = {key(m.text) for m in self.mentions if self._acting(m, doc)}
        person_keys = {key(m.text) for m in self.mentions if m.label == "person"} | SURNAMES.keys() | acting
        self.inside = Stretches(quoted)
        # Pronouns refer back to names; descriptions ("the Kyiv-based analyst") are left to entity linking.
        self.people = [m for m in self.mentions  # a name, not a title-case headline ("Ads Show Lee …")
                       if (m.label == "person" or key(m.text) in person_keys) and is_name(m.text)
                       and len(m.text.split()) <= 5 and not acronym(m.text)
                       and not self.quoted_at(m.start)]
        self.untagged = self._untagged()
        self.people = sorted(self.people + self.untagged, key=lambda m: m.start)
        self.person_keys = {key(m.text) for m in self.people}
        self.own_gender, self.gender = self._genders(text)
        # a place-tagged name is a person only where pronouns give it a gender ("Rihanna spoke. … she said")
        self.people = [m for m in self.people if key(m.text) not in acting or key(m.text) in self.gender]
        # The genders the full names of each surname carry (Hillary and Bill Clinton: both).
        self.key_genders: dict[str, set[Gender]] = {}
        for m in self.people:
            if m.start in self.own_gender:
                self.key_genders.setdefault(key(m.text), set()).add(self.own_gender[m.start])

    @staticmethod
    def _acting(m: Mention, doc: Doc) -> bool:
        """A one-word place no gazetteer knows as the subject of speech ("Nefzi said"; not "Carter, the poll
        firm, wrote"): a person."""
        span = doc.char_span(m.start, m.end) if m.label == "place" else None
        if span is None or len(span) != 1:
            return False
        tok = span[0]
        return (tok.dep_ == "nsubj" and tok.head.lemma_ in _SPEAKING
                and not any(c.dep_ == "appos" and c.lemma_ in BODIES for c in tok.children)
                and gazetteer().lookup(m.text) is None)

    def _untagged(self) -> list[Mention]:
        """People the tagger missed: a person named after an outlet's possessive inside an organisation
        ("Fox News’ Jane Roe"), and the bare surname or first name of someone named in full ("Pate claimed
        …" after "Luther Pate") where no mention covers it."""
        found = []
        for m in self.mentions:
            owner = _OWNER.search(m.text) if m.label != "person" else None
            if owner is not None:
                name = m.text[owner.end():]
                if len(name.split()) > 1 and is_name(name) and name_gender(name, "")[1] >= 10:
                    start = m.start + owner.end()
                    found.append(Mention(m.article, start, m.end, name, "person"))
        full = {m.text for m in self.people + found if len(m.text.split()) > 1}
        # A first name alone ("Megan was incredulous") names its bearer where only one surname goes with it.
        bearers: dict[str, set[str]] = {}
        for name in full:
            if name_gender(name, "")[1] >= 10:
                bearers.setdefault(name.split()[0].lower(), set()).add(key(name))
        alone = {key(name) for name in full} | {first for first, keys in bearers.items() if len(keys) == 1}
        alone |= SURNAMES.keys()  # the news names them alone ("And oh yes, Carly Fiorina: …")
        # a surname the tagger knew once ("Maddow") is still that person where it misses it later
        alone |= {key(m.text) for m in self.people if m.label == "person" and len(m.text.split()) == 1}
        for tok in self.doc:
            # the tagger may take a surname for an adverb or a noun ("And Skelly called Braynard …"), though
            # not where a sentence opens
            tagged = tok.pos_ == "PROPN" or (tok.pos_ in {"ADV", "NOUN", "ADJ", "VERB"}
                                             and tok.i > tok.sent.start)
            if (tagged and tok.lower_ in alone and tok.text[:1].isupper()
                    and tok.dep_ != "compound" and not self.quoted_at(tok.idx)
                    and not any(m.start <= tok.idx < m.end for m in self.mentions)):
                found.append(Mention(self.article_id, tok.idx, tok.idx + len(tok.text), tok.text, "person"))
        return found

    def _genders(self, text: str) -> tuple[dict[int, Gender], dict[str, Gender]]:
        """Gender per mention (by its own title or first name) and per surname key: by the mentions that
        have one, if they agree (Donald and Melania Trump do not); else by the pronouns that follow the
        key's subjects and, once per key, a weak hint (a Slavic ending: "Canova" may be Tim Canova). A first
        name in -a is only a guess, which the article's titles and pronouns overrule."""
        own: dict[int, Gender] = {}
        strong: dict[str, dict[Gender, int]] = {}
        weak: dict[str, dict[Gender, int]] = {}
        guessed: dict[int, str] = {}  # mentions whose own gender is a guess from a first name in -a
        found = [(m, *name_gender(m.text, _word_before(text, m.start))) for m in self.people]
        # A bare surname the news knows ("Sanders") is not that person where the article gives the surname
        # to someone of the other gender by full name ("Felicia Sanders").
        full = {(key(m.text), g) for m, g, _ in found if g and len(m.text.split()) > 1}
        # Nor is a surname alone that is also a first name ("Joyce" after "Lawrence Joyce") of that name's
        # gender.
        surnames = {key(m.text) for m in self.people if len(m.text.split()) > 1}
        for m, g, weight in found:
            k = key(m.text)
            if g and k in SURNAMES and len(m.text.split()) == 1 and weight < 20 and (k, _OTHER[g]) in full:
                g = None
            if g and k not in SURNAMES and k in surnames and len(m.text.split()) == 1 and weight == 10:
                g = None
            if g and weight != WEAK:  # its own title or first name
                own[m.start] = g
            if g and weight >= 10:
                strong.setdefault(k, {"m": 0, "f": 0})[g] += weight
            elif g:
                weak.setdefault(k, {"m": 0, "f": 0})[g] = 1
            if g and weight == GUESS:
                guessed[m.start] = k
        # The first gendered pronoun after a main-clause subject, before any other person, votes for it.
        # A guess is also tested by the pronoun after it as the subject of any clause ("Feyisa Roe, who won,
        # drew cheers as he ran"), which votes for that name only. A name that only qualifies a thing in the
        # subject's own phrase is no other person, though a pronoun in that phrase may be its ("Lee, who won
        # the Roe prize, spoke. … she said": after the phrase, and not in a quote).
        aside: dict[str, dict[Gender, int]] = {}
        for idx, m in enumerate(self.people):
            main = is_subject(self.doc, m, main=True)
            if not (main or m.start in guessed and in_subject(self.doc, m)):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            phrase_end = span.root.right_edge.idx if span is not None else m.end
            stop = next((p.start for p in self.people[idx + 1:]
                         if p.start > phrase_end or not self._qualifier(p)), len(text))
            skipped = idx + 1 < len(self.people) and self.people[idx + 1].start < stop
            begin = phrase_end if skipped else m.end
            for tok in self.doc.char_span(begin, min(stop, m.end + 200), alignment_mode="contract") or []:
                g = PRONOUN_GENDER.get(tok.lower_) if not (skipped and self.quoted_at(tok.idx)) else None
                if g:
                    (weak if main else aside).setdefault(key(m.text), {"m": 0, "f": 0})[g] += 1
                    break
        by_key: dict[str, Gender] = {}
        for k in strong.keys() | weak.keys():
            a, b = strong.get(k, {"m": 0, "f": 0}), weak.get(k, {"m": 0, "f": 0})
            v = {g: a[g] + b[g] for g in a}
            if min(v["m"], v["f"]) >= 5:
                continue  # two people share the surname (Tom and Betsy Roe, "she" after Roe many times)
            if v["m"] != v["f"]:
                by_key[k] = "m" if v["m"] > v["f"] else "f"
        # Where no one else is named in full with the surname, its titles and pronouns overrule the guess
        # ("Kwabena Mensah … Mr. Mensah", "… as he ran"), not where two share it ("Amara and Peter Roe").
        named = [k for k, _ in {(key(m.text), m.text) for m in self.people if len(m.text.split()) > 1}]
        for start, k in guessed.items():
            g, other = own[start], _OTHER[own[start]]
            votes = {x: sum(d.get(k, {}).get(x, 0) for d in (strong, weak, aside)) for x in (g, other)}
            if named.count(k) == 1 and votes[other] > votes[g] - 1:  # less the guess's own vote
                own[start] = by_key[k] = other
        return own, by_key

    def _qualifier(self, m: Mention) -> bool:
        """Whether a name only qualifies a common noun ("the Roe prize", "a Lee campaign")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN"

    def gender_of(self, m: Mention) -> Gender | None:
        return self.own_gender.get(m.start) or self.gender.get(key(m.text))

    def may_be(self, m: Mention, gender: Gender) -> bool:
        """Whether mention ``m`` may be a person of ``gender``: by its own name or surname, or, for a bare
        surname two people of the article share, when one of them is of that gender."""
        g = self.gender_of(m)
        return g == gender or (g is None and gender in self.key_genders.get(key(m.text), set()))

    def could_be(self, m: Mention, gender: Gender) -> bool:
        """Whether nothing known rules mention ``m`` out as a person of ``gender`` (:meth:`may_be`, or a
        name of no known gender)."""
        return self.may_be(m, gender) or self.gender_of(m) is None

    def full_name(self, m: Mention, gender: Gender | None = None) -> str:
        """The full name of the same person (same surname and a compatible gender): the one the article
        gave last before ``m``, else its first; "Mr. Cruz" after "Ted Cruz" is not his father, "Rafael Cruz",
        named later."""
        g = self.gender_of(m) or gender
        names = [p for p in self.people if (key(p.text) == key(m.text) or p.text.split()[0] == m.text)
                 and (g is None or self.own_gender.get(p.start, g) == g)]
        # A first name or title makes a full name ("Bill de Blasio", not "De Blasio" or "Team Clinton").
        full = [p for p in names if len(p.text.split()) > 1 and p.start in self.own_gender]
        if len(m.text.split()) > 1 and (m.start in self.own_gender or not any(
                m.text.lower() in p.text.lower() for p in full)):  # "Alastair Osman" is; "De Blasio" is not
            return m.text
        before = [p for p in full if p.start <= m.start]
        if full:
            return before[-1].text if before else full[0].text
        return max((p.text for p in names), key=len, default=m.text)

    def quoted_at(self, pos: int) -> bool:
        return pos in self.inside

    def person_at(self, token: Token) -> Mention | None:
        """The person mention at ``token``: a tagged one, or a surname the tagger missed."""
        tagged = (m for m in self.mentions if m.start <= token.idx < m.end and m.label == "person")
        return next(tagged, None) or next((m for m in self.untagged if m.start <= token.idx < m.end), None)
