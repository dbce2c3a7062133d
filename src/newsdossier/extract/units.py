"""Number words and unit words: the value of one number phrase and the canonical unit of one unit word.

:mod:`.numbers` finds the phrases in running text; this module reads them, one at a time.
"""

from __future__ import annotations

import re

# --- number words -------------------------------------------------------------------------------------------

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2)
         for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1_000, "lakh": 100_000, "crore": 10_000_000, "million": 1_000_000,
          "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
_SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                  "b": 1_000_000_000, "tn": 1_000_000_000_000, "tr": 1_000_000_000_000}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
         "billions": 2_000_000_000, "trillions": 2_000_000_000_000}
# Shares as percentages: "three-quarters (of X)" = 75 %.
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_UNICODE_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}

NUMBER_WORD = "|".join(sorted([*_SMALL, *_TENS], key=len, reverse=True))
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"

# --- unit words ---------------------------------------------------------------------------------------------

_CURRENCY = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "hk$": "HKD", "¥": "JPY", "₹": "INR",
             "rs": "INR", "rs.": "INR", "₦": "NGN", "n": "NGN"}
# Currency signs before an amount; a bare "N" is the naira only before a scaled or grouped amount ("N500m",
# "N2,000"), so that "N95" stays a name.
CURRENCY = (r"US\$|HK\$|\$|£|€|¥|₹|₦|Rs\.?|"
            r"N(?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:m|bn|k)\b|\d+(?:\.\d+)?\s(?:million|billion)\b)")
UNIT_WORDS: dict[str, str] = {
    "%": "%", "per cent": "%", "percent": "%", "pc": "%", "percentage points": "pp", "percentage point": "pp",
    "points": "pp", "point": "pp",
    "sq km": "km2", "sq. km": "km2", "square km": "km2", "square kilometres": "km2",
    "square kilometers": "km2",
    "km2": "km2", "km²": "km2", "sq mi": "sq mi", "sq miles": "sq mi", "square miles": "sq mi",
    "square mile": "sq mi", "km": "km", "kms": "km", "kilometres": "km", "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km", "miles": "mi", "mile": "mi", "feet": "ft", "foot": "ft", "ft": "ft",
    "metres": "m", "meters": "m", "metre": "m", "meter": "m", "inches": "in", "inch": "in", "yards": "yd",
    "yard": "yd",
    # other currencies keep their amount and name their code (a plain amount to the claims scorer)
    "hong kong dollars": "HKD", "australian dollars": "AUD", "canadian dollars": "CAD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "taiwan dollars": "TWD", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "naira": "NGN",
    "dollars": "USD", "dollar": "USD", "pounds": "GBP", "euros": "EUR", "euro": "EUR",
    "people": "people", "persons": "people", "residents": "people", "inhabitants": "people",
    "civilians": "people", "citizens": "people", "individuals": "people",
    "troops": "troops", "soldiers": "troops", "servicemen": "troops", "personnel": "troops",
}
# Converted to the unit on the right by multiplying.
CONVERSIONS: dict[str, tuple[str, float]] = {"mi": ("km", 1.609344), "sq mi": ("km2", 2.589988110336),
                                             "ft": ("m", 0.3048), "in": ("m", 0.0254), "yd": ("m", 0.9144)}
COUNT_UNITS = {w for w, u in UNIT_WORDS.items() if u in ("people", "troops")}
MONEY_AND_COUNT = COUNT_UNITS | {"dollars", "pounds", "euros"}  # the nouns a vague or scaled amount takes
# Any unit word as a pattern, longest first ("percentage points" before "points")
UNIT_PATTERN = "|".join(re.escape(u).replace(r"\ ", r"[\s-]+")
                        for u in sorted(UNIT_WORDS, key=len, reverse=True))


def _words_to_number(words: str) -> float | None:
    words = re.sub(r"[\s-]+", " ", words.lower().replace(" and ", " ")).strip()
    total, current = 0, 0
    for word in words.split():
        if word in ("a", "an"):
            current = current or 1  # "half a dozen" stays a half
        elif word == "couple":
            current = 2
        elif word == "of":
            continue
        elif word in _SMALL:
            current += _SMALL[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "half" and words.endswith("dozen"):
            current = 0.5  # "a half-dozen", "half a dozen"
        elif word == "dozen":  # "a dozen", "two dozen", "a couple dozen"
            current = (current or 1) * 12
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    return float(total + current)


def parse_fraction(text: str) -> float | None:
    """'three-quarters' -> 75.0, 'a third' -> 33.3, 'half' -> 50.0 (as a percentage), else None."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if not words or words[-1] not in _DENOMINATORS:
        return None
    numerator = 1 if len(words) == 1 else _SMALL.get(words[0], 1 if words[0] in ("a", "an") else 0)
    if not numerator or len(words) > 2:
        return None
    return round(100 * numerator / _DENOMINATORS[words[-1]], 1)


def parse_number(text: str) -> float | None:
    """The value of one number phrase ('6,600', '110k', '1.2bn', '3 1/2', 'fifty-five', 'a hundred'), or None.

    Fractions of a whole ('three-quarters') are parsed by :func:`parse_fraction`, not here.
    """
    text = text.strip()
    if not text:
        return None
    if half := re.fullmatch(r"(.+?)[\s-]+and[\s-]+a[\s-]+half(?:[\s-]+(.+))?", text, re.IGNORECASE):
        # "five-and-a-half", "two and a half million"
        whole, scale = parse_number(half.group(1)), parse_number(half.group(2) or "one")
        return None if whole is None or scale is None else (whole + 0.5) * scale
    if m := re.fullmatch(rf"({DIGITS})(?:(?:\s+|-)?([13]/[24]|[12]/3|[½¼¾⅓⅔]))?\s*"
                         r"-?(k|mn|mln|m|bn|b|tn|hundred|thousand|lakh|crore|million|billion|trillion)?",
                         text, re.IGNORECASE):
        value = float(m.group(1).replace(",", ""))
        if frac := m.group(2):
            value += _UNICODE_FRACTIONS.get(frac) or int(frac[0]) / int(frac[2])
        if scale := (m.group(3) or "").lower():
            value *= _SUFFIX_SCALES.get(scale) or SCALES[scale]
        return value
    if text.lower() in VAGUE:
        return float(VAGUE[text.lower()])
    return _words_to_number(text)


def normalise_unit(value: float, unit: str) -> tuple[float, str]:
    """Convert to the canonical unit (miles -> km, sq mi -> km2, feet -> m) exactly, as the annotation does
    ('a mile' = 1.609344 km, '2 feet' = 0.6096 m): rounding would give one figure two values."""
    if unit in CONVERSIONS:
        target, factor = CONVERSIONS[unit]
        return round(value * factor, 9), target
    return value, unit


def unit_of(word: str | None, currency: str | None) -> str:
    if currency:
        return _CURRENCY[currency.lower().strip()]
    if not word:
        return ""
    return UNIT_WORDS[re.sub(r"[\s-]+", " ", word.lower())]  # "percentage-point" as "percentage point"
