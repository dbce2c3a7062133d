"""The subject of a speech verb on sentences written for these tests: a participle on the noun it follows,
on names before "all" after "with", after a clause whose subject is a thing, or on a passive whose doer is
named; a conjunct that cannot share a relative pronoun; and a gerund that is itself the subject."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsdossier.analyse import mentions_of, nlp
from newsdossier.extract.speakers import Resolver
from newsdossier.extract.subjects import subject_of


def speaker_of(text: str, word: str) -> str | None:
    """The speaker the resolver names for the subject of the first ``word`` in ``text``."""
    doc = nlp()(text)
    resolver = Resolver(doc, "test.txt", mentions_of(doc, "test.txt"), [])
    verb = next(t for t in doc if t.text == word)
    subj = subject_of(verb, lambda t: resolver.person_at(t) is not None)
    return resolver.resolve(subj).name if subj is not None else None


# (text, the speech verb, the speaker of its subject).
SPEAKERS = {
    "participle on the noun before it": (
        "The photo ran in a weekly column alongside an item suggesting that the mayor had lied.",
        "suggesting", "an item"),
    "participle on what there is": (
        "There is anecdotal evidence suggesting that voters are tired of the race.", "suggesting",
        "anecdotal evidence"),
    "participle after a when clause on a thing": (
        "The first clash came during a rally in Dover, when farmers interrupted the mayor, shouting that the "
        "levy was unfair.", "shouting", "farmers"),
    "conjunct of another tense than the relative clause": (
        "Senators Ann Roe and Tim Park have praised the unions that backed them early and say they will not "
        "run again.", "say", "Ann Roe and Tim Park"),
    "conjunct of another tense under a thing that cannot say it": (
        "The vote will matter most to the fishermen who have long opposed the dam and warned against new "
        "levies.", "warned", "the fishermen"),
    "participle on a passive with a thing as subject": (
        "The mayor's plan was praised by the union, saying it would save jobs.", "saying", "the union"),
    "participle on a passive with a thing as subject, calling": (
        "The new tax was opposed by the farmers union, calling it a disaster for growers.", "calling",
        "the farmers union"),
    "participle on the second object of a passive": (
        "The volunteers were handed printed cards telling them where to stand.", "telling", "printed cards"),
    "names before a floating quantifier after with": (
        "The field is split, with Ann Roe, Tim Park and Jo Lee all saying the rule is too weak.", "saying",
        "Ann Roe"),
    "speech verb the parse hung on a participle of its subject": (
        "Research to be published this month by three labor economists suggests that the minimum wage raised "
        "pay.", "suggests", "three labor economists"),
    "name run into the place before it": (
        "At an event in St. Clairsville, Ohio, 62-year-old Carla Mendes said the tax was unfair.", "said",
        "Carla Mendes"),
    "conjunct of a verb whose subject the parse ran into a place": (
        "At a June campaign event in St. Clairsville, Ohio, 62-year-old Carla Mendes also railed against the "
        "tax, and explained how much it upset her to pay it.", "explained", "Carla Mendes"),
    "conjunct of a verb whose subject stands before an aside": (
        "But even after Warren, responding to a surging Booker, dropped her objection to the debates and "
        "agreed to take part in six, the party held firm.", "agreed", "Warren"),
    "name run into a live blog's time stamp": (
        "Posted by Ann Vale February 6, 2016 9:12PMLopez Says Her Tax Plan Will Not Raise Rents", "Says",
        "Lopez"),
    "name after a live blog's time stamp": (
        "Posted by Ann Vale February 6, 2016 8:38PM Lopez Thinks The Old Mayor Was A Good Manager", "Thinks",
        "Lopez"),
    "people the parse made an appositive of the opening phrase": (
        "At the town hall in Hanoi, a young woman who had been an exchange student in Ohio asked Lang what he "
        "thought of the prospects for trade.", "asked", "a young woman"),
    "people with names the parse made an appositive of the opening phrase": (
        "In addition to Mr. Vale, two Republican members of Congress from Ohio, Ann Roe and Carl Diaz, have "
        "said they will not back Mr. Lang.", "said", "two Republican members of Congress"),
    "verbs of one subject listed with commas": (
        "Mayor Tim Park pledged to be the best builder the city ever had and cast doubt on the official "
        "jobless rate of 4.9 percent, suggested that the real rate could be as high as 40 percent.",
        "suggested", "Tim Park"),
    "infinitive the parse hung on one's own way": (
        "Mayor Tim Park spoke at the fair. He went out of his way to say that Ohio's farm economy had bottomed "
        "out this year, and that it was now recovering.", "say", "Tim Park"),
    # what stays as it was
    "noun after a quoted label, read as a verb": (
        'The analysis relied on thousands of so-called "expenditure" reports that groups are required to file.',
        "reports", None),
    "participle after a listener object": (
        "Senator Ann Roe emailed supporters saying the fight goes on.", "saying", "Ann Roe"),
    "participle on a sign someone holds": (
        "The protesters, carrying signs saying the dam must go, marched to the river.", "saying",
        "The protesters"),
    "participle on what a paper printed": (
        "Politico ran an editor's note on the story saying that the senator had not served.", "saying",
        "Politico"),
    "participle after an appositive of a person": (
        "Maria Lopez was blunt about her dislike of the mayor, Tim Park, saying voters should remove him.",
        "saying", "Maria Lopez"),
    "participle after a clause with a person as subject": (
        "The prince called for the mayor to resign, calling him a disgrace to the city.", "calling",
        "The prince"),
}


@pytest.mark.parametrize(("text", "verb", "expected"), list(SPEAKERS.values()), ids=list(SPEAKERS))
def test_speaker_of_a_speech_verb(text: str, verb: str, expected: str | None) -> None:
    assert speaker_of(text, verb) == expected


def test_a_gerund_subject_takes_no_subject_from_its_head() -> None:
    # the small model's habit: the object of the gerund's purpose clause hung on the head as its subject
    words = "Criticizing police to please activists will alienate voters .".split()
    doc = Doc(nlp().vocab, words=words, spaces=[True] * 8 + [False],
              lemmas="criticize police to please activist will alienate voter .".split(),
              heads=[6, 0, 3, 0, 6, 6, 6, 6, 6],
              deps="csubj dobj aux advcl nsubj aux ROOT dobj punct".split(),
              tags="VBG NN TO VB NNS MD VB NNS .".split(),
              pos="VERB NOUN PART VERB NOUN AUX VERB NOUN PUNCT".split())
    assert subject_of(doc[0]) is None


def quoted_speakers(text: str) -> list[tuple[str, str | None]]:
    """Every quote of ``text`` with its speaker's name, the article pipeline's way."""
    from newsdossier.extract.quotes import extract_quotes  # imported here: this block is appended to the file
    from newsdossier.model import Article
    article = Article("test.txt", 0, text)
    doc = nlp()(text)
    return [(q.text, q.speaker_name) for q in extract_quotes(article, doc, mentions_of(doc, article.id))]


# (text, a phrase of the quote, its speaker): complaints and repetitions report words
COMPLAINED = {
    "groused": ("On Friday, Mayor Tom Alder groused to reporters that the council \"never listens to me\" before "
                "leaving the hall.", "never listens to me", "Tom Alder"),
    "grousing": ("Leaving the hearing, Senator Ruth Vance was heard grousing that the budget was \"a joke on "
                 "taxpayers.\"", "a joke on taxpayers", "Ruth Vance"),
    "repeated": ("Speaking in Oslo, Foreign Minister Ola Berg repeated that his country \"will not pay\" for "
                 "the bridge.", "will not pay", "Ola Berg"),
}


@pytest.mark.parametrize(("text", "phrase", "speaker"), list(COMPLAINED.values()), ids=list(COMPLAINED))
def test_a_complaint_or_a_repetition_reports_words(text: str, phrase: str, speaker: str) -> None:
    hits = [name for quote, name in quoted_speakers(text) if phrase in quote]
    assert hits and all(name == speaker for name in hits), quoted_speakers(text)
