"""Speech cues and their speakers: the verb that reports speech, its subject, and what a pronoun refers to.

The subject comes from spaCy's dependency parse (``nsubj``; the ``by`` agent of a passive; for a participle
such as "…, writing on Truth Social:" the subject of the nearest clause it hangs on, never one inside a
quote or on another line), repaired where the small model misplaces it: a dateline or date is no speaker, a
name right before a subject-less verb is ("…," Roe barked), a title or description gives way to the name
beside it ("candidate Senator Jane Roe (D-VT) stated"), a participle on a group has the group as subject,
and the one asked ("Asked about it, Roe said") is not the asker. A he/she subject is resolved to the nearest
earlier person of the same gender, preferring one that was itself a subject; gender comes from a title (Mr,
Ms), a first name, or the pronouns that follow the person's mentions. "They" is the plural subject just
before it ("The unions say … They argue"); a share of a group ("Six in 10 voters") speaks for it. When no
single person fits, the speaker stays unknown: a wrong name is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..model import Mention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Gender = Literal["m", "f"]

# Verbs that report what someone said or wrote.
SPEECH = frozenset("""
say tell add reply respond answer ask write tweet post state declare announce explain note warn insist argue
claim vow pledge promise recall conclude urge admit acknowledge concede complain joke quip shout yell
exclaim whisper remark observe comment suggest predict stress emphasize emphasise affirm confirm deny assert
maintain contend testify boast brag lament decry condemn criticize criticise accuse charge demand plead
caution counter retort allege report reveal disclose mention tout threaten signal indicate describe call dub
label term brand praise hint continue echo elaborate recount reiterate opine muse scoff interject
bark beam boom gush fume marvel thunder bellow ponder wonder point lecture rant concur chime
""".split())
# Verbs whose quoted object is a label the subject gave, not words they said, unless the subject is a person.
DESCRIBE = frozenset({"describe", "call", "dub", "label", "term", "brand"})
# Speech verbs that may take a quoted noun phrase as their object and still report words ("vowed 'very
# severe consequences'"); other verbs' objects are things ("announced a 'deal'").
OBJECT_SPEECH = frozenset({"vow", "promise", "threaten", "warn", "predict", "demand", "pledge", "say", "write",
                           "tweet", "add", "reply"})
# Verbs whose object is the listener, never the speaker ("told the Express").
LISTENER = frozenset({"tell", "inform", "assure", "remind", "warn", "urge", "ask"})

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
""".split())
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
_SURNAMES: dict[str, Gender] = {
    **dict.fromkeys("trump putin zelensky zelenskyy zelenskiy biden obama macron starmer merz scholz pence kaine "
                    "sanders cruz rubio erdogan netanyahu modi lavrov peskov kasich christie giuliani".split(), "m"),
    **dict.fromkeys("merkel pelosi meloni conway abedin palin fiorina leyen".split(), "f"),
}
_WEAK = 5  # the weight of a surname ending, a hint only: "Canova" may be Tim Canova
_SLAVIC = (("ova", "eva", "ina", "yna", "ska", "skaya", "aya"), ("ov", "ev", "in", "yn", "sky", "skiy", "skyi"))
_TITLE_GENDER: dict[str, Gender] = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "ms": "f", "ms.": "f",
                                    "mrs": "f", "mrs.": "f", "miss": "f", "lady": "f", "dame": "f"}
PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "himself": "m",
                                      "she": "f", "her": "f", "hers": "f", "herself": "f"}
# Nouns whose definite description names one person the entities stage can link ("the Ukrainian president").
ROLE_NOUNS = frozenset("""
president leader minister chancellor secretary senator governor candidate nominee spokesman spokeswoman
spokesperson premier mayor king queen prince chief commander general ambassador envoy aide adviser advisor
""".split())
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PARTICLES = frozenset({"de", "da", "di", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "del"})
_DATELINE = re.compile(r"\s*\([A-Z][A-Za-z]+\)\s*[—–-]")
# Verbs whose passive participle opening a sentence ("Asked about it, Lee said") makes its subject the one
# spoken to.
_ASKED = LISTENER | {"press", "question", "challenge", "confront", "quiz"}
# Nouns for people or bodies that act for themselves: a participle on them has them as its subject.
_AGENT_NOUNS = frozenset("""
group member official lawmaker analyst activist critic expert organization committee pac union
""".split())
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_NAME_DEPS = frozenset({"compound", "flat", "nmod", "poss", "case", "det", "amod", "nummod"})


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    mention: Span | None


def name_gender(name: str, before: str) -> tuple[Gender | None, int]:
    """Gender from a title before or in the name, a first name, a known surname or a Slavic ending."""
    words = [w.lower().strip(".,") for w in name.split()]
    prev = before.lower().split()
    for w in prev[-1:] + words[:1]:
        if w.rstrip(".") in _TITLE_GENDER:
            return _TITLE_GENDER[w.rstrip(".")], 20
    if words and words[0] in _MALE | _FEMALE and (len(words) > 1 or words[0] not in _SURNAMES):
        return ("m" if words[0] in _MALE else "f"), 10
    if len(words) > 1 and len(words[0]) > 2 and words[0].endswith("a") and words[0] not in _MALE:
        return "f", 3  # Brenda, Melania, Erica: most given names in -a are women's
    last = key(name)
    if last in _SURNAMES:
        return _SURNAMES[last], 10
    if len(words) > 1 or len(last) >= 6:
        if last.endswith(_SLAVIC[0]):
            return "f", _WEAK
        if last.endswith(_SLAVIC[1]):
            return "m", _WEAK
    return None, 0


def key(name: str) -> str:
    """What the mentions of one person share: the last word of the name, lower case, possessive dropped."""
    words = name.replace("’s", "").replace("'s", "").split()
    while len(words) > 1 and words[-1].lower().strip(".,") in _SUFFIXES:
        words.pop()
    return words[-1].lower().strip(".,") if words else ""


def is_name(text: str) -> bool:
    """A proper name: every word capitalised but name particles ("Ursula von der Leyen"), no article."""
    words = text.split()
    return bool(words) and words[0].lower() not in {"the", "a", "an"} and all(
        w[:1].isupper() or w in _PARTICLES for w in words)


def subject_of(verb: Token) -> Token | None:
    """The speaker token of a speech verb: its subject, a passive's agent, or the subject of the clause a
    subject-less participle or conjunct hangs on ("…, writing on Truth Social:")."""
    subj = _own_subject(verb, {"nsubj", "csubj"})
    if subj is not None and (subj.ent_type_ not in {"DATE", "TIME"} or "old" in subj.lower_):
        return subj
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    # "Saturday … Sen. Jane Roe said", "…,” Roe barked"; after a time stamp glued on as the subject ("2:40 p.m.
    # ¶ The mayor's spokesman says"), any noun right before the verb.
    named = None if passive else _name_before(verb, nouns=subj is not None)
    if named is not None or subj is not None:
        return named
    for child in verb.children:  # a passive's subject is what was said or described, never the speaker
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    for child in verb.lefts:  # "Tom Reed, noting the crowd, said": the parse gives the subject to "noting"
        if child.tag_ == "VBG" and child.dep_ in {"ccomp", "advcl"}:
            subj = next((c for c in child.lefts if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    if (verb.lemma_ in _ASKED and verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)):
        return None  # "Asked about it, Lee said …": the clause's subject was asked; the asker is unnamed
    if verb.dep_ in {"advcl", "conj", "xcomp", "acl", "prep"} or verb.tag_ == "VBG":
        for anc in [verb, *verb.ancestors]:
            if anc.dep_ == "acl" and anc.tag_ in {"VBG", "VBN"} and _agent(anc.head):
                return anc.head  # "a group backing Lee", "Jane Roe, who …, tweeted to say"; not "a statement"
            if anc is verb:
                continue
            # The nearest clause a participle hangs on lends it its subject ("Lee sought calm, writing …",
            # "after Lee entered the race, calling them … and vowing …"); not a clause reported by a speech
            # verb ("Lee argued that a treaty would last, writing …": Lee writes), nor a quote the parse
            # hung the cue on ('"We lost," Roe told AFP'), nor one on another line (a heading).
            if anc.dep_ == "ccomp" and anc.head.lemma_ in SPEECH:
                continue
            subj = _own_subject(anc, _SUBJECT_DEPS)
            if subj is not None and subj.i != verb.i:
                between = verb.doc[min(subj.i, verb.i):max(subj.i, verb.i)]
                if any("\n" in t.text_with_ws for t in between):
                    return None
                if sum(t.text in _QUOTE_TOKENS for t in between) % 2 == 0:
                    return subj  # (an odd count of quote marks between them puts the subject in a quote)
            if anc.dep_ == "ROOT":
                break
    return None


# Double quote marks only: a single one may be an apostrophe ("the Khans' son").
_QUOTE_TOKENS = frozenset({"“", "”", '"', "''", "``", "«", "»"})


def _agent(noun: Token) -> bool:
    """A noun for someone who acts ("group", "officials", "the 43-year-old", a person's name); not a thing
    ("a statement", "signs"), nor an organisation's name, which the parse often attaches to wrongly."""
    lemma = noun.lemma_.lower()
    return (lemma in _AGENT_NOUNS or lemma.rstrip("s") in _AGENT_NOUNS or noun.ent_type_ == "PERSON"
            or noun.lower_.endswith("-old"))


def _own_subject(verb: Token, deps: set[str] | frozenset[str]) -> Token | None:
    """A verb's subject; of two ("Washington (AFP) – Jane Roe has taken …": the dateline and the speaker),
    the noun nearest before the verb."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    return max(subjects, key=lambda c: (c.i < verb.i, c.pos_ in {"PROPN", "NOUN"}, c.i), default=None)


def _name_before(verb: Token, nouns: bool = False) -> Token | None:
    """A name right before a verb the parse left without a subject ("Saturday at the convention Sen. Jane
    Roe (D-MA) said": the name hangs on the date; '…," Roe barked': the name is a compound), passing over
    auxiliaries and adverbs ("Roe has also said"), a parenthesis ("Jane Roe (D-MA) said"), an age ("Roe,
    58, told") or a name set off by commas ("her adviser, Jane Roe, said")."""
    if verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # a participle or infinitive after a name ("rival, Jane Roe, saying") is not hers
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].dep_ in {"aux", "auxpass", "neg", "advmod"} and doc[k].head.i == verb.i:
        k -= 1
    if k >= 0 and doc[k].text == ")":
        k = next((j for j in range(k - 1, max(k - 8, -1), -1) if doc[j].text == "("), 0) - 1
    elif k >= 2 and doc[k].text == ",":
        opening = next((j for j in range(k - 1, max(k - 6, -1), -1) if doc[j].text == ","), None)
        if opening is None or not (doc[k - 1].like_num or all(t.pos_ == "PROPN" for t in doc[opening + 1:k])):
            return None
        k -= 1 if not doc[k - 1].like_num else 3
    if (k < 0 or doc[k].pos_ not in ({"PROPN", "NOUN"} if nouns else {"PROPN"})
            or doc[k].ent_type_ in {"DATE", "TIME", "GPE"}
            or doc[k].dep_ in _OBJECT_DEPS or not (nouns or doc[k].text[:1].isupper())):
        return None
    return doc[k]


_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "poss", "oprd"})


def phrase(token: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``token``, without appositives or relative clauses;
    a common noun keeps a short ``of/at/for`` phrase ("analysts at the Institute for the Study of War")."""
    left = token
    for child in token.lefts:
        if child.dep_ in _NAME_DEPS:
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    right = token
    for child in token.rights:
        if child.dep_ in {"compound", "flat"}:
            right = max(right, child.right_edge, key=lambda t: t.i)
        elif (child.dep_ == "prep" and token.pos_ == "NOUN" and child.lower_ in {"of", "at", "for", "from"}
              and child.right_edge.i - token.i <= 8):
            right = max(right, child.right_edge, key=lambda t: t.i)
            break
        else:
            break
    start, end = left.idx, right.idx + len(right.text)
    for t in token.doc[left.i:token.i]:  # a heading or time stamp on the line above is not the speaker
        if "\n" in t.text_with_ws and t.i + 1 < len(token.doc):
            start = token.doc[t.i + 1].idx
    return start, end


def _misread_name(token: Token) -> bool:
    """A name the tagger read as a pronoun ("O’Malley notes"): capitalised and no pronoun."""
    return token.text[:1].isupper() and token.lower_ not in _PRONOUNS and not token.like_num


_PRONOUNS = frozenset("""
i me we us you he him she her it they them who whom which that this these those one someone somebody
everyone everybody anyone anybody nobody none all both each some many others ones another what whoever
""".split())


def _own_line(m: Mention) -> Mention:
    cut = m.text.rfind("\n") + 1
    return Mention(m.article, m.start + cut, m.end, m.text[cut:], m.label) if cut else m


def _dateline(text: str, token: Token) -> bool:
    """The place of a dateline opening a line ("WASHINGTON (AP) —", "New York (AFP) –")."""
    line_start = text.rfind("\n", 0, token.idx) + 1
    after = token.idx + len(token.text)
    return token.left_edge.idx == line_start and _DATELINE.match(text, after) is not None


class Resolver:
    """Names the speaker for a subject token, resolving pronouns within one article."""

    def __init__(self, doc: Doc, article_id: str, mentions: list[Mention], quoted: list[tuple[int, int]]):
        self.doc = doc
        self.article_id = article_id
        self.text = text = doc.text  # Doc.text is rebuilt on every access: read it once
        # A mention run on from the line above ("…polls\nTrump") names only what is on its own line.
        self.mentions = sorted((_own_line(m) for m in mentions if m.article == article_id),
                               key=lambda m: m.start)
        # Surnames of people the news names alone count even where the tagger took them for an organisation.
        person_keys = {key(m.text) for m in self.mentions if m.label == "person"} | _SURNAMES.keys()
        self.inside = inside = [(s, e) for s, e in quoted]
        # Pronouns refer back to names; descriptions ("the Kyiv-based analyst") are left to entity linking.
        self.people = [m for m in self.mentions  # a name, not a title-case headline ("Ads Show Lee …")
                       if (m.label == "person" or key(m.text) in person_keys) and is_name(m.text)
                       and len(m.text.split()) <= 5
                       and not any(s <= m.start < e for s, e in inside)]
        self.person_keys = {key(m.text) for m in self.people}
        self.own_gender, self.gender = self._genders(text)
        # The genders the full names of each surname carry (Hillary and Bill Clinton: both).
        self.key_genders: dict[str, set[Gender]] = {}
        for m in self.people:
            if m.start in self.own_gender:
                self.key_genders.setdefault(key(m.text), set()).add(self.own_gender[m.start])

    def _genders(self, text: str) -> tuple[dict[int, Gender], dict[str, Gender]]:
        """Gender per mention (by its own title or first name) and per surname key: by the mentions that
        have one, if they agree (Donald and Melania Trump do not); else by the pronouns that follow the
        key's subjects and, once per key, a weak hint (a Slavic ending: "Canova" may be Tim Canova)."""
        own: dict[int, Gender] = {}
        strong: dict[str, dict[Gender, int]] = {}
        weak: dict[str, dict[Gender, int]] = {}
        for m in self.people:
            k = key(m.text)
            g, weight = name_gender(m.text, text[max(0, m.start - 5):m.start])
            if g and weight != _WEAK:  # its own title or first name
                own[m.start] = g
            if g and weight >= 10:
                strong.setdefault(k, {"m": 0, "f": 0})[g] += weight
            elif g:
                weak.setdefault(k, {"m": 0, "f": 0})[g] = 1
        # The first gendered pronoun after a main-clause subject, before any other person, votes for it.
        starts = [m.start for m in self.people]
        for idx, m in enumerate(self.people):
            if not self._is_subject(m, main=True):
                continue
            stop = starts[idx + 1] if idx + 1 < len(starts) else len(text)
            for tok in self.doc.char_span(m.end, min(stop, m.end + 200), alignment_mode="contract") or []:
                g = PRONOUN_GENDER.get(tok.lower_)
                if g:
                    weak.setdefault(key(m.text), {"m": 0, "f": 0})[g] += 1
                    break
        by_key: dict[str, Gender] = {}
        for k in strong.keys() | weak.keys():
            a, b = strong.get(k, {"m": 0, "f": 0}), weak.get(k, {"m": 0, "f": 0})
            v = {g: a[g] + b[g] for g in a}
            if min(v["m"], v["f"]) >= 5:
                continue  # two people share the surname (Tom and Betsy Roe, "she" after Roe many times)
            if v["m"] != v["f"]:
                by_key[k] = "m" if v["m"] > v["f"] else "f"
        return own, by_key

    def gender_of(self, m: Mention) -> Gender | None:
        return self.own_gender.get(m.start) or self.gender.get(key(m.text))

    def may_be(self, m: Mention, gender: Gender) -> bool:
        """Whether mention ``m`` may be a person of ``gender``: by its own name or surname, or, for a bare
        surname two people of the article share, when one of them is of that gender."""
        g = self.gender_of(m)
        return g == gender or (g is None and gender in self.key_genders.get(key(m.text), set()))

    def full_name(self, m: Mention, gender: Gender | None = None) -> str:
        """The longest name of the same person in the article (same surname and a compatible gender)."""
        if len(m.text.split()) > 1 and m.start in self.own_gender:
            return m.text
        g = self.gender_of(m) or gender
        names = [p.text for p in self.people if key(p.text) == key(m.text)
                 and (g is None or self.own_gender.get(p.start, g) == g)]
        return max(names, key=len, default=m.text)

    def resolve(self, subj: Token) -> Speaker:
        """The speaker a subject token names (None where unknown)."""
        found = self._resolve(subj)
        if found.name is not None and not found.name[:1].isalnum():
            return Speaker(None, None)  # a stray token ("’ve" after "who") is no name
        return found

    def _resolve(self, subj: Token) -> Speaker:
        if subj.lower_ in {"who", "which", "that"} and subj.head.dep_ in {"relcl", "acl"} and subj.head.head != subj:
            return self.resolve(subj.head.head)  # "Harvey, who acknowledged …": the noun the clause modifies
        if subj.lower_ == "they":
            return self.group(subj)
        if (subj.pos_ == "PRON" and not _misread_name(subj)) or subj.lower_ in PRONOUN_GENDER:
            g = PRONOUN_GENDER.get(subj.lower_)
            return self.antecedent(subj.idx, g) if g else Speaker(None, None)
        if subj.like_num or subj.pos_ == "NUM" or subj.lower_ in {"a.m.", "p.m.", "am", "pm"}:
            # A share of a group ("Six in 10 voters say") speaks for it; "1:50 p.m." opening a live-blog
            # entry is no speaker.
            share = list(subj.subtree)
            if any(t.lower_ == "in" for t in share) and sum(t.like_num for t in share) >= 2:
                words = self.text[share[0].idx:share[-1].idx + len(share[-1].text)]
                return Speaker(words, None)
            return Speaker(None, None)
        named = self._named_in(subj)
        if named is not None:
            return named
        if (subj.ent_type_ in {"DATE", "TIME"} and "old" not in subj.lower_) or _dateline(self.text, subj):
            return Speaker(None, None)  # "Saturday at the convention said", "WASHINGTON (AP) —": no one
        start, end = phrase(subj)
        text = self.text
        for m in self.mentions:
            if m.start <= subj.idx < m.end:
                if m.label == "person":
                    return Speaker(m.text, Span(self.article_id, m.start, m.end, m.text))
                return Speaker(text[start:end], Span(self.article_id, m.start, m.end, m.text))
        if subj.pos_ == "PROPN":
            return Speaker(text[start:end], Span(self.article_id, start, end, text[start:end]))
        # A description: linkable when it is a definite role ("the Ukrainian president"), else just words.
        words = text[start:end]
        role = subj.lower_ in ROLE_NOUNS and words.lower().startswith("the ")
        return Speaker(words, Span(self.article_id, start, end, words) if role else None)

    def quoted_at(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.inside)

    def person_at(self, token: Token) -> Mention | None:
        return next((m for m in self.mentions if m.start <= token.idx < m.end and m.label == "person"), None)

    def _named_in(self, subj: Token) -> Speaker | None:
        """The person a description, title, place or date subject stands beside as its appositive or
        conjunct ("Democratic candidate Senator Jane Roe (D-VT) stated", "GOP contender and former surgeon
        John Roe responded", "LONDON (AP) – Vice President John Roe hit …"): that person speaks."""
        if self.person_at(subj) is not None:
            return None
        for child in subj.children:
            if child.dep_ in {"appos", "conj"} and child.i < subj.head.i and child.pos_ == "PROPN":
                m = self.person_at(child)
                if m is not None and is_name(m.text):
                    return Speaker(m.text, Span(self.article_id, m.start, m.end, m.text))
        return None

    def is_person(self, speaker: Speaker) -> bool:
        """Whether a speaker is (or may be) a person: not a name tagged as an organisation or a place."""
        m = speaker.mention
        if m is None:
            return False
        return not any(o.start <= m.start < o.end and o.label != "person" and key(o.text) not in self.person_keys
                       for o in self.mentions)

    def group(self, pronoun: Token, window: int = 400) -> Speaker:
        """What "they" stands for: the nearest plural noun phrase before it in its paragraph or the one
        before ("The groups say …. They argue"), when that phrase is the subject of a main clause or of a
        speech verb; when the nearest plural is something else ("asked workers if they …", "who consider
        the results historic. They …") the pronoun may be either, so no one is named."""
        text = self.text
        para = text.rfind("\n\n", 0, pronoun.idx)
        para = text.rfind("\n\n", 0, para) + 1 if para > 0 else 0
        for tok in reversed(self.doc[:pronoun.i]):
            if tok.idx < max(para, pronoun.idx - window):
                break
            if tok.dep_ == "compound" or tok.lower_ in _PRONOUNS or self.quoted_at(tok.idx):
                continue
            plural = tok.tag_ in {"NNS", "NNPS"} or (
                tok.dep_ in _SUBJECT_DEPS and any(c.dep_ == "conj" for c in tok.children))
            if not plural:
                continue
            main = tok.dep_ in _SUBJECT_DEPS and (tok.head.dep_ == "ROOT" or tok.head.lemma_ in SPEECH)
            return self.resolve(tok) if main else Speaker(None, None)
        return Speaker(None, None)

    def antecedent(self, pos: int, gender: Gender, window: int = 1500) -> Speaker:
        """The person a he/she refers to: the nearest earlier subject of that gender, else the nearest such
        person; a nearer subject of unknown gender in a later paragraph than that pick ("Reynolds says …
        she says") is more likely the one meant. Unknown gender only as a last resort, when one person
        alone is in view."""
        earlier = [m for m in self.people if pos - window <= m.start < pos]
        if not earlier:
            return Speaker(None, None)
        known = [m for m in earlier if self.may_be(m, gender)]
        subjects = [m for m in known if self._is_subject(m)]
        pick = subjects[-1] if subjects else known[-1] if known else None
        unsure = [m for m in earlier if self.gender_of(m) is None and not self.may_be(m, gender)
                  and self._is_subject(m) and (pick is None or m.start > pick.end)
                  and (pick is None or self.text.rfind("\n", 0, m.start) > pick.start)]
        if pick is not None and unsure:
            pick = unsure[-1]
        if pick is None:
            # Else the nearest subject of unknown gender, when no one of the other gender came after it.
            unknown = [m for m in earlier if self.gender_of(m) is None and self._is_subject(m)]
            if unknown and not any(m.start > unknown[-1].start and self.gender_of(m) for m in earlier):
                pick = unknown[-1]
        if pick is None:
            return Speaker(None, None)
        return Speaker(self.full_name(pick, gender), Span(self.article_id, pick.start, pick.end, pick.text))

    def _is_subject(self, m: Mention, main: bool = False) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.dep_ in {"compound", "appos"}:
            root = root.head
        # The subject of a main clause or of a speech verb, not of a clause reported inside it.
        if main:
            return root.dep_ in _SUBJECT_DEPS and root.head.dep_ == "ROOT"
        return root.dep_ in _SUBJECT_DEPS and (root.head.dep_ == "ROOT" or root.head.lemma_ in SPEECH)
