"""``icra remind`` from the command line: what it says, and its errors on one line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from icra.services.demo import load_demo
from icra.services.periods import open_period
from icra.services.users import acting_user, add_user


def test_no_open_period_sends_nothing(icra: Callable[..., Any], database_url: str) -> None:
    assert icra("--db", database_url, "init").exit_code == 0
    result = icra("--db", database_url, "remind", "--today", "2017-02-01")
    assert result.exit_code == 0
    assert result.stdout.strip() == "0 reminder(s) sent"


def test_a_bad_day_is_one_line(icra: Callable[..., Any], database_url: str) -> None:
    icra("--db", database_url, "init")
    result = icra("--db", database_url, "remind", "--today", "1.2.2017")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --today '1.2.2017': write the day as YYYY-MM-DD"


def test_an_smtp_server_that_is_not_there(
    icra: Callable[..., Any],
    database_url: str,
    sessions: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with sessions.begin() as session:
        system = acting_user(session=session)
        plan = load_demo(session=session, user=system)
        add_user(
            session=session,
            username="aysel",
            password="long enough",
            role="reporter",
            agency_code="DMX",
            email="dmx@example.org",
            user=system,
        )
        open_period(session=session, plan=plan, year=2016, due=dt.date(2017, 1, 31), user=system)
    monkeypatch.setenv("ICRA_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ICRA_SMTP_PORT", "9")  # discard: nothing listens there
    result = icra("--db", database_url, "remind", "--today", "2017-02-01")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot send reminders through the SMTP server 127.0.0.1:9 (")
    assert result.stderr.count("\n") == 1
