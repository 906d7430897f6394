"""Users: argon2id hashes, roles, and the system user the CLI acts as."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from icra.db.models import UserRole
from icra.errors import InputError, NotFound, PermissionDenied
from icra.services.demo import load_demo
from icra.services.users import acting_user, add_user, authenticate, get_user, verify_password


@pytest.fixture
def demo(session: Session) -> Session:
    load_demo(session=session)
    return session


def test_passwords_are_stored_as_argon2id(demo: Session) -> None:
    user = add_user(session=demo, username="leyla", password="gizli-parol-1", role="coordinator",
                    user=acting_user(session=demo))  # fmt: skip
    assert user.password_hash.startswith("$argon2id$")
    assert "gizli-parol-1" not in user.password_hash
    assert verify_password(user, "gizli-parol-1")
    assert not verify_password(user, "gizli-parol-2")
    assert authenticate(session=demo, username="leyla", password="gizli-parol-1") is user
    assert authenticate(session=demo, username="leyla", password="wrong-password") is None


def test_a_reporter_belongs_to_an_agency(demo: Session) -> None:
    cli = acting_user(session=demo)
    reporter = add_user(session=demo, username="murad", password="parol-12345", role="reporter",
                        agency_code="dmx", user=cli)  # fmt: skip
    assert (reporter.role, reporter.agency and reporter.agency.code) == (UserRole.reporter, "DMX")


@pytest.mark.parametrize(
    ("username", "password", "role", "agency", "message"),
    [
        (
            "murad",
            "parol-12345",
            "reporter",
            None,
            "user 'murad': a reporter needs an agency (--agency CODE)",
        ),
        (
            "murad",
            "parol-12345",
            "boss",
            None,
            "role 'boss': choose one of admin, coordinator, reporter, viewer",
        ),
        ("murad", "short", "viewer", None, "user 'murad': the password needs at least 8 characters"),
        ("mu rad", "parol-12345", "viewer", None, "user name 'mu rad': use letters, digits and . _ @ -"),
        ("cli", "parol-12345", "viewer", None, "user 'cli' already exists"),
        ("murad", "parol-12345", "reporter", "XYZ", "no agency 'XYZ' (see `icra agency list`)"),
    ],
)
def test_bad_users_are_refused(
    demo: Session, username: str, password: str, role: str, agency: str | None, message: str
) -> None:
    with pytest.raises((InputError, NotFound)) as error:
        add_user(session=demo, username=username, password=password, role=role, agency_code=agency,
                 user=acting_user(session=demo))  # fmt: skip
    assert str(error.value).startswith(message)


def test_only_admins_add_users(demo: Session) -> None:
    coordinator = add_user(session=demo, username="leyla", password="gizli-parol-1", role="coordinator",
                           user=acting_user(session=demo))  # fmt: skip
    with pytest.raises(PermissionDenied, match=r"leyla \(coordinator\) may not add users: needs admin"):
        add_user(session=demo, username="x", password="parol-12345", role="viewer", user=coordinator)


def test_the_system_user_acts_but_cannot_log_in(demo: Session) -> None:
    cli = acting_user(session=demo)
    assert acting_user(session=demo) is cli  # created once
    assert cli.role is UserRole.admin
    assert not verify_password(cli, "!")
    assert authenticate(session=demo, username="cli", password="") is None
    with pytest.raises(NotFound, match=r"no user 'nobody' \(add one with `icra user add`\)"):
        get_user(session=demo, username="nobody")
    with pytest.raises(NotFound, match="no user 'nobody'"):
        acting_user(session=demo, username="nobody")


@pytest.mark.parametrize(
    ("email", "accepted"),
    [
        ("murad@migration.gov.az", True),
        ("m.aliyev@example.org", True),
        ("murad", False),
        ("murad@localhost", False),
        ("mu rad@example.org", False),
        ("a@b@example.org", False),
    ],
)
def test_an_email_address_is_checked(demo: Session, email: str, accepted: bool) -> None:
    def add() -> None:
        add_user(session=demo, username="murad", password="parol-12345", role="reporter", agency_code="DMX",
                 email=email, user=acting_user(session=demo))  # fmt: skip

    if accepted:
        add()
        assert get_user(session=demo, username="murad").email == email
    else:
        with pytest.raises(InputError, match="is not an e-mail address"):
            add()
