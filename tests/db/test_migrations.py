"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL, and
fill what a new table derives from records already stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db import check_database, make_engine, session_factory, upgrade_database
from icra.db.migrations import alembic_config, current_revision, head_revision
from icra.db.models import Base, Report
from icra.errors import IcraError
from icra.ingest.pipeline import extract_file
from icra.services.demo import load_demo
from icra.services.reports import store_draft
from icra.services.review import delete_item, edit_item
from icra.services.search import search
from icra.services.users import acting_user
from icra.services.workflow import report_history


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
    with session_factory(engine).begin() as session:
        _store(session, "13.3.6 üzrə: İl ərzində 12 qurbana sığınacaqda yardım göstərilib.\n")
    # The database as it stood before the index (0004), with the report already in it.
    command.downgrade(alembic_config(engine), "0004")
    upgrade_database(database_url)
    with session_factory(engine)() as session:
        hits = search(session=session, user=acting_user(session=session), query="qurban sığınacaq")
        assert [hit.entry.text[s:e] for hit in hits for s, e in hit.spans] == ["qurbana", "sığınacaqda"]
    engine.dispose()


def test_upgrading_to_audit_report_ids_keeps_every_report_history(database_url: str) -> None:
    upgrade_database(database_url)
    engine = make_engine(database_url)
    with session_factory(engine).begin() as session:
        report = _store(
            session, "13.3.6 üzrə: 12 qurbana yardım göstərilib.\n13.8.1 üzrə: Seminar keçirilib.\n"
        )
        admin = acting_user(session=session)
        figure = report.entries[0].figures[0]
        edit_item(
            session=session,
            report_id=report.id,
            kind="figure",
            item_id=figure.id,
            values={"value": "13"},
            user=admin,
        )
        delete_item(session=session, report_id=report.id, kind="figure", item_id=figure.id, user=admin)
        history = report_history(session=session, report=report)
        before = [event.id for event in history]
    assert [(event.entity_type, event.action) for event in history] == [
        ("report", "create"),
        ("figure", "update"),
        ("figure", "delete"),
    ]
    command.downgrade(alembic_config(engine), "0005")
    upgrade_database(database_url)
    with session_factory(engine)() as session:
        report = session.scalars(select(Report)).one()
        assert [event.id for event in report_history(session=session, report=report)] == before
    engine.dispose()


def _store(session: Session, text: str) -> Report:
    load_demo(session=session)
    data = text.encode()
    return store_draft(
        session=session,
        draft=extract_file(data=data, filename="dmx.txt"),
        agency_code="DMX",
        plan_code="nap-2014-2018",
        year=2016,
        source_bytes=data,
        user=acting_user(session=session),
    )
