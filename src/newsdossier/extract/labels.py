"""Lead-ins and labels: what introduces a quote from before it ("She said:", "writing on Truth Social:", a
paragraph of its own ending in a colon, a sentence whose subject is a person or organisation ending in one:
"Roe has taken a firm line: '…'"), and lines whose label or tail names their source: "Cecile Richards: '…'"
opening a line or after a dash in a digest line, a kind of source ("Poll: …"), a transcript's speaker label in
capitals ("TAPPER: …"), a headline that quotes and ends on its source ("… 'The Real Threat,' Ann Lee Tells
Farmers"). :class:`LabelFinder` adds these searches to :class:`.cues.CueFinder`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..analyse import verb_lemmas
from ..model import Span
from .asides import trim
from .cues import SENTENCE_END, Cue, CueFinder, is_cue_verb
from .names import ROLE_NOUNS
from .quotemarks import QUOTE_MARKS, Quoted, paragraphs
from .speakers import Speaker
from .subjects import LISTENER, SPEECH, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_DASHES = frozenset({"–", "—", "-", "--"})
_PREPOSITIONS = frozenset({"on", "about", "to", "at", "for", "over", "in", "with", "against", "from",
                           "after"})
_PERSON_OR_ORGANISATION = frozenset({"person", "organization"})
# Headline labels that name a kind of source rather than a name ("Poll: Lee leads in Ohio").
_SOURCE_LABELS = frozenset({"poll", "polls", "report", "study", "survey", "newspaper", "sources", "officials",
                            "police", "experts", "analysts", "witnesses", "aides", "insiders"})
# The end of a headline that names its source: ", Ann Lee Tells Farmers." / ", Ann Lee Says"
_TAIL = re.compile(r"[’'”\"]?,[’'”\"]? (?P<name>(?:[A-Z][\w.’'-]*\s){1,4})"
                   r"(?P<verb>Says|Tells|Warns)\b[^,\n]*$", re.M)
_WORD = re.compile(r"\w")
# Nouns for one person, who may be the subject of a beat before a quote ("her husband cut in.").
_ONE_PERSON = ROLE_NOUNS | frozenset("""husband wife son daughter mother father brother sister man woman
""".split())
# The line that signs and closes a pull quote left open on the line before: '\nJane Roe, Acme Institute."'
_SIGNATURE = re.compile(r"[ \t\xa0]*\n(?P<name>[A-Z][^\n,\"“”‘’]{2,60}?)(?:,[^\n\"“”]{1,80}?)?\.?[\"”]"
                        r"[ \t\xa0]*(?:\n|$)")
# A newsroom's own one-word labels before a colon, which name no source ("UPDATE: …", "Breaking: …").
_NEWSROOM = frozenset({"update", "updated", "updates", "correction", "clarification", "note", "breaking",
                       "exclusive", "developing", "watch", "video", "photos", "related", "previously"})


class LabelFinder(CueFinder):
    """Cue search for lead-ins, labels and headlines over one article."""

    def cue_before(self, q: Quoted) -> Cue | None:
        """He said: '…' / Elina Beketova, a fellow for CEPA, said: '…' / writing on Truth Social: '…'."""
        lead: list[Token] = []
        start, end = self.text.rfind("\n", 0, q.open) + 1, q.open
        if not self.text[start:end].strip():  # the quote opens its paragraph: a lead-in line ending in ":"
            end = len(self.text[:start].rstrip())
            start = self.text.rfind("\n", 0, end) + 1 if self.text[end - 1:end] == ":" else end
        for t in reversed(self.tokens(start, end)):
            if "\n" in t.text or t.text in SENTENCE_END or (t.text in QUOTE_MARKS and self.in_quote(t.idx)):
                break
            lead.insert(0, t)
        lead = [t for t in lead if t.text not in QUOTE_MARKS and not t.is_space]  # "Roe:  '…'": two spaces
        if not lead:
            return None
        if lead[-1].text not in {":", ",", "):"} and lead[-1].lemma_ not in SPEECH:
            return None
        # the last dash between words, not a hyphen in one ("pro-Lee", "(R-Ohio):")
        dash = next((k for k in range(len(lead) - 1, -1, -1)
                     if lead[k].text in _DASHES and self.set_off(lead[k])), None)
        if dash is not None and lead[-1].text == ":":
            # a digest line "Polls Did Predict It - Jane Roe:": its source follows the dash, whatever verb
            # the title before it has
            label = self.headline_cue(lead[dash + 1:])
            if label is not None:
                return label
        verbs = [t for t in lead if is_cue_verb(t) or t.lower_ == "according"
                 or (t.lemma_ == "put" and any(c.lower_ == "it" for c in t.children)  # "as X put it:"
                     and t.tag_ != "VBG")]  # not "putting it into the file:"
        if not verbs:
            label = self.headline_cue(lead[dash + 1:] if dash is not None else lead)
            label = label or self.source_lead(lead[dash + 1:] if dash is not None else lead)
            return label or (self.lead_subject(lead) if lead[-1].text == ":" else None)
        verb = verbs[-1]
        if lead[-1].text == "," and verb.i < lead[-1].i - 6:
            return None  # a clause ending in a comma, too far from its verb to introduce the quote
        cue = self.cue_from(verb)
        if cue.speaker.name is None and verb is lead[0] and verb.lemma_ not in LISTENER:
            cue.speaker = self.inverted(verb, lead)  # "Added the senator: '…'"
        if cue.speaker.name is None and verb is lead[0] and verb.tag_ == "VBG" and len(lead) == 2:
            cue.speaker = self.speaker_before(verb)  # "Lee said it 'was fine.' Adding, '…'"
        return cue

    def beat_before(self, q: Quoted) -> Cue | None:
        """'Lee spoke first, and her aide cut in. "…"': a quote right after a sentence that ends on a person's
        main verb with nothing after it but a particle or adverb (a beat: "Roe laughed.", "Lee shrugged.") is
        that person's, not the speaker's before. Not a verb of a clause within ('"…," Lee said after Roe
        spoke. "…"')."""
        lead = [t for t in self.tokens(max(self.text.rfind("\n", 0, q.open) + 1, q.open - 200), q.open)
                if not t.is_space]
        if len(lead) < 3 or lead[-1].text != "." or self.text[lead[-1].idx + 1:q.open].strip():
            return None
        verb = lead[-2]
        while verb.dep_ in {"prt", "advmod"} and verb.head.i < verb.i:
            verb = verb.head
        top = verb
        while top.dep_ == "conj":
            top = top.head
        # the sentence's own verb (the parse may hang it on the quote before); not one "after Lee spoke."
        own = top.dep_ in {"ROOT", "parataxis"} or self.in_quote(top.head.idx)
        # no object after it ("Lee asked Roe." leads into Roe's answer); an inverted subject may follow
        after = {t.i for c in verb.rights if c.dep_ in {"prt", "advmod", "nsubj"} for t in c.subtree}
        if not own or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ"} or self.in_quote(verb.idx) \
                or any(t.i not in after for t in self.doc[verb.i + 1:lead[-1].i]):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not (self.known_person(subj) or subj.lower_ in {"he", "she"}
                                or subj.tag_ == "NN" and subj.lemma_ in _ONE_PERSON):
            return None
        cue = self.cue_from(verb)
        return cue if cue.speaker.name is not None else None

    def set_off(self, dash: Token) -> bool:
        """Whether a dash token is one between words, not a hyphen inside one ("pro-Lee"): a hyphen counts
        only with a space on each side ("Title - Jane Roe:")."""
        if dash.text != "-":
            return True
        end = dash.idx + len(dash.text)
        return self.text[dash.idx - 1:dash.idx].isspace() and self.text[end:end + 1].isspace()

    def speaker_before(self, participle: Token) -> Speaker:
        """The speaker a participle opening its sentence goes on with: that of the last speech verb of the
        sentence before it on its line ("Roe stated that it 'was fine.' Adding, '…'")."""
        line_start = self.text.rfind("\n", 0, participle.idx) + 1
        k = participle.i - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].text in QUOTE_MARKS):
            k -= 1
        if k < 0 or self.doc[k].idx < line_start:
            return Speaker(None, None)
        verbs = [t for t in self.doc[k].sent if t.i < participle.i and t.idx >= line_start
                 and not self.in_quote(t.idx) and is_cue_verb(t)]
        return self.cue_from(verbs[-1]).speaker if verbs else Speaker(None, None)

    def headline_cue(self, lead: list[Token]) -> Cue | None:
        """"Cecile Richards: '…'" — a line, or a dash in a digest line ("… – Jane Roe: '…'"), that opens with
        a name and a colon (headlines, transcripts, newsletters)."""
        if len(lead) < 2 or lead[-1].text not in {":", "):"}:
            return None
        opens_line = lead[0].idx == self.text.rfind("\n", 0, lead[0].idx) + 1
        if not opens_line and not (lead[0].i > 0 and self.doc[lead[0].i - 1].text in _DASHES):
            return None
        name = _without_affiliation(lead[:-1]) if lead[-1].text == "):" else lead[:-1]
        colon = lead[-1].idx + len(lead[-1].text) - 1
        if len(name) == 1 and name[0].lower_ in _NEWSROOM:
            return None
        joined = self.joined_label(name)
        if joined is not None:  # "Jane Roe and Al Lee:", two authors of one piece
            return Cue(None, colon, colon + 1, joined)
        if not all(t.pos_ == "PROPN" or t.text[:1].isupper()
                   or len(name) > 4 and (t.tag_ in {"IN", "DT", "CC"} or t.lower_ in _PREPOSITIONS) for t in name):
            return None
        if len(name) > 4:  # "Lee on Roe Leaving The Race:": a known name before the topic, in a title-case line
            source = _before_preposition(name)
            if not 0 < len(source) <= 4:
                return None
            speaker = self.label_speaker(source, known=True)
        else:
            speaker = self.label_speaker(name)
        return Cue(None, colon, colon + 1, speaker) if speaker is not None else None

    def joined_label(self, name: list[Token]) -> Speaker | None:
        """The people a label of two names joined by "and" names ("Jane Roe and Al Lee"), as one speaker."""
        cut = next((k for k, t in enumerate(name) if t.lower_ == "and"), None)
        if cut is None or not (0 < cut <= 4 and 0 < len(name) - cut - 1 <= 4) \
                or not all(t.pos_ == "PROPN" for k, t in enumerate(name) if k != cut):
            return None
        return next((s for t in name[:cut] if (s := self.resolver.joined(t)) is not None), None)

    def source_lead(self, lead: list[Token]) -> Cue | None:
        """"From the report: '…'", "More from Lee: '…'": a lead-in of a source alone and a colon quotes it."""
        words = lead[1:] if lead and lead[0].lower_ == "more" else lead
        if len(words) < 3 or words[0].lower_ != "from" or words[-1].text != ":" or len(words) > 7:
            return None
        source = next((c for c in words[0].children if c.dep_ == "pobj"), None)
        if source is None or not all(t.i in {words[0].i, words[-1].i} or t in source.subtree for t in words):
            return None
        speaker = self.resolver.resolve(source)
        colon = words[-1]
        return Cue(None, colon.idx, colon.idx + 1, speaker) if speaker.name is not None else None

    def lead_subject(self, lead: list[Token]) -> Cue | None:
        """A lead-in sentence that ends in a colon with no speech verb: its subject introduces the quote when
        that subject is a person or an organisation ("Kaine has adopted the stance common among Catholics:
        '…'", "Lee released a statement:", "Here's Lee in May:"); a thing as subject ("The timing doesn't
        surprise Lee:") names no one."""
        verbs = [t for t in lead if t.pos_ in {"VERB", "AUX"}]
        # its main verb: the sentence's root, or the verb the parse hung on the quote ("taken" in "Lee has
        # taken a firm line: '…'", read as the quote's clausal complement)
        root = next((t for t in verbs if t.dep_ == "ROOT"), None) or next(
            (t for t in verbs if t.dep_ == "ccomp" and t.head.i > lead[-1].i), None)
        subj = subject_of(root) if root is not None else None
        if len(lead) > 3 and lead[0].lower_ == "here" and lead[1].lower_ in {"'s", "’s", "is"}:
            # "Here's Lee in May 2019: '…'": the one presented speaks, however the parse reads the words
            subj = next((t for t in lead[2:] if t.pos_ in {"PROPN", "NOUN"} and t.dep_ != "compound"), None)
        if subj is None or subj.i < lead[0].i:
            return None
        speaker = self.resolver.resolve(subj)
        if not self.resolver.named_as(speaker, _PERSON_OR_ORGANISATION):
            return None
        colon = lead[-1]
        return Cue(None, colon.idx, colon.idx + 1, speaker)

    def label_speaker(self, label: list[Token], known: bool = False) -> Speaker | None:
        """The speaker a line-opening label before a colon names: "Jane Roe:", "Said Roe:" (the verb is no
        part of the name), "Acme Chief On Lee:" (the chief, not Lee: what follows a preposition is the topic).
        With ``known``, only a person or organisation the entity tagger found, named without the headline verb
        after it (:meth:`name_part`); a name the tagger ran on past it is cut."""
        verb = label[0] if len(label) > 1 and _speech_form(label[0].lower_) else None
        name = label[1:] if verb is not None else label
        name = _before_preposition(name)
        if not name:
            return None
        head = max(name, key=lambda t: (t.pos_ == "PROPN", t.i))
        if known and not any(m.start <= head.idx < m.end and m.label in {"person", "organization"}
                             for m in self.resolver.mentions):
            return None
        if known:
            name = self.name_part(name)
            if not name:
                return Speaker(None, None)  # a headline sentence: what it reports, with no one we trust
            head = max(name, key=lambda t: (t.pos_ == "PROPN", t.i))
        speaker = self.resolver.resolve(head)
        end = name[-1].idx + len(name[-1].text)
        m = speaker.mention
        if m is not None and m.text == speaker.name and m.start <= head.idx < end < m.end:
            speaker = Speaker(self.text[m.start:end], Span(m.article, m.start, end, self.text[m.start:end]))
        if verb is not None and speaker.name is not None and speaker.name.startswith(verb.text + " "):
            cut = len(verb.text) + 1  # the tagger ran the verb into the name ("Stated Roe")
            m = speaker.mention
            same = m is not None and m.text == speaker.name
            span = Span(m.article, m.start + cut, m.end, m.text[cut:]) if m is not None and same else None
            speaker = Speaker(speaker.name[cut:], span)
        return speaker

    def name_part(self, label: list[Token]) -> list[Token]:
        """The name in a title-case headline label, which may go on with its verb and object ("Clinton
        Wades", "Jane Roe Endorses Tom Lee"): the words before the first inflected verb ("Wades",
        "Explained") when a word of them is a name the article gives elsewhere, else nothing (a sentence whose
        subject we cannot trust reports with no speaker); a label with no verb is taken whole ("Acme Rival
        Jane Roe")."""
        line = self.text.rfind("\n", 0, label[0].idx)
        words = {w for m in self.resolver.mentions if m.start <= line or m.start > label[-1].idx
                 for w in m.text.lower().split()}
        verb = next((k for k in range(1, len(label)) if label[k].lower_ not in words
                     and _verb_form(label[k].lower_)), None)
        if verb is None:
            return label
        return label[:verb] if any(t.lower_ in words for t in label[:verb]) else []

    def headlines(self) -> list[tuple[Cue, int, int]]:
        """"Issa: Clinton's 'Honesty Is In Question'" — lines that open with a known name and a colon report
        what that source said — and, in a transcript (two or more lines open with a speaker label in
        capitals, "TAPPER:"), each labelled line is what that speaker said — and pull quotes signed on their
        last line (:meth:`signed`): (cue, start, end) of each."""
        lines = []
        for line_start, line_end in paragraphs(self.text):
            toks = self.tokens(line_start, min(line_end, line_start + 60))
            colon = next((k for k, t in enumerate(toks[:6]) if t.text == ":"), None)
            if colon and not (colon == 1 and toks[0].lower_ in _NEWSROOM):
                lines.append((toks[:colon], toks[colon], line_end))
        transcript = sum(_caps_label(label) for label, _, _ in lines) >= 2
        out = []
        for label, colon_tok, line_end in lines:
            # "EXCLUSIVE – Jane Roe:": the name follows the dash; "Roe at the summit:", "Roe to voters:"
            # name her before the preposition.
            dash = next((k for k in range(len(label) - 1, -1, -1) if label[k].text in _DASHES), -1)
            label = label[dash + 1:]
            name = _before_preposition(label)
            if transcript and _caps_label(label):
                words = self.text[label[0].idx:colon_tok.idx].strip()
                speaker = Speaker(words, self.span(label[0].idx, label[0].idx + len(words)))
            elif len(label) == 1 and label[0].lower_ in _SOURCE_LABELS and label[0].text[:1].isupper():
                speaker = Speaker(label[0].text, None)  # "Poll: …", "Report: …"
            elif name and all(t.text[:1].isupper() for t in name):
                speaker = self.label_speaker(label, known=True)
            else:
                continue
            start, end = trim(self.text, colon_tok.idx + 1, line_end)
            if speaker is not None and end - start >= 8:
                out.append((Cue(None, colon_tok.idx, colon_tok.idx + 1, speaker), start, end))
        return out + self.signed()

    def signed(self) -> list[tuple[Cue, int, int]]:
        """Pull quotes signed on the line that closes them ('"We must act now.\nJane Roe, Acme Institute."'):
        a quote opening its line and left open, then a short line of a name, an affiliation after a comma,
        and the closing mark. (cue, opening mark, end) of each."""
        out = []
        for q in self.quoted:
            m = _SIGNATURE.match(self.text, q.end) if q.close is None and not q.continued else None
            if m is None or self.text[self.text.rfind("\n", 0, q.open) + 1:q.open].strip():
                continue
            name = self.tokens(m.start("name"), m.end("name"))
            if not 0 < len(name) <= 6 or not any(t.pos_ == "PROPN" for t in name) \
                    or any(t.pos_ in {"VERB", "AUX"} for t in name):
                continue
            words = self.text[m.start("name"):m.end("name")].rstrip(" .")
            speaker = Speaker(words, self.span(m.start("name"), m.start("name") + len(words)))
            out.append((Cue(None, m.start("name"), m.start("name") + len(words), speaker), q.open, q.end))
        return out

    def headline_tails(self) -> list[tuple[Cue, int, int]]:
        """Headlines that quote and end on their source ("Dams Are 'The Real Threat,' Ann Lee Tells Farmers"):
        (cue, start, end) of the words before the comma, for each."""
        out = []
        for lo, hi in paragraphs(self.text):
            m = _TAIL.search(self.text, lo, hi)
            words = re.findall(r"[^\W\d_][\w'’-]*", self.text[lo:m.start()]) if m else []
            if m is None or len(words) < 3 or not any(c in QUOTE_MARKS for c in self.text[lo:m.start()]) \
                    or sum(w[0].isupper() for w in words) < 0.7 * len(words):
                continue
            # the name as written: the parse of a title-case line may run the verb into it ("Ann Lee Tells")
            name = self.text[m.start("name"):m.end("name")].rstrip()
            speaker = Speaker(name, self.span(m.start("name"), m.start("name") + len(name)))
            out.append((Cue(None, m.start("verb"), m.end("verb"), speaker),
                        *self.balance(lo, trim(self.text, lo, m.start())[1])))
        return out

    def headline_of(self, q: Quoted, heads: list[tuple[Cue, int, int]]) -> tuple[Cue, int, int] | None:
        """The labelled line whose content holds a quote and words outside it: the whole content is what the
        label's source said ("Lee: 'Of Course' Roe Is Qualified"), the quote a part of it."""
        close = q.close if q.close is not None else q.end
        return next(((c, hs, he) for c, hs, he in heads
                     if hs <= q.open and close < he and (_WORD.search(self.text, hs, q.open)
                                                         or _WORD.search(self.text, close + 1, he))),
                    None)


def _speech_form(word: str) -> bool:
    """Whether a lower-case word is an inflected speech verb ("said", "stated", "replied", "adds"); the tagger
    reads a capitalised one opening a label as part of a name ("Stated Roe:")."""
    stems = {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith(("s", "d")) else set()
    return word in {"said", "says", "wrote", "told"} or bool(stems & SPEECH)


def _verb_form(word: str) -> bool:
    """Whether a lower-case word is a verb inflected as a headline's verb is ("wades", "urges", "explained");
    not a plural noun or a name ("news", "sanders")."""
    stems = {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else set()
    stems |= {word[:-1], word[:-2]} if word.endswith("ed") else set()
    return bool(stems & verb_lemmas())


def _caps_label(label: list[Token]) -> bool:
    """A transcript's speaker label: one to three words in capitals ("TAPPER", "JANE ROE")."""
    return 0 < len(label) <= 3 and all(t.is_alpha and t.is_upper and len(t.text) > 1 for t in label)


def _before_preposition(label: list[Token]) -> list[Token]:
    """A label's words before its first preposition, which the tagger may read as part of a name in title
    case ("Acme Chief On Lee")."""
    cut = next((k for k, t in enumerate(label) if t.tag_ == "IN" or t.lower_ in _PREPOSITIONS), len(label))
    return label[:cut]


def _without_affiliation(name: list[Token]) -> list[Token]:
    """A label's name before the party and state in brackets that close on its colon ("Rep. Jo Roe (R-Ohio):",
    whose "):" is one token); nothing when the brackets hold more than that."""
    cut = next((k for k in range(len(name) - 1, 0, -1) if name[k].text == "("), None)
    if cut is None or len(name) - cut > 6 or not name[cut + 1:] or not name[cut + 1].text[:1].isupper():
        return []
    return name[:cut]
