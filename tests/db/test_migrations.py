"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL, and
fill what a new table derives from records already stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from icra.db import check_database, make_engine, session_factory, upgrade_database
from icra.db.migrations import alembic_config, current_revision, head_revision
from icra.db.models import Base
from icra.errors import IcraError
from icra.ingest.pipeline import extract_file
from icra.services.demo import load_demo
from icra.services.reports import store_draft
from icra.services.search import search
from icra.services.users import acting_user


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


def test_upgrading_to_the_search_index_indexes_stored_reports(database_url: str) -> None:
    upgrade_database(database_url)
    engine = make_engine(database_url)
    text = "13.3.6 üzrə: İl ərzində 12 qurbana sığınacaqda yardım göstərilib.\n".encode()
    with session_factory(engine).begin() as session:
        load_demo(session=session)
        draft = extract_file(data=text, filename="dmx.txt")
        store_draft(
            session=session,
            draft=draft,
            agency_code="DMX",
            plan_code="nap-2014-2018",
            year=2016,
            source_bytes=text,
            user=acting_user(session=session),
        )
    # The database as it stood before the index (0004), with the report already in it.
    command.downgrade(alembic_config(engine), "0004")
    upgrade_database(database_url)
    with session_factory(engine)() as session:
        hits = search(session=session, user=acting_user(session=session), query="qurban sığınacaq")
        assert [hit.entry.text[s:e] for hit in hits for s, e in hit.spans] == ["qurbana", "sığınacaqda"]
    engine.dispose()
