"""``icra token create | list | revoke``: the secret printed once, then only its hash is kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from icra.services.tokens import user_of_secret

Run = Callable[..., Any]


@pytest.fixture
def ready(icra: Run, database_url: str) -> Run:
    assert icra("--db", database_url, "init").exit_code == 0
    run = lambda *args, **kw: icra("--db", database_url, *args, **kw)  # noqa: E731
    assert run("user", "add", "leyla", "--role", "viewer", "--password", "gizli-parol-1").exit_code == 0
    return run


def test_create_prints_the_secret_once_and_list_never(ready: Run, sessions: sessionmaker[Session]) -> None:
    created = ready("token", "create", "leyla", "--name", "nightly export")
    assert created.exit_code == 0
    told, secret = created.stdout.strip().splitlines()
    assert told == "token 1 (nightly export) of leyla; its secret, shown once:"
    with sessions() as session:
        user = user_of_secret(session=session, secret=secret)
        assert user is not None and user.username == "leyla"
    listed = ready("token", "list", "leyla").stdout
    assert "nightly export" in listed and "leyla" in listed and secret not in listed


def test_revoke_ends_the_token(ready: Run, sessions: sessionmaker[Session]) -> None:
    secret = ready("token", "create", "leyla").stdout.strip().splitlines()[-1]
    revoked = ready("token", "revoke", "1")
    assert (revoked.exit_code, revoked.stdout) == (0, "token 1 (script) of leyla revoked\n")
    with sessions() as session:
        assert user_of_secret(session=session, secret=secret) is None


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("token", "create", "nobody"), "error: no user 'nobody' (add one with `icra user add`)\n"),
        (("token", "revoke", "7"), "error: no API token 7 of cli\n"),
        (
            ("--as", "leyla", "token", "create", "cli"),
            "error: leyla (viewer) may not make API tokens of cli\n",
        ),
    ],
)
def test_mistakes_are_one_line(ready: Run, args: tuple[str, ...], error: str) -> None:
    result = ready(*args)
    assert (result.exit_code, result.stderr) == (2, error)
