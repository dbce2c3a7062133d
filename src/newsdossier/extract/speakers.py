"""Speakers: what a subject token names, resolving pronouns within one article.

A dateline or date is no speaker, and a title or description gives way to the name beside it ("candidate
Senator Jane Roe (D-VT) stated"); names are those of the article's people, with their genders and full names
(:mod:`.people`, on which the :class:`Resolver` builds). A he or she subject stands for the person
:mod:`.antecedents` finds (one no name fits, for the person described just before: "A spokesman for Roe said
…. He added"), a they or it for the group or organisation :mod:`.groups` finds; a share of a group ("Six in
10 voters") speaks for it, and so do "those" a phrase says who are ("those surveyed"). A "who" on one of a
kind set beside a name ("Jo Roe, a farmer who …") is that person; people joined by "and" or "along with"
speak as one, and so does a pronoun with those "and" joins to it ("She and another reporter said"). One
who speaks for someone ("A lawyer for Roe said") is the speaker, not the one named after "for".
When no single person fits, the speaker stays unknown: a wrong name is worse than none. The subject token
itself comes from :mod:`.subjects`; :func:`phrase` gives the noun phrase it heads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Mention, Span
from .antecedents import Antecedents
from .groups import body_for, group_for
from .name_before import GLUED_TIME, TIME_STAMP
from .names import (AGENT_ENDINGS, ANYONE, PEOPLE_NOUNS, PRONOUN_GENDER, PRONOUNS, QUANTIFIERS, ROLE_NOUNS,
                    SOMEONE, is_name, key, share, share_of_group)
from .people import People
from .subjects import DESCRIBE, subject_of
from .syntax import phrase_holding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# What a person or body puts out: a relative clause on one reports its maker's words.
_RELEASED = frozenset({"statement", "memo", "letter", "ad", "advertisement", "video", "email", "tweet",
                       "message", "release"})
# Quote marks inside a name (a subject inside a quote); markup left in the text (tweet tags); a list's dash
# the tokenizer glued to a name ("-Jo Roe explains").
_QUOTES = re.compile(r"[“”\"«»]|''|``")
_MARKUP = re.compile(r"[=<>{}|]")
_BULLET = re.compile(r"^[-–—•*]+(?=[A-Z])")
# Those who speak for someone else ("A lawyer for Mr. Roe said"): the one named after "for" or "to" is not
# the speaker.
_SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "aide", "adviser",
                           "advisor", "lawyer", "attorney", "assistant", "surrogate", "staffer"})
_DATELINE = re.compile(r"\s*\([A-Z][A-Za-z]+\)\s*[—–-]")
_PEOPLE_NOUNS = ROLE_NOUNS | _RELEASED | PEOPLE_NOUNS  # a group a quantifier is part of must be one to speak


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    mention: Span | None


def _misread_name(token: Token) -> bool:
    """A name the tagger read as a pronoun ("O’Malley notes"): capitalised and no pronoun."""
    return token.text[:1].isupper() and token.lower_ not in PRONOUNS and not token.like_num


def _dateline(text: str, token: Token) -> bool:
    """The place of a dateline opening a line ("WASHINGTON (AP) —", "New York (AFP) –")."""
    line_start = text.rfind("\n", 0, token.idx) + 1
    after = token.idx + len(token.text)
    return token.left_edge.idx == line_start and _DATELINE.match(text, after) is not None


def _idiom_words(token: Token) -> bool:
    """Bare "words" in an idiom ("Words cannot describe how …", "Mere words fail me"): no one's words; "her
    words" or "the words of the order" name whose they are."""
    return token.lemma_.lower() in {"word", "words"} and token.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "prep"} for c in token.children)


# Words before a noun that belong to the phrase it heads.
_NAME_DEPS = frozenset({"compound", "flat", "nmod", "poss", "case", "det", "amod", "nummod"})


def _speaking_for(name: Token) -> Token | None:
    """The subject that speaks for the person a name stands for, where a relative clause hangs on the name
    ("an aide to Roe, who declined to be named, said")."""
    held = phrase_holding(name)
    if held is None or held[0].lower_ not in {"for", "to"} or held[0] == held[1]:
        return None
    noun = held[1]
    return noun if noun.lemma_.lower() in _SPEAKING_FOR and noun.dep_ in {"nsubj", "nsubjpass"} else None


def phrase(token: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``token``, without appositives or relative clauses;
    a common noun keeps a short ``of/at/for`` phrase ("analysts at the Institute for the Study of War"), one
    who speaks for someone a ``to`` phrase ("an aide to Roe"), and "close to" whom ("people close to Roe")."""
    left = token
    for child in token.lefts:
        if child.dep_ in _NAME_DEPS:
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    right = token
    for child in token.rights:
        if child.dep_ in {"compound", "flat"}:
            right = max(right, child.right_edge, key=lambda t: t.i)
        elif (child.dep_ == "prep" and token.pos_ == "NOUN" and child.right_edge.i - token.i <= 8
              and (child.lower_ in {"of", "at", "for", "from"}
                   or child.lower_ == "to" and token.lemma_.lower() in _SPEAKING_FOR)):  # "an aide to Roe"
            right = max(right, child.right_edge, key=lambda t: t.i)
            break
        elif child.lower_ == "close" and child.dep_ == "amod" and child.right_edge.i - token.i <= 8 and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in child.children):  # "people close to Roe"
            right = max(right, child.right_edge, key=lambda t: t.i)
            break
        else:
            break
    start, end = left.idx, right.idx + len(right.text)
    # A heading, time stamp ("8:38PM Roe"), label ("FLOOD: mayor") or a clause before a spaced dash ("than Lee
    # - 60 percent of voters") is not the speaker.
    for t in token.doc[left.i:token.i]:
        spaced = t.i > 0 and bool(t.whitespace_ and t.nbor(-1).whitespace_)
        dash = t.text in {"-", "–", "—", "--"} and spaced
        cut = "\n" in t.text_with_ws or t.text == ":" or dash or TIME_STAMP.match(t.text)
        if cut and t.i + 1 < len(token.doc):
            start = token.doc[t.i + 1].idx
    return start, end


class Resolver(People):
    """Names the speaker for a subject token, resolving pronouns within one article."""

    def __init__(self, doc: Doc, article_id: str, mentions: list[Mention], quoted: list[tuple[int, int]]):
        super().__init__(doc, article_id, mentions, quoted)
        self.pronouns = Antecedents(self)

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
        # "Roe, who …, and who has been hoping …": the second "who" is the first's, not one of "the raid
        # that killed …, and who …", which the parser may hang on the nearer clause
        first = clause
        while first.dep_ == "conj" and first.head.dep_ in {"relcl", "conj"}:
            first = first.head
        if subj.lower_ == "who" and first.dep_ == "relcl" and any(
                c.lower_ == "who" and c.dep_ in {"nsubj", "nsubjpass"} for c in first.children):
            clause = first
        if (subj.lower_ in {"who", "which", "that"} and clause.dep_ in {"relcl", "acl"}
                and clause.head != subj):
            noun = clause.head  # "Harvey, who acknowledged …": the noun the clause modifies
            # "posted a message on Twitter that said …": the parser hangs the clause on the medium, not on
            # what was posted
            verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "via"} else None
            put_out = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in _RELEASED
                            and c.i < noun.i), None) if verb is not None else None
            noun = put_out or noun
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
            return self.resolve(owner if owner is not None else _speaking_for(noun) or noun)
        if subj.lower_ in PRONOUN_GENDER or subj.lower_ == "they":
            partners = self._partners(subj)
            if partners is not None:  # "She and another reporter said": both speak
                alone = self._alone(subj)
                lead = alone.name if alone.name is not None else self.text[subj.idx:partners[0]]
                return Speaker(lead.rstrip() + " " + self.text[partners[0]:partners[1]], alone.mention)
        return self._alone(subj)

    def _alone(self, subj: Token) -> Speaker:
        """The speaker a subject token names by itself: whom a pronoun stands for, a share of a group, a
        name or a description."""
        if subj.lower_ == "they":
            plural = group_for(self, subj)
            if plural is None:
                return Speaker(None, None)
            return self.joined(plural) or self.resolve(plural)
        if subj.lower_ == "it":
            body = body_for(self, subj)
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
        glued = GLUED_TIME.match(subj.text)
        if glued is not None:  # "9:12PMRoe Says …": a live blog's time stamp run into the name of a heading
            start = subj.idx + glued.start(1)
            return Speaker(glued[1], Span(self.article_id, start, subj.idx + len(subj.text), glued[1]))
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
        if _idiom_words(subj):
            return Speaker(None, None)
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
        Lee"), or by "along with" (:meth:`_companions`), as one speaker; None where a conjunct is no person
        named."""
        chain = [token]
        for t in chain:  # its conjuncts, not those in a phrase on it ("Jo Roe, who backs Al Lee and Ann Wu")
            chain += [c for c in t.children if c.dep_ == "conj"]
        found = [self.person_at(t) for t in chain] + self._companions(token)
        if (len(found) < 2 or any(m is None for m in found)
                or any(c.dep_ in {"cc", "preconj"} and c.lower_ != "and" for t in chain for c in t.children)):
            return None  # "Roe or Lee", "neither Roe nor Lee"
        names = [self.full_name(m) for m in found]
        return Speaker(", ".join(names[:-1]) + " and " + names[-1], self.span(found[0]))

    def _partners(self, subj: Token) -> tuple[int, int] | None:
        """Where the people a pronoun subject is joined to by "and" are written ("and another reporter" in
        "She and another reporter said"); None where it stands alone or is "or" ("he or his aides")."""
        conj = [c for c in subj.children if c.dep_ == "conj" and c.i > subj.i]
        cc = [c for c in subj.children if c.dep_ in {"cc", "preconj"}]
        if subj.dep_ not in {"nsubj", "nsubjpass"} or not conj or [c.lower_ for c in cc] != ["and"]:
            return None
        return cc[0].idx, phrase(conj[-1])[1]

    def _companions(self, subj: Token) -> list[Mention]:
        """The people an "along with" phrase set beside a subject joins to it ("Jo Roe, along with Al Lee and
        Ann Wu, wrote …"; "…, said Jo Roe, along with Al Lee"): those named from the phrase to the verb after
        it, or to the sentence's end."""
        verb = subj.head
        # right after the subject, before its verb or after an inverted one ("wrote it along with Lee" is no
        # joint speech)
        along = next((c for c in (*subj.children, *verb.children)
                      if c.dep_ == "prep" and c.lower_ in {"along", "together"} and subj.i < c.i
                      and (c.i < verb.i or verb.i < subj.i) and any(w.lower_ == "with" for w in c.children)),
                     None)
        if along is None:
            return []
        end = verb.idx if along.i < verb.i else along.sent.end_char
        return [m for m in self.people if along.idx < m.start < end]

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

    def span(self, m: Mention) -> Span:
        return Span(self.article_id, m.start, m.end, m.text)

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
