"""Short reports and idioms of statement: what a verb reports when no plain speech verb and clause say it.
A passive with its agent reports its subject ("The sale was first reported by the Herald", "The plan was
praised by critics"); "say" with a short answer reports that answer ("said so", "said yes", "said no to the
war", "said the same of Lee", "Asked who leads, he said Lee", "did not say when", "said little about the
plan"), and a verb of belief its "so" ("thinks so"); "report" with a noun object states a finding ("The firm
reported a loss"); a stated position on a name or pronoun is content however short ("Christie endorsed
Trump"); "make" states a clause or a stand ("made clear that …", "made the case for Lee"); a verb that puts
forth a noun of speech states its object ("offered his assessment of …"), a verb of stand its gerund
("proposed raising the levy"), and a named owner's noun of a speech act its infinitive ("Lee's vow to run");
a verb that words things states an object with a quoted word ("declared the vote 'a farce'", "called Lee,
her rival, a 'fraud'", though the parse made "Lee" the predicate).
A judgement's "as" may hang inside its object ("see immigrants as a burden") or open a clause of its own
after it ("sees Lee as captured by donors"), and a hedge may take an adjective ("seemed ready to quit"). At a
reported clause's end, a reason weighed ("…, in part because …"), a bare verb sharing the clause's modal
("would sit Lee down and tell him …"), a clause the parse split off at its "and" and a predicate it cut from
its subject ("said the men hired by Roe | were …") are still what was said. A copula's adjective of stance
and a passive judgement's common view are read in :mod:`.attitudes`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .asides import scene, trim
from .attitudes import WH
from .names import people_noun
from .quotemarks import QUOTE_MARKS
from .subjects import SPEECH, speaks_in, subject_of
from .syntax import FINITE_TAGS, finite, infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .speakers import Resolver

# Verbs by which the writer hedges what a subject does or is ("is expected to resign", "seems to be off"):
# the statement has no source.
HEDGES = frozenset({"expect", "seem", "appear"})
# Auxiliaries of a hypothetical or a wish: no stated fact.
MODALS = frozenset({"would", "could", "might", "may", "should", "'d", "’d"})
# Speech verbs whose passive with an agent reports its subject ("The deal was first reported by the Herald").
_PASSIVE_REPORTS = frozenset({"report", "confirm", "claim", "echo", "announce", "reveal", "disclose"})
# Speech acts that judge something, whose passive with an agent states the agent's view of its subject ("The
# plan was praised by …", "Lee had been rejected by voters").
_PASSIVE_JUDGED = frozenset("""
endorse criticize praise condemn reject propose predict estimate oppose support back dispute question deny
welcome applaud denounce recommend suggest favor dismiss attack blame
""".split())
# Verbs of belief that "so" may stand in for the clause of ("thinks so", "never believed so").
_HELD_SO = frozenset({"think", "believe", "hope", "suspect", "expect", "guess", "suppose"})
# Short answers "say" may report as a whole ("said so", "said yes").
_ANSWERS = frozenset({"so", "yes", "no"})
# Nouns for a study or record, whose finding is a statement ("a poll found", "records show").
STUDY_NOUNS = frozenset("""
poll polling survey study report data analysis research review investigation audit result filing record
figure number footage video document statistic tally count estimate projection forecast census evidence
email file memo transcript log paper inquiry probe examination assessment average
""".split())
# People whose work is to study, whose finding is a statement however they are named ("the authors found").
STUDIERS = frozenset("""
author researcher scientist economist analyst scholar investigator auditor pollster historian statistician
""".split())


def passive_subject(text: str, verb: Token) -> tuple[int, int] | None:
    """What a passive with its agent reports: its subject ("The meeting was first reported by the Herald",
    "Her death was confirmed by the family", "The bill was rejected by the council"); not a hypothetical or a
    denial ("should have been confirmed", "were not disclosed by"), not a relative pronoun ("which is
    maintained by")."""
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if (verb.lemma_ not in _PASSIVE_REPORTS | _PASSIVE_JUDGED or subj is None or subj.tag_ in {"WDT", "WP"}
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
            and verb.tag_ in FINITE_TAGS and verb.doc[verb.i - 1].dep_ != "case"
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            and not any(c.dep_ == "prep" and c.lower_ == "to" for c in (*verb.children, *obj.children)))


def quoted_name(verb: Token, kid: Token) -> bool:
    """Whether "call" names something with a quoted word, which the parse made the predicate ("called Lee, his
    rival, a 'fraud'"); not a plain name ("what he calls PC"), a thing's name ("a blog, called the 'Feed'") or
    an agent's word ("called 'a mess' by Lee")."""
    return (verb.lemma_ == "call" and kid.dep_ == "oprd" and verb.dep_ != "acl" and _quotes_in(kid)
            and not any(t.dep_ == "agent" or t.lower_ == "by" for t in (*verb.children, *kid.subtree)))


# Verbs that word what their object names ("declared the plan 'a disaster'", "is claiming victory in the
# so-called 'bracket'", "echoing themes of the 'Leave' camp"): an object with a quoted word is what was said.
_WORDS_OBJECT = frozenset({"declare", "claim", "label", "tell", "echo", "proclaim", "dub", "brand", "term"})


def worded(verb: Token) -> bool:
    """Whether a verb that words things has an object with a quoted word in it; for "tell", a thing told
    ("told the tale of the 'lost' fleet"), not the one told ('told Lee, "…"'); not in a side remark on a
    noun ("the group that declared a 'caliphate'"), which is no one's stated word."""
    if verb.lemma_ not in _WORDS_OBJECT or any(c.dep_ == "nsubj" and c.tag_ in WH for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and (verb.lemma_ != "tell" or c.pos_ == "NOUN") and _quotes_in(c)
               for c in verb.rights)


def _quotes_in(phrase: Token) -> bool:
    """Whether a phrase holds a quote mark, doubled ("''") or not, and not a possessive's apostrophe ("Sanders’
    plan")."""
    return any((t.text in QUOTE_MARKS or t.text in {"''", "``"}) and t.dep_ != "case" for t in phrase.subtree)


def pro_form(text: str, verb: Token) -> tuple[int, int] | None:
    """What "say" with a subject of its own reports when its content is a pro-form or bare answer after it:
    "said so", "said yes", "said no to the war", "said the same of Lee" (poll write-ups state shares this
    way), "said that." closing its clause, "did not say why." (the question it left open), the topic of
    "said nothing/little about the plan", "he said Lee." (:func:`_answer`); the "so" of a verb of belief
    ("Lee thinks so, too"); and the gerund of a verb of stand ("Lee proposed raising the levy":
    :func:`stand_gerund`)."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "more likely to back it than say the same about …": whoever says it is not named here
    if verb.lemma_ in _HELD_SO:  # "Lee thinks so, too"
        so = next((c for c in verb.rights if c.lower_ == "so" and c.dep_ == "advmod"), None)
        return (so.idx, so.idx + len(so.text)) if so is not None else None
    if verb.lemma_ in _STAND_GERUNDS:  # "Lee proposed raising the levy"
        act = stand_gerund(verb)
        return trim(text, act.left_edge.idx, act.right_edge.idx + len(act.right_edge.text)) if act else None
    if verb.lemma_ != "say":
        return None
    for c in verb.rights:
        word = c.lower_
        if word in _ANSWERS and c.dep_ in {"advmod", "intj", "dobj"} and (word != "so" or c.i == verb.i + 1):
            end = c
            if word in {"yes", "no"}:  # "said no to the war"
                nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
                to = nxt if nxt is not None and nxt.lower_ == "to" and nxt.head.i == verb.i else None
                end = to.right_edge if to is not None else c
            return c.idx, end.idx + len(end.text)
        nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        if word in {"that", "this"} and c.dep_ == "dobj" and c.i == verb.i + 1 \
                and (nxt is None or nxt.is_punct):  # "by the time he said that.": what was said before
            return c.idx, c.idx + len(c.text)
        if c.tag_ == "WRB" and c.i == verb.i + 1 and (nxt is None or nxt.text in {".", ";"}):
            return c.idx, c.idx + len(c.text)  # "did not say why.": the question left open
        if word in _LITTLE and c.dep_ == "dobj" and (topic := _topic(verb, c)) is not None:
            return trim(text, topic.left_edge.idx, topic.right_edge.idx + len(topic.right_edge.text))
        # "said the same": the small model may read "the same" as a second subject
        if word in {"same", "opposite"} and c.dep_ in {"dobj", "nsubj", "attr"}:
            last = c.right_edge
            nxt = c.doc[last.i + 1] if last.i + 1 < len(c.doc) else None
            if nxt is not None and nxt.lower_ in {"of", "about", "for"} and nxt.head.i in (verb.i, c.i):
                last = nxt.right_edge
            return trim(text, c.left_edge.idx, last.idx + len(last.text))
        if _answer(verb, c):
            return trim(text, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
    return None


# Verbs of a stand whose gerund is the stand taken ("proposed raising taxes", "opposes taxing fuel").
_STAND_GERUNDS = frozenset({"propose", "support", "oppose", "back", "endorse", "advocate", "recommend"})


def stand_gerund(verb: Token) -> Token | None:
    """The gerund right after a verb of stand with a tense and a subject of its own ("Lee proposed raising the
    levy"); not with a relative pronoun or a subject over a conjunction ("Lee, who has proposed …", "after Roe
    spoke and proposed …"), whose the parse too often gets wrong."""
    if not finite(verb) or not any(c.dep_ == "nsubj" and c.tag_ not in WH for c in verb.children):
        return None
    return next((c for c in verb.rights if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1
                 and c.lemma_ not in SPEECH), None)


# Objects of "say" that leave only its topic: "said nothing about the plan", "has said little about it".
_LITTLE = frozenset({"nothing", "little"})


def _topic(verb: Token, obj: Token) -> Token | None:
    """The object of the "about" that "said nothing/little" takes, on the verb or on its object."""
    prep = next((p for p in (*obj.rights, *verb.rights) if p.dep_ == "prep" and p.lower_ == "about"), None)
    return next((x for x in prep.children if x.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None


# Objects of "say" that name no content ("said a prayer", "said goodbye", "said something").
_NOT_SAID = frozenset("""
word thing prayer grace goodbye hello thanks something anything nothing everything lot little much piece name
one it this that
""".split())


def _answer(verb: Token, obj: Token) -> bool:
    """Whether a noun phrase right after a finite "say", closing its sentence, is the answer said: "Asked
    who leads the party, he said Ryan", or a clause the parse read as a noun phrase ("said families of
    victims file lawsuits"); not a word for speech itself ("said a prayer", "said something")."""
    doc = verb.doc
    end = obj.right_edge.i + 1
    return (obj.dep_ == "dobj" and obj.left_edge.i == verb.i + 1 and obj.pos_ in {"NOUN", "PROPN"}
            and (obj.lemma_.lower() not in _NOT_SAID  # but "said racist things" says what they were
                 or obj.lemma_ == "thing" and any(x.dep_ == "amod" for x in obj.lefts))
            and verb.tag_ in FINITE_TAGS
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            and (end >= len(doc) or doc[end].text in {".", ";", "!"} or doc[end].is_space))


def names_object(verb: Token) -> bool:
    """Whether a verb states its subject's position on a name or pronoun as fact, in a clause of its own:
    "Christie endorsed Trump", "Democrats opposed it"; not "who backs Cruz", "groups supporting her", "to
    criticize Lee", where the object is a side remark or no one's stated position; not a possessive the parse
    split from its noun ("tweeted her thanks")."""
    doc = verb.doc
    return (verb.dep_ in {"ROOT", "conj", "advcl"} and verb.tag_ in FINITE_TAGS | {"VBN"}
            and any(c.dep_ == "nsubj" and c.tag_ not in WH for c in verb.children)
            and any(c.dep_ == "dobj" and c.pos_ in {"PROPN", "PRON"} and not (
                c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].pos_ in {"NOUN", "PROPN"})
                for c in verb.rights))


# Verbs that put forth what their object names when it is a noun of speech or stance ("offered his
# assessment of …", "delivered a defense of …", "voiced support for …", "laid out his vision"): the object
# is what was said.
PUT_FORTH = frozenset({"offer", "give", "deliver", "voice", "issue", "share", "provide", "lay"})
_SAID_THINGS = frozenset("""
assessment evaluation response apology congratulation thought prayer condolence defense critique criticism
praise support endorsement answer comment hint view detail message explanation warning promise threat
proposal complaint concern vision agenda grievance opinion prediction reason argument rebuttal rationale
tribute assurance account
""".split())
# "make" states a clause ("made clear that …", "made the point that …") or a stand ("made the case for Lee").
MADE = frozenset({"make"})
_MADE_STANDS = frozenset({"case", "argument", "pitch", "allegation", "accusation"})
_MADE_POINTS = _MADE_STANDS | {"point", "observation", "claim", "assertion", "suggestion"}
# Nouns of speech whose topic "make" states by its preposition ("made no mention of Lee", "made comments
# about the vote", "made references to the deal").
_MADE_TOPICS = {"mention": {"of"}, "reference": {"to"}, "comment": {"about", "on"}, "remark": {"about", "on"},
                "statement": {"about", "on"}}
_MADE_CLAUSES = frozenset({"ccomp", "advcl", "csubj", "xcomp", "acl"})
# Nouns of a speech act whose infinitive is what its owner stated ("Roe's vow to fight", "Lee's call to
# recount"); not acts or states ("Lee's decision to run", "her refusal to answer"), which state nothing.
INTENTS = frozenset({"proposal", "promise", "pledge", "vow", "call", "threat"})


def made(verb: Token) -> tuple[Token, Literal["clause", "object"]] | None:
    """What a "make" idiom states, and how: the clause of "made (it) clear (to voters) that …", "makes
    plain he will …", "made the case (to voters) that …", "made the point / the observation that …", or the
    object of "made a case for Lee", "made allegations against X", "made no mention of Lee", "made comments
    about the vote"; not a bare infinitive ("need to make clear …": a call), not a passive."""
    if verb.lemma_ not in MADE or verb.tag_ == "VB" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    word = next((c for c in verb.rights if c.lower_ in {"clear", "plain"}
                 and c.dep_ in {"ccomp", "oprd", "acomp", "dobj", "advmod"}
                 or c.dep_ == "dobj" and c.lemma_ in _MADE_POINTS | _MADE_TOPICS.keys()), None)
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if word is None and nxt is not None and nxt.lower_ in {"clear", "plain"}:
        word = nxt  # "made clear Monday (that) …": the parse may hang "clear" on the time
    if word is None:
        return None
    if word.lemma_ in _MADE_TOPICS:  # its topic, on the noun itself and no scene ("comments on his show")
        prep = next((c for c in word.rights if c.dep_ == "prep" and c.lower_ in _MADE_TOPICS[word.lemma_]
                     and not scene(c)), None)
        obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None \
            else None
        return (obj, "object") if obj is not None else None
    after = (*word.rights, *verb.rights)
    for c in after:  # its clause, not a time ("made clear when …") nor one after a colon
        if c.i > word.i and c.pos_ in {"VERB", "AUX"} and c.dep_ in _MADE_CLAUSES \
                and ":" not in c.doc[word.i:c.i].text \
                and not any(m.dep_ == "mark" and m.lower_ != "that" for m in c.children) \
                and (c.dep_ != "acl" or c.left_edge.lower_ == "that"):
            return c, "clause"
    if word.lemma_ in _MADE_STANDS:
        prep = next((c for c in after if c.dep_ == "prep" and c.lower_ in {"for", "against"}
                     and c.i > word.i), None)
        obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None \
            else None
        if obj is not None:
            return obj, "object"
    return None


def plainly(verb: Token) -> Token | None:
    """The "clear" or "plain" right after "make" ("has made clear", "made it plain"): with the verb, the cue."""
    doc = verb.doc
    k = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "it")
    return doc[k] if k < len(doc) and doc[k].lower_ in {"clear", "plain"} else None


def puts_forth(verb: Token) -> bool:
    """Whether a verb puts forth a noun of speech or stance as stated fact ("offered his assessment", "laid
    out his vision"; not "to give support", "would offer a view")."""
    if verb.lemma_ not in PUT_FORTH or verb.tag_ == "VB" or verb.lemma_ == "lay" and not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_ in _SAID_THINGS for c in verb.rights)


def owned(noun: Token) -> bool:
    """Whether a noun of intent states its owner's aim: the owner is a name (a possessive pronoun's
    referent is too often guessed wrong), and no verb takes the noun as its object ("Lee's plan to …" as
    subject; in "Roe bashed Lee's plan to …" the statement is Roe's)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and owner.tag_ not in {"PRP$", "PRP"} and noun.dep_ not in {"dobj", "pobj"}


def holds(verb: Token, resolver: Resolver, studies: bool = False, people: bool = False) -> bool:
    """Whether a verb's subject can hold a position: a person or a body, or with ``studies``, a study or
    those whose work is study ("a poll found", "the authors found"), with ``people`` a group of people or
    a personal pronoun ("Republicans", "party leaders", "she"); looking through a relative pronoun to the
    noun it stands for ("poll results that show")."""
    subj = _holder(verb)
    if subj is None:
        return False
    speaker = resolver.resolve(subj)
    return (studies and subj.lemma_.lower() in STUDY_NOUNS | STUDIERS
            or people and (subj.lower_ in _PERSONAL or people_noun(subj) or resolver.named_as(speaker, _BODIES))
            or resolver.is_person(speaker) or subj.ent_type_ in {"PERSON", "ORG"})


def _holder(verb: Token) -> Token | None:
    """A verb's subject, or for a relative pronoun the noun it stands for ("poll results that show")."""
    subj = subject_of(verb)
    return verb.head if subj is not None and subj.tag_ in WH and verb.dep_ == "relcl" else subj


_PERSONAL = frozenset({"i", "we", "he", "she"})
_BODIES = frozenset({"person", "organization", "group"})
# What marks a noun as a thing: the ending of an abstract noun ("failure", "timing", "strength"), or a word
# for part of a matter ("the weakest point", "the fine print"); not bodies, documents or people so ended.
_ABSTRACT_ENDINGS = ("ness", "ity", "tion", "sion", "ment", "ance", "ence", "ism", "ing", "ure")
_THING_NOUNS = frozenset("point hole part print problem fact idea issue reason trend thing".split())
_NOT_THINGS = frozenset("""
administration organization commission opposition coalition institution delegation association federation
foundation convention corporation nation population generation faction congregation majority minority
plurality authority community university city society charity celebrity government department establishment
management movement parliament alliance conference audience legislature business
statement agreement petition publication disclosure regulation ranking decision resolution declaration
legislation constitution
""".split())


def thing(verb: Token, resolver: Resolver) -> bool:
    """Whether a verb's subject is a thing, which holds no belief, wish or intent ("the weakest point is the
    failure to agree on …", "the fine print expects …"): an abstract noun or part of a matter, for no person,
    body, study or document, nor one the tagger named; looking through a relative pronoun."""
    subj = _holder(verb)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or people_noun(subj):
        return False
    lemma = subj.lemma_.lower()
    marked = lemma in _THING_NOUNS or lemma.endswith(_ABSTRACT_ENDINGS) and len(lemma) > 6
    return (marked and lemma not in _NOT_THINGS | STUDY_NOUNS | STUDIERS
            and not resolver.named_as(resolver.resolve(subj), _BODIES))


def acted_when(head: Token, last: Token) -> Token | None:
    """A past time clause that closes an infinitive a speaker's verb reports: when the speaker acted, no part
    of what was refused or sought ("refused to talk as she left", "declined to comment after the vote was
    held"; not "promised to cut fares after he takes office", nor a hedge's: "seemed to relax as …")."""
    if not infinitive(head) or head.head.lemma_ in HEDGES:
        return None
    return next((t for t in head.rights if t.dep_ == "advcl" and t.right_edge.i == last.i
                 and t.left_edge.lower_ in {"as", "after", "before"} and _past(t)
                 and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)), None)


def _past(verb: Token) -> bool:
    """Whether a verb, or its auxiliary, is in the past tense ("left", "was pressed")."""
    return next((c for c in verb.children if c.dep_ in {"aux", "auxpass"}), verb).tag_ == "VBD"


def weighs_reason(token: Token) -> bool:
    """Whether a phrase the parse hung on a reporting verb only weighs the reason that follows it ("said sales
    fell, in part because …", "in large part because …"): part of that reason, not an adjunct of its own."""
    return (token.dep_ == "prep" and token.lower_ == "in" and token.right_edge.lower_ == "part"
            and token.right_edge.i - token.i <= 2)


def reported_tense(head: Token, conj: Token) -> bool:
    """Whether a verb conjoined to a reported clause is more of what was said: a bare verb under the clause's
    own modal ("said he would sit Lee down and tell him …"); not the speaker's next act ("says he respects Lee
    and calls her …", "said he would wait and urged …")."""
    return conj.tag_ == "VB" and not any(c.dep_ in {"aux", "neg"} for c in conj.children) \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def split_at_and(verb: Token, comp: Token) -> Token | None:
    """The rest of a reported clause that the parse split at its "and", hanging the clause after it on the
    reporting verb ("said it fell, and | in May it rose"), maybe with the "and" too when the clause before it
    has a subject ("says Lee is a friend and | it's his business …"): a clause with a subject of its own and
    no speech verb in it ("said it fell, and Lee said …" is two statements)."""
    doc = comp.doc
    k = comp.right_edge.i + 1
    if k < len(doc) and doc[k].dep_ == "cc" and doc[k].head.i == verb.i \
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in comp.children):
        k += 1
    elif doc[k - 1].dep_ != "cc" or doc[k - 1].head.i != comp.i:
        return None
    return next((c for c in verb.rights if c.dep_ == "conj" and c.left_edge.i == k
                 and any(x.dep_ == "nsubj" for x in c.children)
                 and not speaks_in(c)), None)


def split_at_predicate(verb: Token, comp: Token) -> Token | None:
    """The predicate of a reported clause that the parse hung on the reporting verb as a clause of its own,
    right after the clause it cut off at the subject's end ("said the men released by Ohio | were close to
    …", "hope the tool made in Oslo | can help"): a verb with a tense and no subject of its own, not one of
    speech with a clause ("said the fee rose and one in four | said it …"); not after a relative clause or
    a noun the parse left before the verb's subject, which may be what the predicate is of ("The plan aides
    expect Lee to back | is …", "One reason voters say they came | was …")."""
    if verb.dep_ in {"relcl", "acl"} or sum(c.dep_ in {"nsubj", "nsubjpass", "npadvmod"}
                                            for c in verb.lefts) > 1:
        return None
    return next((c for c in verb.rights if c.dep_ == "ccomp" and c.left_edge.i == comp.right_edge.i + 1
                 and c.pos_ in {"VERB", "AUX"} and finite(c)
                 and not (c.lemma_ in SPEECH and any(x.dep_ == "ccomp" for x in c.children))
                 and not any(x.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for x in c.children)), None)


def as_in_object(verb: Token) -> bool:
    """Whether the "as" of a judgement hangs inside its object, where the parse may put it ("see immigrants
    as a burden"); not one in a clause of the object's ("see people who work as nurses")."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    for t in obj.subtree:
        if t.lower_ == "as" and t.i > obj.i:
            up = t.head
            while up.i != obj.i and up.pos_ not in {"VERB", "AUX"}:
                up = up.head
            return up.i == obj.i
    return False


def as_clause_view(verb: Token) -> Token | None:
    """The view of a judgement that the parse made a clause of its own right after the object, opened by its
    "as" ("sees Lee as captured by donors", "see the party as insufficiently committed"); not a time or reason
    with a subject ("saw him as he left"), nor one that runs on into more verbs or a statement of its own
    ("as ready - with most saying …", "as secret and redacted …"), where the parse lost the view's end."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    return next((c for c in verb.rights if obj is not None and c.dep_ == "advcl"
                 and c.left_edge.i == obj.right_edge.i + 1 and c.left_edge.lower_ == "as"
                 and not any(x.dep_ in {"nsubj", "nsubjpass", "expl"} or x.dep_ == "conj" and x.pos_ == "VERB"
                             for x in c.children) and not speaks_in(c)), None)


def hedge_predicate(verb: Token) -> Token | None:
    """The adjective or noun right after "seems"/"appears" (maybe past an adverb) in a main clause: "Lee
    seemed certain to leave", "The deal appears all but dead"; not negated ("did not seem pleased"), not
    a comparison ("seemed weaker than …"), which weigh more than they state."""
    if verb.dep_ not in {"ROOT", "conj"} or any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.rights if c.dep_ in {"acomp", "attr", "oprd"} and c.pos_ in {"ADJ", "NOUN"}
                 and c.i == verb.i + 1 + (verb.doc[verb.i + 1].pos_ == "ADV")
                 and all(t.lower_ != "than" for t in c.subtree)), None)
