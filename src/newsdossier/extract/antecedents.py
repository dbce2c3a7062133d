"""He/she antecedents: whom a subject he or she stands for, within one article.

A he/she is the nearest earlier person of its gender, preferring one that was itself a subject (or its
possessor: "Roe's plan came with caveats. He …"; the main clause's over one reported in it), unless a person
of that gender stands in the sentence just before the pronoun's; never one named in the pronoun's own clause
("He insisted Roe had …"), and, in a clause fronted before its main one, the subject that follows ("While he
refused …, Mr. Roe said"). When no single person fits, or someone described, not named, came in since ("One
delegate said …"), or a name the resolver knows no person for ("Dole dodged …", the parser's person the tagger
made a place), it stands for no one; nor is it one its own clause reports about before it ("Roe was for Lee …,
he said": not Lee).
A he/she in a clause inside a "who" clause is the person that clause describes ("Rep. Joe Roe, the
congressman who was censured after he shouted …"), and a speaking one after the words a "who told" clause
reports is the person it describes ("Jo Roe, who told us: '…' She added"); a person named in full just
before, of unknown gender, is the last resort when no one of the pronoun's gender is in view (further back
too where the pronouns since are all of the gender, the first of them beside the name: "… Ryl Quill ….
Her plan …. She said"). A he/she with no one named in view is the person described, not named, who was the
subject just before ("A spokesman for Roe said …. He added"), or the name set off beside it ("One aide to
Roe, Al Lee, said …. He added": Lee); a his/her listing one more thing of the owner named of the first is that
owner ("Roe's claim …; and his vow"). The people, their genders and full names
come from the :class:`.speakers.Resolver` these serve, the clause tests and the walk back from a pronoun
from :mod:`.clauses`, which :mod:`.groups` shares to find what "they" and "it" stand for. No one named in a
photo's caption is an antecedent.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import BODIES, in_subject, is_subject, main_clause, tokens_back
from .names import (PEOPLE_NOUNS, PERSON_ENDINGS, PRONOUN_GENDER, ROLE_NOUNS, SURNAMES, Gender, is_name,
                    key, name_gender)
from .roles import role_holder
from .spanindex import Stretches
from .subjects import SPEECH
from .syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from ..model import Mention
    from .speakers import Resolver

# A title the parser may end a sentence at ("particularly Govs. | Jane Roe and …").
_ABBREVIATION = re.compile(r"\b(?:Mrs?|Ms|Dr|Sens?|Govs?|Reps?|Gens?|Lt|Col|Capt|Sgt|Adm|Prof|Rev|Hon)\.\s*$")
# Determiners that bring in someone new ("One delegate said"); "the candidate" is more often someone named.
_INTRODUCING = frozenset({"a", "an", "one", "another"})
# What people, not companies or reports, do as they are introduced ("A company he owns has charged …").
_TELLING = frozenset({"say", "tell", "add", "explain", "recall", "insist", "reply", "respond", "admit"})
# Links on the way up from a name to a pronoun's clause past which the name may still be the pronoun's.
_ASIDE_DEPS = frozenset({"poss", "compound", "relcl", "acl", "appos", "parataxis", "advcl", "npadvmod",
                         "conj"})
# Links from a pronoun's clause up to a relative clause it lies in ("who won when he …", "who says she …").
_REPORTED_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
# Links from a name up to a clause a pronoun reports before it that make the name one it speaks about.
_ARGUMENT_DEPS = frozenset({"dobj", "pobj", "prep", "attr", "acomp", "dative", "oprd", "agent", "amod"})
# Nouns for one person described, not named, beyond those for people and roles ("a representative for Roe").
_DESCRIBED = frozenset({"representative", "pastor", "source", "staffer", "volunteer", "worker"})
# A photo's caption: the paragraph after its credit line ("Jo Roe/Reuters."), with no quote in it.
_CAPTION = re.compile(r"^[^\n]{0,60}(?:/ ?|via )(?:Getty Images|Reuters|AP|AFP)\.[ \t]*\n\s*([^\n\"“”]+)$",
                      re.M)
_Barred = frozenset[tuple[str, str | None]]  # (surname key, first name or None) of people a pronoun is not


def _first_name(name: str) -> str | None:
    """The first name a full name gives ("Donald" of "Donald Trump"; none in "Mr. Trump" or "Trump")."""
    return name.split()[0] if len(name.split()) > 1 and name_gender(name, "")[1] == 10 else None


def _for_people(noun: Token) -> bool:
    """Whether a common noun may stand for a person ("the radio host"), not a thing ("the plant")."""
    lemma = noun.lemma_.lower()
    return lemma in PEOPLE_NOUNS | ROLE_NOUNS | _DESCRIBED or lemma.endswith(PERSON_ENDINGS)


def _subject(doc: Doc, m: Mention, main: bool = False, owner: bool = False, aside: bool = False) -> bool:
    """:func:`.clauses.is_subject`, also for the subject of a clause the parser hung as a ccomp on the one
    after a semicolon ("Roe backs a tax; Lee seeks a cut. He …": Roe is a subject of his own sentence), and
    for one a "who" clause says spoke ("there was Jo Roe, who said …, after talks with Al Lee. He …")."""
    if is_subject(doc, m, main=main, owner=owner, aside=aside):
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else None
    while root is not None and root.dep_ in {"compound", "appos"}:
        root = root.head
    if root is None:
        return False
    # "there was Jo Roe, who said …": the one who spoke; not "Roe and Lee, who say …" nor "who pledged"
    if any(c.dep_ == "relcl" and c.lemma_ in _TELLING and c.tag_ != "VBP"
           and any(w.lower_ == "who" and w.dep_ in SUBJECT_DEPS for w in c.children) for c in root.children):
        return True
    if owner and root.dep_ == "poss":
        root = root.head
    if root.dep_ not in SUBJECT_DEPS:
        return False
    verb, head = root.head, root.head.head
    return (verb.dep_ == "ccomp" and head.dep_ == "ROOT" and verb.i < head.i
            and any(c.text == ";" and verb.i < c.i < head.i for c in head.children))


def _sentence(doc: Doc, m: Mention) -> int:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.sent.start if span is not None else -1


def _sentences_back(doc: Doc, m: Mention, pos: int) -> int:
    """How many sentence starts lie between mention ``m`` and offset ``pos``."""
    return sum(1 for s in doc.sents if m.start < s.start_char <= pos)


class Antecedents:
    """He/she resolution for one article, over the people a :class:`.speakers.Resolver` knows."""

    def __init__(self, resolver: Resolver):
        self.r = resolver
        # what each he/she already resolved stands for: a long run of them carries one person on, and each
        # would otherwise walk the whole run back again
        self._he_she: dict[tuple[int, Gender], Mention | None] = {}
        self._reporters = self._outlets()
        self._captions = Stretches((m.start(1), m.end(1)) for m in _CAPTION.finditer(resolver.text))

    def _outlets(self) -> set[str]:
        """Keys of one-word names with no first name or title and no known surname that report ("Politico
        reported that …"): outlets the tagger took for people, which no he/she stands for."""
        found = set()
        for m in self.r.people:
            k = key(m.text)
            if len(m.text.split()) > 1 or k in SURNAMES or m.start in self.r.own_gender:
                continue
            span = self.r.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in SUBJECT_DEPS and span.root.head.lemma_ == "report":
                found.add(k)
        return found

    def he_she(self, pronoun: Token, gender: Gender) -> Mention | None:
        """The person a subject he/she stands for, or None."""
        run: list[int] = []
        while (pronoun.i, gender) not in self._he_she:  # back along the he/she subjects that carry one person on
            run.append(pronoun.i)
            found = (self._cataphor(pronoun, gender) or self._relative(pronoun, gender)
                     or self._told(pronoun, gender) or self._listed_owner(pronoun, gender))
            before = self._carried(pronoun, gender) if found is None else None
            if before is None:
                found = found or self.antecedent(pronoun.idx, gender, self._own_clause(pronoun))
                break
            pronoun = before
        else:
            found = self._he_she[pronoun.i, gender]
        self._he_she.update(dict.fromkeys(((i, gender) for i in run), found))
        return found

    def _carried(self, pronoun: Token, gender: Gender, window: int = 600) -> Token | None:
        """The he/she of the gender that is the last subject of a main clause or speech verb before a speaking
        one, in its paragraph or the one before, with no one who may be of the gender named since: it carries
        its person on ("Jo Roe, the club's head, said … But he runs it his way, he said. '…,' he said")."""
        if not self._speaking(pronoun):
            return None
        rivals = Stretches((m.start, m.end) for m in self.r.people  # people who may be of the gender, in reach
                           if m.end > pronoun.idx - window and m.start < pronoun.idx and self.r.could_be(m, gender))
        for tok in tokens_back(self.r, pronoun, window):
            if self.r.quoted_at(tok.idx):
                continue
            if tok.idx in rivals:
                return None
            if self._speaking(tok):  # the first subject back: a he/she of the gender, or someone else
                return tok if PRONOUN_GENDER.get(tok.lower_) == gender else None
        return None

    def _listed_owner(self, pronoun: Token, gender: Gender) -> Mention | None:
        """The owner named of the first thing a possessive his/her lists one more of ("Roe's claim …; his
        attack …; and his vow": Roe), where no one else of the gender is named before it in its sentence, nor
        a he/him stands between."""
        if pronoun.dep_ != "poss":
            return None
        start = pronoun.sent.start_char
        named = [m for m in self.r.people if start <= m.start < pronoun.idx and self.r.could_be(m, gender)]
        if not named or len({key(m.text) for m in named}) > 1 or not self.r.may_be(named[-1], gender):
            return None
        span = self.r.doc.char_span(named[-1].start, named[-1].end, alignment_mode="expand")
        between = self.r.doc.char_span(named[-1].end, pronoun.idx, alignment_mode="contract") or []
        owner = span is not None and span.root.dep_ == "poss"
        return named[-1] if owner and not any(PRONOUN_GENDER.get(t.lower_) == gender and t.dep_ != "poss"
                                              for t in between) else None

    def _told(self, pronoun: Token, gender: Gender, window: int = 600) -> Mention | None:
        """The person a "who" clause with a speech verb describes, where that "who" is the last subject to
        speak before a speaking he/she, with no one else who may be of the gender named since ("Jo Roe, who
        told reporters: '…' She added, '…'")."""
        if not self._speaking(pronoun):
            return None
        for tok in tokens_back(self.r, pronoun, window):
            if self.r.quoted_at(tok.idx) or not self._speaking(tok):
                continue
            clause = tok.head
            # "who told", not "who say" of a group nor "who condemned" an act
            if (tok.lower_ != "who" or clause.dep_ != "relcl" or clause.lemma_ not in _TELLING
                    or clause.tag_ == "VBP"):
                return None
            noun = clause.head
            beside = [noun, *(c for c in noun.children if c.dep_ == "appos")]
            m = next((p for t in beside for p in self.r.people if p.start <= t.idx < p.end), None)
            rivals = any(tok.idx < p.start < pronoun.idx and not self.r.quoted_at(p.start)
                         and self.r.could_be(p, gender) for p in self.r.people)
            return m if m is not None and self.r.could_be(m, gender) and not rivals else None
        return None

    def introduced(self, pronoun: Token, gender: Gender, window: int = 400) -> Token | None:
        """The person described, not named, whom a he/she no name fits stands for: the last subject of a main
        clause or speech verb before it, in its paragraph or the one before, past he/she subjects of the
        gender that carry it on ("A spokesman for Roe said …. He added"; "One delegate said he had tried ….
        He failed, he said"), where that subject is a noun for a person of no other gender and no one who
        may be of the gender is named from its sentence on, outside its own phrase."""
        for tok in tokens_back(self.r, pronoun, window):
            carried = PRONOUN_GENDER.get(tok.lower_) == gender
            if self.r.quoted_at(tok.idx) or not self._speaking(tok) or carried:
                continue
            lemma = tok.lemma_.lower()
            person = lemma in PEOPLE_NOUNS | ROLE_NOUNS | _DESCRIBED or (
                lemma.endswith(PERSON_ENDINGS) and tok.head.lemma_ in SPEECH)
            own = "f" if lemma.endswith("woman") else "m" if lemma.endswith("man") else gender  # spokeswoman
            if tok.tag_ != "NN" or not person or own != gender:
                return None
            phrase = (tok.left_edge.idx, tok.right_edge.idx)
            named = any(tok.sent.start_char <= m.start < pronoun.idx and not phrase[0] <= m.start <= phrase[1]
                        and self.r.could_be(m, gender) for m in self.r.people)
            return None if named else self._named_beside(tok, gender) or tok
        return None

    def _named_beside(self, noun: Token, gender: Gender) -> Token | None:
        """The name set off by commas between a described subject and its verb, which names the one described
        ("One pastor backing Roe, Jo Lee of Ames, said": Jo Lee, not Roe, whatever the parser hangs it on):
        the name's head, where it is the only one there and no other gender is known for it."""
        verb, text = noun.head, self.r.text
        if verb.i <= noun.i or noun.doc[verb.i - 1].text != ",":
            return None
        heads = []
        for tok in noun.doc[noun.i + 1:verb.i - 1]:
            if tok.pos_ != "PROPN" or tok.nbor(-1).text != ",":
                continue
            head = tok
            while head.dep_ in {"compound", "flat"} and head.head.i > head.i and head.head.pos_ == "PROPN":
                head = head.head
            if is_name(text[tok.idx:head.idx + len(head.text)]) and "," not in text[head.idx:verb.nbor(-1).idx]:
                heads.append(head)
        if len(heads) != 1:
            return None
        m = self.r.person_at(heads[0])
        if m is None and any(o.start <= heads[0].idx < o.end for o in self.r.mentions):
            return None  # a name tagged as an organisation or a place
        return heads[0] if m is None or self.r.could_be(m, gender) else None

    @staticmethod
    def _speaking(pronoun: Token) -> bool:
        """Whether a pronoun is the subject of a main clause or of a speech verb."""
        return pronoun.dep_ in SUBJECT_DEPS and (main_clause(pronoun.head) or pronoun.head.lemma_ in SPEECH)

    def _cataphor(self, pronoun: Token, gender: Gender) -> Mention | None:
        """The person a fronted clause's pronoun looks ahead to: the subject of the clause it leads into
        ("While he refused …, Mr. Obama deemed …"; "Ever since she endorsed Roe, Ms. Lee has …")."""
        clause = pronoun.head
        if clause.dep_ != "advcl" or clause.i > clause.head.i:
            return None
        subj = next((c for c in clause.head.lefts if c.dep_ in SUBJECT_DEPS and c.i > clause.i), None)
        m = next((p for p in self.r.people if subj is not None and p.start <= subj.idx < p.end), None)
        return m if m is not None and self.r.may_be(m, gender) else None

    def _relative(self, pronoun: Token, gender: Gender) -> Mention | None:
        """The person a "who" clause holding the pronoun's clause describes ("Rep. Joe Roe, the congressman
        who was censured after he shouted …", "Roe, who says she will run"): that person, named on the noun
        the clause hangs on or beside it as an appositive."""
        clause = pronoun.head
        while clause.dep_ in _REPORTED_DEPS and clause.head != clause:
            clause = clause.head
        if clause.dep_ != "relcl" or not any(c.dep_ in SUBJECT_DEPS and c.lower_ == "who"
                                             for c in clause.children):
            return None
        noun = clause.head
        beside = [noun, *(c for c in noun.children if c.dep_ == "appos")]
        if noun.dep_ == "appos":
            beside.append(noun.head)
        m = next((p for t in beside for p in self.r.people if p.start <= t.idx < p.end), None)
        return m if m is not None and self.r.could_be(m, gender) else None

    def _own_clause(self, pronoun: Token) -> _Barred:
        """People named after a subject pronoun as an argument of its own clause or of one it reports, who
        are not it ("He insisted Curiel had …" is not Curiel; "she endorsed Mrs. Roe"): by surname, and by
        first name where one is given (after "Donald Trump", his son Eric may be it). A possessor or a name
        in a relative clause, aside or clause of its own may be ("he said Lee's plan, which Roe backs, …":
        Roe; "He admits …, but Roe thinks …")."""
        clause = pronoun.head
        end = clause.right_edge.idx + len(clause.right_edge.text)
        barred = self._named_under(clause, pronoun.idx + 1, end,
                                   lambda t: t.dep_ not in _ASIDE_DEPS and t.head != t)
        # What the pronoun says, reported before it, is about people other than it ("Roe was for Lee while
        # …, he said": not Lee), though its subject may be it: up through a verb's arguments only.
        for content in (c for c in clause.lefts if c.dep_ == "ccomp" and c.i < pronoun.i):
            barred |= self._named_under(content, content.left_edge.idx, pronoun.idx,
                                        lambda t: t.dep_ in _ARGUMENT_DEPS)
        return frozenset(barred)

    def _named_under(self, top: Token, start: int, end: int,
                     climbs: Callable[[Token], bool]) -> set[tuple[str, str | None]]:
        """The (surname key, first name) of people named from ``start`` to ``end`` whose words hang on
        ``top`` through links that ``climbs`` allows, though they are not ``top`` itself."""
        found = set()
        for m in self.r.people:
            # "Trump’s" the parser took for a verb is a possessor too
            if not start <= m.start < end or self.r.text.startswith(("’", "'"), m.end):
                continue
            span = self.r.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root == top:
                continue
            tok = span.root
            while tok != top and climbs(tok):
                tok = tok.head
            if tok == top:
                found.add((key(m.text), _first_name(m.text)))
        return found

    def _barred(self, m: Mention, gender: Gender, barred: _Barred) -> bool:
        """Whether ``m`` is someone :meth:`_own_clause` found the pronoun is not."""
        return any(k == key(m.text) and first in {None, _first_name(self.r.full_name(m, gender))}
                   for k, first in barred)

    def antecedent(self, pos: int, gender: Gender, barred: _Barred = frozenset(),
                   window: int = 1500) -> Mention | None:
        """The person a he/she refers to: the nearest earlier subject of that gender, else the nearest such
        person; a nearer subject of unknown gender in a later paragraph than that pick ("Reynolds says …
        she says") is more likely the one meant. Unknown gender only as a last resort, when one person
        alone is in view; no one the pronoun's clause rules out (``barred``), and no one at all when
        someone described, not named, comes in after the one picked (though before a later person of the
        gender named only in an object: "One aide backing Mr. Lee said …")."""
        earlier = [m for m in self.r.people if pos - window <= m.start < pos and m.start not in self._captions
                   and not self._barred(m, gender, barred) and key(m.text) not in self._reporters]
        if not earlier:
            return None
        known = [m for m in earlier if self.r.may_be(m, gender)]
        subjects = [m for m in known if _subject(self.r.doc, m, owner=True)]
        pick = subjects[-1] if subjects else known[-1] if known else None
        if pick is not None and not _subject(self.r.doc, pick, main=True, aside=True):
            # A possessor, or the subject of a speech verb reported inside a clause, ranks below the subject
            # of its sentence's main clause ("Like X, Roe said, Lee's jabs were unacceptable. '…,' he said":
            # Roe; "Roe noted that Lee had reported it. He said": Roe).
            here = _sentence(self.r.doc, pick)
            sentence = [m for m in reversed(subjects) if _sentence(self.r.doc, m) == here]
            main = next((m for m in sentence if _subject(self.r.doc, m, main=True, aside=True)), None)
            if main is not None:
                pick = main
            elif not _subject(self.r.doc, pick):
                pick = next((m for m in sentence if _subject(self.r.doc, m)), pick)
        unsure = [m for m in earlier if self.r.gender_of(m) is None and not self.r.may_be(m, gender)
                  and _subject(self.r.doc, m) and (pick is None or m.start > pick.end)
                  and (pick is None or self.r.text.rfind("\n", 0, m.start) > pick.start)]
        if pick is not None and unsure:
            pick = unsure[-1]
        if pick is None:
            # Else the nearest subject of unknown gender, when no one of the other gender came after it.
            unknown = [m for m in earlier if self.r.gender_of(m) is None and _subject(self.r.doc, m)]
            if unknown and not any(m.start > unknown[-1].start and self.r.gender_of(m) for m in earlier):
                pick = unknown[-1]
            elif (not known and self.r.gender_of(earlier[-1]) is None and len(earlier[-1].text.split()) > 1
                  and (_sentences_back(self.r.doc, earlier[-1], pos) <= 1
                       or self._echoed(earlier[-1], pos, gender))):
                # named in full just before ("… Senator Ryl Quill …. Her …"), or the pronouns since are hers
                pick = earlier[-1]
        if pick is not None and known and known[-1].start > pick.start:
            pick = self._recent(known[-1], pick, pos, gender)
        if pick is None or self._described(pick.end, pos):
            return None
        return role_holder(self.r, pick, pos)

    def _echoed(self, m: Mention, pos: int, gender: Gender) -> bool:
        """Whether the pronouns outside quotes from mention ``m`` to ``pos`` are all of the gender, the
        first of them in the sentence of ``m`` or the next ("Ryl Quill wants it. Her plan …. She said")."""
        found = [t for t in self.r.doc.char_span(m.end, pos, alignment_mode="contract") or []
                 if t.lower_ in PRONOUN_GENDER and not self.r.quoted_at(t.idx)]
        return (bool(found) and all(PRONOUN_GENDER[t.lower_] == gender for t in found)
                and _sentences_back(self.r.doc, m, found[0].idx) <= 1)

    def _described(self, after: int, pos: int) -> bool:
        """Whether someone the resolver cannot name stands as the subject of a main clause between the person
        picked and a pronoun, the one it more likely means: someone described, not named, who
        speaks ("One delegate said he tried … He was unable …"), or a name that is no person it knows
        (:meth:`_stranger`)."""
        for tok in self.r.doc.char_span(after, pos, alignment_mode="contract") or []:
            verb = tok.head
            if tok.dep_ not in SUBJECT_DEPS or self.r.quoted_at(tok.idx) or not main_clause(verb):
                continue
            if (tok.tag_ == "NN" and verb.lemma_ in _TELLING and verb.i > tok.i
                    and not any(m.start <= tok.idx < m.end for m in self.r.mentions)
                    and any(c.dep_ in {"det", "nummod"} and c.lower_ in _INTRODUCING for c in tok.children)):
                return True
            if tok.tag_ == "NNP" and self._stranger(tok):
                return True
        return False

    def _stranger(self, tok: Token) -> bool:
        """Whether a proper noun is a person's name that stands for no one the resolver knows (the parser's
        person the mentions took for a place, "Dole dodged …"; the surname of an organisation's mention,
        "Ravi Chatwal … Chatwal was …"; the surname the tagger cut off a first name it took alone, "Molly |
        Judge … Judge has …"): someone a pronoun after it may mean. Not a name the text also uses as a place
        ("in Millbrook") or calls a body ("Novosti, the news agency,")."""
        text = self.r.text
        covering = [m for m in self.r.mentions if m.start <= tok.idx < m.end]
        if (any(m.label == "organization" for m in covering)
                or any(m.start <= tok.idx < m.end for m in self.r.people)
                or any(c.dep_ == "appos" and c.lemma_ in BODIES for c in tok.children)
                or re.search(rf"\b(?:in|at|from|near)\s+{re.escape(tok.text)}\b", text)):
            return False
        return tok.ent_type_ == "PERSON" or not covering and (any(
            len(m.text.split()) > 1 and key(m.text) == tok.lower_ and m.label != "place"
            for m in self.r.mentions) or any(text.startswith(f" {tok.text}", m.end)
                                              for m in self.r.people if len(m.text.split()) == 1))

    def _recent(self, near: Mention, pick: Mention, pos: int, gender: Gender) -> Mention | None:
        """A person of the gender in the sentence just before the pronoun's outranks a subject picked
        from further back ("… viewed Lee's challenge to Roe. When she opposed …": Roe), unless that
        sentence is a question or names the pick again, or its subject is a description of a person that may
        be the one meant ("The radio host praised Roe. He …"), or a pronoun of the gender as a subject
        between the pick and the near person, in the near person's paragraph, carries the pick on ("Roe
        spoke. She thanked Ann. She said"; not one in a paragraph before). Where a definite description
        reports something in that sentence, it may be either: no one ("… when Lee asked Ann, the mayor said
        …. She …")."""
        here = self.r.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if here is None or here.sent.start == 0:
            return pick
        prev = self.r.doc[here.sent.start - 1].sent
        while prev.start > 0 and _ABBREVIATION.search(self.r.text, 0, prev.start_char):
            prev = self.r.doc[self.r.doc[prev.start - 1].sent.start:prev.end]  # a parse split after "Govs."
        named_again = any(key(m.text) == key(pick.text) and self.r.may_be(m, gender)
                          and prev.start_char <= m.start < prev.end_char for m in self.r.people)
        if not prev.start_char <= near.start < prev.end_char or pick.start >= prev.start_char \
                or "?" in prev.text or named_again:  # "?": an interviewer's question
            return pick
        if any(t.dep_ == "nsubj" and t.tag_ == "NN" and t.head.lemma_ in SPEECH
               and not self.r.quoted_at(t.idx) and any(c.lower_ == "the" for c in t.children)
               and any(c.dep_ == "ccomp" for c in t.head.children) for t in prev):
            return None
        subj = next((c for c in prev.root.children if c.dep_ in SUBJECT_DEPS), None)
        if (subj is not None and subj.tag_ not in {"NNS", "NNPS"}
                and not any(m.start <= subj.idx < m.end for m in self.r.people)  # "the mayor" the tagger marked
                and (subj.tag_ == "NN" and (_for_people(subj) or any(  # "The Roe campaign": not Roe
                    c.dep_ in {"compound", "poss"} and near.start <= c.idx < near.end for c in subj.children))
                     or subj.lower_ in PRONOUN_GENDER
                     or subj.tag_ != "NN" and any(c.dep_ == "det" for c in subj.children))):
            return pick
        # Pronouns after the near person (in its sentence or the pronoun's) are its, not the pick's.
        # The last such pronoun carries on whoever of the gender was last a subject before it ("Roe spoke.
        # Lee sang as Ann left. She bowed. Ann's song … she sings": Ann).
        para = max(pick.end, self.r.text.rfind("\n", 0, near.start))  # the near person's paragraph
        between = self.r.doc.char_span(para, near.start, alignment_mode="contract") or []
        last = next((t for t in reversed(between) if PRONOUN_GENDER.get(t.lower_) == gender
                     and t.dep_ in SUBJECT_DEPS and not self.r.quoted_at(t.idx)), None)
        acting = [m for m in self.r.people if pick.start <= m.start < last.idx and self.r.may_be(m, gender)
                  and in_subject(self.r.doc, m)] if last is not None else []
        carried = bool(acting) and key(acting[-1].text) == key(pick.text)
        return pick if carried else near
