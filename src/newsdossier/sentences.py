"""Where sentences open, set before spaCy's parser so that it never joins two of them: after every line
break, and after a subheading that a pasted page glued into its paragraph ("… widen the gap. Exploiting an
absence of infantry The breach of the line has seemed inevitable"), whose words would otherwise open the
sentence after it and the quote that sentence holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Tags that make a run a clause, not a heading: a finite verb or a modal.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SENTENCE_ENDS = frozenset('.!?:"”’')
_HEADING_WORDS = range(4, 14)


def line_breaks(doc: Doc) -> Doc:
    """Open a sentence after every line break, so that the parser never joins a headline, a dateline or the
    paragraph before to the next one ("… Was A Sign Of Leadership\nMarco Rubio defended …" made "Rubio" the
    object of "Of"), and after a glued subheading (:func:`after_glued_heading`). The clean stage has joined
    hard-wrapped lines; a break between two lower-case words ("personally\nin caucuses") is still read as
    one."""
    for tok in doc[1:-1]:
        if tok.is_space and "\n" in tok.text:
            after = doc[tok.i + 1]
            if not (after.text[:1].islower() and doc[tok.i - 1].text[-1:].islower()):
                after.is_sent_start = True
        elif after_glued_heading(tok):
            tok.is_sent_start = True
    return doc


def after_glued_heading(tok: Token) -> bool:
    """Whether a capitalised article opens a sentence glued to a subheading: it follows a lower-case word
    with one space between, a lower-case word follows it, and the run before it, back to the last sentence
    end, is four to thirteen words with no finite verb and no punctuation that opens with a capital and no
    determiner or pronoun ("Exploiting an absence of infantry The breach"). An article glued to a name
    ("quote Trump") or after a phrase that is a sentence's subject ("The new research ship The …") is not."""
    doc = tok.doc
    if tok.i < 4 or tok.i + 1 >= len(doc) or tok.tag_ != "DT" or not tok.text.istitle():
        return False
    prev, after = doc[tok.i - 1], doc[tok.i + 1]
    if not (prev.is_alpha and prev.text[:1].islower() and after.is_alpha and after.text[:1].islower()
            and doc.text[prev.idx + len(prev):tok.idx] == " "):
        return False
    start = tok.i - 1
    while start > 0 and tok.i - start < _HEADING_WORDS.stop and doc[start - 1].text[-1:] not in _SENTENCE_ENDS \
            and "\n" not in doc[start - 1].text:
        start -= 1
    run = doc[start:tok.i]
    return (len(run) in _HEADING_WORDS and run[0].text[:1].isupper() and run[0].tag_ not in {"DT", "PRP", "PRP$"}
            and not any(t.tag_ in _FINITE or t.is_punct and t.text not in "-'’" for t in run))
