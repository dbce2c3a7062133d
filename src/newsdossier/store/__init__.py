"""Storage: every record of a dossier in SQLite (or PostgreSQL), kept across builds and searchable.

``open_store(path)`` opens or creates an SQLite store; a ``postgresql://`` URL opens the PostgreSQL backend
instead (needs the optional ``psycopg`` package).
"""

from __future__ import annotations

import os
import re

from .core import MARK_CLOSE, MARK_OPEN, SEARCH_KINDS, SearchHit, Store, StoreError

# pathlib turns "postgresql://h/db" into "postgresql:/h/db"; a URL that went through a Path is still a URL.
_PG_URL = re.compile(r"^postgres(?:ql)?:/+")


def open_store(path: str | os.PathLike[str], *, readonly: bool = False, create: bool = True) -> Store:
    """Open the store at ``path`` (a file path or a ``postgresql://`` URL), creating it unless ``create``
    is false. Raises :class:`StoreError` with a one-line reason, leaving the target untouched, when it is not
    a newsdossier store, is corrupt or is newer than this version."""
    target = os.fspath(path)
    if _PG_URL.match(target):
        from .postgres import open_postgres

        return open_postgres(_PG_URL.sub("postgresql://", target, count=1), readonly=readonly, create=create)
    from .sqlite import open_sqlite

    return open_sqlite(target, readonly=readonly, create=create)


__all__ = ["MARK_CLOSE", "MARK_OPEN", "SEARCH_KINDS", "SearchHit", "Store", "StoreError", "open_store"]
