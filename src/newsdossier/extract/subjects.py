"""Speech verbs and the subject token that names their speaker.

The subject comes from spaCy's dependency parse (``nsubj``; the ``by`` agent of a passive; for a participle
such as "…, writing on Truth Social:" the subject of the nearest clause it hangs on, never one inside a quote
or on another line, but the object of a verb that makes it act, "a win that led her to declare", or the owner
of an act an infinitive gives the purpose of, "Roe's bid to explain it", or of the way the parse hung it on,
"went out of her way to say"; a passive with a subject of its own takes none), repaired where the small model
misplaces it: a name right before a subject-less verb is the speaker ("…," Roe barked), and so are people
the parse made an appositive of the phrase opening the sentence ("In Hanoi, a woman who … asked"); a
participle on a group has the group as subject, a share the parse left loose ("About 6 in 10 say") is the
subject, so is the phrase opening a speech aside ("The cause, union members say, is …"), the one asked
("Asked about it, Roe said") is not the asker, and a noun misread as a verb ("resistant to the Lee calls
for") has none, though a speech verb that reports a clause takes the subject of the word the parse took
for its head ("Research released by two economists suggests that …"). A participle right after a noun is
the noun's ("an item suggesting …"), unless the noun is what someone wrote; one after a clause whose
subject is a thing is the nearer clause's or the passive's doer's ("Her plan was praised by the union,
saying …"); a conjunct that cannot share a relative pronoun by its tense belongs to the clause above, and
one on a verb the parse left without a subject takes the name right before that verb; a finite verb with no
subject of its own right after the comma that ends a clause shares that clause's ("Roe pledged …, suggested
that …"); a gerund subject has no speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .name_before import across_lines, name_before, opening_appositive, proper_name, stamped_name
from .names import agent, people_noun, share
from .syntax import (FINITE_TAGS, SUBJECT_DEPS, fragment_head, governing_verb, infinitive, passive_doer,
                     tense_tag)

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that report what someone said or wrote.
SPEECH = frozenset("""
say tell add reply respond answer ask write tweet post state declare announce explain note warn insist argue
claim vow pledge promise recall conclude urge admit acknowledge concede complain joke quip shout yell
exclaim whisper remark observe comment suggest predict stress emphasize emphasise affirm confirm deny assert
maintain contend testify boast brag lament decry condemn criticize criticise accuse charge demand plead
caution counter retort allege report reveal disclose mention tout threaten signal indicate describe call dub
label term brand praise hint continue echo elaborate recount reiterate opine muse scoff interject
bark beam boom gush fume marvel thunder bellow ponder wonder point lecture rant concur chime chant
reaffirm insinuate posit theorize surmise divulge articulate confide grouse repeat
""".split())
# Verbs whose quoted object is a label the subject gave, not words they said, unless the subject is a person.
DESCRIBE = frozenset({"describe", "call", "dub", "label", "term", "brand"})
# Speech verbs that may take a quoted noun phrase as their object and still report words ("vowed 'very
# severe consequences'"); other verbs' objects are things ("announced a 'deal'").
OBJECT_SPEECH = frozenset({"vow", "promise", "threaten", "warn", "predict", "demand", "pledge", "say", "write",
                           "tweet", "add", "reply"})
# Verbs whose object is the listener, never the speaker ("told the Express").
LISTENER = frozenset({"tell", "inform", "assure", "remind", "warn", "urge", "ask"})
# Verbs whose passive participle opening a sentence ("Asked about it, Lee said") makes its subject the one
# spoken to.
_ASKED = LISTENER | {"press", "question", "challenge", "confront", "quiz"}
# Nouns for an occasion of speech ("in an interview") or what a person puts out ("her statement saying").
OCCASIONS = frozenset("""
interview speech statement rally debate letter conference appearance meeting call address remarks post tweet
video ad book session hearing event broadcast show episode email memo report release
""".split())


def subject_of(verb: Token, person: Callable[[Token], bool] | None = None) -> Token | None:
    """The speaker token of a speech verb: its subject, a passive's agent, or the subject of the clause a
    subject-less participle or conjunct hangs on ("…, writing on Truth Social:"). ``person`` tells a name
    the tagger took for a common noun ("Sanders") but the mentions know as a person."""
    stamped = stamped_name(verb)
    if stamped is not None:
        return stamped
    subj = _own_subject(verb, {"nsubj", "csubj"}) or _as_object(verb)
    subj = _aside(verb, subj) or subj
    if subj is not None and subj.pos_ == "VERB" and subj.dep_ == "nsubj" and subj.text.islower():
        subj = None  # a verb taken for the subject ("Roe, the favourite to win come November, proposed")
    # a comparison the parse took for the subject of a conjunct ("Roe runs a farm and like Lee has argued …"):
    # not the speaker, nor is the name before the verb; "Looks like Lee said", "as Lee said" are hers
    first = subj.left_edge.i if subj is not None else 0
    compared = first > 1 and verb.doc[first - 1].lower_ in _LIKE and verb.doc[first - 2].lower_ in _AND
    subj = None if compared else subj
    parsed = subj is not None
    if subj is not None and subj.pos_ == "ADP":  # "Of Lee, Roe said": the parse hung the name on the "of"
        subj = next((c for c in subj.children if c.dep_ == "pobj" and c.pos_ == "PROPN"
                     and verb.doc[c.i - 1].text == ","), None)
    if subj is not None and across_lines(subj, verb):
        subj = None  # the parse ran the paragraph into the one before: its subject is not this verb's
    # A participle the parse made the subject or the head ("Majorities of voters going to the polls say"):
    # its own subject speaks.
    host = (subj if subj is not None and subj.dep_ == "csubj"
            else verb.head if subj is None and verb.dep_ == "dep" else None)
    if host is not None and host.tag_ == "VBG" and host.i < verb.i:
        inner = next((c for c in host.lefts if c.dep_ == "nsubj"), None)
        if inner is not None:
            return inner
    if subj is not None and (subj.ent_type_ not in {"DATE", "TIME"} or "old" in subj.lower_):
        return subj
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    # "Saturday … Sen. Jane Roe said", "…,” Roe barked"; after a time stamp glued on as the subject ("2:40 p.m.
    # ¶ The mayor's spokesman says"), any noun right before the verb.
    named = None if passive or compared else name_before(verb, parsed, person) or opening_appositive(verb)
    if named is not None or parsed:
        return named
    for child in verb.lefts:  # "About 6 in 10 say", "Less than a third agreed": a share the parse left loose
        if child.dep_ in {"nummod", "dep", "npadvmod"} and share(child):
            return child
    for child in verb.children:  # a passive's subject is what was said or described, never the speaker
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    # "Roe was shaken when it was revealed …": no one named revealed it, not Roe ("he's said" is "has")
    kids = list(verb.children)
    if any(c.dep_ == "nsubjpass" for c in kids) and not any(c.lower_ in {"'s", "’s"} for c in kids):
        return None
    for child in verb.lefts:  # "Tom Reed, noting the crowd, said": the parse gives the subject to "noting"
        if child.tag_ == "VBG" and child.dep_ in {"ccomp", "advcl"}:
            subj = next((c for c in child.lefts if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    if (verb.lemma_ in _ASKED and verb.tag_ in {"VBN", "VBD"} and verb.dep_ == "advcl"  # VBD: "Asked" misread
            and verb.i < verb.head.i and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)):
        return None  # "Asked about it, Lee said …": the clause's subject was asked; the asker is unnamed
    finite_advcl = verb.dep_ == "advcl" and verb.tag_ in {"VBZ", "VBD", "VBP"} and not any(
        c.dep_ == "mark" for c in verb.children)
    if (verb.dep_ in {"conj", "dep"} or finite_advcl) and verb.head.i < verb.i and not any(
            t.dep_ == "cc" or t.text in {",", ";"} for t in verb.doc[verb.head.i + 1:verb.i]):
        # no "and", "while" or comma joins them: a noun misread ("resistant to the Lee calls for"), unless
        # it reports a clause: then the parse took a modifier of its subject for the verb ("sources close to
        # the talks say that …", "figures released on Sunday suggest that …")
        return _misread_subject(verb)
    if verb.tag_ == "VBG" and verb.i > 1:
        # "…, with Jane Roe asking whether …", "a video of Roe saying": Roe speaks; not a thing after "of"
        # ("a series of referenda arguing": whoever ran them argues); "with Lee, Roe and Park all calling
        # for …": all three call, the first named for them
        floating = verb.doc[verb.i - 1].lower_ in {"all", "both", "each"}
        noun = verb.doc[verb.i - 2 if floating else verb.i - 1]
        while floating and noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head
        if (noun.dep_ == "pobj" and noun.head.lower_ in _GERUND_PREPS and noun.pos_ in {"PROPN", "NOUN"}
                and (noun.head.lower_ != "of" or noun.pos_ == "PROPN" or agent(noun))
                and (floating or not any(c.dep_ == "conj" for c in noun.children))):
            return noun
    controller = _controller(verb)
    if controller is not None:
        return controller
    # "Roe held a briefing to brag that …": an infinitive of purpose the parse hung on the object; not what
    # was given to others ("Roe gave them reasons to question it")
    if (verb.dep_ in {"relcl", "acl"} and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB"
            and verb.head.head.lemma_ not in _GIVE
            and infinitive(verb)):
        return subject_of(verb.head.head, person)
    # "Roe went out of her way to praise it": her way, so her words
    if (verb.dep_ in {"relcl", "acl"} and verb.head.lower_ == "way" and infinitive(verb)
            and any(c.dep_ == "poss" for c in verb.head.children)):
        return subject_of(governing_verb(verb.head), person)
    if verb.tag_ == "VBG" and verb.dep_ == "ROOT":  # '"…," he said, not even suggesting …': the parse's root
        said = next((c for c in verb.lefts if c.dep_ == "parataxis" and c.lemma_ in SPEECH), None)
        subj = _own_subject(said, {"nsubj"}) if said is not None else None
        if subj is not None and not across_lines(subj, verb):
            return subj
    # a verb the parse left loose after another ("Roe paused, then added") is a conjunct of it
    loose = verb.dep_ == "dep" and verb.head.pos_ == "VERB" and verb.head.i < verb.i
    if verb.dep_ in {"advcl", "conj", "xcomp", "acl", "prep"} or verb.tag_ == "VBG" or loose:
        for anc in [verb, *verb.ancestors]:
            if anc.dep_ == "acl" and anc.tag_ in {"VBG", "VBN"} and agent(anc.head):
                return anc.head  # "a group backing Lee", "Jane Roe, who …, tweeted to say"; not "a statement"
            if anc.dep_ == "acl" and anc.tag_ == "VBG" and anc.head.lemma_ in OCCASIONS:
                # "Trump mocked Roe's speech denouncing him": who gave the speech denounces, not who heard it
                # (a pronoun owner is left to the clause: "who spent his speech defending it")
                owner = next((c for c in anc.head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                if owner is not None:
                    return owner
            if anc is verb:
                if _reduced_relative(anc):
                    return anc.head  # "tickets telling them when to queue", "an item suggesting that …"
                continue
            if any(c.dep_ in {"csubj", "csubjpass"} and c.left_edge.i <= verb.i <= c.right_edge.i
                   for c in anc.children):
                return None  # "Criticizing the police will alienate voters": the gerund is what alienates
            # The nearest clause a participle hangs on lends it its subject ("Lee sought calm, writing …",
            # "after Lee entered the race, calling them … and vowing …"); not a clause reported by a speech
            # verb ("Lee argued that a treaty would last, writing …": Lee writes), nor a quote the parse
            # hung the cue on ('"We lost," Roe told AFP'), nor one on another line (a heading).
            if anc.dep_ == "ccomp" and anc.head.lemma_ in SPEECH and anc.head.i < anc.i:
                continue
            if _content_clause(anc) or _conjunct_outside(verb, anc, person):
                continue
            subj = _own_subject(anc, SUBJECT_DEPS)
            if subj is None and verb.dep_ == "conj" and anc.i == verb.head.i:
                # "58-year-old Jo Roe also railed against it, and explained …": the name the parse hung on the
                # place before it is the subject of both
                subj = name_before(anc, False, person)
            if subj is None and anc.lemma_ in SPEECH and anc.i + 2 < verb.i:
                # '"…," said Brightly, adding …': a name after the speech verb the parse did not make its
                # subject (the tagger took "Brightly" for an adverb)
                after = verb.doc[anc.i + 1]
                if proper_name(after, person) and verb.doc[anc.i + 2].text == ",":
                    subj = after
            if subj is not None and subj.lower_ in {"it", "there"}:
                subj = _clause_before(verb, anc) or subj
            elif subj is not None and not _acts(subj, person):
                # "The first incident came at Purchase, when protesters interrupted her, shouting …": the
                # protesters shout, not the incident; "Her attacks were echoed by her allies, saying …": the
                # allies say it
                nearer = _clause_before(verb, anc, relative=True)
                doer = passive_doer(anc) if subj.dep_ == "nsubjpass" else None
                subj = nearer if nearer is not None and _acts(nearer, person) else doer or subj
            if subj is not None and subj.i != verb.i:
                between = verb.doc[min(subj.i, verb.i):max(subj.i, verb.i)]
                if any("\n" in t.text_with_ws for t in between):
                    return None
                if sum(t.text in _QUOTE_TOKENS for t in between) % 2 == 0:
                    return subj  # (an odd count of quote marks between them puts the subject in a quote)
            if anc.dep_ == "ROOT":
                break
    return None


def _misread_subject(verb: Token) -> Token | None:
    """The subject of a speech verb that reports a clause but that the parse hung, with nothing to join them,
    on a word of its subject's phrase it took for a verb ("Sources privy to the talks say that …": "privy";
    "Research released by two economists suggests …": "released", whose doer speaks): the subject of that
    word, a noun whose number the speech verb agrees with."""
    if (verb.lemma_ not in SPEECH or not any(c.dep_ == "ccomp" for c in verb.children)
            or not verb.doc[verb.i - 1].is_alpha):  # 'so-called "expenditure" reports that …': a noun
        return None
    head = verb.head
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i), None)
    plural = {"VBP": True, "VBZ": False}.get(verb.tag_)
    if subj is None or subj.pos_ != "NOUN" or plural is None or (subj.tag_ == "NNS") != plural:
        return None
    doer = passive_doer(head) if subj.dep_ == "nsubjpass" else None
    return doer if doer is not None and not _acts(subj, None) else subj


# Words of a comparison a misparse may put before a conjunct's subject, after its conjunction.
_LIKE, _AND = frozenset({"like", "unlike"}), frozenset({"and", "but"})
# Verbs by which something makes its object do what their complement says ("led her to declare", "left
# voters saying"); not requests, which report no act ("urged Lee to tell Roe …", "asked her to call …").
_CONTROL = frozenset("lead prompt cause drive force compel leave spur inspire move".split())


def _controller(verb: Token) -> Token | None:
    """Who does what an infinitive or participle complement says: the object of a verb that has it done
    ("a win that led her to declare", "left voters saying"), the subject of "be" for an infinitive on what
    that subject is ("Cruz is the only one to have pledged"), or the named owner of an act an infinitive
    gives the purpose of ("Lee's use of the word to describe it", "Roe's bid to explain and defend it")."""
    head = verb.head
    # the parse may hang the participle on "leave" as an adverbial ("left voters saying"); not one set off
    left = verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.lemma_ == "leave"
    if head.lemma_ in _CONTROL and (verb.dep_ == "xcomp" or left):
        obj = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i), None)
        return obj if obj is None or not left or obj.right_edge.i + 1 == verb.i else None
    if (verb.dep_ in {"relcl", "acl"} and infinitive(verb)
            and head.dep_ == "attr" and head.head.lemma_ == "be"):
        return _own_subject(head.head, SUBJECT_DEPS)
    act = head if verb.dep_ == "conj" and verb.tag_ == "VB" and head.i < verb.i else verb  # not "and called"
    if act.dep_ == "acl" and infinitive(act) and act.head.pos_ == "NOUN" and act.head.i < act.i:
        return next((c for c in act.head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return None


# Verbs whose object goes to others: an infinitive on it is theirs ("gave them reasons to doubt it").
_GIVE = frozenset({"give", "supply", "provide", "offer", "hand", "grant", "leave", "send", "allow"})
# Prepositions whose object a participle right after it has as its subject.
_GERUND_PREPS = frozenset({"with", "without", "about", "of"})
# Double quote marks only: a single one may be an apostrophe ("the Khans' son").
_QUOTE_TOKENS = frozenset({"“", "”", '"', "''", "``", "«", "»"})


def _reduced_relative(verb: Token) -> bool:
    """A participle right after the noun it modifies ("ledgers showing he was paid", "phone calls opposing
    Lee", "guests were handed cards telling them …"): the noun does what it says, as in "ledgers that show";
    not a speech the clause's subject gave ("Roe gave a speech denouncing it"), nor one set off by a comma
    (a participle on the clause), nor the object of an active verb or its listener, where the parse often
    hangs the subject's participle ("Roe emailed supporters saying …")."""
    noun = verb.head
    passive = any(c.dep_ == "nsubjpass" for c in noun.head.children)
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.pos_ == "NOUN"
            and noun.i < verb.i and noun.lemma_ not in _WRITINGS | _WHEN
            and (noun.dep_ not in {"dobj", "dative"} or passive)
            and not (noun.dep_ == "pobj" and noun.head.lower_ == "to")
            and not any(t.text in {",", "(", "-", "—", "–"} for t in verb.doc[noun.i + 1:verb.i]))


# What someone wrote or holds up: its words are theirs ("Politico ran a note on the story saying", "protesters
# carrying signs saying"); and nouns for when, which do nothing ("at one point calling").
_WRITINGS = OCCASIONS | {"message", "article", "op-ed", "resolution", "research", "comment", "record",
                         "column", "editorial", "note", "story", "sign", "banner", "placard", "poster"}
_WHEN = frozenset({"point", "time", "moment", "day", "night", "week", "month", "year", "stage"})


def _content_clause(clause: Token) -> bool:
    """A "that" clause on a noun ("denied the rumour that a purge is near, adding …"): what the noun holds,
    not a clause a participle after it takes its subject from."""
    return (clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and clause.head.i < clause.i
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children))


def _conjunct_outside(verb: Token, clause: Token, person: Callable[[Token], bool] | None) -> bool:
    """Whether a finite verb the parse conjoined to a verb of a clausal complement belongs to the clause
    above it instead, by its tense ("Lee forecast that sales would rebound and praised the plan": Lee
    praised; "… is that buyers wait for spring and treat the dip as a pause" keeps its subject)."""
    tense = tense_tag(verb)
    if verb.dep_ != "conj" or verb.head.i != clause.i:
        return False
    if clause.dep_ == "relcl":
        # "the groups that brought them in and say …", "deals that favour banks, and rejecting …": a verb of
        # another tense, or a bare participle, cannot share the relative pronoun (a bare "say" after "and"
        # is present, whatever its tag); but only up to a subject that can say it ("the vote is key to
        # leaders who have backed Kyiv and warned against …": the vote warns nothing)
        tense = "VBP" if tense == "VB" and not infinitive(verb) else tense
        subj = _own_subject(governing_verb(clause.head), SUBJECT_DEPS)
        return tense_tag(clause) in FINITE_TAGS and (subj is None or _acts(subj, person)) and (
            tense in FINITE_TAGS and tense != tense_tag(clause) or verb.tag_ == "VBG" and tense == "VBG")
    return (clause.dep_ == "ccomp" and clause.head.i < clause.i and tense in FINITE_TAGS
            and tense != clause.tag_)


def speaks_in(head: Token) -> bool:
    """Whether a speech verb is in the phrase headed by ``head`` (a clause with a statement of its own)."""
    return any(t.lemma_ in SPEECH and t.pos_ == "VERB" for t in head.subtree)


def listener_object(verb: Token, obj: Token) -> bool:
    """Whether ``obj`` is whom ``verb`` was said to ("told The Daily Beast", "told reporters"), not what."""
    return verb.lemma_ in LISTENER and obj.dep_ == "dobj" and (
        obj.pos_ in {"PROPN", "PRON"} or obj.lemma_ in _AUDIENCES)


_AUDIENCES = frozenset({"reporter", "journalist", "crowd", "audience", "supporter", "voter", "interviewer"})


def _as_object(verb: Token) -> Token | None:
    """The subject of an "as" clause the parse made the object of its "as" ("As Jane Roe, a professor of
    law, put it, …", "as Lee noted"): a name or noun before a verb that is no participle; not the role of
    an infinitive's doer ("pivoting to her record as the top diplomat to call …")."""
    if verb.tag_ == "VBG" or infinitive(verb):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i), None)
    if mark is None:
        return None
    return next((c for c in mark.children if c.dep_ == "pobj" and c.pos_ in {"PROPN", "NOUN"}), None)


def _acts(subj: Token, person: Callable[[Token], bool] | None) -> bool:
    """Whether a subject may say something: a name, a pronoun or a noun for people ("protesters"); a common
    noun for neither is a thing ("the first incident"), whose participle someone else speaks."""
    return subj.pos_ != "NOUN" or people_noun(subj) or (person is not None and person(subj))


def _clause_before(verb: Token, host: Token, relative: bool = False) -> Token | None:
    """The subject of the clause just before a participle, where the clause it hangs on has an empty subject
    ("It was a blow, as Jane Roe echoed the criticism, saying …": Roe says it), or the clause a cleft puts
    its subject in ("It was at the gala that Roe gave a speech, saying …"); with ``relative``, also a finite
    relative clause deeper in ("The clash came in Dover, when farmers interrupted her, shouting …": the parse
    hangs the "when" clause on Dover)."""
    doc = verb.doc
    for clause in host.subtree:
        cleft = (clause.dep_ == "relcl" and host.lemma_ == "be"
                 and any(c.lower_ == "that" and c.i < clause.i for c in clause.children))
        deeper = relative and clause.dep_ == "relcl"
        if ((clause.dep_ in {"advcl", "conj"} and clause.head == host or cleft or deeper)
                and clause.i < verb.i and clause.right_edge.i + 2 == verb.i and doc[verb.i - 1].text == ","
                and (not relative or tense_tag(clause) in FINITE_TAGS)):
            subj = _own_subject(clause, SUBJECT_DEPS)
            if subj is not None and subj.pos_ in {"PROPN", "NOUN"}:
                return subj
    return None


def _aside(verb: Token, subj: Token | None) -> Token | None:
    """The speaker of a speech verb set off by commas inside a sentence, where the parse made the words
    before the aside its subject: the name after the verb ("Any reading of the deal, said Jane Roe, an
    expert at X, would …"; the parse made it the subject of the verb after it), or the noun phrase that
    opens the aside ("The cause of it, union members and leaders say, is …")."""
    doc = verb.doc
    if subj is None or subj.i > verb.i or verb.lemma_ not in SPEECH or verb.i + 1 >= len(doc):
        return None
    if doc[verb.i - 1].text == ",":
        name = doc[verb.i + 1]
        while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
            name = name.head
        aside = name.i + 1 < len(doc) and doc[name.i + 1].text == ","  # not "showed Lee leading the race"
        inverted = aside and name.pos_ == "PROPN" and name.dep_ == "nsubj" and name.head.i > name.i
        return name if inverted and subj.pos_ == "NOUN" else None
    comma = next((j for j in range(verb.i - 1, subj.i, -1) if doc[j].text == ","), verb.i)
    words = doc[comma + 1:verb.i]
    if (verb.dep_ != "parataxis" or doc[verb.i + 1].text != "," or not 1 <= len(words) <= 6
            or any(t.pos_ in {"VERB", "AUX"} for t in words)):
        return None
    root = fragment_head(list(words), words[0].idx, verb.idx)
    return root if root.pos_ in {"NOUN", "PROPN"} else None


def _own_subject(verb: Token, deps: set[str] | frozenset[str]) -> Token | None:
    """A verb's subject; of two ("Washington (AFP) – Jane Roe has taken …": the dateline and the speaker),
    the noun nearest before the verb; one the parse hung on its auxiliary ("Roe, who is by all accounts
    enjoying it and is saying …": "who" on "is") is its too, and so is that of a first conjunct the parse made
    its clausal complement ("Roe stood up and, citing Lee, endorsed him": "stood" keeps "and", no
    conjunct; "Roe offered him a job, then says …"; "Roe pledged …, suggested that …")."""
    subjects = [c for c in verb.children if c.dep_ in deps] or [
        c for a in verb.children if a.dep_ == "aux" and a.i < verb.i for c in a.children if c.dep_ in deps]
    if not subjects:
        then = any(c.dep_ == "advmod" and c.lower_ == "then" and c.i == verb.i - 1 for c in verb.lefts)
        first = next((c for c in verb.lefts if c.dep_ == "ccomp"
                      and not any(k.dep_ == "conj" for k in c.children)
                      and (then or any(k.dep_ == "cc" and k.i > c.i for k in c.children)
                           or _listed(c, verb))), None)
        if first is not None:
            subjects = [c for c in first.children if c.dep_ in deps and c.i < first.i]
    return max(subjects, key=lambda c: (c.i < verb.i, c.pos_ in {"PROPN", "NOUN"}, c.i), default=None)


def _listed(clause: Token, verb: Token) -> bool:
    """Whether a finite clause ends in a comma right before a verb with no subject of its own, as the verbs
    of one subject listed ("Roe pledged to build it and cast doubt on the figures, suggested that …"); not
    a quote the verb reports ('"We will win," vowed …')."""
    doc = verb.doc
    return (clause.right_edge.i + 2 == verb.i and doc[verb.i - 1].text == "," and tense_tag(clause) in FINITE_TAGS
            and tense_tag(verb) in FINITE_TAGS
            and not any(t.text in _QUOTE_TOKENS for t in doc[clause.left_edge.i:verb.i]))
