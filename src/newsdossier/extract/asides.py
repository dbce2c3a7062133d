"""Asides that report the sentence they stand in: an "according to X" phrase ("In all, according to X, prices
rose …") and an "as X reported" aside ("As the Times reported, the firm paid …"; "…, as Lee noted"), each
reporting the sentence around it on its line; a speech verb set into its content ("Still, he said, …"; "Sales
fell, she said"; "The plan, she said, is dead"), which reports the clause around it; the scene of a speech
act ("at a rally", "in an interview"), no part of what it says; the comma or lone dash that sets off an aside
closing a reported clause (", the former governor", "— a jab at Roe"); and :func:`trim`, which cuts a
reported span to its words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .quotemarks import QUOTE_MARKS
from .subjects import LISTENER, OCCASIONS, SPEECH
from .syntax import FINITE_TAGS, SUBJECT_DEPS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

# What sets off an "as" aside before it ("…, as Lee noted"; "Roe -- as Lee noted -- …").
_ASIDE_OPENERS = frozenset({",", "—", "–", "-", "--", "("})
# Verbs that report the clause they are set into as an "as" aside ("As the Times reported, …"); others in such
# an aside mostly tell the time or manner ("As Lee joked with friends, …", "a tax as Roe proposes").
_AS_VERBS = frozenset({"report", "note", "say", "write", "reveal", "point", "observe", "explain",
                       "acknowledge", "mention", "show", "recount", "predict", "warn"})
# A clause's subjects: one before a speech verb set into the clause is part of what it reports.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# So is a phrase or clause that sets its scene ("Over the years, she said, email has …"; "Despite the cuts, he
# noted, spending …"); not a one-word link to what came before ("Still, he said, …").
_SCENE = frozenset({"prep", "advcl", "npadvmod"})
# What sets off a closing aside: a comma or a dash ("… a 'fine deal' — a jab at Roe").
_SETS_OFF = frozenset({",", "—", "–", "--"})
# Prepositions after a speech act's object that set the scene of a statement rather than add to what it says.
_SETTING_PREPS = frozenset({"at", "during", "after", "before", "amid", "throughout", "following", "despite",
                            "inside", "outside", "near", "across", "via"})


def host_clause(text: str, according: Token) -> tuple[int, int] | None:
    """The clause an "according to X" phrase reports: the sentence without that phrase; where the phrase
    stands inside the sentence, the longer side of it ("In all, according to X, prices rose …"), unless a
    conjunction or the source's own act follows it: then the clause it closes ("Lee leads by 9 points, according
    to a poll, but Roe has vowed …", "…, according to an aide, speaking on condition of anonymity"; what
    follows is no part of it)."""
    last = according.right_edge
    doc = according.doc
    if (detail := _with_detail(according)) is not None:
        return trim(text, detail.idx + len(detail.text), detail.right_edge.idx + len(detail.right_edge.text))
    k = last.i + 1
    while k < len(doc) and doc[k].is_punct:
        k += 1
    if k < len(doc) and according.i > according.sent.start \
            and (doc[k].pos_ == "CCONJ" or _source_act(doc[k])):
        return _around(text, according, according.idx, according.sent.end_char)
    return _around(text, according, according.idx, last.idx + len(last.text))


def _source_act(token: Token) -> bool:
    """A participle with no subject of its own that tells how the source spoke ("…, according to a pilot,
    speaking on condition of anonymity", "citing …"): no part of the clause reported. Others may go on with
    it ("Lee agreed, according to records, becoming the owner")."""
    return token.tag_ == "VBG" and (token.lemma_ in SPEECH or token.lemma_ in _SPOKE) \
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)


_SPOKE = frozenset({"speak", "talk", "request", "decline", "cite"})


def _word_before(token: Token, floor: int) -> int:
    """The index of the last word before ``token`` past the punctuation between them, no further back than
    ``floor``."""
    doc, k = token.doc, token.i - 1
    while k > floor and doc[k].is_punct:
        k -= 1
    return k


# Words that make a "with" phrase a figure ("with a majority of voters saying …").
_SHARES = frozenset({"percent", "majority", "minority", "half", "third", "quarter", "most", "share"})


def _with_detail(according: Token) -> Token | None:
    """The "with" of a figure set off by a comma that an "according to" phrase directly follows ("Turnout
    fell, with 3,000 fewer voters, according to X"): the figure is what X gives, not the sentence."""
    doc = according.doc
    k = _word_before(according, according.sent.start)
    if k == according.i - 1:
        return None
    for t in [doc[k], *doc[k].ancestors]:
        if t.lower_ == "with" and t.dep_ == "prep" and t.right_edge.i == k and doc[t.i - 1].text == ",":
            return t if any(w.like_num or w.lemma_ in _SHARES for w in t.subtree) else None
    return None


def restated(according: Token) -> tuple[int, int] | None:
    """What "that" or "this" stands for where an "according to" phrase is all its sentence says of it ("That's
    according to a new survey"): the pronoun, the survey's statement (of the sentences before it)."""
    if according.i < 2 or according.dep_ not in {"prep", "ROOT"}:
        return None
    subj, verb = according.doc[according.i - 2], according.doc[according.i - 1]
    # the parse hangs the phrase on the copula, or makes it the root with the copula its auxiliary
    if subj.lower_ not in {"that", "this"} or subj.dep_ != "nsubj" or verb.lower_ not in _IS \
            or subj.i != according.sent.start or subj.head.i not in {verb.i, according.i} \
            or according.head.i not in {verb.i, according.i}:
        return None
    return subj.idx, subj.idx + len(subj.text)


_IS = frozenset({"is", "'s", "’s", "was"})


def before_according(text: str, verb: Token, start: int, end: int, quoted: Callable[[int], bool]) -> int:
    """The end of a reported clause that an "according to X" phrase closes ("Diners say they would pay more,
    according to a survey"): the phrase reports the whole sentence, speech verb and all, and is no part of
    what the verb reports; ``start`` (nothing) where the phrase hangs on the speech act itself ("Lee told
    aides that …, according to a memo"): that is X's account of what was said, one statement, X's; else
    ``end``. ``quoted``: whether a position is inside a quote."""
    for t in verb.sent:
        if t.lower_ != "according" or t.dep_ != "prep" or t.i == verb.i:
            continue
        closing = t.idx > start and t.right_edge.idx + len(t.right_edge.text) >= end
        if (closing or t.idx < start) and _reports_act(t, verb) and not _set_apart(verb, t, quoted):
            return start
        if closing and t.idx < end:
            return trim(text, start, t.idx)[1]
    return end


def _reports_act(according: Token, verb: Token) -> bool:
    """Whether the word an "according to" phrase hangs on is the speech verb, the clause it says, or a verb
    whose clause the speech verb completes ("used a lunch to complain that …, according to X")."""
    host = according.head
    if host.i == verb.i or host.dep_ == "ccomp" and host.head.i == verb.i:
        return True
    t = verb
    while t.dep_ in _ACT_LINKS and t.head.i != t.i:
        if t.dep_ == "conj" and t.head.i < according.i < t.left_edge.i:
            return False  # "X leads, according to a poll, but Y has vowed …": it closes the clause before
        t = t.head
        if t.i == host.i:
            return True
    return False


def _set_apart(verb: Token, according: Token, quoted: Callable[[int], bool]) -> bool:
    """Whether an "according to" phrase the parse hung on a speech act reports something else: a quote's
    words ('told CNN that "the driver fired, according to the police"'), a parenthesis, or a relative
    clause it closes ("says it is proof …, which stood at 263, according to the AP")."""
    doc = verb.doc
    before = doc[verb.sent.start:according.i]
    if quoted(according.idx) or sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before):
        return True
    k = _word_before(according, verb.i)
    return k > verb.i and any(a.dep_ in {"relcl", "acl"} and a.i > verb.i for a in [doc[k], *doc[k].ancestors])


# How a speech verb hangs on the verb an "according to" phrase reports with it.
_ACT_LINKS = frozenset({"xcomp", "ccomp", "conj"})


def stranded_source(to: Token) -> Token | None:
    """The name an "according to" phrase ends on where the parse left its "to" with no object (a dotted
    abbreviation ending a paragraph: "…, according to the F.A.A."): the last word of the name run after
    "to"."""
    name = None
    for t in to.doc[to.i + 1:to.i + 6]:
        if t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"}:
            name = t
        elif name is not None or t.lower_ not in {"the", "a", "an"}:
            break
    return name


def as_clause(text: str, verb: Token) -> tuple[int, int] | None:
    """What a speech verb in an "as" aside on the main clause reports: the sentence around it ("As the Times
    reported, the firm paid …", "…, as Lee noted"). Not a passive ("as he's often alleged"), not a verb
    with content of its own ("as she noted how …"), not a time or a comparison ("just as", "even as", "as
    if", "as angry as he suggested"), not an aside inside a subordinate clause, which reports only that."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if (verb.dep_ != "advcl" or [m.lower_ for m in marks] != ["as"] or verb.lemma_ not in _AS_VERBS
            or verb.tag_ == "VBG" or verb.head.dep_ != "ROOT" or verb.head.pos_ not in {"VERB", "AUX"}):
        return None
    kids = {c.dep_ for c in verb.children}
    if "nsubj" not in kids or kids & {"nsubjpass", "auxpass", "dobj", "ccomp", "xcomp", "dative"}:
        return None
    if any(c.dep_ == "advmod" and c.i < marks[0].i for c in verb.children):
        return None
    line_start = text.rfind("\n", 0, marks[0].idx) + 1
    before = [t for t in verb.sent if t.i < marks[0].i and t.idx >= line_start and not t.is_space]
    if before and before[-1].text not in _ASIDE_OPENERS and not all(
            t.pos_ in {"CCONJ", "ADV"} for t in before):
        return None  # "it comes as rivals called for …": a time, not an aside
    return _around(text, verb, verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text))


def framing(text: str, verb: Token) -> tuple[int, int] | None:
    """The content of a reporting verb set into it as an aside ("Still, he said, officials must decide …";
    "Sales fell, she said"): the clause the parse made the verb's head, on the side of the aside that holds
    that clause's verb, or before it when a subordinate clause follows ("Sales fell, she said, since …"), or
    around it when the clause goes on after it ("Sales fell, she said, by a third") or its subject or a phrase
    setting its scene stands before it ("The plan, she said, is dead"; "Since May, she said, sales …")."""
    head = verb.head
    if head.pos_ not in {"VERB", "AUX"} or head.i == verb.i:
        return None
    doc = verb.doc
    k = verb.right_edge.i + 1
    while k < len(doc) - 1 and doc[k].is_punct:
        k += 1
    if head.i < verb.i or doc[k].dep_ == "mark" and doc[k].head.i == head.i:  # "…, he said, since …"
        a, b = head.left_edge.i, verb.left_edge.i - 1
        # the clause goes on after the aside: the aside sits inside it (a parenthesis is not an aside)
        if head.i < verb.i and head.right_edge.i >= k and not doc[k].is_punct and doc[k].dep_ != "mark" \
                and all(t.text != "(" for t in doc[max(verb.left_edge.i - 1, 0):verb.i]):
            b = head.right_edge.i
    else:
        a, b = verb.right_edge.i + 1, head.right_edge.i
        if any(c.i < verb.i and (c.dep_ in _SUBJECTS or c.dep_ in _SCENE) for c in head.children) and not any(
                t.text in QUOTE_MARKS for t in doc[head.left_edge.i:verb.i]):
            a = head.left_edge.i
    if b < a:
        return None
    if a < verb.left_edge.i and b > k:  # the aside sits inside: what trails the clause is the writer's
        b = _before_trailing(verb, k, b)
    return trim(text, max(doc[a].idx, text.rfind("\n", 0, head.idx) + 1), doc[b].idx + len(doc[b].text))


def _before_trailing(verb: Token, k: int, b: int) -> int:
    """The last word before an aside the writer adds after a clause that a speech verb is set into ("Many
    closures, he said, hit public courses, the latter a reference to …"; "…, whether by floods or fire"): a
    comma or lone dash before a phrase that the parse hung loose on a verb, or a common noun's apposition
    (not a name: "…, Clinton"), neither one that quotes or reports; else ``b``."""
    doc = verb.doc
    for p in range(k, b):
        mark, nxt = doc[p], doc[p + 1]
        if mark.text not in _SETS_OFF:
            continue
        if any(t.text == mark.text and t.i != p for t in doc[k:b + 1]):
            continue  # a pair of commas or dashes sets off a parenthesis or a list
        loose = next((t for t in [nxt, *nxt.ancestors] if t.left_edge.i == p + 1 and t.head.i < p), nxt)
        hung = loose.dep_ in _LOOSE and loose.head.pos_ in {"VERB", "AUX"} or loose.dep_ == "appos" \
            and loose.pos_ == "NOUN"
        if hung and not any(t.text in QUOTE_MARKS or t.lemma_ in SPEECH for t in doc[p:b + 1]):
            return p - 1
    return b


# How the parse hangs a writer's phrase trailing a clause ("…, the latter a reference to …").
_LOOSE = frozenset({"npadvmod", "dep"})


def conj_frame(verb: Token) -> bool:
    """A speech verb set after its content as an aside that the parse conjoined to it ("Sales fell, a
    spokeswoman said on Friday"; "…, his aide told the Post"; "…, said the firm's chief"): it has a subject
    of its own, follows a comma, no conjunction joins it, and it has no content of its own."""
    doc = verb.doc
    first = verb.left_edge
    return (verb.dep_ == "conj" and verb.lemma_ in SPEECH and verb.head.i < verb.i and first.i > 0
            and doc[first.i - 1].text == "," and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ == "cc" and c.i < verb.i or c.dep_ in {"ccomp", "xcomp"}
                        or c.dep_ == "dobj" and verb.lemma_ not in LISTENER for c in verb.children))


def lead_frame(verb: Token) -> bool:
    """A speech verb set before its content as an aside that the parse made a clause of that content
    ("Instead, Lee told CNN, the plan would be …"; "If it passes, Roe wrote in a memo, rents will fall"): it
    has a subject and a tense of its own, a comma closes it, the clause after it is no speech of its own,
    and it has no content of its own."""
    doc = verb.doc
    last = verb.right_edge
    return (verb.dep_ == "ccomp" and verb.lemma_ in SPEECH and verb.head.i > last.i + 1
            and verb.tag_ in FINITE_TAGS and doc[last.i + 1].text == ","
            and verb.head.lemma_ not in SPEECH and verb.head.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "dobj" and verb.lemma_ not in LISTENER
                        for c in verb.children))


def _around(text: str, token: Token, phrase_start: int, phrase_end: int) -> tuple[int, int]:
    """The sentence of ``token`` on its line without ``text[phrase_start:phrase_end]``: the longer side."""
    sent = token.sent
    line_start = text.rfind("\n", 0, phrase_start) + 1
    line_end = text.find("\n", phrase_end)
    s = max(sent.start_char, line_start)
    e = min(sent.end_char, line_end if line_end >= 0 else len(text))
    before, after = trim(text, s, phrase_start), trim(text, phrase_end, e)
    return max(after, before, key=lambda span: span[1] - span[0])


def scene(prep: Token) -> bool:
    """Whether a preposition after a speech act's object tells where or when it was done ("at a rally",
    "during the debate", "in May", "in an interview", "on his show", "on Twitter"), not what about ("accused
    him of lying", "thanked them in person", "in support of Lee"); never one that holds a quote."""
    if prep.dep_ != "prep" or any(t.text in QUOTE_MARKS for t in prep.subtree):
        return False
    if prep.lower_ in _SETTING_PREPS:
        return True
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or prep.lower_ not in {"in", "on", "with", "from", "by"}:
        return False
    return (pobj.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} or prep.lower_ in {"in", "on", "with"}
            and pobj.lemma_ in OCCASIONS or prep.lower_ == "on" and pobj.pos_ == "PROPN")


def sets_off(head: Token, aside: Token) -> bool:
    """Whether a comma or a lone dash sets off an aside at the end of the clause headed by ``head``; not a
    dash of a pair, which sets off a parenthesis inside it ("help the islanders — farmers alike — who lost
    their homes"), nor one before a list, which spells the content out ("two aims — jobs and schools"), nor
    one in a clause said before its cue, all of it the speaker's ("… — changes yet to come, he said"). A
    negated phrase is a contrast that goes on saying it, no aside ("the weather — not policy")."""
    if any(c.dep_ == "neg" for c in aside.children):
        return False
    mark = head.doc[aside.left_edge.i - 1]
    if mark.text == ",":
        return True
    if head.head.i >= head.i:
        return False
    span = head.doc[head.i:aside.right_edge.i + 1]
    paired = any(t.text == mark.text and t.i != mark.i for t in span)
    listed = any(t.dep_ == "cc" and t.i > mark.i for t in span)
    return mark.text in _SETS_OFF and not paired and not listed


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without surrounding space and clause punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-."):
        end -= 1
    return start, end


# Nouns of written records whose ", records show" aside the parse may read as a compound noun "records show".
_RECORDS = frozenset({"record", "document", "filing", "datum", "data", "log"})


def shown_by(show: Token) -> Token | None:
    """The records of a ", records show," aside that the parse reads as a noun ("The jet was sold in 2010,
    records show."): the noun before "show" that it takes for a compound; the aside reports its clause."""
    doc = show.doc
    if show.pos_ != "NOUN" or show.lower_ != "show" or show.i < 2 or show.i + 1 >= len(doc):
        return None
    records = doc[show.i - 1]
    if records.dep_ != "compound" or records.head.i != show.i or records.lemma_ not in _RECORDS \
            or records.tag_ != "NNS" and records.lower_ != "data":
        return None
    first = show.left_edge
    if first.i < 1 or doc[first.i - 1].text != "," or doc[show.i + 1].text not in {",", "."}:
        return None
    return records


def records_clause(text: str, show: Token) -> tuple[int, int]:
    """The clause a ", records show," aside reports: the rest of the clause the parse takes it for the
    subject of ("a man who, records show, does not fly much, …"), short of its next conjunct; else, as for
    an "according to" phrase, the clause it closes where a conjunction follows it, or the longer side."""
    doc = show.doc
    start, end = show.left_edge.idx, show.idx + len(show.text)
    if show.head.i > show.i:  # up to the head's next conjunct, which the parse may run on into
        head = show.head
        last = max((c.right_edge for c in head.rights if c.dep_ not in {"conj", "cc", "punct"}),
                   key=lambda t: t.i, default=head)
        return trim(text, end, last.idx + len(last.text))
    k = show.i + 1
    while k < len(doc) and doc[k].is_punct:
        k += 1
    if k < len(doc) and doc[k].pos_ == "CCONJ":
        return _around(text, show, start, show.sent.end_char)
    return _around(text, show, start, end)
