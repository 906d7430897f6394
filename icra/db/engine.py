"""Engines and sessions: made on demand from a URL, never at import time.

SQLite (the default, one file) gets foreign keys switched on for every
connection; PostgreSQL is reached through psycopg 3 (``postgresql+psycopg://``).
Callers own the transaction: ``with session_factory(engine).begin() as session:``
commits when the block ends and rolls everything back on an error, which is what
makes a service call all-or-nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from icra.errors import InputError


def make_engine(url: str) -> Engine:
    """An engine for ``url``; a bare ``postgresql://`` URL is given the psycopg 3 driver."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # SQLAlchemy's ArgumentError names no URL
        raise InputError(f"not a database URL: {url!r} (try sqlite:///icra.db)") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = create_engine(parsed)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_foreign_keys_on)
    return engine


def _sqlite_foreign_keys_on(dbapi_connection: Any, _record: Any) -> None:
    # SQLite ignores REFERENCES clauses unless each connection asks for them.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: objects a service returned stay readable after the commit.
    return sessionmaker(engine, expire_on_commit=False)
