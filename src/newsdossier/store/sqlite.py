"""The SQLite backend: one file per store, marked as ours in its header, searched with FTS5.

A file is identified from its 100-byte header before SQLite opens it (magic string, ``application_id``,
``user_version``), so a text file, a foreign database or a newer store is refused without being touched. A new
store is built under a temporary name and moved into place, so no half-initialised store is ever left behind.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from . import schema
from .core import MARK_CLOSE, MARK_OPEN, Store, StoreError
from .schema import APP_ID, SCHEMA_NAME

_MAGIC = b"SQLite format 3\x00"
_NOT_OURS = "is not a newsdossier store"


class SQLiteStore(Store):
    dialect = "sqlite"
    db_errors = (sqlite3.Error,)

    def _begin_sql(self) -> str:
        return "BEGIN IMMEDIATE"  # take the write lock up front: no deadlock upgrading a read lock later

    def _set_version(self, version: int) -> None:
        self._run(f"PRAGMA user_version = {int(version)}")

    def _search(self, terms: list[str], kinds: tuple[str, ...], limit: int) -> list[tuple[Any, ...]]:
        match = " ".join(f'"{t}"' for t in terms)  # terms hold only word characters and spaces
        marks = ", ".join("?" for _ in kinds)
        # bm25 weights per column: kind, item, article (unindexed), label (title/speaker/measure), body.
        return self._run(
            "SELECT kind, item, article, label, snippet(search_fts, -1, ?, ?, '…', 24), "
            "-bm25(search_fts, 0, 0, 0, 4.0, 1.0) AS score FROM search_fts "
            f"WHERE search_fts MATCH ? AND kind IN ({marks}) ORDER BY score DESC, item LIMIT ?",
            (MARK_OPEN, MARK_CLOSE, match, *kinds, limit))


def _header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) from an SQLite header; StoreError if the file is not SQLite."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if not head:
        raise StoreError(f"{path} {_NOT_OURS} (it is empty); remove it or choose another --db path")
    if len(head) < 100 or not head.startswith(_MAGIC):
        raise StoreError(f"{path} {_NOT_OURS} (not an SQLite database); choose another --db path")
    return int.from_bytes(head[68:72], "big"), int.from_bytes(head[60:64], "big")


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rw'}"
    # Autocommit: Store issues BEGIN/COMMIT itself. One connection may serve the web app's worker threads;
    # Store serialises calls with its own lock.
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=30)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_sqlite(path: str | os.PathLike[str], *, readonly: bool = False, create: bool = True) -> SQLiteStore:
    """Open the store at ``path``, creating it if it does not exist (unless ``create`` is false).

    Raises StoreError, leaving the file as it was, when it is not a newsdossier store, is corrupt, or was
    written by a newer version.
    """
    path = Path(path)
    if not path.exists():
        if readonly or not create:
            raise StoreError(f"no store at {path}")
        return _create(path)
    if not path.is_file():
        raise StoreError(f"{path} {_NOT_OURS} (not a file)")
    app_id, version = _header(path)
    if app_id != APP_ID:
        raise StoreError(f"{path} {_NOT_OURS} (an SQLite database of another application); "
                         "choose another --db path")
    if version > schema.VERSION:
        raise StoreError(f"{path} was written by a newer newsdossier (store schema {version}, this one reads "
                         f"up to {schema.VERSION}); upgrade newsdossier")
    try:
        conn = _connect(path, readonly)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open ({exc})") from exc
    store = SQLiteStore(conn, str(path))
    try:
        # Read before any write: a damaged file fails here, still untouched.
        try:
            meta = store.meta()
        except StoreError as exc:
            if "no such table" not in str(exc):
                raise
            meta = {}
        if meta.get("schema") != SCHEMA_NAME:
            raise StoreError(f"{path} {_NOT_OURS} (no newsdossier schema in its meta table)")
        if version < schema.VERSION:
            if readonly:
                raise StoreError(f"{path} needs an upgrade (schema {version} -> {schema.VERSION}); "
                                 "open it writable once")
            store._migrate(version)
    except StoreError as exc:
        store.close()
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise StoreError(f"{path} is corrupt ({exc.__cause__}); restore it or build a new store") from exc
        raise
    return store


def _create(path: Path) -> SQLiteStore:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            store = SQLiteStore(conn, str(path))
            with store.transaction():
                store._run(f"PRAGMA application_id = {APP_ID}")
            store._migrate(0)
        finally:
            conn.close()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return open_sqlite(path)
