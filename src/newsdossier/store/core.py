"""The store: every record of a dossier, kept across builds, over any DB-API connection.

:class:`Store` holds the portable part (all tables, all writes and reads); a backend subclass supplies the
connection, its error type, the identity check on open and the full-text query. Every write runs in one
transaction (nested calls join the outer one), so a failed build leaves what was stored before intact.
"""

from __future__ import annotations

import html
import logging
import re
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from ..model import Article, Claim, Entity, Event, Geo, Group, Mention, Quote, Skip, Story
from . import codec, schema
from .codec import ARTICLES, CLAIMS, EVENTS, MENTIONS, QUOTES, Table
from .schema import SCHEMA_NAME, Dialect

if TYPE_CHECKING:
    from types import TracebackType

log = logging.getLogger(__name__)

SearchKind = Literal["article", "quote", "claim"]
SEARCH_KINDS: tuple[SearchKind, ...] = ("article", "quote", "claim")
# Highlight marks inside SearchHit.marked: control characters, which clean article text never holds, so the
# web app can escape the text first and then turn the marks into tags.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
_CHUNK = 500  # ids per IN (...) list, under SQLite's bound-parameter limit
_MAX_TERMS = 32

T = TypeVar("T")


class StoreError(Exception):
    """The store cannot be used: not a newsdossier store, corrupt, too new, or a database error."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: SearchKind
    id: str  # article, quote or claim id
    article: str
    label: str | None  # article title, quote speaker or claim measure
    marked: str  # excerpt with matches between MARK_OPEN and MARK_CLOSE
    score: float  # higher is more relevant

    @property
    def snippet(self) -> str:
        return self.marked.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")

    def snippet_html(self) -> str:
        """The excerpt, HTML-escaped, with matches in ``<mark>``."""
        return html.escape(self.marked).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


def search_terms(query: str) -> list[str]:
    """User input -> phrases of word tokens: ``"a b"`` stays a phrase, every other word is one.

    Only word characters survive, so nothing the user types can be read as query syntax by either backend.
    """
    phrases = []
    for match in re.finditer(r'"([^"]*)"?|([^\s"]+)', query):
        chunk = match.group(2) if match.group(2) is not None else match.group(1)
        tokens = re.findall(r"\w+", chunk)
        if tokens:
            phrases.append(" ".join(tokens))
    return phrases[:_MAX_TERMS]


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _unique(records: Iterable[T], what: str) -> list[T]:
    """Drop records whose id repeats (an extractor bug): storing them would abort the whole build."""
    seen: set[str] = set()
    kept = []
    for record in records:
        rid = record.id  # type: ignore[attr-defined]
        if rid in seen:
            log.warning("dropping a second %s with id %s", what, rid)
            continue
        seen.add(rid)
        kept.append(record)
    return kept


class Store:
    dialect: ClassVar[Dialect]
    db_errors: ClassVar[tuple[type[BaseException], ...]]

    def __init__(self, conn: Any, where: str) -> None:
        self._conn = conn
        self.where = where  # path or DSN, for messages
        self._lock = threading.RLock()
        self._depth = 0

    # -- plumbing ---------------------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                cur = self._conn.cursor()
                cur.execute(self._sql(sql), tuple(params))
                return list(cur.fetchall()) if cur.description else []
            except self.db_errors as exc:
                raise StoreError(f"{self.where}: {exc}".splitlines()[0]) from exc

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if not rows:
            return
        with self._lock:
            try:
                self._conn.cursor().executemany(self._sql(sql), rows)
            except self.db_errors as exc:
                raise StoreError(f"{self.where}: {exc}".splitlines()[0]) from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction around the block; an exception rolls back everything written inside it."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._run(self._begin_sql())
            self._depth = 1
            try:
                yield
                self._run("COMMIT")
            except BaseException:
                # A failed COMMIT leaves the transaction open; a failed ROLLBACK (connection lost) must not
                # hide the error that caused it.
                with suppress(StoreError):
                    self._run("ROLLBACK")
                raise
            finally:
                self._depth = 0

    def _begin_sql(self) -> str:
        return "BEGIN"

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- schema -----------------------------------------------------------------------------------------
    def _migrate(self, current: int) -> None:
        """Apply every migration above ``current``, each in one transaction with its version bump."""
        for step in schema.MIGRATIONS:  # looked up at call time: tests add steps
            if step.version <= current:
                continue
            with self.transaction():
                for statement in step.sql(self.dialect):
                    self._run(statement)
                self._run("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                          (step.version, step.description, datetime.now(UTC).isoformat()))
                for key, value in (("schema", SCHEMA_NAME), ("version", str(step.version))):
                    self._run("INSERT INTO meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
                self._set_version(step.version)

    def _set_version(self, version: int) -> None:
        """Backend hook: mirror the schema version where the backend keeps one of its own."""

    def meta(self) -> dict[str, str]:
        return dict(self._run("SELECT key, value FROM meta"))

    # -- writes -----------------------------------------------------------------------------------------
    def _ids_present(self, table: str, column: str, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(ids):
            marks = ", ".join("?" for _ in chunk)
            found.update(r[0] for r in self._run(f"SELECT {column} FROM {table} WHERE {column} IN ({marks})",
                                                 chunk))
        return found

    def save_articles(self, articles: Iterable[Article]) -> int:
        """Store the articles not held yet (same id = same text: kept once); returns how many were added."""
        fresh: dict[str, Article] = {}
        for article in articles:
            fresh.setdefault(article.id, article)
        with self.transaction():
            for known in self._ids_present("articles", "id", list(fresh)):
                del fresh[known]
            self._many(ARTICLES.insert_sql(), (ARTICLES.row(a) for a in fresh.values()))
            self._index(("article", a.id, a.id, a.title, a.text) for a in fresh.values())
        return len(fresh)

    def update_articles(self, articles: Iterable[Article]) -> None:
        """Rewrite the metadata (outlet, title, carriers…) of stored articles; id, text, source and segment
        stay as first stored."""
        articles = list({a.id: a for a in articles}.values())
        fields = ("outlet", "title", "author", "published", "url", "language", "carriers")
        with self.transaction():
            titles = {a.id: a.title for a in self.load_articles([a.id for a in articles])}
            self._many(f"UPDATE articles SET {', '.join(f'{f} = ?' for f in fields)} WHERE id = ?",
                       ((*(ARTICLES.value(a, f) for f in fields), a.id) for a in articles))
            # Only retitled articles touch the index: there, finding the row by item scans.
            self._many("UPDATE search_fts SET label = ? WHERE kind = 'article' AND item = ?",
                       ((a.title, a.id) for a in articles if a.id in titles and titles[a.id] != a.title))

    def save_extractions(self, article_ids: Collection[str], mentions: Iterable[Mention],
                         quotes: Iterable[Quote], claims: Iterable[Claim], events: Iterable[Event]) -> None:
        """Replace every mention, quote, claim and event of ``article_ids`` with the given ones.

        Records are kept in the order given within each article; each must belong to one of the articles.
        """
        ids = list(dict.fromkeys(article_ids))
        wanted = set(ids)
        batches: list[tuple[Table[Any], list[Any]]] = [
            (MENTIONS, list(mentions)), (QUOTES, _unique(quotes, "quote")),
            (CLAIMS, _unique(claims, "claim")), (EVENTS, _unique(events, "event"))]
        for table, records in batches:
            stray = {r.article for r in records} - wanted
            if stray:
                raise ValueError(f"{table.name} of articles not being saved: {sorted(stray)[:3]}")
        with self.transaction():
            for chunk in _chunks(ids):
                marks = ", ".join("?" for _ in chunk)
                # The index is cleared only for articles that have indexed items: on SQLite that delete scans.
                indexed = [r[0] for r in self._run(
                    f"SELECT article FROM quotes WHERE article IN ({marks}) UNION "
                    f"SELECT article FROM claims WHERE article IN ({marks})", [*chunk, *chunk])]
                if indexed:
                    self._run(f"DELETE FROM search_fts WHERE kind <> 'article' AND article IN "
                              f"({', '.join('?' for _ in indexed)})", indexed)
                for table, _ in batches:
                    self._run(f"DELETE FROM {table.name} WHERE article IN ({marks})", chunk)
            for table, records in batches:
                positions: dict[str, int] = {}
                rows = []
                for record in records:
                    position = positions[record.article] = positions.get(record.article, -1) + 1
                    rows.append(table.row(record, position))
                self._many(table.insert_sql(), rows)
            self._index([("quote", q.id, q.article, q.speaker_name, q.text) for q in batches[1][1]]
                        + [("claim", c.id, c.article, c.measure, c.text) for c in batches[2][1]])

    def _index(self, rows: Iterable[tuple[str, str, str, str | None, str]]) -> None:
        self._many("INSERT INTO search_fts (kind, item, article, label, body) VALUES (?, ?, ?, ?, ?)", rows)

    def replace_entities(self, entities: Iterable[Entity]) -> None:
        entities = _unique(entities, "entity")
        self._replace(
            ("entities", "id, ord, name, type, aliases, lat, lon, country, geonameid",
             ((e.id, i, e.name, e.type, codec.list_json(e.aliases),
               *((e.geo.lat, e.geo.lon, e.geo.country, e.geo.geonameid) if e.geo else (None,) * 4))
              for i, e in enumerate(entities))),
            ("entity_mentions", "entity, ord, article, start_pos, end_pos, text, label, linked",
             ((e.id, i, m.article, m.start, m.end, m.text, m.label, m.entity)
              for e in entities for i, m in enumerate(e.mentions))))

    def replace_groups(self, groups: Iterable[Group]) -> None:
        groups = _unique(groups, "group")
        self._replace(
            ("groups", "id, ord, kind, outlets, first_article, status, label, independent_sources, sources, note",
             ((g.id, i, g.kind, codec.list_json(g.outlets), g.first, g.status, g.label, g.independent_sources,
               codec.list_json(g.sources), g.note) for i, g in enumerate(groups))),
            ("group_members", "group_id, ord, member",
             ((g.id, i, m) for g in groups for i, m in enumerate(g.members))))

    def replace_stories(self, stories: Iterable[Story]) -> None:
        stories = _unique(stories, "story")
        self._replace(("stories", "id, ord, title", ((s.id, i, s.title) for i, s in enumerate(stories))),
                      ("story_articles", "story, ord, article",
                       ((s.id, i, a) for s in stories for i, a in enumerate(s.articles))))

    def _replace(self, *tables: tuple[str, str, Iterable[Sequence[Any]]]) -> None:
        """Corpus-level records rebuilt whole, in one transaction: ``tables`` are (name, columns, rows),
        parents before the tables that point at them."""
        with self.transaction():
            for name, _columns, _rows in reversed(tables):
                self._run(f"DELETE FROM {name}")
            for name, columns, rows in tables:
                marks = ", ".join("?" for _ in columns.split(","))
                self._many(f"INSERT INTO {name} ({columns}) VALUES ({marks})", rows)

    def record_skips(self, skips: Iterable[Skip]) -> None:
        with self.transaction():
            self._many("INSERT INTO skipped (source, reason) VALUES (?, ?) "
                       "ON CONFLICT (source, reason) DO NOTHING",
                       ((s.source, s.reason) for s in skips))

    # -- reads ------------------------------------------------------------------------------------------
    def known_article_ids(self) -> set[str]:
        return {r[0] for r in self._run("SELECT id FROM articles")}

    def load_articles(self, ids: Collection[str] | None = None) -> list[Article]:
        """Articles in reading order (source, then segment); all of them, or those of ``ids``."""
        return self._load(ARTICLES, "id", ids, "t.source, t.segment, t.id")

    def _load(self, table: Table[T], key: str, ids: Collection[str] | None, order: str,
              join: str = "") -> list[T]:
        """Rows of ``table`` in ``order``, or only those whose ``key`` column is in ``ids``."""
        select = f"{table.select_sql()} {join}"
        if ids is not None and len(ids) <= _CHUNK:
            if not ids:
                return []
            marks = ", ".join("?" for _ in ids)
            rows = self._run(f"{select} WHERE t.{key} IN ({marks}) ORDER BY {order}", list(ids))
            return [table.record_from(r) for r in rows]
        # Many ids: one ordered scan filtered here, rather than chunks whose orders would need merging.
        records = [table.record_from(r) for r in self._run(f"{select} ORDER BY {order}")]
        if ids is None:
            return records
        wanted = set(ids)
        return [r for r in records if getattr(r, key) in wanted]

    def _load_items(self, table: Table[T], articles: Collection[str] | None) -> list[T]:
        return self._load(table, "article", articles, "a.source, a.segment, a.id, t.ord",
                          join="JOIN articles a ON a.id = t.article")

    def load_mentions(self, articles: Collection[str] | None = None) -> list[Mention]:
        return self._load_items(MENTIONS, articles)

    def load_quotes(self, articles: Collection[str] | None = None) -> list[Quote]:
        return self._load_items(QUOTES, articles)

    def load_claims(self, articles: Collection[str] | None = None) -> list[Claim]:
        return self._load_items(CLAIMS, articles)

    def load_events(self, articles: Collection[str] | None = None) -> list[Event]:
        return self._load_items(EVENTS, articles)

    def load_entities(self) -> list[Entity]:
        mentions: dict[str, list[Mention]] = {}
        for eid, article, start, end, text, label, linked in self._run(
                "SELECT entity, article, start_pos, end_pos, text, label, linked FROM entity_mentions "
                "ORDER BY entity, ord"):
            mentions.setdefault(eid, []).append(Mention(article, start, end, text, label, linked))
        return [Entity(id=eid, name=name, type=etype, aliases=codec.list_from_json(aliases) or [],
                       geo=Geo(lat, lon, country, geonameid) if lat is not None else None,
                       mentions=mentions.get(eid, []))
                for eid, name, etype, aliases, lat, lon, country, geonameid in self._run(
                    "SELECT id, name, type, aliases, lat, lon, country, geonameid "
                    "FROM entities ORDER BY ord")]

    def load_groups(self) -> list[Group]:
        members: dict[str, list[str]] = {}
        for gid, member in self._run("SELECT group_id, member FROM group_members ORDER BY group_id, ord"):
            members.setdefault(gid, []).append(member)
        return [Group(id=gid, kind=kind, members=members.get(gid, []),
                      outlets=codec.list_from_json(outlets) or [], first=first, status=status, label=label,
                      independent_sources=independent, sources=codec.list_from_json(sources) or [], note=note)
                for gid, kind, outlets, first, status, label, independent, sources, note in self._run(
                    "SELECT id, kind, outlets, first_article, status, label, independent_sources, sources, "
                    "note FROM groups ORDER BY ord")]

    def load_stories(self) -> list[Story]:
        articles: dict[str, list[str]] = {}
        for sid, article in self._run("SELECT story, article FROM story_articles ORDER BY story, ord"):
            articles.setdefault(sid, []).append(article)
        return [Story(id=sid, title=title, articles=articles.get(sid, []))
                for sid, title in self._run("SELECT id, title FROM stories ORDER BY ord")]

    def load_skips(self) -> list[Skip]:
        rows = self._run("SELECT source, reason FROM skipped ORDER BY source, reason")
        return [Skip(source, reason) for source, reason in rows]

    # -- search -----------------------------------------------------------------------------------------
    def search(self, query: str, kinds: Iterable[SearchKind] = SEARCH_KINDS,
               limit: int = 50) -> list[SearchHit]:
        """Full-text search over article titles and texts, quotes and claims, best first.

        Words in ``query`` must all occur; ``"double quotes"`` ask for a phrase. Any string is accepted:
        punctuation and operators are ignored, never interpreted.
        """
        kinds = tuple(dict.fromkeys(kinds))
        unknown = set(kinds) - set(SEARCH_KINDS)
        if unknown:
            raise ValueError(f"unknown search kinds {sorted(unknown)}; known: {', '.join(SEARCH_KINDS)}")
        terms = search_terms(query)
        if not terms or not kinds or limit < 1:
            return []
        rows = self._search(terms, kinds, min(limit, 1000))
        return [SearchHit(kind, item, article, label, marked, float(score))
                for kind, item, article, label, marked, score in rows]

    def _search(self, terms: list[str], kinds: tuple[str, ...], limit: int) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def export(self) -> dict[str, Any]:
        from .export import export

        return export(self)
