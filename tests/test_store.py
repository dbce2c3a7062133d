"""The store: exact round-trips, idempotent saves, refusal of foreign files, rollback, search, sync.

Backend-neutral tests run on SQLite, and on PostgreSQL too when NEWSDOSSIER_TEST_PG names a server
(``postgresql://user@host:port/db``; each test gets a fresh schema there, dropped afterwards).
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_samples import DIGEST, at, sample_corpus

from newsdossier.corpus import Corpus
from newsdossier.model import Article, Quote, Skip
from newsdossier.store import SEARCH_KINDS, Store, StoreError, open_store, schema
from newsdossier.store.core import search_terms
from newsdossier.store.schema import APP_ID, MIGRATIONS, VERSION, Migration
from newsdossier.store.sync import persist, recall

PG_ENV = "NEWSDOSSIER_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


@contextmanager
def _pg_schema() -> Iterator[str]:
    """A DSN whose search_path is a new, empty schema on the server named by $NEWSDOSSIER_TEST_PG."""
    dsn = os.environ.get(PG_ENV)
    if not dsn:
        pytest.skip(f"PostgreSQL backend not tested: set {PG_ENV}=postgresql://user@host:port/db")
    psycopg = pytest.importorskip("psycopg")
    schema = f"nd_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{dsn}{'&' if '?' in dsn else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@contextmanager
def _target(backend: str, folder: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield str(folder / "out" / "dossier.sqlite")
    else:
        with _pg_schema() as dsn:
            yield dsn


@pytest.fixture(params=BACKENDS)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with _target(request.param, tmp_path) as where:
        yield where


def _filled(where: str | Path) -> tuple[Store, Corpus]:
    corpus = sample_corpus()
    store = open_store(where)
    store.save_articles(corpus.articles)
    store.save_extractions([a.id for a in corpus.articles], corpus.mentions, corpus.quotes, corpus.claims,
                           corpus.events)
    store.replace_entities(corpus.entities)
    store.replace_groups(corpus.groups)
    store.record_skips(corpus.skipped)
    return store, corpus


@pytest.fixture
def filled(target: str) -> Iterator[tuple[Store, Corpus]]:
    store, corpus = _filled(target)
    yield store, corpus
    store.close()


def _reading_order(corpus: Corpus, records: list) -> list:
    rank = {a.id: i for i, a in enumerate(sorted(corpus.articles, key=lambda a: (a.source, a.segment)))}
    return sorted(records, key=lambda r: rank[r.article])  # stable: keeps each article's own order


def test_every_record_type_round_trips_exactly(filled) -> None:
    store, corpus = filled
    assert store.load_articles() == sorted(corpus.articles, key=lambda a: (a.source, a.segment))
    assert store.load_mentions() == _reading_order(corpus, corpus.mentions)
    assert store.load_quotes() == _reading_order(corpus, corpus.quotes)
    assert store.load_claims() == _reading_order(corpus, corpus.claims)
    assert store.load_events() == _reading_order(corpus, corpus.events)
    assert store.load_entities() == corpus.entities
    assert store.load_groups() == corpus.groups
    assert store.load_skips() == sorted(corpus.skipped, key=lambda s: (s.source, s.reason))
    # Nested spans keep their class: a Mention as speaker_mention stays a Mention with its label and link.
    loaded = {q.id: q for q in store.load_quotes()}
    post_quote = loaded[corpus.quotes[1].id]
    assert type(post_quote.speaker_mention).__name__ == "Mention"
    assert post_quote.speaker_mention.entity == "e-varga"
    assert type(loaded[corpus.quotes[0].id].speaker_mention).__name__ == "Span"


def test_loading_one_articles_records(filled) -> None:
    store, corpus = filled
    digest = next(a for a in corpus.articles if a.text == DIGEST)
    assert store.load_articles([digest.id]) == [digest]
    assert [q.text for q in store.load_quotes([digest.id])] == ["stayed calm"]
    assert store.load_claims([digest.id]) == []


def test_saving_again_adds_nothing_twice(filled) -> None:
    store, corpus = filled
    assert store.save_articles(corpus.articles + corpus.articles) == 0
    store.save_extractions([a.id for a in corpus.articles], corpus.mentions, corpus.quotes, corpus.claims,
                           corpus.events)
    store.record_skips(corpus.skipped)
    counts = {t: store._run(f"SELECT COUNT(*) FROM {t}")[0][0]
              for t in ("articles", "mentions", "quotes", "claims", "events", "skipped", "search_fts")}
    assert counts == {"articles": 3, "mentions": 5, "quotes": 4, "claims": 3, "events": 3, "skipped": 2,
                      "search_fts": 3 + 4 + 3}
    assert store.known_article_ids() == {a.id for a in corpus.articles}


def test_same_text_from_another_input_is_the_same_article(filled) -> None:
    store, corpus = filled
    copy = Article("elsewhere/copy.txt", 3, corpus.articles[0].text)
    assert copy.id == corpus.articles[0].id
    assert store.save_articles([copy]) == 0
    assert store.load_articles([copy.id])[0].source == "in/gazette.txt"


def test_store_is_marked_in_its_header(tmp_path: Path) -> None:
    path = tmp_path / "dossier.sqlite"
    _filled(path)[0].close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APP_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == VERSION
    assert con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall() == [
        (m.version,) for m in MIGRATIONS]
    assert dict(con.execute("SELECT key, value FROM meta")) == {"schema": "newsdossier-store",
                                                                "version": str(VERSION)}
    con.close()


def test_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert MIGRATIONS[-1].version == VERSION


def _with_step(monkeypatch: pytest.MonkeyPatch, step: Migration) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, step))
    monkeypatch.setattr(schema, "VERSION", step.version)


def test_a_new_migration_upgrades_an_old_store_in_place(target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store, corpus = _filled(target)
    store.close()
    _with_step(monkeypatch, Migration(VERSION + 1, "notes on articles",
                                      ("CREATE TABLE notes (article TEXT NOT NULL, body TEXT NOT NULL)",)))
    with pytest.raises(StoreError, match="needs an upgrade"):
        open_store(target, readonly=True)
    with open_store(target) as upgraded:
        assert upgraded.meta()["version"] == str(VERSION + 1)
        assert upgraded._run("SELECT version FROM schema_migrations ORDER BY version") == [
            (v,) for v in range(1, VERSION + 2)]
        assert upgraded._run("SELECT COUNT(*) FROM notes") == [(0,)]
        assert upgraded.load_quotes() == _reading_order(corpus, corpus.quotes)
    if target.endswith(".sqlite"):
        con = sqlite3.connect(target)
        assert con.execute("PRAGMA user_version").fetchone() == (VERSION + 1,)
        con.close()


def test_a_failing_migration_leaves_the_store_as_it_was(target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store, corpus = _filled(target)
    store.close()
    broken = Migration(VERSION + 1, "broken", ("CREATE TABLE fine (x TEXT)", "NOT SQL AT ALL"))
    _with_step(monkeypatch, broken)
    with pytest.raises(StoreError, match="syntax error"):
        open_store(target)
    monkeypatch.undo()
    with open_store(target) as store:
        assert store.meta()["version"] == str(VERSION)
        assert store._run("SELECT version FROM schema_migrations ORDER BY version") == [
            (v,) for v in range(1, VERSION + 1)]
        assert store.load_groups() == corpus.groups
        with pytest.raises(StoreError):
            store._run("SELECT COUNT(*) FROM fine")


def test_a_negated_quote_round_trips(target: str) -> None:
    store, corpus = _filled(target)
    with store:
        denied = replace(corpus.quotes[0], negated=True)
        store.save_extractions([denied.article], [], [denied], [], [])
        assert [(q.text, q.negated) for q in store.load_quotes([denied.article])] == [(denied.text, True)]


def test_the_upgrade_marks_stored_quotes_whose_cue_is_negated(target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store written before quotes had ``negated``: its rows keep their cue, which carries the negation."""
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
    monkeypatch.setattr(schema, "VERSION", 2)
    article = Article("in/old.txt", 0, "Ann did not say. Bo wouldn't say. Cy has never said. Di said. Ed knows.")
    cues = ["did not say", "wouldn't say", "has never said", "said", "knows"]
    with open_store(target) as old, old.transaction():
        old.save_articles([article])
        for n, cue in enumerate(cues):
            old._run("INSERT INTO quotes (id, article, ord, start_pos, end_pos, text, kind, cue) "
                     "VALUES (?, ?, ?, 0, 3, 'Ann', 'indirect', ?)", (f"q-{n}", article.id, n, cue))
    monkeypatch.undo()
    with open_store(target) as upgraded:
        assert [(q.cue, q.negated) for q in upgraded.load_quotes()] == [
            ("did not say", True), ("wouldn't say", True), ("has never said", True), ("said", False),
            ("knows", False)]


def _foreign_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.execute("INSERT INTO notes VALUES ('keep me')")
    con.commit()
    con.close()


def _same_id_other_tables(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APP_ID}")
    con.execute("CREATE TABLE notes (body TEXT)")
    con.commit()
    con.close()


def _corrupt_store(path: Path) -> None:
    """A real store's header followed by garbage: right magic and application id, broken pages."""
    store, _ = _filled(path.with_name("good.sqlite"))
    store.close()
    head = path.with_name("good.sqlite").read_bytes()[:100]
    path.write_bytes(head + b"\x13garbage" * 600)


def _newer_store(path: Path) -> None:
    open_store(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 99")
    con.close()


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p.write_text("just some notes, not a database\n"), "not an SQLite database"),
    (lambda p: p.write_bytes(b""), "is empty"),
    (lambda p: p.write_bytes(b"SQLite format 3\x00" + os.urandom(50)), "not an SQLite database"),
    (_foreign_sqlite, "another application"),
    (_same_id_other_tables, "no newsdossier schema"),
    (_corrupt_store, "corrupt"),
    (_newer_store, "newer newsdossier"),
])
def test_foreign_or_broken_files_are_refused_untouched(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "dossier.sqlite"
    make(path)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    siblings = set(tmp_path.iterdir())
    with pytest.raises(StoreError, match=message) as info:
        open_store(path)
    assert "\n" not in str(info.value)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert set(tmp_path.iterdir()) == siblings  # no journal or temporary file left beside it


def test_foreign_postgres_schema_is_refused_untouched() -> None:
    with _pg_schema() as dsn:
        import psycopg

        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("CREATE TABLE articles (headline TEXT)")
            conn.execute("INSERT INTO articles VALUES ('keep me')")
        with pytest.raises(StoreError, match="another application"):
            open_store(dsn)
        with psycopg.connect(dsn, autocommit=True) as conn:
            assert conn.execute("SELECT table_name FROM information_schema.tables "
                                "WHERE table_schema = current_schema()").fetchall() == [("articles",)]
            assert conn.execute("SELECT headline FROM articles").fetchall() == [("keep me",)]
    with _pg_schema() as empty, pytest.raises(StoreError, match="no store at"):
        open_store(empty, create=False)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not a file"):
        open_store(tmp_path)


def test_missing_store_is_an_error_when_not_creating(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()


def test_readonly_store_reads_but_never_writes(filled, target: str) -> None:
    store, _ = filled
    store.close()
    with open_store(target, readonly=True) as ro:
        assert len(ro.load_articles()) == 3
        with pytest.raises(StoreError, match=r"read-?only"):
            ro.record_skips([Skip("x", "y")])


def test_failed_transaction_leaves_earlier_data(filled) -> None:
    store, corpus = filled
    extra = Article("in/late.txt", 0, "A late report about the Orvel dam.")
    with pytest.raises(RuntimeError), store.transaction():
        store.save_articles([extra])
        store.replace_groups([])
        raise RuntimeError("crash mid-build")
    assert extra.id not in store.known_article_ids()
    assert store.load_groups() == corpus.groups
    assert store.search("late report") == []


def test_records_of_unsaved_articles_are_rejected_before_writing(filled) -> None:
    store, corpus = filled
    stray = Quote("a-missing", 0, 4, "text")
    with pytest.raises(ValueError, match="quotes of articles not being saved"):
        store.save_extractions([corpus.articles[0].id], [], [stray], [], [])
    assert store.load_quotes() == _reading_order(corpus, corpus.quotes)


def test_failure_mid_persist_rolls_back_the_whole_run(target: str, monkeypatch) -> None:
    db = target
    first = sample_corpus()
    first.options["db"] = db
    persist(recall(first))
    first.options["store"].close()

    late_article = Article("in/late.txt", 0, "A late report about the Orvel dam.")
    second = Corpus(articles=[late_article], options={"db": db})
    second = recall(second)
    late = late_article
    second.quotes.append(at(Quote, late, "late report"))
    second.groups = []
    store: Store = second.options["store"]
    monkeypatch.setattr(store, "record_skips", lambda skips: (_ for _ in ()).throw(RuntimeError("disk full")))
    with pytest.raises(RuntimeError, match="disk full"):
        persist(second)
    store.close()
    with open_store(db) as reopened:
        assert late.id not in reopened.known_article_ids()
        assert reopened.load_groups() == first.groups
        assert len(reopened.load_quotes()) == len(first.quotes)


def test_search_finds_articles_quotes_and_claims(filled) -> None:
    store, corpus = filled
    hits = store.search("Orvel dam hold")
    assert {(h.kind, h.id) for h in hits} == {
        ("quote", corpus.quotes[0].id), ("quote", corpus.quotes[1].id),
        ("article", corpus.articles[0].id), ("article", corpus.articles[2].id)}
    claim_hits = store.search("reservoir", kinds=["claim"])
    assert {h.id for h in claim_hits} == {corpus.claims[1].id, corpus.claims[2].id}
    assert {h.label for h in claim_hits} == {"share of the reservoir drained"}
    speaker = store.search("Varga", kinds=["quote"])
    assert {h.id for h in speaker} == {q.id for q in corpus.quotes if q.speaker_name}  # speaker names indexed
    phrase = store.search('"dam will hold"', kinds=["quote"])
    assert len(phrase) == 2 and all("\x02" in h.marked for h in phrase)
    assert store.search('"hold dam will"') == []
    assert store.search("Orvel", limit=1)[0].score >= store.search("Orvel", limit=10)[-1].score


def test_search_snippets_escape_html(tmp_path: Path) -> None:
    store, _ = _filled(tmp_path / "d.sqlite")
    hit = store.search("school hall", kinds=["article"])[0]
    store.close()
    assert hit.snippet == DIGEST
    assert hit.snippet_html() == ('Residents of Brenmoor were moved to the &lt;<mark>school</mark>&gt; '
                                  '<mark>hall</mark> on Monday &amp; &quot;stayed calm&quot;.')


def test_search_terms_keep_words_and_phrases_only() -> None:
    # A word with inner punctuation becomes a phrase of its parts, as the index tokenised the text.
    assert search_terms('dam "will hold" NEAR(a b) -x don\'t "unterminated phrase') == [
        "dam", "will hold", "NEAR a", "b", "x", "don t", "unterminated phrase"]
    assert search_terms('*** "" ^ :') == []


def test_search_rejects_unknown_kinds(filled) -> None:
    store, _ = filled
    with pytest.raises(ValueError, match="unknown search kinds"):
        store.search("dam", kinds=["tweet"])


@pytest.fixture(scope="module", params=BACKENDS)
def search_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with _target(request.param, tmp_path_factory.mktemp("search")) as where:
        store, _ = _filled(where)
        yield store
        store.close()


@settings(max_examples=300, deadline=None)
@given(query=st.text(), kinds=st.lists(st.sampled_from(SEARCH_KINDS), unique=True),
       limit=st.integers(-5, 2000))
def test_any_query_string_is_safe(search_store: Store, query: str, kinds: list[str], limit: int) -> None:
    hits = search_store.search(query, kinds=kinds, limit=limit)
    assert len(hits) <= max(limit, 0)
    assert all(h.kind in kinds for h in hits)


@settings(max_examples=100, deadline=None)
@given(query=st.lists(st.sampled_from(['"', "'", "(", ")", "*", "^", ":", "-", "+", "NEAR", "AND", "OR",
                                        "NOT", "dam", "{", "}", "\\", "\x00", "title:", "body:", " "]),
                      max_size=12))
def test_fts_syntax_fragments_are_safe(search_store: Store, query: list[str]) -> None:
    search_store.search("".join(query))


def test_recall_and_persist_make_builds_incremental(target: str) -> None:
    db = target
    full = sample_corpus()
    first = Corpus(articles=full.articles[:2], options={"db": db})
    first = recall(first)
    assert first.new_articles == {a.id for a in full.articles[:2]}
    held = {a.id for a in first.articles}
    first.mentions = [m for m in full.mentions if m.article in held]
    first.quotes = [q for q in full.quotes if q.article in held]
    persist(first)
    first.options["store"].close()

    # Second run: one old article again, one new; the other old one comes back from the store.
    second = recall(Corpus(articles=[full.articles[0], full.articles[2]], options={"db": db}))
    assert second.new_articles == {full.articles[2].id}
    assert {a.id for a in second.articles} == {a.id for a in full.articles}
    assert second.quotes == [q for q in _reading_order(full, full.quotes) if q.article in held]
    # Corpus stages relink an old quote (another speaker) and add the new article's records.
    relinked = next(i for i, q in enumerate(second.quotes) if q.id == full.quotes[0].id)
    second.quotes[relinked] = replace(second.quotes[relinked], speaker="e-other", speaker_name="Someone Else")
    new = full.articles[2].id
    second.quotes += [q for q in full.quotes if q.article == new]
    second.claims += [c for c in full.claims if c.article == new]
    second.entities, second.groups = full.entities, full.groups
    persist(second)
    store: Store = second.options["store"]
    assert store.known_article_ids() == {a.id for a in full.articles}
    stored = {q.id: q for q in store.load_quotes()}
    assert stored[full.quotes[0].id].speaker_name == "Someone Else"
    assert len(stored) == len(full.quotes)
    assert store.load_claims() == [c for c in full.claims if c.article == new]
    assert store.load_groups() == full.groups
    store.close()

    # Third run over the same inputs: nothing new, nothing rewritten.
    third = recall(Corpus(articles=[full.articles[2]], options={"db": db}))
    assert third.new_articles == set()
    persist(third)
    with open_store(db) as again:
        assert again.load_quotes() == third.quotes
        assert again._run("SELECT COUNT(*) FROM articles")[0][0] == 3
    third.options["store"].close()


def test_recall_keeps_one_copy_of_a_repeated_article(tmp_path: Path) -> None:
    text = "The same wire copy, word for word."
    corpus = recall(Corpus(articles=[Article("a.txt", 0, text), Article("b.txt", 0, text)],
                           options={"db": tmp_path / "d.sqlite"}))
    assert [a.source for a in corpus.articles] == ["a.txt"]
    corpus.options["store"].close()


def test_a_stored_text_read_from_another_outlet_becomes_a_carrier(target: str) -> None:
    text = "Wire copy: the Orvel dam held overnight, the water board said."
    first = recall(Corpus(articles=[Article("in/gazette.txt", 0, text, outlet="Harbour Gazette")],
                          options={"db": target}))
    persist(first)
    first.options["store"].close()

    copy = Article("in/post.txt", 0, text, outlet="Northline Post",
                   carriers=["Valley Times", "Harbour Gazette"])
    second = recall(Corpus(articles=[copy], options={"db": target}))
    assert second.new_articles == set()
    assert [(a.source, a.carriers) for a in second.articles] == [
        ("in/gazette.txt", ["Northline Post", "Valley Times"])]
    persist(second)
    second.options["store"].close()

    third = recall(Corpus(articles=[Article("in/gazette.txt", 0, text, outlet="Harbour Gazette")],
                          options={"db": target}))
    store: Store = third.options["store"]
    assert store.load_articles()[0].carriers == ["Northline Post", "Valley Times"]
    assert third.articles[0].carriers == ["Northline Post", "Valley Times"]
    store.close()


def test_updating_an_article_changes_metadata_and_search_label(filled) -> None:
    store, corpus = filled
    gazette = corpus.articles[0]
    store.update_articles([replace(gazette, title="Dam repaired", carriers=["Valley Times"], source="x",
                                   text="y")])
    stored = store.load_articles([gazette.id])[0]
    assert (stored.title, stored.carriers, stored.source, stored.text) == (
        "Dam repaired", ["Valley Times"], gazette.source, gazette.text)
    labels = [h.label for h in store.search("Orvel", kinds=["article"]) if h.id == gazette.id]
    assert labels == ["Dam repaired"]


# Any text but lone surrogates (not encodable) and NUL (PostgreSQL refuses it; clean text never holds it).
_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"))


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(_TEXT.filter(bool), min_size=1, max_size=4, unique=True), title=st.none() | _TEXT)
def test_any_article_text_round_trips(search_store: Store, texts: list[str], title: str | None) -> None:
    articles = [Article(f"prop/{i}.txt", i, text, title=title, carriers=[text[:3]])
                for i, text in enumerate(texts)]
    quotes = [Quote(a.id, 0, len(a.text), a.text, speaker_name=title) for a in articles]
    with pytest.raises(RuntimeError), search_store.transaction():  # leave the shared store as it was
        search_store.save_articles(articles)
        search_store.save_extractions([a.id for a in articles], [], quotes, [], [])
        ids = [a.id for a in articles]
        assert search_store.load_articles(ids) == sorted({a.id: a for a in articles}.values(),
                                                         key=lambda a: (a.source, a.segment, a.id))
        assert {q.id: q for q in search_store.load_quotes(ids)} == {q.id: q for q in quotes}
        raise RuntimeError("roll back")
