"""Tests that reject a matched figure: the numerals and number words that are not quantities.

:mod:`.numbers` matches every candidate figure with one broad pattern and then asks these checks whether the
match is a quantity at all. They are kept apart because they are the part that grows with each new kind of
text (a blind held-out set mostly adds a new kind of non-figure: a model number, a year, an age) while the
matching and normalising stays stable. Each check reads a match of ``numbers._PATTERN`` (its groups ``num``,
``lo``, ``cur``, ``unit``, ``hedge``, ``rhi``) and the text around it:

- times: years, dates, decades, clock times, durations, ages;
- names: numbers inside names, ids, addresses, codes ("Boeing 747", "401(k)", "10 Downing Street");
- markers: list and image-count numbers ("2. Democrats …", "1) registers …", "[538]");
- compound modifiers ("a three-way summit");
- whole spans that hold no figure, found before matching (:func:`non_figure_spans`): sports scores and
  records, phone numbers, dotted dates, the "0-62 mph" sprint; and a spec's second unit in brackets
  (:func:`second_unit_end`), which joins its figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .units import NUMBER_WORD

TIME_UNIT = (r"(?:years?|months?|weeks?|days?|nights?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|"
             r"centuries|century)")
# One word that may stand between a number and its time unit ("2,766 flying hours", "two more years"); not
# "last" ("20 million last month" is a count) nor "other" ("four other nights" are four dates).
_TIME_GAP = (r"(?:more|straight|consecutive|long|full|additional|extra|flying|working|business|school|"
             r"calendar|billable|whole|entire|successive|final|remaining|hard|tough|difficult)[\s-]+")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# Words after which a bare number is part of a name or a reference, not a quantity.
_NAME_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|Number|Article|Section|Chapter|Page|Proposition|Prop|Amendment|Title|Room|Flight|Route|"
    r"Highway|Interstate|District|Episode|Season|Part|Phase|Level|Category|Grade|Class|Type|Model|Rule|"
    r"Top|Fortune|Channel|Round|S&P|FTSE|Nasdaq|Nikkei|STOXX|Russell|DAX|CAC|ASX|Nifty|Sensex|KOSPI|TOPIX|"
    r"IBEX|TSX)\.?|#)\s*$", re.IGNORECASE)  # index names too: "S&P 500", "FTSE 100", "Nikkei 225"
# A capitalised word that does not open its sentence ("Boeing 747", "Area 51", "Fox 5").
_PROPER_BEFORE = re.compile(
    r"(?<![.!?\"“”‘’'\s])[ \t]+[\"“‘'(]?"
    r"(?!(?:These|Those|This|That|His|Her|Their|Our|My|Your|Its|All|Only|Just|About|Over|Top|Nearly|With|"
    r"And|Of|For|To|In|On|At|By)\s)[A-Z][\w.'’-]*(?<!['’]s)(?<!s['’])(?<![.!?:;,])[ \t]+$")
# A capitalised word and "of"/"for" mid-sentence: "the Group of 20", "a Gang of Eight", "the Fight for 15"
_NAMED_GROUP = re.compile(r"[a-z,]\s+[A-Z][a-z]+\s+of\s+$|\bthe\s+[A-Z][a-z]+\s+for\s+$")
# A nickname in quotes after "the": "the 'core four'", "the "Big Three"" (closed by a quote after the number)
_NICKNAME = re.compile(r"\bthe\s+['‘\"“](?:[\w-]+\s+){1,2}$", re.IGNORECASE)
# What a number after a candidate's name counts: "Cruz 34 delegates"
_COUNTED_AFTER_NAME = re.compile(r"\s+(?:delegates|votes|seats|electors)\b")
# Words before an older year ("in 1789") and words that may follow one where a count would take a noun
_YEAR_BEFORE = r"in|since|until|till|by|from|before|after|circa|around"
_NOT_NOUN = (r"and|or|to|when|the|a|an|as|he|she|it|they|we|was|were|is|by|in|on|at|for|with|until|"
             r"through|that|which|who")

_ADDRESS = re.compile(r"\s+(?:(?:[A-Z][\w.]*|\d+(?:st|nd|rd|th))\s+){0,3}"
                      r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Place|Square|Plaza)\b")


def is_time_or_name(text: str, m: re.Match[str], num: str) -> bool:
    """Years, dates, clock times, durations, ordinals and numbers that are part of a name."""
    start, end = number_span(m)
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    digits = num.replace(",", "")
    if re.match(r"(?:st|nd|rd|th)\b|\s*o['’]clock\b|:\d|\.\d+\s*(?:am|pm)|"
                r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|UTC|ET|EST)",
                after, re.IGNORECASE):
        return True
    gap = "" if m.group("cur") or m.group("unit") else f"(?:{_TIME_GAP})?"  # but "$100 per year" is money
    if re.match(rf"(?:-|\s+){gap}(?:{TIME_UNIT})\b", after, re.I):
        return True  # "three weeks", "2,766 flying hours", "two more years"
    list_comma = "" if m.group("cur") or m.group("unit") else "|,"  # "four-and-a-half, five years"
    joined = rf"-?(?:,?\s+(?:to|and|or){list_comma})\s+(?:another\s+|more\s+)?(?:\d+|{NUMBER_WORD})"
    if re.match(rf"{joined}(?:-|\s+)(?:{TIME_UNIT})|\s*[-–]\s*\d+(?:-|\s+)(?:{TIME_UNIT})\b", after, re.I):
        return True  # "18- to 24-year-old", "two to three weeks", "another four, or another eight", "10-15 minutes"
    if re.search(r"\b(?:ages?|aged)(?:\s+of)?\s+(?:\d+\s*(?:-|–|to|and)\s*)?$", before, re.IGNORECASE) or \
            _is_age(m, digits, before, after):
        return True
    if re.fullmatch(r"\d{10,}", digits):
        return True  # ids and phone numbers
    if re.search(rf"\b{_MONTH}\s*(?:\d{{1,2}}\s*(?:-|–|to|and|through)\s*)?$", before) or \
            re.match(rf",?\s+{_MONTH}\b", after):
        return True  # "June 28", "28 June", "Sept. 19 to 22"
    if re.match(r"['’]s\b", after) or re.match(r"s\b", after) and digits.isdigit():
        return True  # decades ("the 90's", "1980s"), models ("makes 757s") and names ("Three's a Crowd")
    if digits in ("911", "999", "112") and (
            re.match(r"\s+(?:call|dispatch|operator|emergenc)", after, re.I)
            or re.search(r"\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?)\s+$", before)):
        return True  # emergency numbers: "a 911 caller", "called 911"
    if re.fullmatch(r"(?:1[89]|20)\d\d", num) and not m.group("cur") and not m.group("unit"):
        return True  # a year ("since 2014", "in 2022")
    if re.fullmatch(r"1[0-8]\d\d", num) and not m.group("cur") and not m.group("unit") and \
            (re.search(rf"\b(?:{_YEAR_BEFORE})\s+$|\b{_MONTH}\s+\d{{1,2}},\s*$", before, re.IGNORECASE)
             and re.match(rf"\s*(?:$|[^\w\s$%]|(?:{_NOT_NOUN})\b)", after, re.IGNORECASE)):
        return True  # an older year where no noun follows ("started in 1789,", "July 14, 1789.")
    if re.match(r"/\d|\.\d+\.\d|\([a-z]\)", after) or re.search(r"\d[/.:]$", before):
        return True  # "9/11", "24/7", version numbers, the minutes of "10:29", "401(k)"
    if re.search(r"(?:code|ID)\s*[:#]\s*$", before, re.IGNORECASE):
        return True  # "error code: 17"
    if _is_product_term(text, m, num, before, after):
        return True
    if m.group("cur") or m.group("unit") or m.group("hedge"):
        return False
    if _ADDRESS.match(after) or re.fullmatch(r"\d{5,}", num):
        return True  # an address; a long run of digits without separators is a code ("text JOIN to 80888")
    if re.search(r"\bone,\s", before) and re.match(r",", after) and not digits.isdigit():
        return True  # an enumeration: "one, his temperament, and two, his language"
    # Names: "Boeing 747", "Fantastic Four" (a capitalised number word), "the Group of 20"; but a lower-case
    # number word after a name is a count ("against Sanders five times"), and so is "Cruz's 538".
    if _COUNTED_AFTER_NAME.match(after):
        return False  # a candidate's count: "Cruz 34 delegates"
    if re.match(r"\s+Pinocchios?\b", after):
        return True  # a fact-check rating ("four Pinocchios"), not a count
    named = digits[:1].isdigit() or num[:1].isupper() and not num.isupper()
    return bool(_NAME_BEFORE.search(before) or named and _PROPER_BEFORE.search(before)
                or _NAMED_GROUP.search(before) or _NICKNAME.search(before) and re.match(r"['’\"”]", after)
                or digits in model_numbers(text) and not m.group("rhi")
                and not re.match(r"\s+(?!(?:was|is|has|does|as)\b)[a-z]+s\b", after))


def _is_product_term(text: str, m: re.Match[str], num: str, before: str, after: str) -> bool:
    """Numbers in product and list names: resolutions ("4K", "up to 8K"), audio channels ("5.1 surround"),
    codes glued to letters ("9to5Mac", "2o15" typed for 2015), a scaled-looking name ("2B Mindset"), screen
    sizes naming a model ("16-inch MacBook", "iPad Pro 12.9-inch", and "13-inch models" where the text names
    a "13-inch MacBook"), spec designations ("1080p", "12MP", "256kps", "iPad 64GB Wi-Fi"), "30 Under 30"
    lists and compound titles ("five time NBA champion")."""
    if m.group("cur"):
        return False
    return bool(
        re.fullmatch(r"(?:2|4|5|8|16)K", num)
        or re.fullmatch(r"\d{3,4}", num) and re.match(r"[pi]\b", after)  # "1080p", "720i"
        or re.match(r"\s?(?:MP|kbps|kps)\b|\s?[GT]B\s+[A-Z]", after)  # "12MP", "256kps", "iPad 64GB Wi-Fi"
        or re.match(r"-inch", after) and num[:1].isdigit() and bool(_PROPER_BEFORE.search(before))
        or re.match(r"[\s-]+inch", after) and num in inch_models(text)
        or re.fullmatch(r"\d[KMB]", num) and re.match(r"\s+[A-Z]", after)
        or re.fullmatch(r"\d\.[12]", num)
        and re.match(r"(?:[\s-]+channel)?[\s-]+(?:surround|sound|audio|speakers?)\b", after, re.IGNORECASE)
        or not m.group("unit") and re.match(r"[A-Za-z]+\d", after)
        or re.match(r"[\s-]+inch(?:es)?[\s-]+(?:\d{4}\s+|[a-z]\d\w*\s+)?i?[A-Z]", after)
        or re.match(r"\s+(?:Under|Over)\s+\d", after) or re.search(r"\d\s+(?:Under|Over)\s+$", before)
        or re.match(r"[\s-]time\s+(?:[A-Z][\w-]*\s+)*(?:champion|winner|medal|all-star|finalist|nominee|MVP)",
                    after, re.IGNORECASE))


@lru_cache(maxsize=8)
def inch_models(text: str) -> frozenset[str]:
    """Screen sizes that ``text`` uses as a model name ("the 13-inch MacBook Pro"): the same size elsewhere in
    it ("higher-end 13-inch models") names the model too."""
    return frozenset(re.findall(r"(?<![\w.])(\d{1,2}(?:\.\d)?)[\s-]+inch(?:es)?[\s-]+(?:\d{4}\s+)?i?[A-Z]",
                                text))


# A model's variant glued to its digits ("787-9", "777x"): the digits name the model, not a count
_VARIANT = re.compile(r"(?<![\w,.$£€-])(\d{3})(?:-\d{1,2}|[xX])(?![\w-]|[.,]\d)")


@lru_cache(maxsize=8)
def model_numbers(text: str) -> frozenset[str]:
    """Numbers of 3-4 digits that ``text`` writes after a make ("a Boeing 757") or with a variant ("the
    787-9", "777x jets"): the same digits alone elsewhere in it ("the 757 was refitted") name the model
    too."""
    found: set[str] = set()
    for m in re.finditer(r"(?<![\w,.$£€-])(\d{3,4})(?![\w%]|[.,]\d|\s*(?:per\s*cent|percent)\b)", text):
        before = text[max(0, m.start() - 40):m.start()]
        if _PROPER_BEFORE.search(before) and not re.fullmatch(r"(?:1[89]|20)\d\d", m.group(1)) and \
                not _COUNTED_AFTER_NAME.match(text, m.end()):
            found.add(m.group(1))
    found.update(m.group(1) for m in _VARIANT.finditer(text))
    return frozenset(found)


_PEOPLE = (r"(?:people|those|voters|adults|children|kids|anyone|men|women|Americans|blacks|whites|Hispanics|"
           r"Latinos|Asians|seniors|residents|respondents|students|workers)")


# A person named by role in apposition before an age: "the former star, 42, was"
_ROLE = (r"(?:star|actor|actress|singer|rapper|host|presenter|model|chef|author|writer|director|player|coach|"
         r"comedian|musician|athlete|founder|executive|mother|father|wife|husband|son|daughter)")


def _is_age(m: re.Match[str], digits: str, before: str, after: str) -> bool:
    """Ages: of groups ("people under 30", "voters were over 45", "blacks 30 to 44", "45 and older"), of one
    person ("Trump, who is 70.", "since he was 5,", "she's 45.", "turned 74", "as young as 17", "at 86 she",
    "at 29?"), in apposition ("Tom Smith,
    30, said"), after a name heading a line ("Ahmed Hale, 40." or "Ann Lee (left), 52") or in brackets after a
    name ("Cruz (45)")."""
    if m.group("cur") or m.group("unit") or not digits.isdigit() or int(digits) > 120 or \
            re.match(r"\s+times\b", after):
        return False  # "those can pack over 10 times more" is a multiplier
    return bool(
        re.search(rf"\b{_PEOPLE}\b[^.;\d]{{0,25}}?\b(?:under|over|younger\s+than|older\s+than)\s+$", before,
                  re.I)
        or re.search(rf"\b{_PEOPLE}\s+$", before, re.I)
        and (m.group("rhi") or re.match(r"\s+(?:to|and)\s+\d", after))
        or re.match(r"\s+(?:and|or)\s+(?:older|over|up|younger|under)\b", after)
        or re.search(r"\b(?:younger|older)\s+than\s+$", before)
        or re.search(r"\b(?:[Ww]ho|[Hh]e|[Ss]he|I|[Yy]ou|[Ww]e|[Tt]hey)(?:\s+(?:is|was|were|am|are|turns|turned)|"
                     r"['’](?:re|s|m))\s+$", before)
        and re.match(r"[.,;?!”\"]", after)
        or re.search(r"\bturn(?:s|ed|ing)?\s+$", before)
        or re.search(r"\bat\s+$", before) and re.match(r"\s*\?|\s+(?:s?he|I|they|we|you)\b", after)
        or re.search(r"\bas\s+(?:young|old)\s+(?:as|at)\s+$", before, re.IGNORECASE)
        or re.search(rf"(?:[A-Z][\w.'’-]+(?:\s+\([^)\n]*\))?|\b{_ROLE}),\s*$", before)
        and re.match(r"\s*(?:,|[―—–]|\s-\s|\.?[ \t]*(?:\n|$))", after)
        or re.search(r"[A-Z][\w.'’-]+\s+\($", before) and after.startswith(")"))


def number_span(m: re.Match[str]) -> tuple[int, int]:
    """Where the (first) number of a match lies: 'between 5 and 10' -> the 5."""
    group = "lo" if m.group("lo") else "num"
    return m.start(group), m.end(group)


def is_compound(text: str, m: re.Match[str]) -> bool:
    """A number inside a compound modifier ("three-way summit", "one-on-one", "a 10-point plan")."""
    glued_word = re.match(r"-(?!(?:liter|litre)s?\b)[A-Za-z]", text[m.end():m.end() + 8])  # not "5.0-liter"
    return not m.group("unit") and not m.group("cur") and bool(glued_word)


_LISTICLE = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:Tips|Ways|Things|Reasons|Signs|Steps|Rules|Lessons|Facts|"
                       r"Mistakes|Habits|Tricks|Ideas|Questions|Secrets|Myths|Takeaways)\b")


def is_marker(text: str, m: re.Match[str]) -> bool:
    """A bare small integer alone before a capitalised word (image counts, list numbers, addresses), or an
    item number closing a parenthesis it did not open ("1) registers …, 2) realizes …") or heading a paragraph
    ("2. Democrats …"), a bracketed reference ("[538]")."""
    bare = not (m.group("cur") or m.group("unit") or m.group("hedge"))
    if not bare or not re.fullmatch(r"\d{1,3}", m.group("num") or ""):
        return False
    after = text[number_span(m)[1]:number_span(m)[1] + 3]
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    if after.startswith(")"):
        return line.count("(") <= line.count(")")
    if re.match(r"\.?[ \t]*(?:\n|$)|\.\s", after) and not line.strip() or \
            line.endswith("[") and re.match(r"\.?\]", after):
        return True  # "2. Democrats face …" or a number alone heading a paragraph; a reference "[538.]"
    if after.strip() and not re.match(r"\s+[A-Z][a-z]", after) or \
            not line.strip() and _LISTICLE.match(text, number_span(m)[1]):
        return False  # a heading's count: "5 Tips to Enjoy …", "10 Things We Learned"
    # At a sentence start, or repeated before capitals as image counters are ("8 Trump …", "8 The …"); but a
    # count opening the headline is a figure ("17 Of The Most Powerful Things …").
    at_start = re.search(r"(?:[.!?]['’\"”]?\s+|\n\s*|[(\"“‘'])$", text[max(0, m.start() - 3):m.start()])
    repeats = len(re.findall(rf"(?<![\w.,]){m.group('num')}\s+[A-Z]", text))
    return bool(at_start) or repeats >= 3


# A figure's second unit: "300 kW (402 hp)", "1,900-mile-wide (3,100 kilometers)", "2,750 tons, or 2,500
# metric tons" (the "or" form only between two different unit words: "5 km or 10 km" are two figures)
_SPEC_UNIT = (r"(?:horsepower|kilometers|kilometres|kilograms|metric\s+tons|tonnes|tons|pounds|lbs|"
              r"lb-ft|lb|kg|hp|bhp|PS|kWh|kW|Nm|mph|km/h|kph|km|miles|feet|ft|meters|metres|m|inches|in|"
              r"liters|litres|L)")
_SECOND_NUMBER = r"(?:about |roughly |some )?\d[\d,.]*[ \t]*"
_UNIT_THEN_SECOND = re.compile(
    rf"(?:[ \t]*(?P<first>{_SPEC_UNIT})(?![\w/-]))?(?:-wide|-long|-high|-deep)?"
    rf"(?:[ \t]*\({_SECOND_NUMBER}{_SPEC_UNIT}\)|"
    rf",?[ \t]+or[ \t]+{_SECOND_NUMBER}(?P<second>{_SPEC_UNIT})(?![\w/-]))")

# Scores: a set score with its tie-break ("7-6 (5)"), a run of set scores ("6-4, 3-6, 7-5"), a win-loss(-tie)
# record ("14-0-1", "(3-0-2)"), a result line heading a match report ("Wild 4, Sabres 1:").
_SET = r"[0-7][-–][0-7](?:\s*\(\d{1,2}\))?"
_TEAM = r"(?:[A-Z][\w.'’-]*[ \t]+){1,3}"
_NON_FIGURES = re.compile(
    rf"(?<![\w.,-])(?:{_SET}(?:,\s*{_SET})+|[67][-–][67]\s*\(\d{{1,2}}\)|\d{{1,2}}(?:[-–]\d{{1,2}}){{2}})"
    r"(?![\w-]|[.,]\d)|"
    rf"(?m:^{_TEAM}\d{{1,2}},[ \t]+{_TEAM}\d{{1,2}}(?=[ \t]*(?::|$)))|"
    # phone numbers: "+49 (0)40 890 85-433", "02-751-1500", "(555) 123-4567"
    r"\+\d{1,3}(?:[ \t]*\(\d+\))?(?:[ \t-]*\d{2,5}){2,}|"
    r"(?<![\w.,-])(?:\d{2,4}-|\(\d{3}\)\s*)\d{3,4}-\d{4}(?![\w-])|"
    r"(?<![\w.])(?:19|20)\d\d\.[01]\d\.[0-3]\d(?![\w.])|"  # a dotted date: "2018.04.05"
    # the sprint benchmark: "0-62 mph", "zero to 60 mph (97 kph)"
    r"(?<![\w.-])(?:0|zero)[ \t]*(?:[-–]|to)[ \t]*(?:60|62|100)[ \t]*(?:mph|km/h|kph)\b"
    r"(?:[ \t]*\(\d+[ \t]*(?:mph|km/h|kph)\))?")


def non_figure_spans(text: str) -> list[tuple[int, int]]:
    """Spans that hold numbers but no figure, so that no figure is read inside them: scores, records and
    result lines, phone numbers, dotted dates, the "0-62 mph" sprint."""
    return [(m.start(), m.end()) for m in _NON_FIGURES.finditer(text)]


def second_unit_end(text: str, end: int) -> int | None:
    """Where a figure's second unit ends, if one follows it ("300| kW (402 hp)" -> after the bracket, "2,750|
    tons, or 2,500 metric tons"): one figure in two units is one quantity whose span covers both."""
    pair = _UNIT_THEN_SECOND.match(text, end)
    if pair is None or not pair.group("second"):
        return pair.end() if pair else None
    # the "or" form: the first unit follows the figure or ends its span ("5 miles, or 8 km")
    ending = re.search(rf"(?<!\w){_SPEC_UNIT}$", text[max(0, end - 20):end])
    first = pair.group("first") or (ending.group() if ending else None)
    if first is None or first.lower() == pair.group("second").lower():
        return None  # "5 miles or 10 miles" are two figures
    return pair.end()
