"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from icra.db import check_database, make_engine, upgrade_database
from icra.db.migrations import current_revision, head_revision
from icra.db.models import Base
from icra.errors import IcraError


def test_migrations_and_models_agree(database_url: str) -> None:
    upgrade_database(database_url)
    engine = make_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_upgrade_twice_is_harmless(database_url: str) -> None:
    assert upgrade_database(database_url) == head_revision()
    assert upgrade_database(database_url) == head_revision()
    engine = make_engine(database_url)
    assert current_revision(engine) == head_revision()
    check_database(engine)  # does not raise
    engine.dispose()


def test_an_empty_database_is_refused_with_a_hint(database_url: str) -> None:
    engine = make_engine(database_url)
    with pytest.raises(IcraError, match=r"run `icra init` first"):
        check_database(engine)
    engine.dispose()


def test_an_unreachable_database_is_one_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'missing-dir' / 'icra.db'}"
    with pytest.raises(
        IcraError, match=r"^cannot use the database sqlite:///.*: unable to open database file$"
    ):
        upgrade_database(url)
