"""What a figure measures: the ``measure`` of a claim.

A normalised phrase built from the noun the figure modifies, its "of X" complement and the governing verb, with
synonyms folded so that wordings meet: "Russia controls 88% of Donbas", "88 per cent of the Donbas region is
under Russian control" -> "share of Donbas held by Russia"; "a city of 50,000 people" -> "population of
Druzhkivka"; "the front would shift 80km west" -> "westward shift of front line".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..model import Mention
from .attribution import SPEECH_VERBS
from .numbers import COUNT_UNITS, Quantity, unit_of
from .syntax import noun_phrase, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

CONTROL_VERBS = frozenset("control hold occupy capture seize retain keep take annex own conquer".split())
DISPLACEMENT_VERBS = frozenset("evacuate leave flee displace relocate".split())
SUPPLY_VERBS = frozenset("deliver send rush supply ship provide dispatch".split())
_SIZES = {"high": "height", "tall": "height", "long": "length", "wide": "width", "deep": "depth"}
MOTION_VERBS = frozenset("shift advance move push retreat withdraw extend stretch pull fall rise".split())
# Names folded together so that one holder reads the same in every outlet.
_ALIASES = {"moscow": "Russia", "kremlin": "Russia", "russian": "Russia", "russians": "Russia",
            "russian forces": "Russia", "russian troops": "Russia", "russia": "Russia",
            "kyiv": "Ukraine", "kiev": "Ukraine", "ukrainian": "Ukraine", "ukrainians": "Ukraine",
            "ukrainian forces": "Ukraine", "ukrainian troops": "Ukraine", "ukraine": "Ukraine",
            "american": "United States", "us": "United States", "u.s.": "United States"}
_SYNONYMS = {"frontline": "front line", "front": "front line", "flop": "failure", "fail": "failure",
             "riverbank": "river", "river bank": "river"}
_DROP_WORDS = frozenset("the a an region oblast oblasts".split())
_DIRECTIONS = {"west": "westward", "east": "eastward", "north": "northward", "south": "southward"}
_IRREGULAR = {"hold": "held", "take": "taken", "send": "sent", "keep": "kept", "lose": "lost", "win": "won",
              "make": "made", "build": "built", "leave": "left", "bring": "brought", "spend": "spent",
              "give": "given", "see": "seen", "find": "found", "have": "had", "cut": "cut", "put": "put",
              "set": "set", "run": "run", "get": "got", "pay": "paid", "say": "said"}


def _object_text(token: Token, mentions: Sequence[Mention]) -> str:
    phrase = noun_phrase(token)
    words = [w for w in phrase.split() if w.lower() not in _DROP_WORDS]
    # "the Donetsk region" -> "Donetsk", but "the eastern region" stays whole
    text = " ".join(words) if any(w[:1].isupper() for w in words) else re.sub(r"^(?:the|an?)\s+", "", phrase)
    # "Ukraine's eastern territory" reads as "eastern Ukraine"
    direction = r"(eastern|western|northern|southern|central)"
    if m := re.fullmatch(rf"(\w+)['’]s {direction} (?:territory|part)s?", text):
        text = f"{m.group(2)} {m.group(1)}"
    return _SYNONYMS.get(text.lower(), text)


def _holder_name(token: Token, mentions: Sequence[Mention]) -> str:
    name = noun_phrase(token, mentions)
    return _ALIASES.get(re.sub(r"^the\s+", "", name.lower()), name)


def _holder(anchor: Token, sent_tokens: Iterable[Token], mentions: Sequence[Mention]) -> str | None:
    """Who holds the share or area: the subject of a control verb above it, or "under X control"."""
    candidates = [anchor, *anchor.ancestors]
    for token in candidates:
        subject = subject_of(token) if token.lemma_ in CONTROL_VERBS and token.pos_ in ("VERB", "AUX") else None
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
        if controls and (subject := subject_of(token)) is not None and subject.pos_ == "PROPN":
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


def measure_of(anchor: Token, quantity: Quantity, sentences: list, index: int,
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
        subject = subject_of(anchor.head) if anchor.head.pos_ in ("AUX", "VERB") else None
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
    subject = subject_of(verb)
    if subject is None or subject.pos_ == "PRON" or anchor.i in {t.i for t in subject.subtree}:
        return None
    return f"{_participle(verb)} by {noun_phrase(subject).lower()}"


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
        what = places[-1].text if places else noun_phrase(names[-1]) if names else (
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
            moved = between[0] if between and between[0].lower_ not in _DIRECTIONS else subject_of(verb)
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
    return noun_phrase(tokens[-1]) if tokens else None


def number_of(anchor: Token) -> str | None:
    """The unit of 'the number of X … has risen to N' when X is people or troops."""
    verb = anchor.head.head if anchor.dep_ == "pobj" else None
    subject = subject_of(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.lemma_ != "number":
        return None
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    unit = unit_of(counted.lower_, None) if counted is not None and counted.lower_ in COUNT_UNITS else ""
    return unit or None


def counted_noun(anchor: Token, quantity: Quantity) -> Token | None:
    """The noun a count counts: the figure's own head noun ("110k troops") or the noun it modifies."""
    is_figure = anchor.idx <= quantity.number_start or anchor.like_num or anchor.pos_ == "NUM" or \
        anchor.lower_ == "dozen"  # "a dozen Republicans" counts Republicans
    noun = None if is_figure else anchor
    modifies = anchor.dep_ in ("nummod", "quantmod", "compound", "amod") and anchor.head.i > anchor.i
    if noun is None and modifies:
        noun = anchor.head
    if noun is None or noun.pos_ != "NOUN" or noun.like_num or noun.idx < quantity.number_start or \
            not noun.text[:1].isalpha():
        return None  # a stray "%" of the next table cell is no counted noun
    if noun.lower_ in ("dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions"):
        return None
    return noun


def _count_measure(anchor: Token, quantity: Quantity, mentions: Sequence[Mention]) -> str:
    """'troops deployed by Russia', 'people evacuated', 'homes flooded', or the counted noun alone."""
    counted = counted_noun(anchor, quantity)
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
        subject = subject_of(verb)
        named = subject is not None and subject.pos_ != "PRON"
        by = f" by {_holder_name(subject, mentions)}" if named else ""
        return f"{noun} delivered{by}"  # "delivered", "rushed", "sent" sandbags
    if anchor.dep_ == "dobj" and verb.pos_ == "VERB":
        subject = subject_of(verb)
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
