"""The PostgreSQL backend (optional: needs ``psycopg``), chosen by a ``postgresql://`` URL as ``--db``.

Same tables and queries as SQLite; the search index is a generated ``tsvector`` column with a GIN index
(see schema.py), queried with ``websearch_to_tsquery`` and ranked with ``ts_rank_cd``. A database is ours when
its ``meta`` table names our schema; one holding any of our table names without it is refused untouched.
"""

from __future__ import annotations

from typing import Any

from . import schema
from .core import MARK_CLOSE, MARK_OPEN, Store, StoreError
from .schema import SCHEMA_NAME

try:
    import psycopg  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # optional dependency
    psycopg = None

# The first migration's tables: finding one of them without our meta row means another application's data.
_OUR_TABLES = ("meta", "articles", "mentions", "quotes", "claims", "events", "entities", "groups", "skipped",
               "search_fts")
_HEADLINE = f'StartSel="{MARK_OPEN}", StopSel="{MARK_CLOSE}", MaxWords=30, MinWords=12'


class PostgresStore(Store):
    dialect = "postgresql"
    db_errors = (psycopg.Error,) if psycopg else ()

    def _sql(self, sql: str) -> str:
        # The portable SQL uses qmark and no literal "?"; its "%" (LIKE patterns) are literal to psycopg.
        return sql.replace("%", "%%").replace("?", "%s")

    def _search(self, terms: list[str], kinds: tuple[str, ...], limit: int) -> list[tuple[Any, ...]]:
        # Every term quoted: websearch syntax ("or", "-") in user words stays plain words.
        query = " ".join(f'"{t}"' for t in terms)
        marks = ", ".join("?" for _ in kinds)
        return self._run(
            "SELECT kind, item, article, label, ts_headline('english', translate(body, '<>', '  '), q, ?), "
            "ts_rank_cd(document, q) AS score "
            "FROM search_fts, websearch_to_tsquery('english', ?) AS q "
            f"WHERE document @@ q AND kind IN ({marks}) ORDER BY score DESC, item LIMIT ?",
            (_HEADLINE, query, *kinds, limit))


def open_postgres(dsn: str, *, readonly: bool = False, create: bool = True) -> PostgresStore:
    if psycopg is None:
        raise StoreError("a postgresql:// --db needs the psycopg package (pip install 'psycopg[binary]')")
    where = dsn.split("@")[-1].split("?")[0]  # host/db only: never echo a password
    try:
        conn = psycopg.connect(dsn, autocommit=True)  # Store issues BEGIN/COMMIT itself
    except psycopg.Error as exc:
        raise StoreError(f"cannot connect to {where}: {str(exc).strip().splitlines()[0]}") from exc
    store = PostgresStore(conn, where)
    try:
        if readonly:
            store._run("SET default_transaction_read_only = on")
        present = {r[0] for r in store._run(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
        ours = present & set(_OUR_TABLES)
        if "meta" in present:
            meta = store.meta()
            if meta.get("schema") != SCHEMA_NAME:
                raise StoreError(f"{where} is not a newsdossier store "
                                 "(no newsdossier schema in its meta table)")
            version = int(meta.get("version", "0"))
        elif ours:
            raise StoreError(f"{where} is not a newsdossier store "
                             f"(it holds tables named {', '.join(sorted(ours))} of another application)")
        elif readonly or not create:
            raise StoreError(f"no store at {where}")
        else:
            version = 0
        if version > schema.VERSION:
            raise StoreError(f"{where} was written by a newer newsdossier (store schema {version}, this one "
                             f"reads up to {schema.VERSION}); upgrade newsdossier")
        if version < schema.VERSION:
            if readonly:
                raise StoreError(f"{where} needs an upgrade (schema {version} -> {schema.VERSION})")
            store._migrate(version)
    except BaseException:
        store.close()
        raise
    return store

