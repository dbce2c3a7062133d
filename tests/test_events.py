"""Dated events: date expressions, their resolution against the publication date, and events on the seeds."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.analyse import nlp
from newsdossier.corpus import Corpus
from newsdossier.extract import events
from newsdossier.extract.dates import find_dates, parse_iso, resolve, resolve_weekday
from newsdossier.extract.events import extract_events
from newsdossier.model import Article

GOLDEN = Path(__file__).parent / "golden" / "events_seeds.json"
WEDNESDAY = date(2025, 8, 13)


def dated(sentence: str, published: str | None = "2025-08-13") -> tuple[str | None, str | None]:
    """(date, date_text) of the one event in ``sentence``."""
    article = Article("t.txt", 0, sentence, published=published)
    [event] = extract_events(article, nlp()(sentence))
    assert sentence[event.start:event.end] == event.text
    return event.date, event.date_text


@pytest.mark.parametrize("sentence, expected", [
    ("The leaders last met on June 28, 2019 in Osaka.", ("2019-06-28", "June 28, 2019")),
    ("They met on 28 June 2019.", ("2019-06-28", "28 June 2019")),
    ("She left the city in April 2022 with her son.", ("2022-04", "April 2022")),
    ("The region has been contested since 2014.", ("2014", "since 2014")),
    ("In Helsinki, 2018, the two men met.", ("2018", "2018")),
    ("He doubted the 2016 election was fair.", ("2016", "2016")),
    ("The mayor resigned on Friday.", ("2025-08-08", "on Friday")),
    ("The mayor will resign on Friday.", ("2025-08-15", "on Friday")),
    ("The mayor is set to resign on Friday.", ("2025-08-15", "on Friday")),
    ("This Friday, the council meets in Lviv.", ("2025-08-15", "This Friday")),
    ("The minister spoke last Wednesday.", ("2025-08-06", "last Wednesday")),
    ("The minister said Tuesday that talks had stalled.", ("2025-08-12", "Tuesday")),
    ("On Thursday afternoon, the general warned of losses.", ("2025-08-07", "On Thursday afternoon")),
    ("Officials might join Monday's meeting.", ("2025-08-18", "Monday's")),
    ("Monday's meeting ended without a deal.", ("2025-08-11", "Monday's")),
    ("The town was captured last year.", ("2024", "last year")),
    ("The war began 11 years ago.", ("2014", "11 years ago")),
    ("The war began three years ago.", ("2022", "three years ago")),
    ("Earlier this week, the governor visited the front.", ("2025-08", "Earlier this week")),
    ("The talks take place today.", ("2025-08-13", "today")),
    ("The convoy arrived yesterday.", ("2025-08-12", "yesterday")),
    ("Prices rose last month.", ("2025-07", "last month")),
    ("The bridge reopened on June 28.", ("2025-06-28", "June 28")),
    ("The bridge closed in October.", ("2024-10", "in October")),
])
def test_dates_resolve_against_the_publication_date(sentence: str, expected: tuple[str, str]) -> None:
    assert dated(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The mayor resigned on Friday.", (None, "on Friday")),
    ("The town was captured last year.", (None, "last year")),
    ("The war began 11 years ago.", (None, "11 years ago")),
    ("The leaders last met on June 28, 2019 in Osaka.", ("2019-06-28", "June 28, 2019")),
    ("The region has been contested since 2014.", ("2014", "since 2014")),
])
def test_without_a_publication_date_relative_dates_stay_unresolved(sentence: str, expected: tuple) -> None:
    assert dated(sentence, published=None) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The mayor said she would file a complaint on Tuesday.", "2025-08-19"),
    ("He said the firm was going to publish its logs on Friday.", "2025-08-15"),
    ("She said the report was due to be released on Friday.", "2025-08-15"),
    ("The minister was set to visit the town on Friday.", "2025-08-15"),
    ("They planned to meet on Friday.", "2025-08-15"),
    ("He said the committee were to meet on Friday.", "2025-08-15"),
    ("The mayor said she filed a complaint on Tuesday.", "2025-08-12"),
    ("She said on Tuesday that the firm would pay.", "2025-08-12"),
])
def test_future_in_the_past_looks_forward_from_the_report(sentence: str, expected: str) -> None:
    """"would", "was going to", "was due to", "planned to", "were to": ahead of the publication date."""
    assert dated(sentence)[0] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The mayor said she would file a complaint on Tuesday", "2025-08-19"),
    ("The mayor said she filed a complaint on Tuesday", "2025-08-12"),
])
def test_future_in_the_past_without_a_parse(sentence: str, expected: str) -> None:
    [event] = extract_events(Article("t.txt", 0, sentence, published="2025-08-13"))
    assert event.date == expected


@pytest.mark.parametrize("text", [
    "The brigade lost 2,000 soldiers.", "Some 2019 troops were moved.", "Prices may rise.",
    "The 2020s were hard.", "They sent 32,000 troops.", "Flat 2014, Kyiv",
])
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    assert [d.text for d in find_dates(text)] == []


def test_a_sentence_with_several_dates_takes_the_most_precise() -> None:
    assert dated("Fighting that began in 2014 flared again on June 28, 2019.") == ("2019-06-28", "June 28, 2019")


def test_events_are_sentences_within_one_line() -> None:
    text = "Headline without a date\nThe council met on Friday. Nothing else happened.\nSince 2014 it is calm."
    found = extract_events(Article("t.txt", 0, text, published="2025-08-13"), nlp()(text))
    assert [(e.text, e.date) for e in found] == [("The council met on Friday.", "2025-08-08"),
                                                 ("Since 2014 it is calm.", "2014")]


def test_events_without_a_doc_use_plain_sentences() -> None:
    text = "The council met on Friday. It will meet again on Monday."
    found = extract_events(Article("t.txt", 0, text, published="2025-08-13"))
    assert [(e.text, e.date) for e in found] == [("The council met on Friday.", "2025-08-08"),
                                                 ("It will meet again on Monday.", "2025-08-18")]


def test_run_extracts_from_fresh_articles_only() -> None:
    old = Article("old.txt", 0, "It rained on Friday.", published="2025-08-13")
    new = Article("new.txt", 0, "It snowed on Friday.", published="2025-08-13")
    corpus = Corpus(articles=[old, new], new_articles={new.id}, docs={new.id: nlp()(new.text)})
    events.run(corpus)
    assert [(e.article, e.date) for e in corpus.events] == [(new.id, "2025-08-08")]


def test_parse_iso_accepts_dates_and_timestamps_only() -> None:
    assert parse_iso("2025-08-15T10:00:00Z") == date(2025, 8, 15)
    assert parse_iso("15 August") is None and parse_iso(None) is None


@given(st.dates(min_value=date(1900, 1, 8), max_value=date(2100, 12, 24)), st.integers(0, 6),
       st.sampled_from(["past", "future"]), st.booleans())
def test_a_resolved_weekday_has_that_weekday_and_lies_within_a_week(reference: date, weekday: int, tense: str,
                                                                     strict: bool) -> None:
    got = resolve_weekday(weekday, reference, tense, strict)  # type: ignore[arg-type]
    assert got.weekday() == weekday
    gap = (got - reference) if tense == "future" else (reference - got)
    assert timedelta(days=1 if strict else 0) <= gap <= timedelta(days=7 if strict else 6)


@given(st.text(max_size=200), st.one_of(st.none(), st.dates()), st.sampled_from(["past", "future"]))
def test_finding_and_resolving_never_raises_and_gives_iso(text: str, reference: date | None, tense: str) -> None:
    for expr in find_dates(text):
        assert text[expr.start:expr.end] == expr.text
        value = resolve(expr, reference, tense)  # type: ignore[arg-type]
        if value is not None:
            assert len(value) in (4, 7, 10)
            date.fromisoformat(value if len(value) == 10 else value + "-01-01"[len(value) - 4:])
        if reference is None and expr.relative:
            assert value is None


@given(st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
       st.dates(min_value=date(1950, 1, 8), max_value=date(2090, 12, 24)))
def test_weekday_phrases_resolve_to_that_weekday(day: str, reference: date) -> None:
    for phrase in (f"on {day}", f"this {day}", f"last {day}", f"next {day}", f"{day}'s"):
        [expr] = find_dates(f"They met {phrase} again.")
        value = resolve(expr, reference)
        assert value is not None and date.fromisoformat(value).strftime("%A") == day


# --- golden: the seeds, cleaned, without publication dates ---------------------------------------------------

def test_seed_events_match_the_golden_file(seed_paths: list[str]) -> None:
    from newsdossier.clean import to_articles
    from newsdossier.model import RawDocument

    found = []
    for path in seed_paths:
        for article in to_articles(RawDocument(path, Path(path).read_text(encoding="utf-8"), "text")):
            for e in extract_events(article, nlp()(article.text)):
                assert article.text[e.start:e.end] == e.text
                found.append(e)
    golden = json.loads(GOLDEN.read_text())["events"]
    for want in golden:
        hits = [e for e in found if want["near"] in e.text and e.date_text == want["date_text"]]
        assert len(hits) == 1, want
        assert hits[0].date == want["date"], want
    assert len(found) >= len(golden)
