"""Alembic migrations, kept inside the package so an installed İcra can upgrade
its own database (``icra init``) without an alembic.ini.

To write a new migration after changing ``icra/db/models.py``::

    python -c "from icra.db.migrations import revision; revision('sqlite:///icra.db', 'what changed')"

then read and adjust the file it writes in ``versions/``;
``tests/db/test_migrations.py`` fails until models and migrations agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from icra.db.engine import make_engine
from icra.errors import IcraError

HERE = Path(__file__).resolve().parent


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    # env.py takes the engine from here, so URLs are never parsed as ini text.
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory(str(HERE)).get_current_head()
    assert head is not None, "icra/db/migrations/versions holds no migration"
    return head


def current_revision(engine: Engine) -> str | None:
    with _reachable(engine), engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def _reachable(engine: Engine) -> Iterator[None]:
    """A server that is down, or a wrong password, is one line for the user, not a traceback."""
    try:
        yield
    except OperationalError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        where = engine.url.render_as_string(hide_password=True)
        raise IcraError(f"cannot use the database {where}: {reason}") from None


def upgrade_database(url: str) -> str:
    """Create or upgrade the database at ``url`` to the newest schema; returns its revision."""
    engine = make_engine(url)
    try:
        with _reachable(engine):
            command.upgrade(alembic_config(engine), "head")
        return head_revision()
    finally:
        engine.dispose()


def check_database(engine: Engine) -> None:
    """Refuse, in one line, a database that ``icra init`` has not brought up to date."""
    where = engine.url.render_as_string(hide_password=True)
    sqlite_file = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
    if sqlite_file and sqlite_file != ":memory:" and not Path(sqlite_file).is_file():
        # Connecting would create an empty file; say what is missing instead.
        raise IcraError(f"no database at {where}: run `icra init` first")
    current = current_revision(engine)
    if current != head_revision():
        state = "not initialised" if current is None else f"at an older schema ({current})"
        raise IcraError(f"the database {where} is {state}: run `icra init` first")


def revision(url: str, message: str) -> None:
    """Write a new migration by comparing the models with the database at ``url``."""
    engine = make_engine(url)
    try:
        command.revision(alembic_config(engine), message=message, autogenerate=True)
    finally:
        engine.dispose()
