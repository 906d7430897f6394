"""Engines: foreign keys hold on SQLite too; bad URLs are one-line errors."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from icra.db import make_engine
from icra.db.models import PlanItem, User, UserRole
from icra.errors import InputError


def test_foreign_keys_are_enforced(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, pytest.raises(IntegrityError):
        session.add(PlanItem(plan_id=999, code="1", level=1))
        session.flush()


def test_a_reporter_needs_an_agency_even_below_the_services(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, pytest.raises(IntegrityError):
        session.add(User(username="orphan", password_hash="!", role=UserRole.reporter))
        session.flush()


def test_plain_postgresql_urls_get_psycopg() -> None:
    engine = make_engine("postgresql://icra@localhost/icra")
    assert engine.url.drivername == "postgresql+psycopg"
    engine.dispose()


def test_not_a_url() -> None:
    with pytest.raises(InputError, match=r"not a database URL: 'icra\.db'"):
        make_engine("icra.db")
