"""Group and body antecedents: what a subject "they" or "it" stands for, within one article.

"They" is the plural subject of a main clause or speech verb just before it ("The unions say …. They
argue"), or that of the sentence before, where it spoke and "they" opens the next or an aside in it ("…
Wages, they argue, will fall"); "it" is an organisation that spoke just before ("Acme said …. It added"),
not a document ("The report said …") nor an impersonal "it" ("it seems"). Where the nearest candidate is
something else the pronoun may be either, and stands for no one. Apart from the he/she of
:mod:`.antecedents`: a group or body is found by number and kind, not by gender and name, though over
the same clause tests and the same walk back from the pronoun (:mod:`.clauses`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import BODIES, main_clause, tokens_back
from .names import PRONOUNS, SURNAMES, key, name_gender
from .subjects import SPEECH
from .syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .speakers import Resolver

# What a body does that an "it" subject may report as its words or stance ("It plans to …"), beyond speech
# verbs; not what documents do ("It found", "it shows") or an impersonal "it" ("it seems").
_BODY_VERBS = (SPEECH | {"plan", "expect", "refuse", "intend", "want", "hope", "decide", "agree", "believe",
                         "seek", "aim", "reject", "oppose", "recommend", "propose"}) - {
    "indicate", "reveal", "signal", "suggest", "report", "describe", "continue", "echo"}


def group_for(resolver: Resolver, pronoun: Token, window: int = 400) -> Token | None:
    """What "they" stands for: the nearest plural noun phrase before it in its paragraph or the one
    before ("The groups say …. They argue"), when that phrase is the subject of a main clause or of a
    speech verb; when the nearest plural is something else ("asked workers if they …", "who consider
    the results historic. They …") the pronoun may be either, so no one is named, unless it opens the
    sentence after one whose plural subject spoke (:func:`_parallel`)."""
    parallel = _parallel(resolver, pronoun)
    if parallel is not None:
        return parallel
    for tok in tokens_back(resolver, pronoun, window):
        if tok.dep_ == "compound" or tok.lower_ in PRONOUNS or resolver.quoted_at(tok.idx):
            continue
        plural = tok.tag_ in {"NNS", "NNPS"} or (
            tok.dep_ in SUBJECT_DEPS and any(c.dep_ == "conj" for c in tok.children))
        if not plural:
            continue
        main = tok.dep_ in SUBJECT_DEPS and (tok.head.dep_ == "ROOT" or tok.head.lemma_ in SPEECH)
        return tok if main else None
    return None


def _parallel(resolver: Resolver, pronoun: Token) -> Token | None:
    """The plural subject of the sentence before, where it spoke, when "they" opens the main clause of the
    next, or its paragraph, or an aside set into it ("Several Democrats cautioned against it, saying …
    They also said …", "… Wages, they argue, will fall", "Wages will fall, they argue"), or after a
    phrase fronted before it ("In it, they conclude"), past other plurals; people named and joined by
    "and" or "along with" ("Jo Roe and Al Lee suggest …") are such a subject too."""
    sent = pronoun.sent
    verb = pronoun.head
    aside = verb.dep_ == "parataxis" and verb.head == sent.root and verb.lemma_ in SPEECH  # ", they say,"
    # "Wages will fall, they argue": what it says, fronted
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < pronoun.i), None)
    aside = aside or (content is not None and verb == sent.root and verb.lemma_ in SPEECH and all(
        t.is_punct or t.is_space or content.left_edge.i <= t.i <= content.right_edge.i
        for t in pronoun.doc[sent.start:pronoun.i]))
    lead = pronoun.doc[sent.start:pronoun.i]
    # "In it, they conclude …": a phrase fronted before the pronoun, set off by a comma
    fronted = (len(lead) > 1 and lead[0].dep_ == "prep" and lead[0].head == verb and lead[-1].text == ","
               and lead[0].right_edge.i == lead[-1].i - 1)
    if pronoun.dep_ != "nsubj" or sent.start == 0 or not aside and (
            verb != sent.root or not fronted and any(t.pos_ not in {"CCONJ", "ADV"} for t in lead)):
        return None
    prev = pronoun.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    plural = subj is not None and subj.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"appos", "conj"} for c in subj.children)  # one name would stand for all
    text = resolver.text  # the sentence before may end the paragraph before, where its own opens
    if (subj is None or prev.root.lemma_ not in SPEECH or not (plural or resolver.joined(subj) is not None)
            or resolver.quoted_at(subj.idx) or "\n\n" in text[prev.start_char:sent.start_char].rstrip()
            or "\n\n" in text[sent.start_char:pronoun.idx]):
        return None
    return subj


def body_for(resolver: Resolver, pronoun: Token, window: int = 400) -> Token | None:
    """What a subject "it" stands for: an organisation named as the nearest earlier subject of a main
    clause or speech verb in its paragraph or the one before, earlier "it" subjects carrying it on
    ("Acme said …. It added …. It said"); no one when that subject is anything else ("The report said
    …"), or the verb is one a document or no one does ("It found", "it seems")."""
    head = pronoun.head  # its own clause a main one or an aside ("…, it said, …")
    if (head.lemma_ not in _BODY_VERBS or pronoun.dep_ != "nsubj"
            or not (main_clause(head) or head.dep_ == "parataxis")):
        return None
    for tok in tokens_back(resolver, pronoun, window):
        if tok.dep_ not in SUBJECT_DEPS or tok.lower_ == "it" or resolver.quoted_at(tok.idx):
            continue
        verb = tok.head
        if not (main_clause(verb) or verb.lemma_ in SPEECH):
            # something else "it" may be ("…," the email read. It stated …"), not what a body said
            # ("Acme said the deal was fair. It added …")
            reported = verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH
            if tok.tag_ in {"NN", "NNP"} and not reported:
                return None
            continue
        # a body that sources what that subject did is as likely ("X did Y, according to Z. It said")
        cited = any(t.lower_ == "according" for t in resolver.doc[tok.i:pronoun.i])
        return tok if _organisation(resolver, tok) and not cited else None
    return None


def _organisation(resolver: Resolver, tok: Token) -> bool:
    """Whether a subject names an organisation: a proper noun tagged one, or a one-word name the tagger
    took for a person ("Twitter") that is no one's surname or first name and carries no gender; or a
    body a name owns ("Roe's campaign", "the Roe campaign")."""
    if tok.tag_ == "NN":
        return tok.lemma_ in BODIES and any(c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN"
                                            for c in tok.children)
    if tok.tag_ != "NNP":
        return False
    covering = [m for m in resolver.mentions if m.start <= tok.idx < m.end]
    if any(m.label == "organization" for m in covering):
        return True
    full = {w.lower() for p in resolver.people if len(p.text.split()) > 1 for w in p.text.split()}
    return any(m.label == "person" and len(m.text.split()) == 1 and key(m.text) not in SURNAMES
               and m.text.lower() not in full and resolver.gender_of(m) is None
               and name_gender(m.text, "")[0] is None for m in covering)
