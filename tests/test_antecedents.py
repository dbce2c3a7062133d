"""He/she antecedents on sentences written for these tests: a name the resolver knows no person for standing
between a pronoun and the person it would otherwise pick, the last resort of a person of unknown gender, the
people a pronoun speaks about before it, the person described, not named, whom a he or she with no name
in view stands for, the owner a his/her in a list goes on from, and no one in a photo's caption."""

from __future__ import annotations

import pytest

from newsdossier.analyse import mentions_of, nlp
from newsdossier.extract.quotemarks import find_quoted
from newsdossier.extract.speakers import Resolver
from newsdossier.model import Mention


def resolve(text: str, words: str, mentions: list[tuple[str, str]] | None = None) -> str | None:
    """The name the resolver gives the pronoun that opens ``words``, its quotes marked as the extractor marks
    them; ``mentions`` (text, label) replace the tagger's where given, each at its first occurrence."""
    doc = nlp()(text)
    found = mentions_of(doc, "t") if mentions is None else [
        Mention("t", text.index(m), text.index(m) + len(m), m, label) for m, label in mentions]
    resolver = Resolver(doc, "t", found, [(q.start, q.end) for q in find_quoted(text)])
    pronoun = next(t for t in doc if t.idx == text.index(words))
    return resolver.resolve(pronoun).name


# (text, the pronoun's words, mentions as the tagger gave them, the person named or None).
STRANGERS = {
    # "Chatwal" is no mention; the organisation "Ravi Chatwal" gives it as a surname: he may be Chatwal.
    "the surname of an organisation's mention": (
        "Judge Amos Berman heard the case. The hotelier Ravi Chatwal pleaded guilty in May. Chatwal was "
        "trying to buy influence. He had said that money buys votes.", "He had said",
        [("Amos Berman", "person"), ("Ravi Chatwal", "organization")], None),
    # The parser's person the tagger took for a place: he may be Dole.
    "a person the tagger took for a place": (
        "Senator Hal Brook answered first. Dole dodged the question and smiled. \"Ask me later,\" he said.",
        "he said", [("Hal Brook", "person"), ("Dole", "place")], None),
    "a name its appositive calls a body": (
        "Tom Hart spoke on Monday. Carter, the polling firm, wrote that the talks had failed. He said the "
        "talks would go on.", "He said", [("Tom Hart", "person"), ("Carter", "place")], "Tom Hart"),
    # The same name as a place the text goes to is no one a pronoun means.
    "a place the text also goes to": (
        "Mayor Tom Hart has lived in Carter since 2001. Carter became his home. He said the town was kind.",
        "He said", [("Tom Hart", "person"), ("Carter", "place")], "Tom Hart"),
    "a name inside a quote": (
        "Judge Amos Berman heard the case. The hotelier Ravi Chatwal was there. The judge was blunt. \"Chatwal "
        "was late again.\" He had said that the hearing would be short.", "He had said",
        [("Amos Berman", "person"), ("Ravi Chatwal", "organization")], "Amos Berman"),
}


@pytest.mark.parametrize(("text", "words", "mentions", "expected"), STRANGERS.values(), ids=STRANGERS.keys())
def test_a_name_known_as_no_person_between_stops_the_pick(text: str, words: str, mentions: list[tuple[str, str]],
                                                           expected: str | None) -> None:
    assert resolve(text, words, mentions) == expected


def test_a_person_of_unknown_gender_named_in_full_just_before_is_the_last_resort() -> None:
    text = ("Fuel prices worry Mr. Ivo Brandt. Budget cuts are the last thing Senator Ryl Quill wants to hear "
            "about. She said the schools would suffer.")
    mentions = [("Ivo Brandt", "person"), ("Ryl Quill", "person")]
    assert resolve(text, "She said", mentions) == "Ryl Quill"
    # Not a lone first or group name ("her first child, Arabella"), nor someone further back.
    assert resolve(text.replace("Ryl Quill", "Quill"), "She said", [("Ivo Brandt", "person"),
                                                                      ("Quill", "person")]) is None
    farther = text.replace(" She said", " The bill passed. Taxes rose. She said")
    assert resolve(farther, "She said", mentions) is None
    # Further back, still her where the pronouns after her name, the first next to it, are all hers.
    echoed = text.replace(" She said", " Her district needs them. The bill passed. Taxes rose. She said")
    assert resolve(echoed, "She said", mentions) == "Ryl Quill"
    assert resolve(echoed.replace("Her district", "His district"), "She said", mentions) is None


# (text, the pronoun's words, the person named).
REPORTED_FIRST = {
    # Dan Price is whom the pronoun speaks about, not the pronoun; the subject of what it says may be it.
    "an object of the clause the pronoun reports before it": (
        "Mayor Ann Cole opened the session. Former Rep. Tom Hale backed Dan Price until the governor quit, "
        "he said on Monday.", "he said", "Tom Hale"),
    "a subject speaking of someone else": (
        "Tom Hale spoke first. The plan would hurt Dan Price, he said.", "he said", "Tom Hale"),
}


@pytest.mark.parametrize(("text", "words", "expected"), REPORTED_FIRST.values(), ids=REPORTED_FIRST.keys())
def test_whom_a_pronoun_reports_about_before_it_is_not_it(text: str, words: str, expected: str) -> None:
    mentions = [(m, "person") for m in ("Ann Cole", "Tom Hale", "Dan Price") if m in text]
    assert resolve(text, words, mentions) == expected


# (text, the pronoun's words, the description named or None): a he/she no name fits is the person described,
# not named, who was the subject just before, and no one where that description is of the other gender.
DESCRIBED = {
    "someone described who spoke": (
        "A spokesman for the mayor said the budget was sound. He added that taxes would not rise.", "He added",
        "A spokesman for the mayor"),
    "carried on by he subjects": (
        "One farmer said he had lost half his crop. He was unable to sell the rest, he said.", "he said",
        "One farmer"),
    "the subject of the main clause": (
        "The head of the nurses union is worried about the cuts, because she thinks the wards will close.",
        "she thinks", "The head of the nurses union"),
    "a description of the other gender": (
        "A spokeswoman for the mayor said the budget was sound. He added that taxes would not rise.",
        "He added", None),
    "a person named since": (
        "A spokesman for the mayor said the budget was sound. Tom Hart disagreed. He added that taxes would "
        "rise.", "He added", "Tom Hart"),
}


@pytest.mark.parametrize(("text", "words", "expected"), DESCRIBED.values(), ids=DESCRIBED.keys())
def test_he_or_she_with_no_name_is_someone_described_just_before(text: str, words: str,
                                                                 expected: str | None) -> None:
    assert resolve(text, words) == expected


def test_he_is_not_an_outlet_the_tagger_took_for_a_person() -> None:
    # "Gazettely" reports, has no gender and no known surname: an outlet, never the "he" after it.
    text = ("Senator Ben Dorsey spoke on Monday.\n\nGazettely reported that the vote was close.\n\n"
            "\"We will win it,\" he said.")
    got = resolve(text, "he said", [("Ben Dorsey", "person"), ("Gazettely", "person")])
    assert got == "Ben Dorsey"


# (text, the pronoun's words, the person named): whom a subject he/she stands for.
SPEAKERS_BEFORE = {
    # The parser hangs "Reed fired back" on the quote's verb after the colon: still the main clause.
    "a narrator's clause before a colon and a quote": (
        "Senator Tom Reed and Mayor Dan Hale met voters on Monday.\n\n\"The party worked for years to pass the "
        "law,\" Hale said. \"I don't want to see it repealed.\"\n\nReed fired back with a sharp retort: \"Nobody "
        "is cutting this up. We will move ahead.\" He lamented that the costs of care here are far higher than "
        "abroad.", "He lamented", "Tom Reed"),
    # "The company's plant" is no description of a person, and the he of an earlier paragraph carries no one
    # past the welder named just before.
    "a person named in the sentence before whose subject is a thing": (
        "Mr. Hale runs the company. He said profits rose.\n\nThe company's plant near Dover, where a welder "
        "named Sam Ortiz works, hums all day. ''The pay is fair,'' he said.", "he said", "Sam Ortiz"),
    # The last to speak before "She added" is the judge, in a "who told" clause.
    "the person a who-told clause describes": (
        "Mary Cole said she was sorry. She has since apologized for what happened: \"I made a mistake. I take "
        "full responsibility.\"\n\nAny charge would involve Judge Ann Ruiz, who told senators when asked last "
        "month about the case: \"That matter is being handled by career lawyers. They follow the evidence and "
        "they will advise me when the time is right.\"\n\nShe added, \"We will weigh every fact.\"", "She added",
        "Ann Ruiz"),
}


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS_BEFORE.values(), ids=SPEAKERS_BEFORE.keys())
def test_he_or_she_stands_for_the_last_to_speak_or_be_named(text: str, words: str, expected: str) -> None:
    assert resolve(text, words) == expected


# A his/her that lists one more thing of the person whose thing opens the list (not the sentence before's
# subject), unless another person of the gender is named in its sentence first.
LISTED_OWNERS = {
    "the owner of the first thing listed": (
        "Senator Paul Grady chaired the panel on Monday. After a week of missteps - including Mayor Tom Reed's "
        "claim that the vote was rigged; his attack on a local judge; and his vow that the city would secede - "
        "the mayor began to apologize.", "his vow", "Tom Reed"),
    "another man named in the sentence first": (
        "Senator Paul Grady chaired the panel on Monday. As Dan Hale watched, Mayor Tom Reed's claim that the "
        "vote was rigged and his vow that the city would secede drew jeers.", "his vow", "Paul Grady"),
}


@pytest.mark.parametrize(("text", "words", "expected"), LISTED_OWNERS.values(), ids=LISTED_OWNERS.keys())
def test_a_possessive_in_a_list_is_the_owner_of_its_first_thing(text: str, words: str, expected: str) -> None:
    assert resolve(text, words) == expected


def test_no_one_in_a_photo_caption_is_a_pronoun_antecedent() -> None:
    text = ("Coach Dan Hale said the team had trained hard all winter.\n\nAl Ruiz/Reuters.\n\nReferee Tom Booker "
            "waves a yellow card during the final on Sunday in Leeds.\n\n\"We earned every point,\" he added.")
    mentions = [("Dan Hale", "person"), ("Al Ruiz", "person"), ("Tom Booker", "person")]
    assert resolve(text, "he added", mentions) == "Dan Hale"


def test_it_that_recommends_is_the_body_that_spoke_before() -> None:
    text = ('The Riverside Tenants Union opposed the rent rise.\n\n'
            '"Freeze the rents for two years," it recommended. "Then review them."')
    assert resolve(text, "it recommended") == "The Riverside Tenants Union"


def test_a_name_qualifying_a_thing_in_the_subjects_phrase_does_not_stop_its_gender_vote() -> None:
    # "Kestrel" speaks but the tagger took it for a place: it is a person only once a pronoun gives it a
    # gender, and "Golden Boot" inside its own phrase only names an award, not someone the "she" may be.
    text = ("Coach Dan Hale praised the squad on Sunday.\n\nMeanwhile Kestrel, who was given the Golden Boot "
            "award, spoke about the season. \"We never stopped believing in the plan,\" she said.")
    mentions = [("Dan Hale", "person"), ("Kestrel", "place"), ("Golden Boot", "person")]
    assert resolve(text, "she said", mentions) == "Kestrel"


def test_a_pronoun_in_the_subjects_phrase_after_a_qualifying_name_gives_it_no_gender() -> None:
    # "her" after "a Lund campaign aide" is Lund's, and the "her" in the quote votes for no one: Osei is
    # not made a woman, so the "he" later may still be Osei.
    text = ("Mayor Ida Lund won again. \"It was a close race for her,\" said Sol Osei, a Lund campaign aide "
            "during her first run. \"It will not be close for her next time.\"\n\nThe council met on Friday. "
            "Osei said the vote was fair. \"We counted every ballot,\" he said.")
    mentions = [("Ida Lund", "person"), ("Sol Osei", "person"), ("Lund", "person"), ("Osei", "person")]
    assert resolve(text, "he said", mentions) == "Sol Osei"


def test_a_word_ending_in_ms_before_a_name_is_no_title() -> None:
    # "programs." ends in "ms." but is no "Ms.": Okafor is of no known gender, and the "he" may be Okafor.
    text = ("The board approved both new programs.\n\nOkafor welcomed the decision. \"It is long overdue,\" he "
            "said.")
    assert resolve(text, "he said", [("Okafor", "person")]) == "Okafor"


@pytest.mark.parametrize(("text", "words", "expected"), [
    # The parser hangs the clause before the semicolon on the one after it: its subject is still the
    # sentence's subject, and outranks a man named only as an owner in an object since.
    ("Senator Tom Vale backs a tax on private jets; Mrs. Ruiz wants to extend Governor Ken Hale's fuel "
     "rebate.\n\nHe says that the jets burn far too much fuel.", "He says", "Tom Vale"),
    ("Mayor Dan Ortiz favours new tolls on the bridge; Ms. Lane prefers to keep Mr. Reed's parking plan.\n\n"
     "He argues that the tolls would pay for repairs within a decade.", "He argues", "Dan Ortiz"),
])
def test_the_subject_before_a_semicolon_is_a_subject(text: str, words: str, expected: str) -> None:
    assert resolve(text, words) == expected


def test_one_a_who_clause_says_spoke_is_a_subject() -> None:
    # Pratt is no subject of "was", but the "who said" clause makes him the one who spoke: the "he said"
    # after is his, not that of a man named inside the clause.
    text = ("First there was the magazine's senior critic Owen Pratt, who, after a quarrel with Mr. Lowe over "
            "Mr. Greer, said on a podcast that ''the whole festival had lost its nerve.''\n\nThose who watch "
            "nothing but ''safe family films,'' he said, end up with a cinema that ''no longer surprises "
            "anyone.''")
    assert resolve(text, "he said") == "Owen Pratt"


@pytest.mark.parametrize(("first", "surname"), [("Martin", "Joyce"), ("Oscar", "Beverly")])
def test_a_surname_alone_that_is_also_a_womans_first_name_has_no_gender_of_its_own(first: str,
                                                                                    surname: str) -> None:
    # "Joyce" alone after "Martin Joyce" is his surname, not a woman's first name: the "He" after is his.
    text = (f"Two neighbours, {first} {surname} and Anna Dorn, opposed the new mast. Mayor Tom Bright backed "
            f"it.\n\nReached on Friday, {surname} — who runs a bakery on the square — told the paper he would "
            "keep objecting. He said, however, that he would not sue the town.")
    assert resolve(text, "He said, however") == f"{first} {surname}"


def test_a_name_set_off_after_a_description_names_the_one_described() -> None:
    # The parser may hang "Thomas Becker" on the senator the farmer backs, not on "One farmer", and the tagger
    # may miss the name: set off by commas before "said", it is still the farmer's, so the "He" after is
    # Becker, not a description (nor Hale, whom he backs).
    text = ("Senator Mark Hale toured the county on Monday, but he drew small crowds.\n\nOne farmer who backs Mr. "
            "Hale, Thomas Becker of Dane County, said he had lost half his crop. He has sold most of his cattle "
            "since June, he said.")
    mentions = [("Mark Hale", "person"), ("Dane County", "place")]
    assert resolve(text, "He has sold", mentions) == "Thomas Becker"


@pytest.mark.parametrize(("role", "expected"), [
    # "the nominee" who speaks between Mayor Voss and "he" cannot be the mayor; the text called Harlan that
    # before Voss came in, so "he went on" is Harlan's
    ("Republican nominee", "Walter Harlan"),
    # "the mayor" who speaks may well be Mayor Voss himself: the "he" after stays his
    ("mayor", "Peter Voss"),
])
def test_a_role_said_between_the_pick_and_the_pronoun_must_fit_the_picks_title(role: str, expected: str) -> None:
    text = (f"Walter Harlan and his aides laid out the {role.split()[-1]}'s plan for the port on Monday.\n\nHarlan "
            "wants Mayor Peter Voss to reopen the old ferry line. Voss closed it in 2019.\n\n\"It was a mistake "
            f"to shut it,\" the {role} said in an interview with a station.\n\n\"We should open it again this "
            "summer,\" he went on.")
    assert resolve(text, "he went on") == expected
