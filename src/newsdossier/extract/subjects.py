"""Speech verbs and the subject token that names their speaker.

The subject comes from spaCy's dependency parse (``nsubj``; the ``by`` agent of a passive; for a participle
such as "…, writing on Truth Social:" the subject of the nearest clause it hangs on, never one inside a
quote or on another line), repaired where the small model misplaces it: a name right before a subject-less
verb is the speaker ("…," Roe barked), a participle on a group has the group as subject, a share the parse
left loose ("About 6 in 10 say") is the subject, the one asked ("Asked about it, Roe said") is not the asker,
and a noun misread as a verb ("resistant to the Lee calls for") has none. :func:`phrase` gives the noun phrase
a subject heads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs that report what someone said or wrote.
SPEECH = frozenset("""
say tell add reply respond answer ask write tweet post state declare announce explain note warn insist argue
claim vow pledge promise recall conclude urge admit acknowledge concede complain joke quip shout yell
exclaim whisper remark observe comment suggest predict stress emphasize emphasise affirm confirm deny assert
maintain contend testify boast brag lament decry condemn criticize criticise accuse charge demand plead
caution counter retort allege report reveal disclose mention tout threaten signal indicate describe call dub
label term brand praise hint continue echo elaborate recount reiterate opine muse scoff interject
bark beam boom gush fume marvel thunder bellow ponder wonder point lecture rant concur chime chant
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
# Nouns for people or bodies that act for themselves: a participle on them has them as its subject.
_AGENT_NOUNS = frozenset("""
group member official lawmaker analyst activist critic expert organization committee pac union
""".split())
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_NAME_DEPS = frozenset({"compound", "flat", "nmod", "poss", "case", "det", "amod", "nummod"})


def subject_of(verb: Token) -> Token | None:
    """The speaker token of a speech verb: its subject, a passive's agent, or the subject of the clause a
    subject-less participle or conjunct hangs on ("…, writing on Truth Social:")."""
    subj = _own_subject(verb, {"nsubj", "csubj"})
    parsed = subj is not None
    if subj is not None and _across_lines(subj, verb):
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
    named = None if passive else _name_before(verb, nouns=parsed)
    if named is not None or parsed:
        return named
    for child in verb.lefts:  # "About 6 in 10 say", "Less than a third agreed": a share the parse left loose
        if child.dep_ in {"nummod", "dep", "npadvmod"} and _share(child):
            return child
    for child in verb.children:  # a passive's subject is what was said or described, never the speaker
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    for child in verb.lefts:  # "Tom Reed, noting the crowd, said": the parse gives the subject to "noting"
        if child.tag_ == "VBG" and child.dep_ in {"ccomp", "advcl"}:
            subj = next((c for c in child.lefts if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    if (verb.lemma_ in _ASKED and verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)):
        return None  # "Asked about it, Lee said …": the clause's subject was asked; the asker is unnamed
    finite_advcl = verb.dep_ == "advcl" and verb.tag_ in {"VBZ", "VBD", "VBP"} and not any(
        c.dep_ == "mark" for c in verb.children)
    if (verb.dep_ == "conj" or finite_advcl) and verb.head.i < verb.i and not any(
            t.dep_ == "cc" or t.text in {",", ";"} for t in verb.doc[verb.head.i + 1:verb.i]):
        return None  # no "and", "while" or comma joins them: a noun misread ("resistant to the Lee calls for")
    if verb.dep_ in {"advcl", "conj", "xcomp", "acl", "prep"} or verb.tag_ == "VBG":
        for anc in [verb, *verb.ancestors]:
            if anc.dep_ == "acl" and anc.tag_ in {"VBG", "VBN"} and _agent(anc.head):
                return anc.head  # "a group backing Lee", "Jane Roe, who …, tweeted to say"; not "a statement"
            if anc is verb:
                continue
            # The nearest clause a participle hangs on lends it its subject ("Lee sought calm, writing …",
            # "after Lee entered the race, calling them … and vowing …"); not a clause reported by a speech
            # verb ("Lee argued that a treaty would last, writing …": Lee writes), nor a quote the parse
            # hung the cue on ('"We lost," Roe told AFP'), nor one on another line (a heading).
            if anc.dep_ == "ccomp" and anc.head.lemma_ in SPEECH and anc.head.i < anc.i:
                continue
            subj = _own_subject(anc, SUBJECT_DEPS)
            if subj is not None and subj.i != verb.i:
                between = verb.doc[min(subj.i, verb.i):max(subj.i, verb.i)]
                if any("\n" in t.text_with_ws for t in between):
                    return None
                if sum(t.text in _QUOTE_TOKENS for t in between) % 2 == 0:
                    return subj  # (an odd count of quote marks between them puts the subject in a quote)
            if anc.dep_ == "ROOT":
                break
    return None


# Double quote marks only: a single one may be an apostrophe ("the Khans' son").
_QUOTE_TOKENS = frozenset({"“", "”", '"', "''", "``", "«", "»"})

_SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
                          "majorities"})


def _share(token: Token) -> bool:
    """A share of a group: "6 in 10", "two-thirds", "a majority"."""
    words = list(token.subtree)
    numbers = sum(t.like_num for t in words)
    return token.lower_ in _SHARE_WORDS or (numbers >= 2 and any(t.lower_ == "in" for t in words))


def _agent(noun: Token) -> bool:
    """A noun for someone who acts ("group", "officials", "the 43-year-old", a person's name); not a thing
    ("a statement", "signs"), nor an organisation's name, which the parse often attaches to wrongly."""
    lemma = noun.lemma_.lower()
    return (lemma in _AGENT_NOUNS or lemma.rstrip("s") in _AGENT_NOUNS or noun.ent_type_ == "PERSON"
            or noun.lower_.endswith("-old"))


def _own_subject(verb: Token, deps: set[str] | frozenset[str]) -> Token | None:
    """A verb's subject; of two ("Washington (AFP) – Jane Roe has taken …": the dateline and the speaker),
    the noun nearest before the verb."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    return max(subjects, key=lambda c: (c.i < verb.i, c.pos_ in {"PROPN", "NOUN"}, c.i), default=None)


def _name_before(verb: Token, nouns: bool = False) -> Token | None:
    """A name right before a verb the parse left without a subject ("Saturday at the convention Sen. Jane
    Roe (D-MA) said": the name hangs on the date; '…," Roe barked': the name is a compound), passing over
    auxiliaries and adverbs ("Roe has also said"), a parenthesis ("Jane Roe (D-MA) said"), an age ("Roe,
    58, told"), a name set off by commas ("her adviser, Jane Roe, said"), a description or a relative clause
    set off by commas ("Jane Roe, the club's president and general manager, said", "Jane Roe, meanwhile, who
    sits on no board, said") or an aside between dashes ("Jane Roe - in a line aimed at Lee - declared"); a
    name the parse made an object of the paragraph before counts too."""
    if verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # a participle or infinitive after a name ("rival, Jane Roe, saying") is not hers
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].dep_ in {"aux", "auxpass", "neg", "advmod"} and doc[k].head.i == verb.i:
        k -= 1
    if k >= 0 and doc[k].text == ")":
        k = next((j for j in range(k - 1, max(k - 8, -1), -1) if doc[j].text == "("), 0) - 1
    elif k >= 2 and doc[k].text in _ASIDE_MARKS:
        mark = doc[k].text
        opening = next((j for j in range(k - 1, max(k - (16 if mark == "," else 25), -1), -1)
                        if doc[j].text == mark), None)
        if opening is None:
            return None
        aside = doc[opening + 1:k]
        before = opening - 1
        if before >= 2 and doc[before].pos_ == "ADV" and doc[before - 1].text == ",":
            before -= 2  # "Jane Roe, meanwhile, who …, said"
        if doc[k - 1].like_num and k - opening <= 4:
            k -= 3
        elif all(t.pos_ == "PROPN" for t in aside) and len(aside) <= 5:
            k -= 1
        elif before >= 0 and _name(doc[before]) and (mark != "," or _description(aside)):
            k = before
        else:
            return None
    if (k < 0 or (doc[k].pos_ not in ({"PROPN", "NOUN"} if nouns else {"PROPN"}) and not _name(doc[k]))
            or doc[k].ent_type_ in {"DATE", "TIME", "GPE"}
            or (doc[k].dep_ in _OBJECT_DEPS and not _across_lines(doc[k]))
            or not (nouns or doc[k].text[:1].isupper())):
        return None
    return doc[k]


_ASIDE_MARKS = frozenset({",", "-", "–", "—", "--"})


def _description(words: Span) -> bool:
    """A description set off as an appositive ("the minority leader", "the club's president and general
    manager": no verb, opens with a determiner) or a relative clause on a person ("who sits on no board")."""
    if 0 < len(words) and words[0].lower_ in {"who", "whose"}:
        return True
    return 0 < len(words) <= 14 and words[0].pos_ == "DET" and not any(
        t.pos_ in {"VERB", "AUX"} for t in words)


def _name(token: Token) -> bool:
    """A proper name, or a name the tagger took for a common noun but its entity recogniser did not."""
    return token.pos_ == "PROPN" or (token.ent_type_ == "PERSON" and token.text[:1].isupper())


def _across_lines(token: Token, other: Token | None = None) -> bool:
    """Whether ``token`` and ``other`` (by default its head) are on different lines: the parse ran a
    paragraph into the one before."""
    other = token.head if other is None else other
    return any("\n" in t.text_with_ws for t in token.doc[min(other.i, token.i):max(other.i, token.i)])


_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "poss", "oprd"})


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
