"""Claims: the figures in an article, with what they measure and whom they rest on.

:mod:`.numbers` finds each figure and its value; the dependency parse tells what it measures and who is cited:

- ``measure`` is a normalised phrase built from the noun the figure modifies, its "of X" complement and the
  governing verb, with synonyms folded so that wordings meet: "Russia controls 88% of Donbas", "88 per cent of
  the Donbas region is under Russian control" -> "share of Donbas held by Russia"; "a city of 50,000 people"
  -> "population of Druzhkivka"; "the front would shift 80km west" -> "westward shift of front line".
- ``attributed_to`` is the original source: "according to Reuters", "as reported by Kyiv Post", "The New York
  Times reported", "analysts at the Institute for the Study of War describe", the speaker of a quote holding
  the figure, or the subject of a speech verb whose reported clause holds it. Bare pronouns are left out
  (no guess) unless a quote resolves them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..corpus import Corpus
from ..model import Article, Claim, Mention, Quote, Span
from .numbers import COUNT_UNITS, Quantity, find_quantities, unit_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

CONTROL_VERBS = frozenset("control hold occupy capture seize retain keep take annex own conquer".split())
SPEECH_VERBS = frozenset(("say tell warn claim estimate state add note announce insist argue report reveal "
                          "write predict confirm acknowledge admit").split())
# Common nouns that can be a source when they head the subject of a speech verb ("the pilot said").
PERSON_NOUNS = frozenset(("engineers engineer scientists doctors police officers witnesses company "
                          "firm council office utility operator president leader minister official "
                          "officials analyst analysts spokesman spokeswoman spokesperson pilot "
                          "commander expert experts researcher researchers governor mayor "
                          "chancellor secretary general aide aides adviser advisers director chief "
                          "report survey poll study agency ministry government military army").split())
DISPLACEMENT_VERBS = frozenset("evacuate leave flee displace relocate".split())
SUPPLY_VERBS = frozenset("deliver send rush supply ship provide dispatch".split())
_SIZES = {"high": "height", "tall": "height", "long": "length", "wide": "width", "deep": "depth"}
MOTION_VERBS = frozenset("shift advance move push retreat withdraw extend stretch pull fall rise".split())
PLACE_NOUNS = frozenset("city town village home population settlement community country region".split())
# Names folded together so that one holder reads the same in every outlet.
_ALIASES = {"moscow": "Russia", "kremlin": "Russia", "russian": "Russia", "russians": "Russia",
            "russian forces": "Russia", "russian troops": "Russia", "russia": "Russia",
            "kyiv": "Ukraine", "kiev": "Ukraine", "ukrainian": "Ukraine", "ukrainians": "Ukraine",
            "ukrainian forces": "Ukraine", "ukrainian troops": "Ukraine", "ukraine": "Ukraine",
            "american": "United States", "us": "United States", "u.s.": "United States"}
_SYNONYMS = {"frontline": "front line", "front": "front line", "flop": "failure", "fail": "failure",
             "riverbank": "river", "river bank": "river"}
_GENERIC_SOURCES = frozenset("analyst analysts official officials expert experts researchers researcher "
                             "spokesman spokeswoman spokesperson data figures estimates".split())
_DROP_WORDS = frozenset("the a an region oblast oblasts".split())
_DIRECTIONS = {"west": "westward", "east": "eastward", "north": "northward", "south": "southward"}
_IRREGULAR = {"hold": "held", "take": "taken", "send": "sent", "keep": "kept", "lose": "lost", "win": "won",
              "make": "made", "build": "built", "leave": "left", "bring": "brought", "spend": "spent",
              "give": "given", "see": "seen", "find": "found", "have": "had", "cut": "cut", "put": "put",
              "set": "set", "run": "run", "get": "got", "pay": "paid", "say": "said"}


def extract_claims(article: Article, doc: Doc, mentions: Sequence[Mention] = (),
                   quotes: Sequence[Quote] = ()) -> list[Claim]:
    """Every figure in ``article`` as a :class:`Claim`; ``doc`` is its spaCy parse (same offsets)."""
    claims: list[Claim] = []
    last_object: tuple[int, str] | None = None  # sentence index and object of the latest share/area claim
    sentences = list(doc.sents)
    for quantity in find_quantities(article.text):
        anchor = _anchor(doc, quantity)
        if anchor is None:
            continue
        sent = anchor.sent
        sent_index = next(i for i, s in enumerate(sentences) if s.start <= anchor.i < s.end)
        counted = _counted_noun(anchor, quantity)
        unit = quantity.unit or (counted.lower_ if counted is not None else "")  # "1,200 homes" -> "homes"
        if not unit and (people := _number_of(anchor)):
            unit = people  # "the number of people forced out has risen to 12,400"
        measure, obj = _measure(anchor, quantity, sentences, sent_index, mentions)
        if measure.startswith("population of"):
            unit = "people"
        if measure.startswith(("share", "area")):
            if obj is None and last_object and sent_index - last_object[0] <= 2:
                obj = last_object[1]  # "Approximately 6,600 square km is still controlled by Ukraine"
                head = measure.split(" held by")[0]
                measure = measure.replace(head, f"{head} of {obj}")
            elif obj:
                last_object = (sent_index, obj)
        claims.append(Claim(
            article.id, quantity.start, quantity.end, quantity.text, value=quantity.value, unit=unit,
            hedge=quantity.hedge, measure=measure, value_max=quantity.value_max,
            attributed_to=_attribution(anchor, quantity, article, mentions, quotes),
            sentence=Span(article.id, sent.start_char, sent.end_char, sent.text)))
    return claims


def run(corpus: Corpus) -> Corpus:
    from ..analyse import nlp

    for article in corpus.fresh():
        try:
            doc = corpus.docs.get(article.id) or nlp()(article.text)
            mentions = [m for m in corpus.mentions if m.article == article.id]
            quotes = [q for q in corpus.quotes if q.article == article.id]
            corpus.claims.extend(extract_claims(article, doc, mentions, quotes))
        except Exception as exc:  # one bad article must not sink the build
            log.warning("claims: skipped %s (%s: %s)", article.source, type(exc).__name__, exc)
    return corpus


# --- parse helpers ------------------------------------------------------------------------------------------

def _anchor(doc: Doc, quantity: Quantity) -> Token | None:
    """The head of the figure: the token of its first-unit part whose head lies outside it."""
    end = quantity.start + quantity.text.find("(") if "(" in quantity.text else quantity.end
    span = doc.char_span(quantity.number_start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _phrase(token: Token, mentions: Sequence[Mention] = ()) -> str:
    """A compact name for the noun phrase headed by ``token``: its mention, or its left modifiers + head."""
    for m in mentions:
        if m.start <= token.idx < m.end:
            return m.text
    left = token.left_edge.i
    while left < token.i and token.doc[left].dep_ in ("det", "predet", "punct", "quantmod", "nummod",
                                                       "advmod"):
        left += 1
    return token.doc[left:token.i + 1].text.replace(" 's", "'s").replace(" ’s", "’s")


def _object_text(token: Token, mentions: Sequence[Mention]) -> str:
    phrase = _phrase(token)
    words = [w for w in phrase.split() if w.lower() not in _DROP_WORDS]
    # "the Donetsk region" -> "Donetsk", but "the eastern region" stays whole
    text = " ".join(words) if any(w[:1].isupper() for w in words) else re.sub(r"^(?:the|an?)\s+", "", phrase)
    # "Ukraine's eastern territory" reads as "eastern Ukraine"
    direction = r"(eastern|western|northern|southern|central)"
    if m := re.fullmatch(rf"(\w+)['’]s {direction} (?:territory|part)s?", text):
        text = f"{m.group(2)} {m.group(1)}"
    return _SYNONYMS.get(text.lower(), text)


def _holder_name(token: Token, mentions: Sequence[Mention]) -> str:
    name = _phrase(token, mentions)
    return _ALIASES.get(re.sub(r"^the\s+", "", name.lower()), name)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, looking through relative pronouns, conjunctions and passives."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _holder(anchor: Token, sent_tokens: Iterable[Token], mentions: Sequence[Mention]) -> str | None:
    """Who holds the share or area: the subject of a control verb above it, or "under X control"."""
    candidates = [anchor, *anchor.ancestors]
    for token in candidates:
        subject = _subject(token) if token.lemma_ in CONTROL_VERBS and token.pos_ in ("VERB", "AUX") else None
        if subject is not None and subject.lower_ not in ("this", "that", "it"):
            return _holder_name(subject, mentions)
    for token in anchor.subtree:  # "... of the Donetsk region that Kyiv still controls"
        if token.dep_ == "relcl" and token.lemma_ in CONTROL_VERBS and (s := _subject_of_relcl(token)):
            return _holder_name(s, mentions)
    for token in sent_tokens:  # "is under Russian control", "remain in Ukrainian hands"
        if token.lower_ in ("control", "hands") and token.head.lower_ in ("under", "in"):
            owner = next((c for c in token.children if c.dep_ in ("amod", "poss", "compound")), None)
            if owner is not None:
                return _holder_name(owner, mentions)
        controls = token.lemma_ in CONTROL_VERBS and token.pos_ == "VERB" and token.dep_ != "relcl"
        if controls and (subject := _subject(token)) is not None and subject.pos_ == "PROPN":
            return _holder_name(subject, mentions)
    return None


def _subject_of_relcl(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which")), None)


def _of_object(token: Token, mentions: Sequence[Mention], preps: tuple[str, ...] = ("of",)) -> str | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                inner = _of_object(pobj, mentions, ("in",)) if preps == ("of",) else None
                if inner is None and preps == ("of",):  # the parse may hang "in X" elsewhere
                    after = token.doc.text[pobj.idx + len(pobj.text):pobj.idx + len(pobj.text) + 40]
                    if found := re.match(r"\s+in\s+(?:the\s+)?([a-z][\w-]*)\b", after):
                        inner = found.group(1)
                # "75 per cent of the water in the reservoir" -> "water in reservoir"
                return _object_text(pobj, mentions) + (f" in {inner}" if inner else "")
    return None


def _participle(verb: Token) -> str:
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBN":
        return verb.lower_
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    return lemma + "ed"


# --- measure ------------------------------------------------------------------------------------------------

def _measure(anchor: Token, quantity: Quantity, sentences: list, index: int,
             mentions: Sequence[Mention]) -> tuple[str, str | None]:
    """The normalised measure phrase and, for shares and areas, its object ("Donetsk")."""
    unit = quantity.unit
    if unit == "%" and anchor.head.pos_ == "NOUN" and anchor.head.i > anchor.i and anchor.dep_ in (
            "compound", "nummod", "amod", "npadvmod", "quantmod"):
        return _noun_measure(anchor.head, mentions), None  # "a 25 per cent chance", "a 22.4 per cent decline"
    if unit in ("%", "km2"):
        head = "share" if unit == "%" else "area"
        obj = _of_object(anchor, mentions)
        if obj is None and unit == "km2":
            obj = _of_object(anchor, mentions, ("in",))
        if obj is None and unit == "km2":
            obj = next((_of_object(a, mentions, ("in",)) for a in anchor.ancestors
                        if _of_object(a, mentions, ("in",))), None)
        holder = _holder(anchor, sentences[index], mentions)
        if holder is None and index and any(t.lemma_ == "include" for t in sentences[index]):
            holder = _holder(sentences[index - 1].root, sentences[index - 1], mentions)  # "This includes …"
        if holder is None and unit == "km2" and (actor := _area_actor(anchor)):
            return f"area {actor}", None  # "Floodwater covered 66 sq km" -> "area covered by floodwater"
        measure = head + (f" of {obj}" if obj else "") + (f" held by {holder}" if holder else "")
        return measure, obj
    if unit in ("km", "m"):
        if size := _size_of(anchor, quantity):
            return size, None
        return _distance_measure(anchor, quantity, mentions), None
    if unit in ("people", "") and (place := _population_of(anchor, quantity, mentions)):
        return f"population of {place}", None
    return _count_measure(anchor, quantity, mentions), None


def _size_of(anchor: Token, quantity: Quantity) -> str | None:
    """'the 42-metre dam' -> 'size of dam'; 'it is 42 metres high' -> 'size of <what "it" is>'."""
    after = anchor.doc.text[quantity.end:quantity.end + 20]
    if (word := re.match(r"\s+(high|tall|long|wide|deep)\b", after)) and _SIZES.get(word.group(1)):
        subject = _subject(anchor.head) if anchor.head.pos_ in ("AUX", "VERB") else None
        if subject is not None and subject.pos_ == "PRON":
            return "size"  # the pronoun's antecedent is not resolved here
        return f"size of {subject.lower_}" if subject is not None else "size"
    modified = anchor.head.pos_ == "NOUN" and anchor.head.lower_ not in _DIRECTIONS
    if modified and anchor.head.i > anchor.i and anchor.dep_ in ("compound", "amod", "nummod"):
        return f"size of {anchor.head.lower_}"
    return None


def _area_actor(anchor: Token) -> str | None:
    """'covered by floodwater' for an area that is the object of what something does to it."""
    verb = next((t for t in anchor.ancestors if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_ in SPEECH_VERBS:
        return None
    subject = _subject(verb)
    if subject is None or subject.pos_ == "PRON" or anchor.i in {t.i for t in subject.subtree}:
        return None
    return f"{_participle(verb)} by {_phrase(subject).lower()}"


def _noun_measure(noun: Token, mentions: Sequence[Mention]) -> str:
    """'decline in production of raw coal', 'chance of failure'."""
    words = [_SYNONYMS.get(noun.lemma_, noun.lemma_)]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "on", "for"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                inner = _of_object(pobj, mentions)
                words.append(f"{child.lower_} {_SYNONYMS.get(pobj.lemma_, _object_text(pobj, mentions))}"
                             + (f" of {inner}" if inner else ""))
        elif child.dep_ in ("acl", "relcl", "ccomp"):  # "a chance it could end in failure"
            nouns = [t for t in child.subtree if t.pos_ == "NOUN"]
            if nouns:
                words.append(f"of {_SYNONYMS.get(nouns[-1].lemma_, nouns[-1].lemma_)}")
    return " ".join(words)


def _distance_measure(anchor: Token, quantity: Quantity, mentions: Sequence[Mention]) -> str:
    doc = anchor.doc
    after = doc.text[quantity.end:quantity.end + 60]
    if m := re.match(r"\s+(?:away\s+)?from\s+(?:the\s+)?([\w-]+(?:\s+line)?)", after):
        # What lies that far away: the nearest place named before it, else the noun just before it.
        before = [t for t in anchor.sent if t.idx < quantity.start]
        places = [m for m in mentions if m.label == "place" and anchor.sent.start_char <= m.start
                  and m.end <= quantity.start]
        names = [t for t in before if t.pos_ == "PROPN"]
        what = places[-1].text if places else _phrase(names[-1]) if names else (
            before[-1].lower_ if before and before[-1].pos_ == "NOUN" else None)
        where = _SYNONYMS.get(m.group(1).lower(), m.group(1).lower())
        return f"distance from {where} of {what}" if what else f"distance from {where}"
    for verb in [anchor.head, *anchor.head.ancestors][:3]:
        if verb.lemma_ in MOTION_VERBS:
            direction = next((c.lower_ for c in verb.children if c.lower_ in _DIRECTIONS), None)
            if direction is None:
                direction = next((c.lower_ for c in anchor.children if c.lower_ in _DIRECTIONS), None)
            span = anchor.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
            between = [t for t in anchor.doc[verb.i + 1:span.start] if t.dep_ not in ("det", "punct")]
            moved = between[0] if between and between[0].lower_ not in _DIRECTIONS else _subject(verb)
            named = moved is not None and moved.pos_ != "PRON"
            what = f" of {_object_text(moved, mentions)}" if named else ""
            what = _SYNONYMS.get(what[4:].lower(), what[4:]) if what else ""
            noun = {"shift": "shift", "advance": "advance", "move": "move", "push": "push"}.get(
                verb.lemma_, verb.lemma_)
            return " ".join(p for p in (_DIRECTIONS.get(direction or "", ""), noun,
                                        f"of {what}" if what else "") if p)
    return "distance"


def _population_of(anchor: Token, quantity: Quantity, mentions: Sequence[Mention]) -> str | None:
    """'Druzhkivka, a city of around 50,000 people', 'Vuhledar was a town with 15,000 people',
    'Pokrovsk — a junction that once was home to about 60,000': the nearest place named before the noun."""
    doc = anchor.doc
    before = doc.text[max(anchor.sent.start_char, quantity.start - 30):quantity.start]
    noun = re.search(r"\b(?:city|town|village|home|population|settlement|community)\s+(?:of|with|to)\s+$",
                     before)
    if noun is None:
        return None
    noun_at = quantity.start - len(before) + noun.start()
    places = [m for m in mentions if m.label == "place" and anchor.sent.start_char <= m.start < noun_at]
    tokens = [t for t in anchor.sent if t.idx < noun_at and (
        t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.text[:1].isupper())]
    if places:
        return places[-1].text
    return _phrase(tokens[-1]) if tokens else None


def _number_of(anchor: Token) -> str | None:
    """The unit of 'the number of X … has risen to N' when X is people or troops."""
    verb = anchor.head.head if anchor.dep_ == "pobj" else None
    subject = _subject(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.lemma_ != "number":
        return None
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    unit = unit_of(counted.lower_, None) if counted is not None and counted.lower_ in COUNT_UNITS else ""
    return unit or None


def _counted_noun(anchor: Token, quantity: Quantity) -> Token | None:
    """The noun a count counts: the figure's own head noun ("110k troops") or the noun it modifies."""
    is_figure = anchor.idx <= quantity.number_start or anchor.like_num or anchor.pos_ == "NUM"
    noun = None if is_figure else anchor
    modifies = anchor.dep_ in ("nummod", "quantmod", "compound", "amod") and anchor.head.i > anchor.i
    if noun is None and modifies:
        noun = anchor.head
    if noun is None or noun.pos_ != "NOUN" or noun.like_num or noun.idx < quantity.number_start:
        return None
    if noun.lower_ in ("dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions"):
        return None
    return noun


def _count_measure(anchor: Token, quantity: Quantity, mentions: Sequence[Mention]) -> str:
    """'troops deployed by Russia', 'people evacuated', 'homes flooded', or the counted noun alone."""
    counted = _counted_noun(anchor, quantity)
    if quantity.unit in ("USD", "GBP", "EUR"):
        noun = "amount"
    elif counted is None:
        return anchor.head.lemma_ if anchor.head.pos_ == "NOUN" else "count"
    else:
        # Counts of people read as their unit, so "8,000 residents" and "8,000 people" meet.
        noun = quantity.unit if quantity.unit in ("people", "troops") else counted.lower_
        anchor = counted
    verb = anchor.head
    if verb.pos_ == "VERB" and verb.lemma_ in DISPLACEMENT_VERBS:
        return f"{noun} evacuated"  # "were evacuated", "have left their homes", "fled"
    if verb.pos_ == "VERB" and verb.lemma_ in SUPPLY_VERBS and anchor.dep_ == "dobj":
        subject = _subject(verb)
        named = subject is not None and subject.pos_ != "PRON"
        by = f" by {_holder_name(subject, mentions)}" if named else ""
        return f"{noun} delivered{by}"  # "delivered", "rushed", "sent" sandbags
    if anchor.dep_ == "dobj" and verb.pos_ == "VERB":
        subject = _subject(verb)
        named = subject is not None and subject.pos_ != "PRON"
        by = f" by {_holder_name(subject, mentions)}" if named else ""
        return f"{noun} {_participle(verb)}{by}"
    if anchor.dep_ == "nsubjpass" and verb.pos_ == "VERB":
        return f"{noun} {_participle(verb)}"
    if anchor.dep_ == "nsubj" and verb.pos_ == "VERB":
        lemma = verb.lemma_.lower()
        return f"{noun} {lemma[:-1] if lemma.endswith('e') else lemma}ing"
    of = _of_object(anchor, mentions)
    return f"{noun} of {of}" if of else noun


# --- attribution --------------------------------------------------------------------------------------------

def _attribution(anchor: Token, quantity: Quantity, article: Article, mentions: Sequence[Mention],
                 quotes: Sequence[Quote]) -> str | None:
    sent = anchor.sent
    ancestors = {t.i for t in anchor.ancestors}
    for token in sent:
        if token.head.i not in ancestors and token.i not in ancestors:
            continue  # a source for another clause of the sentence
        # "according to Reuters"
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                return _source_name(pobj, mentions)
        # "as reported by Kyiv Post", "The New York Times reported", "reported The Independent"
        if token.lemma_ in ("report", "reveal") and token.pos_ == "VERB":
            agent = next((c for c in token.children if c.dep_ == "agent"), None)
            if agent is not None and (pobj := next((c for c in agent.children if c.dep_ == "pobj"), None)):
                return _source_name(pobj, mentions)
            subject = _subject(token)
            if subject is not None and subject.pos_ == "PROPN":
                return _source_name(subject, mentions)
    for quote in quotes:  # the figure stands inside someone's quoted words (indirect speech: parsed below)
        if quote.kind != "indirect" and quote.start <= quantity.start < quote.end and quote.speaker_name:
            return quote.speaker_name
    # The speech verb whose reported clause holds the figure, else a reporting frame after it set off by
    # commas ("…, the water company said, after …"), which the parser may hang elsewhere.
    frames = [v for v in sent if v.dep_ == "parataxis" and v.i > anchor.i]
    for verb in [*[t for t in anchor.ancestors if t.i != anchor.i], *frames]:
        if verb.lemma_ in SPEECH_VERBS and verb.pos_ == "VERB":
            subject = _subject(verb)
            if subject is None or subject.pos_ == "PRON" or subject.i in {t.i for t in anchor.subtree}:
                return None
            if anchor.i in {t.i for t in subject.subtree} or not _can_be_source(subject, mentions):
                return None
            return _source_name(subject, mentions)
    return None


def _can_be_source(token: Token, mentions: Sequence[Mention]) -> bool:
    if token.pos_ == "PROPN" or token.lemma_.lower() in PERSON_NOUNS or token.lower_ in PERSON_NOUNS:
        return True
    return any(m.start <= token.idx < m.end and m.label in ("person", "organization") for m in mentions)


def _source_name(token: Token, mentions: Sequence[Mention]) -> str:
    """The source a noun phrase names; generic sources ("analysts at the ISW") give their organisation."""
    if token.lower_ in _GENERIC_SOURCES:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("at", "from", "of", "with"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _source_name(pobj, mentions)
    for m in mentions:
        if m.start <= token.idx < m.end:
            return re.sub(r"^the\s+(?=[A-Z])", "", m.text, flags=re.IGNORECASE) if m.label != "organization" \
                else m.text
    # Proper-noun chains keep their articles and inner prepositions ("the Institute for the Study of War").
    doc = token.doc
    left = min(t.i for t in token.subtree if t.i <= token.i)
    right = token.i
    while right + 1 < len(doc) and doc[right + 1].head.i in range(left, right + 2) and (
            doc[right + 1].pos_ == "PROPN" or doc[right + 1].lower_ in ("for", "of", "the", "on")
            and right + 2 < len(doc) and doc[right + 2].pos_ in ("PROPN", "DET")):
        right += 1
    while right > token.i and doc[right].pos_ != "PROPN":
        right -= 1
    return doc[left:right + 1].text
