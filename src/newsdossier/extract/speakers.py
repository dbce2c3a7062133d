"""Speech cues and their speakers: the verb that reports speech, its subject, and what a pronoun refers to.

The subject comes from spaCy's dependency parse (``nsubj``; the ``by`` agent of a passive; for a participle
such as "…, writing on Truth Social:" the subject of the clause it hangs on). A pronoun subject is resolved
to the nearest earlier person of the same gender, preferring one that was itself a subject; gender comes
from a title (Mr, Ms), a first name, or the pronouns that follow the person's mentions. When no single
person fits, the speaker stays unknown: a wrong name is worse than none.
"""

from __future__ import annotations

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
_PARTICLES = frozenset({"de", "da", "di", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "del"})
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
            return "f", 5
        if last.endswith(_SLAVIC[1]):
            return "m", 5
    return None, 0


def key(name: str) -> str:
    """What the mentions of one person share: the last word of the name, lower case, possessive dropped."""
    words = name.replace("’s", "").replace("'s", "").split()
    return words[-1].lower().strip(".,") if words else ""


def is_name(text: str) -> bool:
    """A proper name: every word capitalised but name particles ("Ursula von der Leyen"), no article."""
    words = text.split()
    return bool(words) and words[0].lower() not in {"the", "a", "an"} and all(
        w[:1].isupper() or w in _PARTICLES for w in words)


def subject_of(verb: Token) -> Token | None:
    """The speaker token of a speech verb: its subject, a passive's agent, or the subject of the clause a
    subject-less participle or conjunct hangs on ("…, writing on Truth Social:")."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            return child
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
    if verb.dep_ in {"advcl", "conj", "xcomp", "acl", "prep"} or verb.tag_ == "VBG":
        for anc in verb.ancestors:
            # The clause a participle hangs on lends it its subject ("Lee sought calm, writing …"), even
            # where the parse makes that clause part of the quote that follows; not a clause reported by a
            # speech verb ("Lee argued that a treaty would last, writing …": Lee writes).
            head = anc.i == verb.head.i and not (anc.dep_ == "ccomp" and anc.head.lemma_ in SPEECH)
            if anc.lemma_ in SPEECH or anc.dep_ == "ROOT" or head:
                subj = next((c for c in anc.children if c.dep_ in _SUBJECT_DEPS), None)
                if subj is not None:
                    return subj
                if anc.dep_ == "ROOT":
                    break
    return None


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


class Resolver:
    """Names the speaker for a subject token, resolving pronouns within one article."""

    def __init__(self, doc: Doc, article_id: str, mentions: list[Mention], quoted: list[tuple[int, int]]):
        self.doc = doc
        self.article_id = article_id
        self.text = text = doc.text  # Doc.text is rebuilt on every access: read it once
        self.mentions = sorted((m for m in mentions if m.article == article_id), key=lambda m: m.start)
        person_keys = {key(m.text) for m in self.mentions if m.label == "person"}
        inside = [(s, e) for s, e in quoted]
        # Pronouns refer back to names; descriptions ("the Kyiv-based analyst") are left to entity linking.
        self.people = [m for m in self.mentions
                       if (m.label == "person" or key(m.text) in person_keys) and is_name(m.text)
                       and not any(s <= m.start < e for s, e in inside)]
        self.person_keys = {key(m.text) for m in self.people}
        self.own_gender, self.gender = self._genders(text)
        # The genders the full names of each surname carry (Hillary and Bill Clinton: both).
        self.key_genders: dict[str, set[Gender]] = {}
        for m in self.people:
            if m.start in self.own_gender:
                self.key_genders.setdefault(key(m.text), set()).add(self.own_gender[m.start])

    def _genders(self, text: str) -> tuple[dict[int, Gender], dict[str, Gender]]:
        """Gender per mention (by its own title or first name) and per surname key (by the mentions that
        have one, if they agree — Donald and Melania Trump do not — and by the pronouns that follow)."""
        own: dict[int, Gender] = {}
        votes: dict[str, dict[Gender, int]] = {}
        for m in self.people:
            tally = votes.setdefault(key(m.text), {"m": 0, "f": 0})
            g, weight = name_gender(m.text, text[max(0, m.start - 5):m.start])
            if g:
                own[m.start] = g
                tally[g] += weight
        # The first gendered pronoun after a main-clause subject, before any other person, votes for it.
        starts = [m.start for m in self.people]
        for idx, m in enumerate(self.people):
            if not self._is_subject(m, main=True):
                continue
            stop = starts[idx + 1] if idx + 1 < len(starts) else len(text)
            for tok in self.doc.char_span(m.end, min(stop, m.end + 200), alignment_mode="contract") or []:
                g = PRONOUN_GENDER.get(tok.lower_)
                if g:
                    votes[key(m.text)][g] += 1
                    break
        by_key: dict[str, Gender] = {}
        for k, v in votes.items():
            if v["m"] and v["f"] and min(v["m"], v["f"]) >= 5:
                continue  # two people share the surname
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
        if subj.pos_ == "PRON" or subj.lower_ in PRONOUN_GENDER:
            g = PRONOUN_GENDER.get(subj.lower_)
            return self.antecedent(subj.idx, g) if g else Speaker(None, None)
        if subj.like_num or subj.pos_ == "NUM" or subj.lower_ in {"a.m.", "p.m.", "am", "pm"}:
            return Speaker(None, None)  # "1:50 p.m." opening a live-blog entry is not a speaker
        start, end = phrase(subj)
        text = self.text
        for m in self.mentions:
            if m.start <= subj.idx < m.end:
                cut = m.text.rfind("\n") + 1  # a mention run on from the line above
                m = Mention(m.article, m.start + cut, m.end, m.text[cut:], m.label)
                if m.label == "person":
                    return Speaker(m.text, Span(self.article_id, m.start, m.end, m.text))
                return Speaker(text[start:end], Span(self.article_id, m.start, m.end, m.text))
        if subj.pos_ == "PROPN":
            return Speaker(text[start:end], Span(self.article_id, start, end, text[start:end]))
        # A description: linkable when it is a definite role ("the Ukrainian president"), else just words.
        words = text[start:end]
        role = subj.lower_ in ROLE_NOUNS and words.lower().startswith("the ")
        return Speaker(words, Span(self.article_id, start, end, words) if role else None)

    def is_person(self, speaker: Speaker) -> bool:
        """Whether a speaker is (or may be) a person: not a name tagged as an organisation or a place."""
        m = speaker.mention
        if m is None:
            return False
        return not any(o.start <= m.start < o.end and o.label != "person" and key(o.text) not in self.person_keys
                       for o in self.mentions)

    def antecedent(self, pos: int, gender: Gender, window: int = 1500) -> Speaker:
        """The nearest earlier person of ``gender``, preferring subjects; unknown gender only as a last
        resort, when one person alone is in view."""
        earlier = [m for m in self.people if pos - window <= m.start < pos]
        if not earlier:
            return Speaker(None, None)
        known = [m for m in earlier if self.may_be(m, gender)]
        subjects = [m for m in known if self._is_subject(m)]
        pick = subjects[-1] if subjects else known[-1] if known else None
        # A subject of unknown gender nearer than the pick ("Reynolds says … she says") is more likely the
        # one meant than an earlier name of the right gender.
        unsure = [m for m in earlier if self.gender_of(m) is None and not self.may_be(m, gender)
                  and self._is_subject(m) and (pick is None or m.start > pick.end)]
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
