"""Person names: gender from a title, first name, known surname or Slavic ending, and the key that the
mentions of one person share (the surname); and the words that describe people or a share of a group of them.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import names as census_names

if TYPE_CHECKING:
    from spacy.tokens import Token

Gender = Literal["m", "f"]

_MALE = frozenset("""
donald vladimir volodymyr dmytro mykola serhii sergei sergey yuri yury michael keir mark emmanuel friedrich
olaf boris joe barack bill bernie ted marco mike mitt paul jeb ben chris john tim gary rudy newt reince sean
steve stephen corey jared eric george jim james robert david richard charles thomas daniel matthew anthony
andrew kevin brian jason jeff jeffrey ryan jacob nicholas jonathan justin scott frank gregory raymond
patrick jack dennis jerry tyler aaron jose henry adam douglas nathan peter kyle walter harold jeremy carl
keith roger gerald christian terry arthur lawrence jesse bryan billy albert bruce alan juan wayne ralph roy
eugene randy vincent russell louis philip bobby johnny bradley oleksandr andriy andrii dmitry dmitri alexei
alexey vitali vitaliy petro viktor kirill maxim nikolai mykhailo oleh ivan igor ihor xi narendra recep
benjamin jens rishi nigel mohammed muhammad ahmed ali hassan omar martin lindsey chuck harry mitch kellen
jon rand lincoln martin al howard evan kasich ross cory tom tony larry ron steven gavin greg antonio
reid dick newt hugh kenneth edward ronald donald timothy jerome leon luis carlos alex sam roger neil
dean fred todd travis glenn phil ed ken bob rick dan dave doug matt nick josh zach luke kurt
osama usama mustafa mostafa moustafa hamza mujtaba zakaria satya aditya krishna yukiya ilya luca
""".split())  # the last line: men's names in -a, which would pass for women's
_FEMALE = frozenset("""
kateryna ksenia olena elina iryna oksana yulia natalia tetiana anna maria olga svetlana hillary chelsea
melania ivanka kellyanne huma michelle nancy elizabeth sarah carly jill debbie donna hope katrina kayleigh
karine kamala ursula kaja giorgia theresa angela liz kemi rachel yvette priti suella fiona marine emily
jennifer jessica ashley amanda stephanie katie laura lisa karen susan mary patricia linda barbara margaret
sandra carol ruth sharon kimberly deborah amy anne julie heather diane joyce virginia janet catherine
kathleen christine claire emma sophie olivia charlotte kate sara megan nikki tulsi maxine dianne
condoleezza madeleine samantha valerie loretta cheryl ana elena irina yelena lyudmila valentina ekaterina
tatiana galina natalya marina veronika alicia gennifer paula juanita kathleen abigail monica maureen
jane caroline helen dorothy betty joan jean judy judith alice rose gloria teresa evelyn frances ann
martha cynthia kelly lauren megyn brenda carolyn janice beverly denise tammy irene jacqueline wendy
hannah grace marie diana kristen erin jenna jenny tina dana robin becky rebecca peggy nina ellen
""".split())
# Surnames of people the news names alone, and Slavic surname endings, which mark gender.
SURNAMES: dict[str, Gender] = {
    **dict.fromkeys("trump putin zelensky zelenskyy zelenskiy biden obama macron starmer merz scholz pence kaine "
                    "sanders cruz rubio erdogan netanyahu modi lavrov peskov kasich christie giuliani".split(), "m"),
    **dict.fromkeys("merkel pelosi meloni conway abedin palin fiorina leyen".split(), "f"),
}
WEAK = 5  # the weight of a surname ending, a hint only: "Canova" may be Tim Canova
GUESS = 3  # the weight of a first name in -a, a guess only: "Kwabena Mensah" is a man
_SLAVIC = (("ova", "eva", "ina", "yna", "ska", "skaya", "aya"), ("ov", "ev", "in", "yn", "sky", "skiy", "skyi"))
_TITLE_GENDER: dict[str, Gender] = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "ms": "f", "ms.": "f",
                                    "mrs": "f", "mrs.": "f", "miss": "f", "lady": "f", "dame": "f"}
PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "himself": "m",
                                      "she": "f", "her": "f", "hers": "f", "herself": "f"}
# Pronouns and pronoun-like words: never a name, and never what "they" stands for.
PRONOUNS = frozenset("""
i me we us you he him she her it they them who whom which that this these those one someone somebody
everyone everybody anyone anybody nobody none all both each some many others ones another what whoever
""".split())
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PARTICLES = frozenset({"de", "da", "di", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "del"})


def name_gender(name: str, before: str) -> tuple[Gender | None, int]:
    """Gender from a title before or in the name, a first name, a known surname or a Slavic ending."""
    words = [w.lower().strip(".,") for w in name.split()]
    prev = before.lower().split()
    for w in prev[-1:] + words[:1]:
        if w.rstrip(".") in _TITLE_GENDER:
            return _TITLE_GENDER[w.rstrip(".")], 20
    if words and (len(words) > 1 or words[0] not in SURNAMES):
        if words[0] in _MALE | _FEMALE:
            return ("m" if words[0] in _MALE else "f"), 10
        if len(words) > 1 and words[0] in census():  # alone, "Clinton" is a surname
            return census()[words[0]], 10
    if len(words) > 1 and len(words[0]) > 2 and words[0].endswith("a") and words[0] not in _MALE:
        return "f", GUESS  # Brenda, Melania, Erica: most given names in -a are women's
    last = key(name)
    if last in SURNAMES:
        return SURNAMES[last], 10
    if len(words) > 1 or len(last) >= 6:
        if last.endswith(_SLAVIC[0]):
            return "f", WEAK
        if last.endswith(_SLAVIC[1]):
            return "m", WEAK
    return None, 0


@cache
def census() -> dict[str, Gender]:
    """First names of the 1990 US census (shipped by the ``names`` package) that at least four times as many
    people of one sex bear as of the other, by share of each sex: "Lesley" is a woman's, "Chris" a man's."""
    shares: dict[str, dict[Gender, float]] = {}
    for gender, file in (("m", "first:male"), ("f", "first:female")):
        for line in Path(census_names.FILES[file]).read_text().splitlines():
            name, share, *_ = line.split()
            shares.setdefault(name.lower(), {"m": 0.0, "f": 0.0})[gender] = float(share) or 0.0005
    return {name: g for name, s in shares.items()
            for g, other in (("m", "f"), ("f", "m")) if s[g] >= 4 * s[other]}


def name_words(name: str) -> list[str]:
    """The words of a name without a generational suffix ("Jon Roe III" → Jon, Roe)."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in _SUFFIXES:
        words.pop()
    return words


@lru_cache(maxsize=65536)  # asked of every person named, for every speaker an article resolves
def key(name: str) -> str:
    """What the mentions of one person share: the last word of the name, lower case, possessive dropped."""
    words = name_words(name.replace("’s", "").replace("'s", ""))
    return words[-1].lower().strip(".,") if words else ""


def is_name(text: str) -> bool:
    """A proper name: every word capitalised but name particles ("Ursula von der Leyen"), no article."""
    words = text.split()
    return bool(words) and words[0].lower() not in {"the", "a", "an"} and all(
        w[:1].isupper() or w in _PARTICLES for w in words)


def one_source(a: str | None, b: str | None) -> bool:
    """Whether two speaker names name one source: equal, or two forms of one proper name ("Trump", "Donald
    Trump"); a count or a kind ("61 percent", "38 percent") is one source only when written the same."""
    return a is not None and b is not None and (a == b or is_name(a) and is_name(b) and key(a) == key(b))


def acronym(name: str) -> bool:
    """An organisation's initials the tagger took for a person ("GOP", "Indiana GOP"): no one a pronoun
    refers back to."""
    words = name_words(name)  # "Jon Roe III" is a person
    last = words[-1] if words else ""
    return 1 < len(last) <= 5 and last.isalpha() and last.isupper()


# Quantifiers that stand for part of a group, or all people, as a subject ("Some of the women said", "Both
# want", "Others argue", "Almost everyone agrees"): a description of the speakers, not a pronoun with an
# antecedent to find.
QUANTIFIERS = frozenset("""some many most others both several few one another all each neither none everyone
everybody""".split())
# Nouns for people or bodies of them, and the endings of agent nouns ("voters", "senators", "activists",
# "Republicans").
PEOPLE_NOUNS = frozenset("""
people person man woman child kid adult nurse doctor student resident parent candidate delegate member
official lawmaker expert critic staff colleague friend family ally rival enemy victim veteran citizen
american witness fan guest judge conservative liberal progressive moderate pundit hopeful host elite
crowd audience public team panel jury board caucus electorate establishment party press media faithful
""".split())
# Nouns whose definite description names one person the entities stage can link ("the Ukrainian president").
ROLE_NOUNS = frozenset("""
president leader minister chancellor secretary senator governor candidate nominee spokesman spokeswoman
spokesperson premier mayor king queen prince chief commander general ambassador envoy aide adviser advisor
speaker chairman chairwoman chair director head
""".split())
# Endings of nouns for people ("protester", "activist", "Democrat"), and more loosely of those who act
# ("applicant", "president", "Republican"): "-ant" and "-ent" end things too ("incident", "statement").
PERSON_ENDINGS = ("er", "or", "ist", "ian", "ee", "man", "men", "crat")
AGENT_ENDINGS = (*PERSON_ENDINGS, "ant", "ent", "can")
# Indefinite pronouns for someone who speaks; "anyone" (a hypothetical alone) and "those" (a group named
# before) only with a phrase saying who ("those who back her", "those surveyed").
SOMEONE, ANYONE = frozenset({"someone", "somebody"}), frozenset({"anyone", "anybody", "those"})
# Nouns for people or bodies that act for themselves: a participle on them has them as its subject.
_AGENT_NOUNS = frozenset("""
group member official lawmaker analyst activist critic expert organization committee pac union
""".split())
_SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
                          "majorities"})


def share(token: Token) -> bool:
    """A share of a group: "6 in 10", "two-thirds", "a majority"."""
    words = list(token.subtree)
    numbers = sum(t.like_num for t in words)
    return (token.lower_ in _SHARE_WORDS or any(t.lower_ in _SHARE_WORDS and t.head == token for t in words)
            or (numbers >= 2 and any(t.lower_ == "in" for t in words)))


def share_of_group(token: Token) -> bool:
    """A share that names its group: "6 in 10 voters", "two-thirds of Democratic voters"."""
    words = list(token.subtree)
    return share(token) and (any(t.lower_ == "in" for t in words) or any(
        t.lower_ == "of" and any(c.dep_ == "pobj" for c in t.children) for t in words))


def people_noun(noun: Token) -> bool:
    """A noun for people or for someone who acts ("protesters", "officials", "voters"): an :func:`agent`, a
    noun for people, or one with such an ending."""
    lemma = noun.lemma_.lower()
    return agent(noun) or lemma in PEOPLE_NOUNS or lemma.endswith(PERSON_ENDINGS)


def agent(noun: Token) -> bool:
    """A noun for someone who acts ("group", "officials", "the 43-year-old", a person's name, a people:
    "Hispanics"); not a thing ("a statement", "signs"), nor an organisation's name, which the parse often
    attaches to wrongly."""
    lemma = noun.lemma_.lower()
    return (lemma in _AGENT_NOUNS or lemma.rstrip("s") in _AGENT_NOUNS or noun.ent_type_ in {"PERSON", "NORP"}
            or noun.lower_.endswith("-old"))
