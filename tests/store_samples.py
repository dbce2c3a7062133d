"""A small hand-written dossier (an invented story, sentences written for these tests) with every record
type and every optional field, shared by test_store.py and test_export.py."""

from __future__ import annotations

from typing import Any, TypeVar

from newsdossier.corpus import Corpus
from newsdossier.model import Article, Claim, Entity, Event, Geo, Group, Mention, Quote, Skip, Span

S = TypeVar("S", bound=Span)

GAZETTE = ('Mayor Ilse Varga said "the Orvel dam will hold" after engineers found a 40 cm crack on Tuesday. '
           'About 95 per cent of the reservoir was drained, according to the water board.')
POST = ('"The Orvel dam will hold," Varga told the Post. She added: "Nobody in Brenmoor is in danger." '
        'Engineers say roughly 70-80% of the reservoir has been drained.')
DIGEST = 'Residents of Brenmoor were moved to the <school> hall on Monday & "stayed calm".'


def at(cls: type[S], article: Article, phrase: str, nth: int = 0, **fields: Any) -> S:
    """A record of type ``cls`` over the ``nth`` occurrence of ``phrase`` in ``article``."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(phrase, start + 1)
    return cls(article.id, start, start + len(phrase), phrase, **fields)  # type: ignore[call-arg]


def sample_corpus() -> Corpus:
    gazette = Article("in/gazette.txt", 0, GAZETTE, outlet="Harbour Gazette", title="Dam <b>holds</b>",
                      author="R. Olsen", published="2026-03-04", url="https://gazette.example/dam")
    digest = Article("in/digest.txt", 0, DIGEST, outlet=None, title=None, language=None)
    post = Article("in/digest.txt", 1, POST, outlet="Northline Post", title="Orvel dam",
                   published="2026-03-05")

    varga = at(Mention, gazette, "Ilse Varga", label="person", entity="e-varga")
    varga2 = at(Mention, post, "Varga", label="person", entity="e-varga")
    brenmoor = at(Mention, digest, "Brenmoor", label="place", entity="e-brenmoor")
    brenmoor2 = at(Mention, post, "Brenmoor", label="place", entity="e-brenmoor")
    board = at(Mention, gazette, "the water board", label="organization")
    mentions = [varga, board, brenmoor, varga2, brenmoor2]

    quotes = [
        at(Quote, gazette, "the Orvel dam will hold", kind="direct", speaker="e-varga",
           speaker_name="Ilse Varga", cue="said",
           speaker_mention=Span(varga.article, varga.start, varga.end, varga.text),
           cue_span=at(Span, gazette, "said"), sentence=at(Span, gazette, GAZETTE.split(". ")[0] + ".")),
        at(Quote, post, "The Orvel dam will hold,", kind="direct", speaker="e-varga",
           speaker_name="Ilse Varga", cue="told", speaker_mention=varga2, cue_span=at(Span, post, "told"),
           sentence=at(Span, post, '"The Orvel dam will hold," Varga told the Post.')),
        # A pronoun speaker: the mention points back at the name.
        at(Quote, post, "Nobody in Brenmoor is in danger.", kind="direct", speaker="e-varga",
           speaker_name="Ilse Varga", cue="added", speaker_mention=varga2, cue_span=at(Span, post, "added")),
        at(Quote, digest, "stayed calm", kind="partial"),
    ]
    claims = [
        at(Claim, gazette, "40 cm", value=0.4, unit="m", measure="length of the crack",
           sentence=at(Span, gazette, GAZETTE.split(". ")[0] + ".")),
        at(Claim, gazette, "About 95 per cent of the reservoir", value=95.0, unit="%", hedge="about",
           measure="share of the reservoir drained", attributed_to="the water board"),
        at(Claim, post, "roughly 70-80% of the reservoir", value=70.0, value_max=80.0, unit="%",
           hedge="roughly", measure="share of the reservoir drained", attributed_to="engineers"),
    ]
    events = [
        at(Event, gazette, "engineers found a 40 cm crack on Tuesday", date="2026-03-03",
           date_text="on Tuesday"),
        at(Event, digest, "Residents of Brenmoor were moved to the <school> hall on Monday",
           date="2026-03-02", date_text="on Monday"),
        at(Event, post, "the reservoir has been drained"),
    ]
    entities = [
        Entity("e-varga", "Ilse Varga", "person", aliases=["Varga", "Ilse Varga"], mentions=[varga, varga2]),
        Entity("e-brenmoor", "Brenmoor", "place", geo=Geo(52.5, -1.25, "GB", 2655000),
               mentions=[brenmoor, brenmoor2]),
        Entity("e-lake", "Lake Orvel", "place", geo=Geo(52.0, -1.0)),
    ]
    groups = [
        Group("quote", [quotes[0].id, quotes[1].id], ["Harbour Gazette", "Northline Post"], gazette.id,
              label="the Orvel dam will hold", independent_sources=2),
        Group("claim", [claims[1].id, claims[2].id], ["Harbour Gazette", "Northline Post"], gazette.id,
              status="conflict", label="share of the reservoir drained", independent_sources=2,
              sources=["the water board", "engineers"], note="95% lies outside 70-80%"),
    ]
    skipped = [Skip("in/empty.txt", "empty file"), Skip("in/blob.bin", "binary content")]
    return Corpus(articles=[gazette, digest, post], mentions=mentions, quotes=quotes, claims=claims,
                  events=events, entities=entities, groups=groups, skipped=skipped)
