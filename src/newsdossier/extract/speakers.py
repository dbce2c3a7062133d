"""Speakers: what a subject token names, resolving pronouns within one article.

A dateline or date is no speaker, and a title or description gives way to the name beside it ("candidate
Senator Jane Roe (D-VT) stated"). The people of the article are its person mentions, and those the tagger
missed (a name after an outlet's possessive, "Fox News' Jane Roe"; the bare surname or lone first name of
someone named in full), not initials it took for a person ("GOP"); their gender comes from a title (Mr, Ms),
a first name, or the pronouns that follow their mentions (:mod:`.names`). A he, she, they or it subject
stands for the person, group or organisation :mod:`.antecedents` finds (a he or she no name fits, for the
person described just before: "A spokesman for Roe said …. He added"); a share of a group ("Six in 10
voters") speaks for it, and so do "those" a phrase says who are ("those surveyed"). A "who" on one of a kind
set beside a name ("Jo Roe, a farmer who …") is that person.
When no single person fits, the speaker stays unknown: a wrong name is worse than none. The subject token
itself comes from :mod:`.subjects`; :func:`phrase` gives the noun phrase it heads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..gazetteer import gazetteer
from ..model import Mention, Span
from .antecedents import BODIES, Antecedents, is_subject
from .names import (AGENT_ENDINGS, ANYONE, PEOPLE_NOUNS, PRONOUN_GENDER, PRONOUNS, QUANTIFIERS,
                    ROLE_NOUNS, SOMEONE, SURNAMES, WEAK, Gender, acronym, is_name, key, name_gender, share,
                    share_of_group)
from .quotemarks import Stretches
from .subjects import DESCRIBE, SPEECH, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# What a person or body puts out: a relative clause on one reports its maker's words.
_RELEASED = frozenset({"statement", "memo", "letter", "ad", "advertisement", "video", "email", "tweet",
                       "release"})
# Quote marks inside a name (a subject inside a quote); markup left in the text (tweet tags); a list's dash
# the tokenizer glued to a name ("-Jo Roe explains").
_QUOTES = re.compile(r"[“”\"«»]|''|``")
_MARKUP = re.compile(r"[=<>{}|]")
_BULLET = re.compile(r"^[-–—•*]+(?=[A-Z])")
_OWNER = re.compile(r"(?:’s?|'s?) (?=[A-Z])")  # "Fox News’ ", "CNN's "
_DATELINE = re.compile(r"\s*\([A-Z][A-Za-z]+\)\s*[—–-]")
_PEOPLE_NOUNS = ROLE_NOUNS | _RELEASED | PEOPLE_NOUNS  # a group a quantifier is part of must be one to speak
_SPEAKING = SPEECH | {"speak"}
_OTHER: dict[Gender, Gender] = {"m": "f", "f": "m"}


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    mention: Span | None


def _misread_name(token: Token) -> bool:
    """A name the tagger read as a pronoun ("O’Malley notes"): capitalised and no pronoun."""
    return token.text[:1].isupper() and token.lower_ not in PRONOUNS and not token.like_num


def _own_line(m: Mention) -> Mention:
    cut = m.text.rfind("\n") + 1
    return Mention(m.article, m.start + cut, m.end, m.text[cut:], m.label) if cut else m


def _dateline(text: str, token: Token) -> bool:
    """The place of a dateline opening a line ("WASHINGTON (AP) —", "New York (AFP) –")."""
    line_start = text.rfind("\n", 0, token.idx) + 1
    after = token.idx + len(token.text)
    return token.left_edge.idx == line_start and _DATELINE.match(text, after) is not None


# Words before a noun that belong to the phrase it heads.
_NAME_DEPS = frozenset({"compound", "flat", "nmod", "poss", "case", "det", "amod", "nummod"})


def phrase(token: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``token``, without appositives or relative clauses;
    a common noun keeps a short ``of/at/for`` phrase ("analysts at the Institute for the Study of War")."""
    left = token
    for child in token.lefts:
        if child.dep_ in _NAME_DEPS:
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    right = token
    for child in token.rights:
        if child.dep_ in {"compound", "flat"}:
            right = max(right, child.right_edge, key=lambda t: t.i)
        elif (child.dep_ == "prep" and token.pos_ == "NOUN" and child.lower_ in {"of", "at", "for", "from"}
              and child.right_edge.i - token.i <= 8):
            right = max(right, child.right_edge, key=lambda t: t.i)
            break
        else:
            break
    start, end = left.idx, right.idx + len(right.text)
    # A heading, time stamp, label ("FLOOD: mayor") or a clause before a spaced dash ("than Lee - 60 percent
    # of voters") is not the speaker.
    for t in token.doc[left.i:token.i]:
        spaced = t.i > 0 and bool(t.whitespace_ and t.nbor(-1).whitespace_)
        dash = t.text in {"-", "–", "—", "--"} and spaced
        if ("\n" in t.text_with_ws or t.text == ":" or dash) and t.i + 1 < len(token.doc):
            start = token.doc[t.i + 1].idx
    return start, end


class Resolver:
    """Names the speaker for a subject token, resolving pronouns within one article."""

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
        self.pronouns = Antecedents(self)
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
        key's subjects and, once per key, a weak hint (a Slavic ending: "Canova" may be Tim Canova)."""
        own: dict[int, Gender] = {}
        strong: dict[str, dict[Gender, int]] = {}
        weak: dict[str, dict[Gender, int]] = {}
        found = [(m, *name_gender(m.text, text[max(0, m.start - 5):m.start])) for m in self.people]
        # A bare surname the news knows ("Sanders") is not that person where the article gives the surname
        # to someone of the other gender by full name ("Felicia Sanders").
        full = {(key(m.text), g) for m, g, _ in found if g and len(m.text.split()) > 1}
        for m, g, weight in found:
            k = key(m.text)
            if g and k in SURNAMES and len(m.text.split()) == 1 and weight < 20 and (k, _OTHER[g]) in full:
                g = None
            if g and weight != WEAK:  # its own title or first name
                own[m.start] = g
            if g and weight >= 10:
                strong.setdefault(k, {"m": 0, "f": 0})[g] += weight
            elif g:
                weak.setdefault(k, {"m": 0, "f": 0})[g] = 1
        # The first gendered pronoun after a main-clause subject, before any other person, votes for it.
        starts = [m.start for m in self.people]
        for idx, m in enumerate(self.people):
            if not is_subject(self.doc, m, main=True):
                continue
            stop = starts[idx + 1] if idx + 1 < len(starts) else len(text)
            for tok in self.doc.char_span(m.end, min(stop, m.end + 200), alignment_mode="contract") or []:
                g = PRONOUN_GENDER.get(tok.lower_)
                if g:
                    weak.setdefault(key(m.text), {"m": 0, "f": 0})[g] += 1
                    break
        by_key: dict[str, Gender] = {}
        for k in strong.keys() | weak.keys():
            a, b = strong.get(k, {"m": 0, "f": 0}), weak.get(k, {"m": 0, "f": 0})
            v = {g: a[g] + b[g] for g in a}
            if min(v["m"], v["f"]) >= 5:
                continue  # two people share the surname (Tom and Betsy Roe, "she" after Roe many times)
            if v["m"] != v["f"]:
                by_key[k] = "m" if v["m"] > v["f"] else "f"
        return own, by_key

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

    def resolve(self, subj: Token) -> Speaker:
        """The speaker a subject token names (None where unknown), as a clean name: no unpaired quote mark
        ('the "bigots'), no list dash before it, no comma after it; markup ('datetime="2016') or a stray token
        ("’ve" after "who") is no name."""
        found = self._resolve(subj)
        if found.name is None:
            return found
        name = _BULLET.sub("", found.name)
        if len(_QUOTES.findall(name)) % 2:  # a mark whose pair lies outside the name
            name = _QUOTES.sub("", name)
        name = name.strip(" ,;:\u00a0")
        if not name[:1].isalnum() or _MARKUP.search(name):
            return Speaker(None, None)
        return Speaker(name, found.mention)

    def _resolve(self, subj: Token) -> Speaker:
        clause = subj.head.head if subj.head.dep_ == "aux" else subj.head  # "who" on "is" in "who is saying"
        if (subj.lower_ in {"who", "which", "that"} and clause.dep_ in {"relcl", "acl"}
                and clause.head != subj):
            noun = clause.head  # "Harvey, who acknowledged …": the noun the clause modifies
            head = noun
            while head.dep_ in {"conj", "appos"} and head.head != head:
                head = head.head
            # "Lee is a veteran and a farmer who has pledged …": what Lee is, so Lee, also where "is" is a
            # conjunct ("Lee runs a farm and is a veteran who …"); not "There are voters who …", nor where
            # what one is is a person named ("the winner was Jane Roe, who said …": Roe)
            be = head.head
            owner = (next((c for c in be.lefts if c.dep_ == "nsubj"), None)
                     or (subject_of(be) if be.dep_ == "conj" else None)) \
                if head.dep_ == "attr" and be.lemma_ == "be" and self.person_at(head) is None else None
            # "Roe released a statement that accused Lee …": who put the statement out
            if head.lemma_ in _RELEASED and head.dep_ == "dobj" and head.head.pos_ == "VERB":
                owner = subject_of(head.head)
            # "Jo Roe, a farmer who has pledged …": one of a kind names no one; the person set beside it does
            if noun.dep_ == "appos" and any(c.lower_ in {"a", "an"} for c in noun.lefts) \
                    and self.person_at(noun.head) is not None:
                owner = noun.head
            return self.resolve(owner if owner is not None else noun)
        if subj.lower_ == "they":
            plural = self.pronouns.group(subj)
            if plural is None:
                return Speaker(None, None)
            return self.joined(plural) or self.resolve(plural)
        if subj.lower_ == "it":
            body = self.pronouns.body(subj)
            return self.resolve(body) if body is not None else Speaker(None, None)
        if subj.lower_ in QUANTIFIERS and subj.dep_ in {"nsubj", "nsubjpass"}:
            part = self._part_of_group(subj)
            if part is not None:
                return part
        if (subj.pos_ == "PRON" and not _misread_name(subj)) or subj.lower_ in PRONOUN_GENDER:
            g = PRONOUN_GENDER.get(subj.lower_)
            if g is None:  # someone unnamed ("someone in the crowd", "anyone who knows her"), not "nobody"
                said = subj.lower_ in SOMEONE or subj.lower_ in ANYONE and any(
                    c.dep_ in {"prep", "relcl", "acl"} for c in subj.children)
                end = subj.right_edge.idx + len(subj.right_edge.text)
                return Speaker(self.text[subj.left_edge.idx:end] if said else None, None)
            m = self.pronouns.he_she(subj, g)
            if m is None:  # no one named: someone described ("A spokesman for Roe said …. He added")
                described = self.pronouns.introduced(subj, g)
                return self.resolve(described) if described is not None else Speaker(None, None)
            return Speaker(self.full_name(m, g), self.span(m))
        named = self._named_in(subj)  # "One of the men, Jane Roe, 70, said": the name beside the number
        if named is not None:
            return named
        if subj.like_num or subj.pos_ == "NUM" or subj.lower_ in {"a.m.", "p.m.", "am", "pm"}:
            # A share of a group ("Six in 10 voters say", "two-thirds of voters said", after a poll "less than
            # a third agreed") speaks for it; "1:50 p.m." opening a live-blog entry is no speaker.
            if share(subj):
                words = self.text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge.text)]
                return Speaker(words, None)
            return Speaker(None, None)
        if (subj.ent_type_ in {"DATE", "TIME"} and "old" not in subj.lower_) or _dateline(self.text, subj):
            return Speaker(None, None)  # "Saturday at the convention said", "WASHINGTON (AP) —": no one
        start, end = phrase(subj)
        text = self.text
        for m in self.mentions:
            if m.start <= subj.idx < m.end:
                if m.label == "person":
                    both = self.joined(subj) if subj.dep_ in {"nsubj", "nsubjpass"} else None
                    if both is not None:  # "Jo Roe and Al Lee said": both
                        return both
                    m = self._clipped(m, subj)
                    return Speaker(m.text, self.span(m))
                return Speaker(text[start:end], self.span(m))
        if subj.pos_ == "PROPN":
            return Speaker(text[start:end], Span(self.article_id, start, end, text[start:end]))
        named = self.person_at(subj)  # a surname the tagger took for an adverb or a noun
        if named is not None:
            return Speaker(named.text, self.span(named))
        # A description: linkable when it is a definite role ("the Ukrainian president"), else just words.
        words = text[start:end]
        role = subj.lower_ in ROLE_NOUNS and words.lower().startswith("the ")
        return Speaker(words, Span(self.article_id, start, end, words) if role else None)

    def joined(self, token: Token) -> Speaker | None:
        """People named and joined by "and" from ``token`` on ("Jo Roe, 58, and Al Lee": "Jo Roe and Al
        Lee"), as one speaker; None where a conjunct is no person named."""
        chain = [token]
        for t in chain:  # its conjuncts, not those in a phrase on it ("Jo Roe, who backs Al Lee and Ann Wu")
            chain += [c for c in t.children if c.dep_ == "conj"]
        found = [self.person_at(t) for t in chain]
        if (len(found) < 2 or any(m is None for m in found)
                or any(c.dep_ in {"cc", "preconj"} and c.lower_ != "and" for t in chain for c in t.children)):
            return None  # "Roe or Lee", "neither Roe nor Lee"
        names = [self.full_name(m) for m in found]
        return Speaker(", ".join(names[:-1]) + " and " + names[-1], self.span(found[0]))

    def _part_of_group(self, subj: Token) -> Speaker | None:
        """A quantifier subject as its description, with the group it is part of ("Only one of the 25
        delegates", "Some", "Two others"); not a share the number branch reads ("one in five voters"), nor one
        set beside a name ("One of the men, Jane Roe, said": she speaks), nor a bare "all" ("all she could do
        was"), nor those who give a thing a name ("what some call the 'tax grab'": a coined term)."""
        naming = subj.head.lemma_ in DESCRIBE and any(c.lower_ == "what" for c in subj.head.lefts)
        if naming or share_of_group(subj) or self._named_in(subj) is not None:
            return None
        of = next((c for c in subj.rights if c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if (group is None and subj.lower_ == "all") or (group is not None and not self._people(group)):
            return None
        end = phrase(group)[1] if group is not None else subj.idx + len(subj.text)
        return Speaker(self.text[subj.left_edge.idx:end], None)

    def _people(self, group: Token) -> bool:
        """Whether a group noun stands for people or what they put out ("them", "the 25 delegates", "the
        Democrats", "her ads"), not for things ("her first power moves")."""
        named = any(m.start <= group.idx < m.end and m.label != "place" for m in self.mentions)
        if named or group.pos_ == "PRON":
            return True
        lemma = group.lemma_.lower()
        return lemma in _PEOPLE_NOUNS or lemma.endswith(AGENT_ENDINGS)

    def _clipped(self, m: Mention, subj: Token) -> Mention:
        """A name the tagger ran on into its verb or past a colon ("Trump Says He Never …", "Marco Rubio
        Responds To …" in a title-case headline; "Jane Roe: Saying …" in a transcript) ends before
        them."""
        end = m.end
        head = subj.head
        if head.i > subj.i and head.pos_ != "PROPN" and m.start < head.idx < end:
            end = head.idx
        colon = self.text.find(":", subj.idx, end)
        end = colon if colon >= 0 else end
        while end > m.start and not self.text[end - 1].isalnum() and self.text[end - 1] != ".":
            end -= 1
        return Mention(m.article, m.start, end, self.text[m.start:end], m.label) if end < m.end else m

    def quoted_at(self, pos: int) -> bool:
        return pos in self.inside

    def span(self, m: Mention) -> Span:
        return Span(self.article_id, m.start, m.end, m.text)

    def person_at(self, token: Token) -> Mention | None:
        """The person mention at ``token``: a tagged one, or a surname the tagger missed."""
        tagged = (m for m in self.mentions if m.start <= token.idx < m.end and m.label == "person")
        return next(tagged, None) or next((m for m in self.untagged if m.start <= token.idx < m.end), None)

    def _named_in(self, subj: Token) -> Speaker | None:
        """The person a description, title, place or date subject stands beside as its appositive or
        conjunct ("Democratic candidate Senator Jane Roe (D-VT) stated", "GOP contender and former surgeon
        John Roe responded", "LONDON (AP) – Vice President John Roe hit …"), or that closes an office "of"
        something ("Secretary of State John Roe said", "Speaker of the House Jane Roe (D-VT) said"): that
        person speaks."""
        if self.person_at(subj) is not None:
            return None
        named = [c for c in subj.children if c.dep_ in {"appos", "conj"} and c.i < subj.head.i and c.pos_ == "PROPN"]
        if subj.lower_ in ROLE_NOUNS and any(c.lower_ == "of" for c in subj.rights):
            words = [t for t in subj.subtree if t.i < subj.head.i]
            cut = next((k for k, t in enumerate(words) if t.text == "("), len(words))
            named += words[cut - 1:cut]  # the name the office ends on, before any "(D-VT)"
        for child in named:
            m = self.person_at(child)
            if m is None and subj.like_num:  # "One of them, Acme Health, has threatened to leave": the body
                m = next((o for o in self.mentions
                          if o.start <= child.idx < o.end and o.label == "organization"), None)
            if m is not None and is_name(m.text):
                return Speaker(m.text, self.span(m))
        return None

    def named_as(self, speaker: Speaker, labels: frozenset[str]) -> bool:
        """Whether the speaker's mention lies in a mention the tagger gave one of ``labels`` ("person", …)."""
        m = speaker.mention
        return m is not None and any(o.start <= m.start < o.end and o.label in labels for o in self.mentions)

    def is_person(self, speaker: Speaker) -> bool:
        """Whether a speaker is (or may be) a person: not a name tagged as an organisation or a place."""
        m = speaker.mention
        if m is None:
            return False
        return not any(o.start <= m.start < o.end and o.label != "person" and key(o.text) not in self.person_keys
                       for o in self.mentions)
