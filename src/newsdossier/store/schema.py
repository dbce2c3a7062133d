"""The store's schema, as an ordered list of migrations.

The tables are portable SQL (TEXT/INTEGER/REAL, ``ON CONFLICT``) so the same DDL and queries run on SQLite and
PostgreSQL. Only the full-text index differs: an FTS5 virtual table on SQLite, a table with a generated
``tsvector`` column and a GIN index on PostgreSQL. Both are named ``search_fts`` with the same insertable
columns, so writing to the index is portable too; only the search query is per backend.

Column names avoid words that are reserved in either dialect (``end``, ``first``): offsets are
``start_pos``/``end_pos``. Nested spans (a quote's ``speaker_mention``, ``cue_span``, ``sentence``) and short
string lists are JSON in TEXT columns: they are read back whole, never queried by part.

To change the schema, append a :class:`Migration`; never edit one that has shipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Dialect = Literal["sqlite", "postgresql"]

SCHEMA_NAME = "newsdossier-store"
# Written into the SQLite header (PRAGMA application_id, bytes 68-71): "NDS1". A file without it is not ours.
APP_ID = 0x4E445331

_V1_TABLES = (
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL)""",
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        segment INTEGER NOT NULL,
        outlet TEXT,
        title TEXT,
        author TEXT,
        published TEXT,
        url TEXT,
        language TEXT,
        carriers TEXT,
        text TEXT NOT NULL)""",
    "CREATE INDEX articles_order ON articles (source, segment)",
    # ``ord`` keeps each article's records in the order the extractors produced them.
    """CREATE TABLE mentions (
        article TEXT NOT NULL REFERENCES articles (id),
        ord INTEGER NOT NULL,
        start_pos INTEGER NOT NULL,
        end_pos INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        entity TEXT,
        PRIMARY KEY (article, ord))""",
    "CREATE INDEX mentions_entity ON mentions (entity)",
    """CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles (id),
        ord INTEGER NOT NULL,
        start_pos INTEGER NOT NULL,
        end_pos INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        speaker TEXT,
        speaker_name TEXT,
        cue TEXT,
        speaker_mention TEXT,
        cue_span TEXT,
        sentence TEXT)""",
    "CREATE INDEX quotes_article ON quotes (article, ord)",
    "CREATE INDEX quotes_speaker ON quotes (speaker)",
    """CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles (id),
        ord INTEGER NOT NULL,
        start_pos INTEGER NOT NULL,
        end_pos INTEGER NOT NULL,
        text TEXT NOT NULL,
        value DOUBLE PRECISION NOT NULL,
        unit TEXT NOT NULL,
        hedge TEXT,
        measure TEXT,
        attributed_to TEXT,
        value_max DOUBLE PRECISION,
        sentence TEXT)""",
    "CREATE INDEX claims_article ON claims (article, ord)",
    """CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles (id),
        ord INTEGER NOT NULL,
        start_pos INTEGER NOT NULL,
        end_pos INTEGER NOT NULL,
        text TEXT NOT NULL,
        date TEXT,
        date_text TEXT)""",
    "CREATE INDEX events_article ON events (article, ord)",
    # Entities and groups are corpus-level: rebuilt whole on every run, so no foreign keys into them.
    """CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        ord INTEGER NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL,
        lat DOUBLE PRECISION,
        lon DOUBLE PRECISION,
        country TEXT,
        geonameid INTEGER)""",
    """CREATE TABLE entity_mentions (
        entity TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        article TEXT NOT NULL,
        start_pos INTEGER NOT NULL,
        end_pos INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        linked TEXT,
        PRIMARY KEY (entity, ord))""",
    """CREATE TABLE groups (
        id TEXT PRIMARY KEY,
        ord INTEGER NOT NULL,
        kind TEXT NOT NULL,
        outlets TEXT NOT NULL,
        first_article TEXT,
        status TEXT NOT NULL,
        label TEXT,
        independent_sources INTEGER NOT NULL,
        sources TEXT NOT NULL,
        note TEXT)""",
    """CREATE TABLE group_members (
        group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        member TEXT NOT NULL,
        PRIMARY KEY (group_id, ord))""",
    "CREATE INDEX group_members_member ON group_members (member)",
    """CREATE TABLE skipped (
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (source, reason))""",
)

# One row per indexed article, quote or claim: ``label`` is the article title, the quote's speaker or the
# claim's measure (weighted above ``body``), ``body`` the text. PostgreSQL's parser would drop "<word>" as an
# XML tag, so angle brackets are read as spaces there.
_V1_SEARCH: dict[Dialect, tuple[str, ...]] = {
    "sqlite": (
        """CREATE VIRTUAL TABLE search_fts USING fts5(
            kind UNINDEXED, item UNINDEXED, article UNINDEXED, label, body,
            tokenize = 'porter unicode61 remove_diacritics 2')""",
    ),
    "postgresql": (
        """CREATE TABLE search_fts (
            kind TEXT NOT NULL,
            item TEXT NOT NULL,
            article TEXT NOT NULL,
            label TEXT,
            body TEXT NOT NULL,
            document tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', translate(coalesce(label, ''), '<>', '  ')), 'A')
                || setweight(to_tsvector('english', translate(body, '<>', '  ')), 'B')) STORED)""",
        "CREATE INDEX search_fts_document ON search_fts USING GIN (document)",
        "CREATE INDEX search_fts_article ON search_fts (article)",
    ),
}


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]  # portable SQL, run on every backend
    search: dict[Dialect, tuple[str, ...]] = field(default_factory=dict)  # per-backend full-text DDL

    def sql(self, dialect: Dialect) -> tuple[str, ...]:
        return self.statements + self.search.get(dialect, ())


# Ordered; a store at version N gets every step above N applied, each in the same transaction as the
# version bump, so a failed upgrade leaves the store at N.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", (
        *_V1_TABLES,
        """CREATE TABLE schema_migrations (
            version INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL)""",
    ), _V1_SEARCH),
    # Stories (articles clustered by stories.py) are corpus-level like groups: rebuilt whole on every run, but
    # stored so that the next run's clusters inherit their ids.
    Migration(2, "stories", (
        """CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            ord INTEGER NOT NULL,
            title TEXT NOT NULL)""",
        """CREATE TABLE story_articles (
            story TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            article TEXT NOT NULL,
            PRIMARY KEY (story, ord))""",
        "CREATE INDEX story_articles_article ON story_articles (article)",
    )),
    # Quotes stored before this step keep their records (articles are not extracted twice): a cue that
    # carries its negation ("did not say", "wouldn't say", "has never endorsed") marks them.
    Migration(3, "negated cues", (
        "ALTER TABLE quotes ADD COLUMN negated INTEGER NOT NULL DEFAULT 0",
        """UPDATE quotes SET negated = 1
           WHERE ' ' || lower(cue) || ' ' LIKE '% not %' OR ' ' || lower(cue) || ' ' LIKE '% never %'
              OR lower(cue) LIKE '%n''t %'""",
    )),
)
VERSION = MIGRATIONS[-1].version
