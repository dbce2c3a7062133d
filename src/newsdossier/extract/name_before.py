"""A name right before a verb the parse left without a subject: the speaker the small model misplaces
('…," Roe barked', "Saturday at the convention Sen. Jane Roe (D-MA) said", "Jane Roe, the club's president,
said"), for :func:`.subjects.subject_of` and the cue finder; also people it made an appositive of the
phrase opening the sentence ("In Hanoi, a woman who … asked") and the name opening a live blog's heading
after its time stamp ("9:12PMRoe Says …")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .names import people_noun
from .syntax import FINITE_TAGS, SUBJECT_DEPS, infinitive, tense_tag

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# A live blog's time stamp, maybe run into the name that opens the heading after it ("9:12PMRoe Says …").
GLUED_TIME = re.compile(r"\d{1,2}:\d{2}\s?[AP]M([A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)$")
TIME_STAMP = re.compile(r"\d{1,2}:\d{2}\s?[AP]M$")


def stamped_name(verb: Token) -> Token | None:
    """The name opening a live blog's heading right after its time stamp, right before the verb ("February
    6, 2016 9:12PMRoe Says …", "8:38PM Roe Thinks …"): the parse makes it part of the date."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is None or not verb.text[:1].isupper():
        return None
    after_stamp = before.pos_ == "PROPN" and verb.i > 1 and TIME_STAMP.match(doc[verb.i - 2].text)
    return before if GLUED_TIME.match(before.text) or after_stamp else None


def name_before(verb: Token, nouns: bool = False,
                person: Callable[[Token], bool] | None = None) -> Token | None:
    """A name right before a verb the parse left without a subject ("Saturday at the convention Sen. Jane
    Roe (D-MA) said": the name hangs on the date; '…," Roe barked': the name is a compound), passing over
    auxiliaries and adverbs ("Roe has also said"), a parenthesis ("Jane Roe (D-MA) said"), an age ("Roe,
    58, told"), a name set off by commas ("her adviser, Jane Roe, said"), a description or a relative clause
    set off by commas ("Jane Roe, the club's president and general manager, said", "Jane Roe, meanwhile, who
    sits on no board, said", "Jane Roe, whose firm, Acme, sells tea, said", "Jane Roe, asked about it, said")
    or an aside between dashes ("Jane Roe - in a line aimed at Lee - declared"); a name the parse made an
    object of the paragraph before, of a conjunction it read as a preposition ("after Jane Roe, …, said"), of
    an office ("Speaker of the House Jane Roe said") or of the place before it ("At a fair in Dayton, Ohio,
    62-year-old Jane Roe said") counts too."""
    if verb.tag_ == "VBG" or infinitive(verb):
        return None  # a participle or infinitive after a name ("rival, Jane Roe, saying") is not hers
    doc = verb.doc
    k = verb.i - 1
    while (k >= 0 and doc[k].dep_ in {"aux", "auxpass", "neg", "advmod"} and doc[k].head.i == verb.i
           and not proper_name(doc[k], person)):  # a name the tagger took for an adverb ("And Skelly called")
        k -= 1
    if k >= 0 and doc[k].text == ")":
        k = next((j for j in range(k - 1, max(k - 8, -1), -1) if doc[j].text == "("), 0) - 1
    elif k >= 2 and doc[k].text in _ASIDE_MARKS:
        mark = doc[k].text
        marks = [j for j in range(k - 1, max(k - 25, -1), -1) if doc[j].text == mark]
        if not marks:
            return None
        opening = marks[0]
        aside = doc[opening + 1:k]
        if doc[k - 1].like_num and k - opening <= 4:
            k -= 3
        elif all(t.pos_ == "PROPN" for t in aside) and len(aside) <= 5:
            k -= 1
        else:
            # a comma aside may hold commas of its own ("Jane Roe, whose firm, Acme, sells tea, said"): the
            # nearest opening after a name that makes the words up to the verb a description
            k = next((b for j in (marks[:3] if mark == "," else marks[:1])
                      if (b := _before_aside(doc, j)) >= 0 and proper_name(doc[b], person)
                      and (mark != "," or _description(doc[j + 1:k]))), -1)
    if (k < 0 or (doc[k].pos_ not in ({"PROPN", "NOUN"} if nouns else {"PROPN"})
                  and not proper_name(doc[k], person) and not _set_off(doc[k]))
            or doc[k].ent_type_ in {"DATE", "TIME", "GPE"}
            or (doc[k].dep_ in _OBJECT_DEPS and not across_lines(doc[k])
                and doc[k].head.lower_ not in _OPENERS and not _office_of(doc[k]) and not _after_place(doc[k]))
            or not (nouns or doc[k].text[:1].isupper() or _set_off(doc[k]))):
        return None
    return doc[k]


def opening_appositive(verb: Token) -> Token | None:
    """The people set off by a comma after an opening phrase that the parse made its appositive, right before
    a verb left without a subject ("At the town hall in Hanoi, a young woman who had studied in Ohio asked
    …", "Besides Lee, two members of Congress, Ann Roe and Carl Diaz, have said …")."""
    if tense_tag(verb) not in FINITE_TAGS:
        return None  # "… about his rival, Jo Roe, saying …": the participle is the clause's, not Roe's
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and (doc[k].dep_ in {"aux", "auxpass", "neg", "advmod"} and doc[k].head.i == verb.i
                      or doc[k].text == ","):
        k -= 1
    if k < 0:
        return None
    noun = next((a for a in [doc[k], *doc[k].ancestors] if a.dep_ == "appos" and a.right_edge.i == k), None)
    if (noun is None or noun.head.dep_ != "pobj" or noun.head.i > noun.i or not people_noun(noun)
            or doc[noun.left_edge.i - 1].text != ","):
        return None
    return noun


_ASIDE_MARKS = frozenset({",", "-", "–", "—", "--"})


def _set_off(noun: Token) -> bool:
    """A definite description after a comma that the parse made an appositive of the name before it ("In an
    interview with Jane Roe, the senator stated …"): right before a verb with no subject, it is the
    subject."""
    left = noun.left_edge
    return (noun.pos_ == "NOUN" and noun.dep_ == "appos" and left.lower_ == "the" and left.i > 0
            and noun.doc[left.i - 1].text == ",")


def _before_aside(doc: Doc, opening: int) -> int:
    """The token before an aside that opens at ``opening``, past an adverb set off by commas ("Jane Roe,
    meanwhile, who …, said")."""
    before = opening - 1
    if before >= 2 and doc[before].pos_ == "ADV" and doc[before - 1].text == ",":
        before -= 2
    return before


def _description(words: Span) -> bool:
    """A description set off as an appositive ("the minority leader", "the club's president and general
    manager of the year": opens with a determiner, no verb of its own), a relative clause on a person
    ("who sits on no board") or a participle ("asked about the deaths", "speaking by phone")."""
    if not len(words):
        return False
    if words[0].lower_ in {"who", "whose"} or _participle(words[0]):
        return True
    # "Democrat of Tennessee": a capitalised title of a place or body, not a second name
    title = (words[0].pos_ == "PROPN" and words[0].ent_type_ != "PERSON" and len(words) > 1
             and words[1].lower_ == "of")
    return len(words) <= 25 and (words[0].pos_ in {"DET", "NOUN"} or title) and not any(
        t.tag_ in _FINITE for t in words)


_FINITE = FINITE_TAGS | {"MD"}


def _participle(token: Token) -> bool:
    """A participle opening an aside; the tagger takes "asked" in "Roe, asked about it, said" for a past
    tense, with no subject or the name before the comma as one ("said Roe" after it is a subject)."""
    return token.tag_ in {"VBN", "VBG"} or (token.tag_ == "VBD" and not any(
        c.dep_ in SUBJECT_DEPS and c.i > token.i for c in token.children))


# Conjunctions the parse reads as prepositions: their object is a clause's subject ("after Jane Roe, asked
# about it, had said").
_OPENERS = frozenset({"after", "before", "as", "while", "since", "until", "because", "when"})


def _after_place(name: Token) -> bool:
    """A person's name, maybe after an age, set off by a comma from the place before it ("At a fair in
    Dayton, Ohio, 62-year-old Jo Roe said"): the parse ran the name into the place's phrase as an object."""
    if name.ent_type_ != "PERSON":
        return False
    doc = name.doc
    k = name.i
    while k > 0 and doc[k - 1].ent_type_ == "PERSON":
        k -= 1
    if k > 0 and doc[k - 1].lower_ == "old":  # "62-year-old"
        while k > 0 and doc[k - 1].ent_type_ == "DATE":
            k -= 1
    return k >= 2 and doc[k - 1].text == "," and doc[k - 2].ent_type_ == "GPE"


def _office_of(token: Token) -> bool:
    """A name closing an office "of" something ("Speaker of the House Rep. Jane Roe"): the parse makes it
    the object of the "of"."""
    prep = token.head
    return (prep.lower_ == "of" and prep.head.pos_ == "PROPN" and prep.head.ent_type_ != "PERSON"
            and token.ent_type_ == "PERSON")


def proper_name(token: Token, person: Callable[[Token], bool] | None = None) -> bool:
    """A proper name, or a name the tagger took for a common noun but its entity recogniser or ``person``
    did not."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and (
        token.ent_type_ == "PERSON" or (person is not None and person(token))))


def across_lines(token: Token, other: Token | None = None) -> bool:
    """Whether ``token`` and ``other`` (by default its head) are on different lines: the parse ran a
    paragraph into the one before."""
    other = token.head if other is None else other
    return any("\n" in t.text_with_ws for t in token.doc[min(other.i, token.i):max(other.i, token.i)])


_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "poss", "oprd"})
