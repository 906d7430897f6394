"""``icra agency add | list``, ``icra user add | list`` and acting as a user (``--as``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from icra.db.models import AuditEvent, User

Run = Callable[..., Any]


@pytest.fixture
def ready(icra: Run, database_url: str) -> Run:
    assert icra("--db", database_url, "init").exit_code == 0
    return lambda *args, **kw: icra("--db", database_url, *args, **kw)


def test_add_and_list_agencies(ready: Run) -> None:
    added = ready("agency", "add", "dmx", "--name-az", "Dövlət Miqrasiya Xidməti", "--name-en",
                  "State Migration Service", "--abbreviation", "DMX")  # fmt: skip
    assert (added.exit_code, added.stdout) == (0, "agency DMX added\n")
    listed = ready("agency", "list").stdout
    assert "DMX" in listed and "Dövlət Miqrasiya Xidməti" in listed and "State Migration Service" in listed
    again = ready("agency", "add", "DMX", "--name-en", "Another")
    assert (again.exit_code, again.stderr) == (2, "error: agency DMX already exists\n")


def test_an_agency_needs_a_name(ready: Run) -> None:
    result = ready("agency", "add", "DMX")
    assert (result.exit_code, result.stderr) == (
        2,
        "error: agency DMX: give its name with --name-az, --name-en or --name-ru\n",
    )


def test_add_a_user_with_a_prompted_password(ready: Run, sessions: sessionmaker[Session]) -> None:
    ready("agency", "add", "DIN", "--name-az", "Daxili İşlər Nazirliyi")
    added = ready("user", "add", "nigar", "--role", "reporter", "--agency", "DIN",
                  passwords=("gizli-parol-1", "gizli-parol-1"))  # fmt: skip
    assert added.exit_code == 0
    assert added.stdout == "password:Repeat for confirmation:user nigar added as reporter for DIN\n"
    with sessions() as session:
        user = session.scalars(select(User).where(User.username == "nigar")).one()
        assert user.password_hash.startswith("$argon2id$")
    listed = ready("user", "list").stdout
    assert "nigar" in listed and "reporter" in listed and "DIN" in listed


def test_a_reporter_without_agency_is_refused(ready: Run) -> None:
    result = ready("user", "add", "murad", "--role", "reporter", "--password", "gizli-parol-1")
    assert (result.exit_code, result.stderr) == (
        2,
        "error: user 'murad': a reporter needs an agency (--agency CODE)\n",
    )


def test_changes_are_attributed_to_the_acting_user(ready: Run, sessions: sessionmaker[Session]) -> None:
    ready("user", "add", "leyla", "--role", "coordinator", "--password", "gizli-parol-1")
    assert ready("--as", "leyla", "agency", "add", "NK", "--name-az", "Nazirlər Kabineti").exit_code == 0
    refused = ready("--as", "leyla", "user", "add", "x", "--role", "viewer", "--password", "gizli-parol-1")
    assert refused.stderr == "error: leyla (coordinator) may not add users: needs admin\n"
    stranger = ready("--as", "nobody", "agency", "add", "EN", "--name-az", "Ədliyyə Nazirliyi")
    assert stranger.stderr == "error: no user 'nobody' (add one with `icra user add`)\n"
    with sessions() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        assert [(e.user.username if e.user else None, e.action, e.entity_type) for e in events] == [
            (None, "create", "user_account"),  # the system user "cli" itself
            ("cli", "create", "user_account"),  # leyla
            ("leyla", "create", "agency"),  # NK
        ]
