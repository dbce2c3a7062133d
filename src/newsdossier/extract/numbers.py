"""Figures in running text: numerals and number words, hedges, ranges and units, normalised.

:func:`find_quantities` scans raw text (no parse needed) and returns every quantity with its exact span; the
claims stage adds what it measures. What counts as a figure is decided here, once (the checks that reject
a match as a time, a name, an age or a marker live in :mod:`.nonquantity`):

- figures: counts in digits or words ("6,600", "fifty-five", "110k", "$1.2bn", "a couple dozen"), shares
  ("three-quarters of", "half the", "eight of 10", "1 in 4", "up by a third", "half of 1 percent"),
  multipliers ("twice", "threefold"), ranges ("10-12 km", "between 5 and 10", "two or three"), vague plurals
  ("dozens of", "tens of millions" read as their least value with hedge "at least"), heights (6'3");
- not figures: years, dates, decades and clock times ("since 2014", "June 28, 2019", "the 90's", "8.30pm");
  durations and ages ("11 years ago", "a 3 1/2-year-old war", "Smith, 52,", "ages 18 to 24": time
  expressions for the events stage, although :func:`parse_number` reads "3 1/2" as 3.5); ordinals, list and
  enumeration numbers ("59th brigade", "one, …, and two, …"); numbers inside names, ids, addresses and
  phone numbers ("G20", "F-16", "Boeing 747" and "the 747" after it, "757s", "Fight for 15", "the 'core
  four'", "three Pinocchios", "10 Downing Street", "911 caller", "S&P 500", "4K", "5.1 surround", "30 Under
  30"); sports scores, records and result lines ("6-4, 7-6 (5)", "14-0-1", "Wild 4, Sabres 1:"), spec
  designations ("0-62 mph", "1080p", "12MP"); "one or two", "a wing or two" (vague); bare image-count
  markers (a lone "8" before a caption); tallies ("52-48", "a 3 to 1 margin"); compound modifiers ("a
  three-way summit"); the determiner "one"; fractions that are not a share or a change ("half price").

Units are normalised to ``%``, ``pp`` (percentage points; stock-index points are a plain count), ``km``,
``km2``, ``m``, ``lb``, ``USD``, ``GBP``, ``EUR``, ``people``, ``troops``; other currencies keep their amount
under their code (``HKD``, ``INR``, ``NGN``, ``JPY``); other counts are dimensionless (unit ``""``). Miles,
feet, inches and yards become km or m and square miles km2, exactly. A figure given in two units or
currencies ("10 kilometers (6 miles)", "$12.9bn (£10bn)", "300 kW (402 hp)") is one quantity in the first,
its span covering the parenthesis; a speed ("50 km/h", "60 miles per hour") is a count, not a distance.
Trailing bounds ("$200 or more") become the hedge "at least"/"at most"; a ticker's signed change after a
price ("225.86 -12.99") is a move, its sign outside the span. Number words, unit words and conversions are
read by :mod:`.units`, fractions as shares by :mod:`.shares`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .nonquantity import (
    TIME_UNIT, is_compound, is_marker, is_time_or_name, non_figure_spans, number_span, second_unit_end)
from .shares import fraction_figure
from .units import (
    COUNT_UNITS, CURRENCY, DIGITS, MONEY_AND_COUNT, NUMBER_WORD, SCALES, UNIT_PATTERN as _UNIT, UNIT_WORDS,
    VAGUE, normalise_unit, parse_fraction, parse_number, unit_of)

_AND_A_HALF = r"(?:[\s-]+and[\s-]+a[\s-]+half\b)?"  # "five-and-a-half points", "2 and a half million"
_CARDINAL_WORDS = (rf"(?:(?:{NUMBER_WORD})(?:[- ](?:{NUMBER_WORD}))?{_AND_A_HALF}"
                   rf"(?:[\s-]+(?:hundred|thousand|million|billion|trillion|dozen)"
                   rf"(?:\s+(?:and\s+)?(?:{NUMBER_WORD})(?:[- ](?:{NUMBER_WORD}))?)?)*|"
                   rf"an?\s+(?:couple\s+(?:of\s+)?)?(?:hundred|thousand|million|billion|dozen))\b")
_MIXED = r"(?:\s+|-)?(?:[13]/[24]|[12]/3|[½¼¾⅓⅔])"
_NUMERAL = (rf"{DIGITS}(?:{_MIXED}|{_AND_A_HALF})?(?:\s*(?:k|K|mn|mln|m|bn|b|tn)(?![\w])|"
            rf"(?:\s*|-)(?:hundred|thousand|lakh|crore|million|billion|trillion)\b)?")  # "Rs 24 lakh"
_FRACTION = (r"(?:(?:a|one|two|three|four|an?)[- ]+)?"
             r"(?:half|halves|thirds?|quarters?|fourths?|fifths?|tenths?)\b")

HEDGES = ("just over", "just under", "well over", "well under", "more than", "less than", "fewer than",
          "at least", "at most", "up to", "as many as", "as much as", "as few as", "close to", "upwards of",
          "an estimated", "estimated", "nearly", "almost", "about", "around", "roughly", "approximately",
          "some", "over", "under", "plus or minus", "+/-", "±")
_HEDGE = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(HEDGES, key=len, reverse=True))
# Lower-bound hedges, upper-bound hedges and approximate ones, for corroboration.
LOWER_BOUND = {"just over", "well over", "more than", "at least", "over", "upwards of", "as many as",
               "as much as"}
UPPER_BOUND = {"just under", "well under", "less than", "fewer than", "at most", "up to", "under",
               "as few as"}
BELOW_NEAR = {"nearly", "almost", "close to"}

# "a half-dozen", "half a dozen", "the dozen states": before the fractions, which would take the "half"
_DOZEN = r"(?:(?:an?\s+)?half[- ](?:a[- ])?dozen|(?<=[Tt]he )dozen)\b"
# A scale word as the number after a demonstrative: "those billion people", "the million voters"
_BARE_SCALE = r"(?:(?<=[Tt]hose )|(?<=[Tt]hese )|(?<=[Tt]he ))(?:thousand|million|billion)\b(?=\s+[a-z])"
_NUMBER = rf"(?:{_DOZEN}|{_BARE_SCALE}|{_NUMERAL}|{_FRACTION}|{_CARDINAL_WORDS})"
# "dozens of", "tens of millions", "hundreds of thousands"
# also bare ("made millions", "held thousands"), but "scores" only before "of" (test scores are no figure)
_VAGUE_WORDS = (r"(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)\b|"
                r"several\s+(?:hundred|thousand|million|billion|dozen)\b|"
                r"(?:dozens|hundreds|thousands|millions|billions|trillions)\b|scores\b(?=\s+of\b)")
# A share that names a group rather than sizing one: "the top 1 percent", "the bottom fifth"
_PERCENTILE = re.compile(r"\b(?:top|bottom|middle|upper|lower|richest|wealthiest|poorest|highest|lowest)\s+$",
                         re.IGNORECASE)
_RATE_AFTER = re.compile(r"\s+(?:\w+\s+)?rates?\b", re.IGNORECASE)  # "the top 33 percent rate" is a figure
# A minus sign only after a space or "(" ("a net rating of -11 points"), never inside "2007-09" or "F-16"
_AMOUNT = rf"(?:(?P<cur>{CURRENCY})\s?)?(?P<sign>(?<=[\s(])[-−](?=\d))?(?P<num>{_NUMBER})"
_PATTERN = re.compile(
    rf"(?:(?<![\w./$£€-])(?<!\d,)|(?<=\d%-))(?:(?P<hedge>{_HEDGE})\s+)?"  # "32%-25%" is two figures
    rf"(?:between\s+(?P<bcur>{CURRENCY})?(?P<lo>{_NUMBER})\s+(?:and|to)\s+|"
    rf"(?P<vague>{_VAGUE_WORDS})|{_AMOUNT})"
    rf"(?(lo)(?P<hcur>{CURRENCY})?(?P<hi>{_NUMBER}))"
    rf"(?(vague)|(?:(?:-\s*|\s+-\s+|\s*(?:–|to)\s*)(?P<rcur>{CURRENCY})?"
    rf"(?P<rhi>{DIGITS}(?:\s+(?:thousand|million|billion|trillion)|\s*(?:k|m|bn))?)(?![\w]|[.,]\d)|"
    rf"\s+or\s+(?:{CURRENCY})?(?P<rword>(?:{NUMBER_WORD})(?:-(?:{NUMBER_WORD}))?|"
    rf"{DIGITS}(?:\s*(?:k|m|bn)|\s+(?:thousand|million|billion|trillion))?)\b(?![.,]\d))?)"
    rf"(?:(?:\s*|-)(?P<unit>{_UNIT})(?![\w]))?",
    re.IGNORECASE)
# "eight of 10 voters", "nine in 10", "1 in 4 residents", "one in five", "one of every nine",
# "$4 of every $5"; "of" only with a round whole or "every"
_SHARE = re.compile(rf"\s+(?:(?:of|in|out\s+of)\s+(10|ten|100|a\s+hundred)|"
                    rf"(?:in|out\s+of|(?:of|in|out\s+of)\s+every\s+(?P<wcur>{CURRENCY})?)\s*"
                    rf"(\d{{1,4}}|(?:{NUMBER_WORD})(?:-(?:{NUMBER_WORD}))?))\b"
                    r"(?!\s*(?:%|per\s*cent|percent|-|years?\b|days?\b|months?\b|weeks?\b))", re.IGNORECASE)
# Multipliers: "twice the rate", "a threefold increase", "a 10-fold rise"
_MULTIPLIER = re.compile(rf"(?<![\w-])(?:(?P<times>twice|thrice)|(?P<fold>\d+|{NUMBER_WORD})-?fold)\b",
                         re.IGNORECASE)
# "about double the rate", "is triple that": an adjective after a hedge or a copula (the verb "would double
# the tax" is a change, no figure)
_DOUBLE = re.compile(rf"\b(?:{_HEDGE}|is|was|are|were|be|been)\s+(?P<x>double|triple|quadruple)\s+"
                     rf"(?=(?:the|that|its|their|his|her|what)\b)", re.IGNORECASE)
# Heights: 6'3", 6 ft 3 in, 6-foot-3 (metres, to the millimetre)
_HEIGHT = re.compile(r"(?<![\w'])(\d)\s*(?:'|′|ft\b|feet\b|foot\b|-foot-)\s*(\d{1,2})"
                     r"(?:\s*(?:\"|″|in\b|inches\b))?")
_DEGREES = re.compile(rf"\s+degrees?(?:\s+(?:Celsius|Fahrenheit|C|F)\b)?\s*\((?:(?:{_HEDGE})\s+)?{DIGITS}\s*"
                      rf"degrees?(?:\s+(?:Celsius|Fahrenheit|C|F)\b)?\)", re.IGNORECASE)
_A_DISTANCE = re.compile(rf"(?<![\w-])(?:(?P<hedge>{_HEDGE})\s+)?(?P<a>an?)\s+"
                         rf"(?P<unit>mile|kilometre|kilometer)\b(?![-\w])", re.IGNORECASE)
# A people word after one modifier: "25 million more people", "400,000 state residents"
_MORE_UNIT = re.compile(r"\s+(?!(?:of|to|and|or|the|an?|were|are|was|is|in|on|at|for|with|by|from|per)\s)"
                        r"[a-z]+\s+(\w+)\b(?![,-])")
_CENTS_SHARE = re.compile(r"\s+cents?\s+(?:out\s+)?of\s+(?:each|every)\s+dollar\b", re.IGNORECASE)
_RANGE_UPPER = re.compile(rf"(\s*(?:-|–|to)\s*)({DIGITS})\s*({_UNIT})(?![\w])", re.IGNORECASE)
# Before "X% to Y%" that is a change or a tally (two figures), not a range ("breathe 80% to 90% pure oxygen");
# a tally's hyphen ("42%-49%") never makes a range
_CHANGE_BEFORE = re.compile(r"(?:\(|\b(?:lost|won|beat\w*|lead\w*|led|trail\w*|defeat\w*)\b[^.;,]*|"
                            r"\b(?:from|by|rose|rise[ns]?|rising|fell|falls?|falling|grew|grow(?:s|ing)?|"
                            r"jump\w*|climb\w*|drop\w*|increas\w*|decreas\w*|declin\w*|cut\w*|rais\w*|"
                            r"lower\w*|boost\w*|up|down)\s+)$", re.IGNORECASE)
_OR_MORE = re.compile(r"\s+or\s+(more|less|fewer)\b", re.IGNORECASE)
_THIRTY_SECONDS = re.compile(r"(?<![\w/.,-])(\d{1,2})/(32|64)(?![\w/]|\.\d)")
_GROUP_NOUN = re.compile(r"(?<![\w-])(duo|trio)\b(?!-)")  # "the duo", "French duo Herbert and Mahut"
# Stock-index moves are in index points, not percentage points: "the Dow fell 102.2 points"
_INDEX_BEFORE = re.compile(r"\b(?:Dow|S&P|Nasdaq|NASDAQ|FTSE|Nikkei|STOXX|Stoxx|DAX|CAC|Hang\s+Seng|Sensex|"
                           r"Nifty|KOSPI|Kospi|TOPIX|Topix|TSX|ASX|IBEX|Russell\s+\d+|[Ii]ndex|[Ii]ndices)\b"
                           r"(?:(?![.!?]\s+[A-Z])[^;\n])*$")  # within the sentence (".DJI" is a ticker)
# An idiom for "a few": "an app or two", "a chicken wing or two"
_OR_TWO = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){1,2}or\s+$", re.IGNORECASE)
# The unit a coordinated figure shares: "5 and 10 percentage points", "3, 4 and 6 km" (no scale word between)
_SHARED_UNIT = re.compile(rf"(?:\s*,\s*{DIGITS})*,?\s+and\s+{DIGITS}\s*({_UNIT})(?![\w])", re.IGNORECASE)
_MEASUREMENTS = frozenset({"%", "pp", "km", "km2", "m"})
_SCALE_AFTER = re.compile(
    rf"\s+(hundred|thousand|million|billion|trillion)\b(?:\s+({'|'.join(COUNT_UNITS)})\b)?", re.IGNORECASE)
# A lead stated as both sides' counts: "leads Sanders, 1,428 to 1,153" (not a roll call's "90 to 10")
_LEADS = re.compile(r"\b(?:leads?|led|leading|trails?|trailed|trailing)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s*$")
# The same figure in a second unit or currency: "(6 miles)", "(£10bn)", "(about €9 million)"
_SECOND_UNIT = re.compile(rf"\s*\((?:(?:{_HEDGE})\s+)?(?:(?:{CURRENCY})\s?{_NUMERAL}(?:\s*(?:{_UNIT}))?|"
                          rf"{_NUMERAL}\s*(?:{_UNIT}))\)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str
    hedge: str | None = None
    value_max: float | None = None
    number_start: int = 0  # where the figure itself starts (after the hedge)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, with hedge, value(s) and normalised unit. Never raises."""
    found: list[Quantity] = []
    for m in _MULTIPLIER.finditer(text):
        times = (m.group("times") or "").lower()
        value = {"twice": 2.0, "thrice": 3.0}.get(times) or parse_number(m.group("fold") or "")
        if value:
            found.append(Quantity(m.start(), m.end(), m.group(), value, "", number_start=m.start()))
    for m in _DOUBLE.finditer(text):  # the hedge stays outside a multiplier's span, as for "twice"
        if re.search(r"\b(?:will|would|could|can|may|might|should|must|to|did|does|do)\s+$",
                     text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
            continue  # the verb: "will more than double the staff"
        value = {"double": 2.0, "triple": 3.0, "quadruple": 4.0}[m.group("x").lower()]
        found.append(Quantity(m.start("x"), m.end("x"), m.group("x"), value, "", number_start=m.start("x")))
    for m in _HEIGHT.finditer(text):
        if m.group(0).endswith(("'", "′")) or int(m.group(2)) >= 12:
            continue
        metres = round(int(m.group(1)) * 0.3048 + int(m.group(2)) * 0.0254, 3)
        found.append(Quantity(m.start(), m.end(), m.group(), metres, "m", number_start=m.start()))
    for m in _A_DISTANCE.finditer(text):  # "more than a mile": one mile (but "half a mile" is a half)
        if re.search(r"\b(?:half|thirds?|quarters?)\s+(?:of\s+)?$", text[max(0, m.start() - 12):m.start()],
                     re.IGNORECASE):
            continue
        hedge = re.sub(r"\s+", " ", m.group("hedge").lower()) if m.group("hedge") else None
        value, unit = normalise_unit(1.0, unit_of(m.group("unit"), None))
        found.append(Quantity(m.start(), m.end(), m.group(), value, unit, hedge, number_start=m.start("a")))
    for m in _THIRTY_SECONDS.finditer(text):  # a bond's price move: "rose 7/32" (not "24/7" nor "9/11")
        found.append(Quantity(m.start(), m.end(), m.group(), int(m.group(1)) / int(m.group(2)), "",
                              number_start=m.start()))
    for m in _GROUP_NOUN.finditer(text):  # "the duo", "a trio of"
        word = m.group(1)
        found.append(Quantity(m.start(1), m.end(1), word, 2.0 if word.lower() == "duo" else 3.0, "",
                              number_start=m.start(1)))
    taken = [(q.start, q.end) for q in found] + non_figure_spans(text)
    pos = 0
    while (m := _PATTERN.search(text, pos)) is not None:
        if inside := next((end for start, end in taken if start <= m.start() < end), None):
            pos = inside
            continue
        try:
            quantity = _quantity(text, m)
        except (ValueError, KeyError, ZeroDivisionError, OverflowError):
            quantity = None
        if quantity is None:
            # A rejected match may hide a figure ("2030 to 32 percent"); a tally hides none ("3 to 1")
            year = re.fullmatch(r"(?:1[89]|20)\d\d", m.group("num") or "")
            tally = (m.group("rhi") or m.group("rword")) and not year
            pos = m.end() if tally else m.start() + 1
            continue
        if quantity.unit not in ("%", "pp") and (second := second_unit_end(text, quantity.end)):
            quantity = replace(quantity, end=second, text=text[quantity.start:second])  # "300 kW (402 hp)"
        found.append(quantity)
        pos = quantity.end  # past a parenthesised second unit too
    return sorted(found, key=lambda q: q.start)


def _quantity(text: str, m: re.Match[str]) -> Quantity | None:
    hedge = re.sub(r"\s+", " ", m.group("hedge").lower()) if m.group("hedge") else None
    end = m.end()
    unit_word = m.group("unit")
    if m.group("vague"):
        return _vague(text, m, hedge)
    num = m.group("lo") or m.group("num")
    number_start, number_end = number_span(m)
    lone = not (unit_word or m.group("cur") or m.group("rword") or m.group("rhi"))
    if num.lower() in ("one", "1", "a", "an", "zero") and lone and not _SHARE.match(text, number_end):
        return None  # "one of them", "1 Question" are no figures; "two or three", "$1", "1 in 4" are
    if num.lower() == "one" and (m.group("rword") or "").lower() == "two" or \
            num.lower() == "two" and lone and _OR_TWO.search(text[max(0, m.start() - 40):m.start()]):
        return None  # "one or two", "a wing or two" mean "a few": vague, as "a couple of"
    if re.fullmatch(r"one|an?", num, re.I) and re.fullmatch(r"points?", unit_word or "", re.I) and \
            re.search(r"\bat\s+$", text[max(0, m.start() - 4):m.start()], re.I):
        return None  # the idiom "at one point"
    if is_time_or_name(text, m, num) or is_marker(text, m) or is_compound(text, m):
        return None
    fraction = parse_fraction(num)
    if (fraction is not None or unit_word and unit_of(unit_word, None) == "%") and \
            _PERCENTILE.search(text[max(0, m.start() - 12):m.start()]) and not _RATE_AFTER.match(text, end):
        return None
    if fraction is not None and m.group("lo"):
        return None  # "between a third and half": no range of shares; the scan goes on inside it
    if fraction is not None:
        if (figure := fraction_figure(text, m, fraction, number_start)) is None:
            return None
        end, value, unit = figure
        return Quantity(m.start(), end, text[m.start():end], value, unit, hedge, None, number_start)
    value = parse_number(num)
    if value is None or num.isalpha() and value >= 4 and re.match(r"[\s-]+(?i:figures?)\b", text[number_end:]):
        return None  # "six figures" is a magnitude, not a count ("two figures who …" are people)
    if re.search(r"\b(?:lesser|greater)\s+of\s+$", text[max(0, number_start - 12):number_start], re.I):
        return None  # the idiom "the lesser of two evils"
    if not (unit_word or m.group("cur") or m.group("lo")) and (cents := _CENTS_SHARE.match(text, number_end)):
        end = cents.end()  # "37 cents of every dollar" is a 37 % share
        return Quantity(m.start(), end, text[m.start():end], value, "%", hedge, None, number_start)
    if not (unit_word or m.group("cur") or m.group("lo")) and (cents := re.match(r"\s+cents?\b", text[end:])):
        end += cents.end()  # "50 cents" is $0.50
        return Quantity(m.start(), end, text[m.start():end], value / 100, "USD", hedge, None, number_start)
    share = None if unit_word or m.group("lo") else _SHARE.match(text, number_end)
    if share and (share.group("wcur") or "").lower() != (m.group("cur") or "").lower():
        share = None  # "$4 of every $5" is a share; "$4 in 10 states" is not
    if share:
        # "eight of 10 voters", "nine in 10", "about eight out of 10": a share of a round whole
        whole = parse_number(share.group(1) or share.group(3))
        if whole and value < whole:
            end = share.end()
            return Quantity(m.start(), end, text[m.start():end], round(100 * value / whole, 1), "%", hedge,
                            None, number_start)
    high = m.group("hi") or m.group("rhi") or m.group("rword")  # "10-12 km", "two or three"
    value_max = parse_number(high) if high else None
    shared = None if unit_word or m.group("cur") or m.group("lo") or high else _SHARED_UNIT.match(text, end)
    if shared and normalise_unit(1.0, unit_of(shared.group(1), None))[1] in _MEASUREMENTS:
        unit_word = shared.group(1)  # "by 5 and 10 percentage points": the 5 is in points too
    unit = unit_of(unit_word, m.group("cur") or m.group("bcur"))
    if value_max is not None and not unit_word and (scale := _SCALE_AFTER.match(text, end)):
        factor = SCALES[scale.group(1).lower()]  # "seven or eight thousand votes", "10 to 15 million people"
        value, value_max, end = value * factor, value_max * factor, scale.end()
        unit = unit_of(scale.group(2), None) if scale.group(2) else unit
    elif value_max is not None and not re.search(r"[a-z]$", num, re.IGNORECASE) and \
            (scale := re.search(r"(hundred|thousand|million|billion|trillion)$", high, re.IGNORECASE)):
        factor = SCALES[scale.group(1).lower()]  # "between 10 and 15 million": the 10 is in millions too
        value = value * factor if value * factor <= value_max else value
    if unit == "GBP" and not m.group("cur") and not re.search(r"(?:illion|thousand|bn|m|k)$", num, re.I):
        unit = "lb"  # "236 pounds" is a weight; "5 million pounds" and "£5" are money
    if value_max is None and unit_word and (upper := _unit_range(text, m, unit_word, value)):
        value_max, end = parse_number(upper.group(2)), upper.end()  # "ranging from 5 percent to 25 percent"
    if m.group("rhi") and value_max is not None and value_max <= value and \
            _LEADS.search(text[max(0, m.start() - 40):m.start()]):
        value_max, end = None, m.end("num")  # "Clinton leads Sanders, 1,428 to 1,153": two counts
    if m.group("rword") and value_max is not None and value_max <= value:
        value_max, end = None, m.end("num")  # "$12 million or $6 million": two figures
    if value_max is not None and value_max <= value:
        return None  # "52-48" is a tally and "2030 to 32 percent" not a range: the scan goes on inside it
    before = text[max(0, m.start() - 20):m.start()]
    if m.group("rhi") and re.search(r"\b(?:from|(?:up|down)\s+by)\s+$", before) and \
            not re.search(r"\b(?:rang\w*|anywhere)\s+from\s+$", before):
        value_max, end = None, m.end("num")  # "rose from 70,000 to 85,000", "down by 30 to 126": two figures
    if unit in ("USD", "GBP", "EUR") and re.match(r"[\s-]+(?:questions?|bills?|notes?)\b", text[end:]):
        return None  # "the $64,000 question" is an idiom and "$100 bills" a denomination, not amounts
    start = m.start()
    if m.group("sign") and re.search(r"\d%?[ \t]+$", text[max(0, start - 12):start]):
        start = m.start("num")  # a change column after a price ("225.86 -12.99 -5.44%"): a move, as "fell 5%"
    elif m.group("sign"):
        value = -value  # "a net rating of -11 points"
    if unit == "pp" and not re.match(r"percentage", unit_word or "", re.I) and \
            _INDEX_BEFORE.search(text[max(0, start - 100):start]):
        unit = ""  # "the Dow fell 102.2 points": index points are a count
    if unit == "ft" and re.match(r"\s+of\s+(?:\w+\s+)?space\b", text[end:]):
        unit = ""  # "9,000 feet of office space" are square feet, an area: a count, not a length
    if unit in ("km", "mi") and (speed := re.match(r"/h\b|ph\b|\s+(?:an|per)\s+hour\b", text[end:])):
        unit, end = "", end + speed.end()  # "50 km/h", "60 miles per hour" are speeds (counts), not distances
    value, unit_norm = normalise_unit(value, unit)
    if value_max is not None:
        value_max = normalise_unit(value_max, unit)[0]
    if not unit_word and (degrees := _DEGREES.match(text, end)):
        end = degrees.end()  # one temperature in two scales: "2 degrees Celsius (3.6 degrees Fahrenheit)"
    if unit_norm not in ("%", "pp") and (unit_word or m.group("cur")) and \
            (second := _SECOND_UNIT.match(text, end)):
        end = second.end()  # a share has one unit: "-11 points (40 percent …)" are two figures
    if not unit_norm and (more := _MORE_UNIT.match(text, end)) and more.group(1).lower() in COUNT_UNITS and \
            more.group(1).lower() != "personnel":  # but "160 security personnel" are not troops
        end, unit_norm = more.end(), UNIT_WORDS[more.group(1).lower()]  # "25 million more people"
    if bound := _OR_MORE.match(text, end):  # "$200 or less"
        end = bound.end()
        hedge = hedge or ("at least" if bound.group(1).lower() == "more" else "at most")
    return Quantity(start, end, text[start:end], value, unit_norm, hedge, value_max, number_start)


def _unit_range(text: str, m: re.Match[str], unit_word: str, value: float) -> re.Match[str] | None:
    """The upper end of a range that repeats its unit: "ranging from 5 percent to 25 percent", "80% to 90%";
    not a change ("from 0.9 percent to 1.2 percent") nor a tally ("lost 36 percent to 51 percent",
    "42%-49%")."""
    upper = _RANGE_UPPER.match(text, m.end())
    if upper is None or unit_of(upper.group(3), None) != unit_of(unit_word, None):
        return None
    if re.search(r"\brang(?:e|es|ed|ing)\s+from\s+$", text[max(0, m.start() - 20):m.start()], re.I):
        return upper
    rises = float(upper.group(2).replace(",", "")) > value
    share_range = unit_of(unit_word, None) == "%" and rises and upper.group(1).strip() != "-"
    change = _CHANGE_BEFORE.search(text[max(0, m.start() - 30):m.start()])
    return upper if share_range and not change else None


def _vague(text: str, m: re.Match[str], hedge: str | None) -> Quantity | None:
    """'dozens of', 'tens of millions': their least value, hedge 'at least'; 'hundreds of years' is time."""
    words = re.split(r"\s+of\s+", m.group("vague").lower())
    if several := re.fullmatch(r"several\s+(\w+)", words[0]):
        value = 2.0 * {**SCALES, "dozen": 12}[several.group(1)]  # "several hundred": at least two hundred
    else:
        value = float(VAGUE[words[-1]])
    if len(words) == 2:  # "tens of millions": at least twenty million
        value *= {"tens": 10, "hundreds": 100}[words[0]]
    end, unit = m.end(), ""
    if of := re.match(r"\s+of\s+(?:other\s+)?(\w+)", text[end:]):  # "thousands of other people"
        noun = of.group(1).lower()
        if re.fullmatch(TIME_UNIT, noun):
            return None
        if noun in UNIT_WORDS and noun in MONEY_AND_COUNT:
            end, unit = end + of.end(), UNIT_WORDS[noun]
    return Quantity(m.start(), end, text[m.start():end], value, unit, hedge or "at least", None,
                    m.start("vague"))
