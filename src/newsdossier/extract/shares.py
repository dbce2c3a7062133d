"""Fractions read as shares: "a third of the vote", "half the money", "up by a third", "nearly a third say".

A fraction word is a figure only as a share of something or a change; as a period ("the first half"), a rank
("a third party") or a price ("half price") it is none. :mod:`.numbers` matches the fraction and asks
:func:`fraction_figure` whether, and how far, it is a figure.
"""

from __future__ import annotations

import re

from .units import DIGITS, MONEY_AND_COUNT, SCALES, UNIT_PATTERN, normalise_unit, unit_of

_FRACTION_OF_SCALE = re.compile(rf"\s+(?:of\s+)?an?\s+(thousand|million|billion|trillion)\b"
                                rf"(?:\s+({'|'.join(MONEY_AND_COUNT)})\b)?", re.IGNORECASE)


# What a share of people does in a poll: "a third say", "half were undecided", "two-thirds support it"
_SHARE_VERB = re.compile(
    r"\s+(?:say|says|said|think|thinks|thought|believe[sd]?|approve[sd]?|disapprove[sd]?|support(?:s|ed)?|"
    r"oppose[sd]?|favou?r(?:s|ed)?|agree[sd]?|disagree[sd]?|want(?:s|ed)?|prefer(?:s|red)?|expect(?:s|ed)?|"
    r"view(?:s|ed)?|are|were|have|had|would|will|do|did|came|come|went|got|made|live[sd]?)\b")


def _is_share_subject(m: re.Match[str], after: str, before: str) -> bool:
    """'Nearly a third say …': a fraction with its own numerator (or 'half') as the subject of a verb -- not
    a period ('the first half were', 'the fourth quarter had')."""
    num = m.group("num")
    explicit = re.match(r"(?:an?|one|two|three|four)[- ]", num, re.IGNORECASE) or num.lower() == "half"
    period = re.search(r"\b(?:the|first|second|third|fourth|last|other|back|front|better|this|that|each)\s+$",
                       before, re.IGNORECASE)
    return bool(explicit and not period and _SHARE_VERB.match(after))


# Verbs that allot a share of a sum: "save a quarter", "SPEND A QUARTER", "pay another quarter"
_ALLOT_BEFORE = re.compile(r"\b(?:save[sd]?|saving|spend(?:s|ing)?|spent|pay(?:s|ing)?|paid|"
                           r"borrow(?:s|ed|ing)?|cover(?:s|ed|ing)?)\s+(?:another\s+)?$", re.IGNORECASE)


def _is_ordinal(word: str) -> bool:
    """A lone singular 'third', 'fourth', 'fifth', 'tenth' names a rank unless 'of' follows it."""
    return bool(re.fullmatch(r"third|fourth|fifth|tenth", word, re.IGNORECASE))


def fraction_figure(text: str, m: re.Match[str], share: float,
                    number_start: int) -> tuple[int, float, str] | None:
    """A fraction is a figure only as a share or a change: 'a third of X', 'half the money', 'half of
    1 percent', 'half a percentage point', 'up by a third', 'cut in half' -- not 'half price'. Returns the
    figure's end, value and unit, or None."""
    end = m.end("num")
    after, before = text[end:end + 60], text[max(0, number_start - 10):number_start]
    if m.group("unit") or re.search(r"\b(?:first|second|third|fourth|last|final|next|previous|past)\s+$",
                                    before, re.IGNORECASE):
        return None  # "the second quarter of 2016", "the first half of the year" are periods
    if re.match(r"[\s-]+(?:world|party|parties|rail|base|estate|wave|way)\b", after, re.IGNORECASE):
        return None  # ordinals in compounds: "a third world country", "a third party"
    value, unit = share, "%"
    if scaled := _FRACTION_OF_SCALE.match(after):  # "a quarter of a million dollars", "half a billion"
        value = share / 100 * SCALES[scaled.group(1).lower()]
        unit = unit_of(scaled.group(2), m.group("cur")) if scaled.group(2) or m.group("cur") else ""
        end += scaled.end()
    elif of_percent := re.match(rf"\s+of\s+({DIGITS})\s*(?:%|per\s*cent\b|percent\b)", after, re.IGNORECASE):
        value = round(share * float(of_percent.group(1).replace(",", "")) / 100, 6)
        end += of_percent.end()
    elif re.match(r"[\s-]+(?:cups?|tablespoons?|teaspoons?|tbsp|tsp)\b", after, re.IGNORECASE):
        value, unit = share / 100, ""  # a recipe's "a quarter cup" is 0.25 cups, a count
    elif of_unit := re.match(rf"\s+(?:of\s+)?an?\s+({UNIT_PATTERN})\b", after, re.IGNORECASE):
        value, unit = normalise_unit(share / 100, unit_of(of_unit.group(1), None))
        end += of_unit.end()
    elif not (re.match(r"\s+of\b", after) or re.match(r"\s+(?:the|its|their|his|her)\b", after)
              and share == 50.0 or re.search(r"\b(?:by|in)\s+$", before) and not _is_ordinal(m.group("num"))
              or _is_share_subject(m, after, before)
              or _ALLOT_BEFORE.search(text[max(0, number_start - 25):number_start])):
        return None
    return end, value, unit
